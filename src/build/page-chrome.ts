/**
 * A built page's chrome: the bytes between the end of its `<body>` start tag and its `<main>` (Starlight's header and
 * sidebar). Every page carries it, and at 1,000 articles its sidebar lists 1,000 links: most of the page's bytes, which
 * no step of the pass over the built pages (`built-pages.ts`) changes. The pass cuts it out as bytes, hands the steps
 * the rest of the page as text with `CHROME_MARK` in its place, and writes the bytes back where the mark is; a page is
 * then decoded, copied and encoded without its sidebar (#19: 6.8 ms a page at 1,000 articles became about 2.3).
 *
 * A page without a single `<main>` after its `<body>`, or whose text already holds the mark, keeps its chrome: the
 * steps see it whole. Plain Node.
 */

/** Where the steps see the chrome: an HTML comment, which neither the policy's scan nor Pagefind reads. */
export const CHROME_MARK = '<!--site:page-chrome-->';

/** A page's chrome, as a step may read it. */
export interface PageChrome {
	/** Whether the chrome holds `text`, compared as UTF-8 bytes (nothing is decoded). False for a page seen whole. */
	includes(text: string): boolean;
	/**
	 * The chrome's UTF-8 bytes, as they will be written (a step reads them, never changes them); undefined for a page seen
	 * whole. Decoding them costs a step the whole sidebar on every page: read what you need as bytes.
	 */
	readonly bytes: Buffer | undefined;
	/** `html` (a step's view of the page) with the chrome back in place of the mark: the page as it will be written. */
	restore(html: string): string;
}

/** A page cut for the steps: the text they see, and its chrome (undefined when they see the page whole). */
export interface CutPage {
	readonly html: string;
	readonly chrome: Buffer | undefined;
}

/** The chrome's byte range in `page` (see the module's docstring), or undefined when the page keeps it. */
function chromeRange(page: Buffer): { start: number; end: number } | undefined {
	const body = page.indexOf('<body');
	const start = body < 0 ? -1 : page.indexOf('>', body) + 1;
	if (start <= 0) return undefined;
	const end = page.indexOf('<main', start);
	if (end < 0 || page.indexOf('<main', end + 1) >= 0 || page.includes(CHROME_MARK)) return undefined;
	return { start, end };
}

/** `page` (a built page's bytes) as the steps see it: its text with `CHROME_MARK` in place of the chrome, and the chrome. */
export function cutChrome(page: Buffer): CutPage {
	const range = chromeRange(page);
	if (!range) return { html: page.toString('utf8'), chrome: undefined };
	return {
		html: page.toString('utf8', 0, range.start) + CHROME_MARK + page.toString('utf8', range.end),
		chrome: page.subarray(range.start, range.end),
	};
}

/** A step's view of a page's chrome (`PageChrome`). */
export function pageChrome(chrome: Buffer | undefined): PageChrome {
	return {
		includes: (text) => chrome?.includes(text) ?? false,
		bytes: chrome,
		restore: (html) => (chrome ? html.replace(CHROME_MARK, () => chrome.toString('utf8')) : html),
	};
}

/**
 * The bytes to write for `html`, the steps' view of the page `file`, with its `chrome` back in place of the mark, in
 * order (for one `writev`, without copying the chrome). Throws when a step removed the mark or wrote a second one.
 */
export function withChrome(html: string, chrome: Buffer | undefined, file: string): Buffer[] {
	if (!chrome) return [Buffer.from(html)];
	const at = html.indexOf(CHROME_MARK);
	if (at < 0 || html.includes(CHROME_MARK, at + CHROME_MARK.length)) {
		throw new Error(`${file}: a step of the pass over the built pages ${at < 0 ? 'removed' : 'repeated'} ${CHROME_MARK}`);
	}
	return [Buffer.from(html.slice(0, at)), chrome, Buffer.from(html.slice(at + CHROME_MARK.length))];
}
