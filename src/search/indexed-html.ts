/**
 * The HTML of a built page as Pagefind should read it: the page without its chrome, its headings' English
 * originals moved out of the headings, and without its sentences' anchors (`heading-originals.ts`). Index
 * input only: readers never get this HTML.
 *
 * Why the chrome goes: Pagefind indexes only the element marked `data-pagefind-body` (Starlight's `<main>`),
 * but it still receives and parses the whole page, and every page carries the sidebar, which lists every
 * article of its locale. On a 300-article corpus the sidebar was 65 kB of a 112 kB page, so the index's input
 * grew with the square of the site; the header, the sidebar and the footer are the same for every page and
 * hold nothing Pagefind reads.
 */
import { moveHeadingOriginals, withoutSentenceAnchors } from './heading-originals.ts';

const MAIN_START = '<main';
const MAIN_END = '</main>';
const BODY_END = '</body>';
/** Every attribute Pagefind reads starts so (`data-pagefind-body`, `-meta`, `-filter`, `-sort`, `-weight`, …). */
export const PAGEFIND_ATTRIBUTE = 'data-pagefind-';

/** The end (exclusive) of the tag that opens at `start`, or -1. */
const tagEnd = (html: string, start: number): number => {
	const end = html.indexOf('>', start);
	return end < 0 ? -1 : end + 1;
};

/**
 * `html` with only its `<head>` and the `<main data-pagefind-body>` element kept in its `<body>`: the
 * same index, from a fraction of the input. The page comes back unchanged when it has no such single
 * `<main>`, or when anything left out carries a `data-pagefind-*` attribute (a filter or a meta field
 * outside the body is still Pagefind's to read).
 */
export function withoutPageChrome(html: string): string {
	const bodyStart = html.indexOf('<body');
	const bodyOpenEnd = bodyStart < 0 ? -1 : tagEnd(html, bodyStart);
	const mainStart = html.indexOf(MAIN_START, bodyOpenEnd);
	const mainEnd = html.lastIndexOf(MAIN_END);
	const bodyEnd = html.lastIndexOf(BODY_END);
	if (bodyOpenEnd < 0 || mainStart < 0 || mainEnd < mainStart || bodyEnd < mainEnd) return html;
	if (html.indexOf(MAIN_START, mainStart + MAIN_START.length) >= 0) return html;
	const mainOpenEnd = tagEnd(html, mainStart);
	if (!html.slice(mainStart, mainOpenEnd).includes(`${PAGEFIND_ATTRIBUTE}body`)) return html;
	const before = html.slice(bodyOpenEnd, mainStart);
	const after = html.slice(mainEnd + MAIN_END.length, bodyEnd);
	if (before.includes(PAGEFIND_ATTRIBUTE) || after.includes(PAGEFIND_ATTRIBUTE)) return html;
	return html.slice(0, bodyOpenEnd) + html.slice(mainStart, mainEnd + MAIN_END.length) + html.slice(bodyEnd);
}

/** The page's HTML as the search index reads it (see the module's docstring). */
export function indexedHtml(html: string): string {
	return withoutSentenceAnchors(moveHeadingOriginals(withoutPageChrome(html)));
}
