/**
 * The site's Content-Security-Policy and security headers: the ONE place they are defined.
 * Plain TypeScript (no Astro import), shared by the build step (`csp-step.ts`), which
 * writes each page's policy, with that page's hashes, into its `<meta http-equiv>`, and the part of
 * the policy that holds for every response into the static hosts' `_headers` file; and by the tests.
 *
 * Why hashes computed from the built HTML, not Astro's own `security.csp`: Astro 7 hashes the
 * scripts and styles it bundles, but not `is:inline` scripts (Starlight's theme provider, theme
 * picker update and sidebar restore scripts, and the site's own `head` script), and it writes its
 * `<meta>` after Starlight's first inline scripts, where a meta policy no longer governs them; nor
 * does it write a `_headers` file without an adapter. Hashing what the build actually emits covers
 * every inline script and style, the islands of every branch included, without per-island edits.
 *
 * The policy, directive by directive:
 * - `default-src 'self'`: anything not named below comes only from the site itself;
 * - `script-src 'self' 'wasm-unsafe-eval' <hashes>`: bundled modules and Pagefind's JS load from
 *   the site; inline scripts run only when their exact text was in the build (no 'unsafe-inline',
 *   no 'unsafe-eval'); 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly and nothing else;
 * - `style-src 'self' <hashes>`: the site's style sheets, plus the inline `<style>` elements the
 *   build emitted (Astro's island style, small component styles Astro inlines);
 * - `style-src-attr 'unsafe-hashes' <hashes>`: Starlight writes CSS custom properties in `style`
 *   attributes (`--sl-icon-size: 1em` on every icon, `--sl-select-width` on the pickers, `--depth`
 *   in the table of contents). Without them icons render at the wrong size. Only the exact
 *   attribute values the build emitted are allowed, not 'unsafe-inline';
 * - `img-src 'self' data:`: Starlight's and Expressive Code's CSS draw some icons as `data:` SVG;
 * - `font-src 'self'`, `connect-src 'self'` (Pagefind fetches its index chunks),
 *   `worker-src 'self'` (Pagefind's search worker, `/pagefind/pagefind-worker.js`);
 * - `object-src 'none'`, `base-uri 'self'`, `form-action 'self'`;
 * - `frame-ancestors 'none'`: header only (browsers ignore it in a meta tag), with
 *   `X-Frame-Options: DENY` for browsers that predate it.
 */

import { rootRoutes } from '../routes.ts';

type CspDirective =
	| 'default-src'
	| 'script-src'
	| 'style-src'
	| 'style-src-attr'
	| 'img-src'
	| 'font-src'
	| 'connect-src'
	| 'worker-src'
	| 'object-src'
	| 'base-uri'
	| 'form-action'
	| 'frame-ancestors';

/** Directives a `<meta http-equiv="Content-Security-Policy">` cannot carry (the browser ignores them there). */
const HEADER_ONLY_DIRECTIVES: ReadonlySet<CspDirective> = new Set(['frame-ancestors']);

/**
 * Directives that decide which inline code runs (`default-src` is their fallback): they name a
 * page's own hashes, so only that page's meta policy carries them. In the site-wide header they
 * would have to allow every page's hashes, about 1.9 kB sent again with every response (each
 * script, style sheet and icon), and would add nothing: every HTML page has its meta policy.
 */
const PAGE_DIRECTIVES: ReadonlySet<CspDirective> = new Set(['default-src', 'script-src', 'style-src', 'style-src-attr']);

/** The policy without its hashes, in the order it is written. */
const BASE_POLICY: ReadonlyArray<readonly [CspDirective, readonly string[]]> = [
	['default-src', ["'self'"]],
	['script-src', ["'self'", "'wasm-unsafe-eval'"]],
	['style-src', ["'self'"]],
	['style-src-attr', ["'unsafe-hashes'"]],
	['img-src', ["'self'", 'data:']],
	['font-src', ["'self'"]],
	['connect-src', ["'self'"]],
	['worker-src', ["'self'"]],
	['object-src', ["'none'"]],
	['base-uri', ["'self'"]],
	['form-action', ["'self'"]],
	['frame-ancestors', ["'none'"]],
];

/** The inline code a page carries, which the policy allows by hash. */
export interface InlineHashes {
	/** Hash sources (`'sha256-…'`) of inline `<script>` elements. */
	readonly scripts: ReadonlySet<string>;
	/** Of inline `<style>` elements. */
	readonly styles: ReadonlySet<string>;
	/** Of `style="…"` attribute values. */
	readonly styleAttributes: ReadonlySet<string>;
}

/** Where each kind of hash goes. */
const HASH_DIRECTIVE: Record<keyof InlineHashes, CspDirective> = {
	scripts: 'script-src',
	styles: 'style-src',
	styleAttributes: 'style-src-attr',
};

/** The policy's directives that `include` keeps, each with its sources and the hashes of its kind. */
function policyText(hashes: InlineHashes, include: (directive: CspDirective) => boolean): string {
	const parts: string[] = [];
	for (const [directive, sources] of BASE_POLICY) {
		if (!include(directive)) continue;
		const kind = (Object.keys(HASH_DIRECTIVE) as Array<keyof InlineHashes>).find((key) => HASH_DIRECTIVE[key] === directive);
		const added = kind ? [...hashes[kind]].sort() : [];
		const all = directive === 'style-src-attr' && added.length === 0 ? ["'none'"] : [...sources, ...added];
		parts.push(`${directive} ${all.join(' ')}`);
	}
	return parts.join('; ');
}

