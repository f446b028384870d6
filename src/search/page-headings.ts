/**
 * A search bundle's headings file (`headings.json` beside `pagefind-entry.json`): for each page of the locale's index,
 * by Pagefind's page id, what the search ranks a page by that is not in its text: its title, the headings of its
 * sections (an error page's are its template's, the same on every error page, and are left out: `namingSections` in
 * `engine.ts` never reads them), its kind, an error's code and portal messages, an article's aliases and the names its
 * sections list (`section-aliases.ts`). With it the
 * engine sees which of Pagefind's lower-ranked candidates a heading or title brings to the top before it loads any
 * page, and loads the fragments (one request each) of the pages it may show only (`searchSite`).
 *
 * The build writes the file from the bundle's fragments (`headingsOf`, `index-step.ts`) and names it in the
 * bundle's entry file with the digest of its content (`headings: "headings.json?v=…"`): the entry file is fetched
 * fresh on every page load (Pagefind's `?ts=`), so the file named is never one cached from an earlier deploy. A file
 * that fails to load or has another shape is no error: the search then loads its candidates' fragments as it did
 * without it. Plain TypeScript (the zod schema of the file is `page-headings-schema.ts`, for the build and tests).
 */

/** The file's name in a bundle's folder. */
export const HEADINGS_FILE = 'headings.json';

/** What the search knows of a page before loading its fragment. */
export interface PageHeadings {
	/** The page's title (Pagefind's `title` metadata). */
	title: string;
	/** Its `kind` filter: `guide`, `error`, `tool`, `reference` (the error reference). */
	kind?: string;
	/** An error page's code. */
	code?: string;
	/** An error page's portal messages: Microsoft's English and, where it differs, its translation. */
	messages?: string[];
	/** An article's other names for its subject (`article-aliases.ts`). */
	aliases?: string;
	/** An error page's example, as the claim simulator names it (the error page's `example` metadata). */
	example?: string;
	/** The names an article's sections list rather than head: the `sectionAliases` field (`section-aliases.ts`). */
	sectionAliases?: string;
	/** The texts of the page's section headings (`h2`–`h6` with an id), in page order; none for an error page. */
	headings?: string[];
}

/** A bundle's headings file: each page's `PageHeadings`, by Pagefind's page id. */
export interface HeadingsFile {
	pages: Record<string, PageHeadings>;
}

/** The part of a decoded Pagefind fragment `headingsOf` reads. */
export interface FragmentData {
	meta?: Record<string, string | undefined>;
	filters?: Record<string, string[] | undefined>;
	anchors?: ReadonlyArray<{ element: string; id?: string; text?: string }>;
}

/** Starlight's `id` on the page's `h1`: the page itself, not a section. */
const PAGE_TOP_ANCHOR = '_top';

/** A page's entry of the headings file, from its fragment (the same fields `toIndexPage` in `pagefind-api.ts` reads). */
export function headingsOf(fragment: FragmentData): PageHeadings {
	const meta = fragment.meta ?? {};
	const kind = fragment.filters?.['kind']?.[0];
	const messages = [meta['message'], meta['messageLocal']].filter((text): text is string => Boolean(text));
	const headings =
		kind === 'error'
			? []
			: (fragment.anchors ?? [])
					.filter((anchor) => /^h[2-6]$/i.test(anchor.element) && anchor.id && anchor.id !== PAGE_TOP_ANCHOR)
					.map((anchor) => anchor.text?.trim() ?? '')
					.filter(Boolean);
	return {
		title: meta['title'] ?? '',
		...(kind ? { kind } : {}),
		...(meta['code'] ? { code: meta['code'] } : {}),
		...(messages.length > 0 ? { messages } : {}),
		...(meta['aliases'] ? { aliases: meta['aliases'] } : {}),
		...(meta['example'] ? { example: meta['example'] } : {}),
		...(meta['sectionAliases'] ? { sectionAliases: meta['sectionAliases'] } : {}),
		...(headings.length > 0 ? { headings } : {}),
	};
}

/** The headings file's URL named in a bundle's entry file (`headings`), under `bundlePath`; undefined if it names none. */
export function headingsUrlOf(bundlePath: string, entry: unknown): string | undefined {
	const named = (entry as { headings?: unknown } | null)?.headings;
	return typeof named === 'string' && /^headings\.json\?v=[\w-]+$/.test(named) ? `${bundlePath}${named}` : undefined;
}

const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');
const optional = (value: unknown, check: (value: unknown) => boolean): boolean => value === undefined || check(value);
const isString = (value: unknown): boolean => typeof value === 'string';

/**
 * The headings file in `json`, or undefined when it has another shape (the fields the search reads, checked by hand:
 * the island carries no zod).
 */
export function parsePageHeadings(json: unknown): HeadingsFile | undefined {
	const pages = (json as { pages?: unknown } | null)?.pages;
	if (!pages || typeof pages !== 'object' || Array.isArray(pages)) return undefined;
	for (const page of Object.values(pages as Record<string, unknown>)) {
		const entry = page as Partial<Record<keyof PageHeadings, unknown>> | null;
		if (
			!entry ||
			typeof entry.title !== 'string' ||
			!optional(entry.kind, isString) ||
			!optional(entry.code, isString) ||
			!optional(entry.aliases, isString) ||
			!optional(entry.example, isString) ||
			!optional(entry.sectionAliases, isString) ||
			!optional(entry.messages, isStrings) ||
			!optional(entry.headings, isStrings)
		)
			return undefined;
	}
	return { pages: pages as Record<string, PageHeadings> };
}

/**
 * Downloads the headings file at `url`: its pages, or undefined if the request fails, answers with an error status,
 * does not answer within `timeoutMs`, or the file has another shape (the search then loads its candidates' fragments).
 */
export async function loadPageHeadings(
	url: string,
	timeoutMs: number,
	fetcher: (url: string) => Promise<Response> = (url) => fetch(url),
): Promise<HeadingsFile | undefined> {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const timeout = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), timeoutMs)));
	const load = (async () => {
		const response = await fetcher(url);
		return response.ok ? parsePageHeadings(await response.json()) : undefined;
	})().catch(() => undefined);
	return Promise.race([load, timeout]).finally(() => clearTimeout(timer));
}
