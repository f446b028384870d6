import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contentSecurityPolicy, filePolicy, headerPolicy, headersFile, parseHeadersFile, parsePolicy } from '../../../src/security/csp.ts';
import { rewriteBuiltPages } from '../../../src/build/built-pages.ts';
import { contentSecurityPolicyStep } from '../../../src/security/csp-step.ts';
import {
	CSP_META_PATTERN,
	hashSource,
	inlineCodeOf,
	inlineCodeOfBytes,
	protectPage,
	withCspMeta,
} from '../../../src/security/inline-code.ts';

const page = (head: string, body: string) =>
	`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"/>${head}</head><body>${body}</body></html>`;

const none = { scripts: new Set<string>(), styles: new Set<string>(), styleAttributes: new Set<string>() };

describe('the policy', () => {
	it('is strict: no unsafe-inline or unsafe-eval, self by default, no plugins, no base or form hijacking', () => {
		const policy = parsePolicy(contentSecurityPolicy(none));
		expect(policy.get('default-src')).toEqual(["'self'"]);
		expect(policy.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
		expect(policy.get('style-src')).toEqual(["'self'"]);
		expect(policy.get('style-src-attr')).toEqual(["'none'"]);
		expect(policy.get('object-src')).toEqual(["'none'"]);
		expect(policy.get('base-uri')).toEqual(["'self'"]);
		expect(policy.get('form-action')).toEqual(["'self'"]);
		for (const sources of [...policy.values(), ...parsePolicy(headerPolicy()).values()]) {
			expect(sources).not.toContain("'unsafe-inline'");
			expect(sources).not.toContain("'unsafe-eval'");
			expect(sources).not.toContain('*');
		}
	});

	it("allows a page's own hashes in its meta policy, without frame-ancestors, which browsers ignore there", () => {
		const hashes = { scripts: new Set(["'sha256-a'"]), styles: new Set(["'sha256-b'"]), styleAttributes: new Set(["'sha256-c'"]) };
		const meta = parsePolicy(contentSecurityPolicy(hashes));
		expect(meta.has('frame-ancestors')).toBe(false);
		expect(meta.get('script-src')).toContain("'sha256-a'");
		expect(meta.get('style-src')).toContain("'sha256-b'");
		expect(meta.get('style-src-attr')).toEqual(["'unsafe-hashes'", "'sha256-c'"]);
	});

	it('sends in the header what holds for every response, frame-ancestors included, and leaves scripts and styles to the page', () => {
		const header = parsePolicy(headerPolicy());
		const meta = parsePolicy(contentSecurityPolicy(none));
		expect(header.get('frame-ancestors')).toEqual(["'none'"]);
		// A header default-src or script-src would block the inline code every page's meta allows by hash.
		for (const directive of ['default-src', 'script-src', 'style-src', 'style-src-attr']) expect(header.has(directive)).toBe(false);
		for (const [directive, sources] of header) {
			if (directive !== 'frame-ancestors') expect(meta.get(directive), directive).toEqual(sources);
		}
		expect(headerPolicy().length).toBeLessThan(250);
	});

	it("holds the site's files that are no page (a worker, an SVG opened alone) to the whole policy, with no inline code", () => {
		const files = parsePolicy(filePolicy());
		expect(files.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
		expect(files.get('default-src')).toEqual(["'self'"]);
		expect(files.get('style-src-attr')).toEqual(["'none'"]);
		expect(files.get('frame-ancestors')).toEqual(["'none'"]);
		const headers = parseHeadersFile(headersFile());
		for (const path of ['/_astro/*', '/pagefind/*', '/favicon.svg']) {
			expect(headers.get(path)?.get('content-security-policy'), path).toBe(filePolicy());
		}
	});
});

describe('inline code of a page', () => {
	it('finds inline scripts and styles and style attributes, not external or data scripts', () => {
		const html = page(
			'<script>a()</script><script type="module" src="/x.js"></script><script type="application/ld+json">{"a":1}</script><style>p{color:red}</style>',
			'<svg style="--sl-icon-size: 1em;"></svg><p data-style="x" style=\'--w: &quot;a&quot;\'>style="not an attribute"</p><script type="module">b()</script><!-- <script>c()</script> -->',
		);
		expect(inlineCodeOf(html)).toEqual({
			scripts: ['a()', 'b()'],
			styles: ['p{color:red}'],
			styleAttributes: ['--sl-icon-size: 1em;', '--w: "a"'],
		});
	});

	it('hashes a script as written, a comment or `style=` in its text included, and reads a style attribute in any case', () => {
		const script = 'if (a <!-- b) x.innerHTML = \'<p style="color:red">\';';
		const html = page(`<script>${script}</script>`, '<P STYLE="--x: 1">t</P><!-- <p style="--hidden: 1"></p> -->');
		expect(inlineCodeOf(html)).toEqual({ scripts: [script], styles: [], styleAttributes: ['--x: 1'] });
	});

	it('finds the same code in a page’s UTF-8 bytes as in its text, decoding only the code', () => {
		// 丠 is E4 B8 A0 in UTF-8: read one character per byte, A0 is a no-break space, whitespace to JavaScript's \s,
		// never to HTML. The code around them must be cut at the right bytes and decoded whole.
		const html = page(
			'<script>document.title = "テナント丠々"</script><STYLE>p::after{content:"々"}</STYLE>',
			`<p title='丠style="--not: 1"'>々style="--not: 2"</p><a data-x="丠" style="--label: 'テナント'">丠</a>` +
				'<!-- <script>hidden()</script> --><script type="application/ld+json">{"名前":1}</script><script src="/a.js"></script>',
		);
		const expected = {
			scripts: ['document.title = "テナント丠々"'],
			styles: ['p::after{content:"々"}'],
			styleAttributes: ["--label: 'テナント'"],
		};
		expect(inlineCodeOf(html)).toEqual(expected);
		expect(inlineCodeOfBytes(Buffer.from(html))).toEqual(expected);
	});

	it('hashes as the browser does (the digest Chromium reports for `alert(1)`)', () => {
		expect(hashSource('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
	});

	it('puts the policy right after <meta charset>, before any script, and only once', () => {
		const html = protectPage(page('<script>a()</script>', ''));
		expect(html.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(html.indexOf('<script>'));
		expect(html.indexOf('<meta charset="utf-8"/>')).toBeLessThan(html.indexOf('http-equiv'));
		expect(parsePolicy(CSP_META_PATTERN.exec(html)![1]!).get('script-src')).toContain(hashSource('a()'));
		expect(() => withCspMeta(html, "default-src 'self'")).toThrow(/already/);
	});
});

describe('the built site', () => {
	let dir: string | undefined;
	afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

	it('gets a meta policy per page with its own hashes and a _headers file with the site-wide policy', async () => {
		dir = mkdtempSync(join(tmpdir(), 'csp-'));
		mkdirSync(join(dir, 'ja'));
		writeFileSync(join(dir, 'index.html'), page('<script>one()</script>', ''));
		writeFileSync(join(dir, 'ja', 'index.html'), page('<script>two()</script>', '<i style="--a: 1"></i>'));
		await rewriteBuiltPages(dir, [contentSecurityPolicyStep()]);

		const ja = readFileSync(join(dir, 'ja', 'index.html'), 'utf8');
		const jaScripts = parsePolicy(CSP_META_PATTERN.exec(ja)![1]!).get('script-src');
		expect(jaScripts).toContain(hashSource('two()'));
		expect(jaScripts).not.toContain(hashSource('one()'));

		const headers = parseHeadersFile(readFileSync(join(dir, '_headers'), 'utf8'));
		const all = headers.get('/*')!;
		expect(all.get('content-security-policy')).toBe(headerPolicy());
		expect(all.get('content-security-policy')).not.toContain('sha256');
		expect(all.get('x-content-type-options')).toBe('nosniff');
		expect(all.get('x-frame-options')).toBe('DENY');
		expect(all.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
		expect(all.get('cross-origin-opener-policy')).toBe('same-origin');
		expect(all.get('permissions-policy')).toMatch(/camera=\(\)/);
		expect(headers.get('/_astro/*')?.get('cache-control')).toMatch(/immutable/);
	});

	it('allows the code of the page’s chrome (header and sidebar), which the pass hands the step apart from the page', async () => {
		dir = mkdtempSync(join(tmpdir(), 'csp-'));
		const chrome = '<nav><script>restoreSidebar()</script><a style="--depth: 1">テナント</a></nav>';
		writeFileSync(join(dir, 'index.html'), page('<script>head()</script>', `${chrome}<main><p style="--m: 1">本文</p></main>`));
		await rewriteBuiltPages(dir, [contentSecurityPolicyStep()]);
		const html = readFileSync(join(dir, 'index.html'), 'utf8');
		const policy = parsePolicy(CSP_META_PATTERN.exec(html)![1]!);
		expect(policy.get('script-src')).toEqual(expect.arrayContaining([hashSource('head()'), hashSource('restoreSidebar()')]));
		expect(policy.get('style-src-attr')).toEqual(expect.arrayContaining([hashSource('--depth: 1'), hashSource('--m: 1')]));
		expect(html).toContain(`<body>${chrome}<main>`);
	});

	it('refuses a hand-written _headers (a copy from public/ would go stale), before it changes any page', async () => {
		dir = mkdtempSync(join(tmpdir(), 'csp-'));
		writeFileSync(join(dir, 'index.html'), page('', ''));
		writeFileSync(join(dir, '_headers'), headersFile());
		await expect(rewriteBuiltPages(dir, [contentSecurityPolicyStep()])).rejects.toThrow(/generated from src\/security\/csp.ts/);
		expect(readFileSync(join(dir, 'index.html'), 'utf8')).toBe(page('', ''));
	});
});