const NO_INLINE_CODE: InlineHashes = { scripts: new Set(), styles: new Set(), styleAttributes: new Set() };

/**
 * A page's policy, for its `<meta http-equiv>`: every directive but `frame-ancestors`, with the
 * page's hashes. Hashes are sorted, so the same page gives the same text. With no style attribute
 * to allow, `style-src-attr` becomes `'none'`.
 */
export function contentSecurityPolicy(hashes: InlineHashes): string {
	return policyText(hashes, (directive) => !HEADER_ONLY_DIRECTIVES.has(directive));
}

/**
 * The site-wide policy of `_headers`, sent with every response: the directives that hold for any
 * page (`frame-ancestors`, `object-src`, `base-uri`, `connect-src`, …), none of `PAGE_DIRECTIVES`.
 * A browser enforces both policies on a page (each must allow a load), so the page's meta policy
 * still decides its scripts and styles.
 */
export function headerPolicy(): string {
	return policyText(NO_INLINE_CODE, (directive) => !PAGE_DIRECTIVES.has(directive));
}

/**
 * The policy of the site's files that are no page (`FILE_PATHS`: bundles, Pagefind's files, the icon): the whole
 * policy without a hash, as they carry no inline code. A browser applies a response's policy only where the file is a
 * document of its own: a worker (Pagefind's search worker compiles its WebAssembly there, the lifecycle's hand-over
 * worker reads a claim) or an SVG opened directly. Without it a worker would run under the site-wide header alone,
 * which names no script source.
 */
export function filePolicy(): string {
	return policyText(NO_INLINE_CODE, () => true);
}

/** Parses a policy back into directive → sources (for tests and for comparing two deliveries). */
export function parsePolicy(policy: string): Map<string, string[]> {
	const directives = new Map<string, string[]>();
	for (const part of policy.split(';')) {
		const [name, ...sources] = part.trim().split(/\s+/);
		if (name) directives.set(name.toLowerCase(), sources);
	}
	return directives;
}

/**
 * The usual security headers of a static site, beside the policy:
 * - `X-Content-Type-Options: nosniff`: files are only ever run or styled as their declared type;
 * - `Referrer-Policy: strict-origin-when-cross-origin`: other sites (Microsoft Learn, Partner Center)
 *   see our origin, never the page path;
 * - `Permissions-Policy`: the site uses no powerful feature; deny them to the page and anything it embeds;
 * - `X-Frame-Options: DENY` with `frame-ancestors 'none'`: no framing (clickjacking);
 * - `Cross-Origin-Opener-Policy: same-origin`: a window we open or that opens us gets no handle on us;
 * - `Strict-Transport-Security: max-age=31536000`: the static hosts serve only HTTPS; one year,
 *   without `includeSubDomains` or `preload`, because the site may live on a subdomain of a domain
 *   whose other hosts it does not control, and preloading cannot be taken back quickly.
 */
function securityHeaders(policy: string): ReadonlyArray<readonly [string, string]> {
	return [
		['Content-Security-Policy', policy],
		['X-Content-Type-Options', 'nosniff'],
		['Referrer-Policy', 'strict-origin-when-cross-origin'],
		['Permissions-Policy', 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()'],
		['X-Frame-Options', 'DENY'],
		['Cross-Origin-Opener-Policy', 'same-origin'],
		['Strict-Transport-Security', 'max-age=31536000'],
	];
}

/** The paths of the site's files that are no page, which get `filePolicy` (`_headers` patterns). */
const FILE_PATHS = ['/_astro/*', `${rootRoutes.search()}*`, '/favicon.svg'] as const;

/**
 * The `_headers` file of Netlify and Cloudflare Pages: the security headers with the site-wide policy on every
 * path; the site's own files (`FILE_PATHS`) with `filePolicy` as well (Cloudflare joins the two policies, a browser
 * enforces both; a host that lets the later rule win sends `filePolicy` alone, the stricter); Astro's content-hashed
 * bundles (`/_astro/`) cached for a year (their name changes with their content).
 */
export function headersFile(): string {
	const block = (path: string, headers: ReadonlyArray<readonly [string, string]>) =>
		[path, ...headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n');
	const files = (path: string): ReadonlyArray<readonly [string, string]> => [
		['Content-Security-Policy', filePolicy()],
		...(path === '/_astro/*' ? [['Cache-Control', 'public, max-age=31536000, immutable'] as const] : []),
	];
	return [
		'# Generated by src/security/csp-step.ts from src/security/csp.ts at build time: do not edit.',
		block('/*', securityHeaders(headerPolicy())),
		...FILE_PATHS.map((path) => block(path, files(path))),
		'',
	].join('\n');
}

/** Parses a `_headers` file: path pattern → header name (lower case) → value. */
export function parseHeadersFile(text: string): Map<string, Map<string, string>> {
	const rules = new Map<string, Map<string, string>>();
	let current: Map<string, string> | undefined;
	for (const line of text.split('\n')) {
		if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			current = new Map();
			rules.set(line.trim(), current);
		} else if (current) {
			const colon = line.indexOf(':');
			if (colon > 0) current.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
		}
	}
	return rules;
}
