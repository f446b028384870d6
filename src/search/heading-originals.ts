/**
 * Hidden English originals out of the headings, for the search index only. A translated heading carries its
 * English original in a hidden span (`<span class="sxs-original" lang="en">`, see `src/article/render.ts`), and
 * Pagefind titles a section with its heading's whole text, so results read `競合している要求Competing claims`.
 * Before a page is indexed, each heading's originals are moved out of the heading to just after it, still
 * inside the section and at the same weight: the English still finds the section, and the title is the
 * localized heading alone. The sentences' anchors are left out of the index too (`withoutSentenceAnchors`). The
 * page served to readers is not changed.
 */
import { SENTENCE_ID_PREFIX } from '../error-reference/sentence-ids.ts';
import { SEGMENT_ANCHOR_PREFIX } from '../facts/segment-anchors.ts';

const HEADING = /<(h[1-6])\b[^>]*>[\s\S]*?<\/\1>/gi;
const ORIGINAL_START = /<span\b[^>]*\bclass="sxs-original"[^>]*>/gi;
const SPAN_TAG = /<span\b[^>]*>|<\/span>/gi;

/** The end (exclusive) of the span element opening at `start` in `html`, nested spans included; -1 if it is not closed. */
export function spanEnd(html: string, start: number): number {
	SPAN_TAG.lastIndex = start;
	let depth = 0;
	for (let tag = SPAN_TAG.exec(html); tag; tag = SPAN_TAG.exec(html)) {
		depth += tag[0].startsWith('</') ? -1 : 1;
		if (depth === 0) return tag.index + tag[0].length;
	}
	return -1;
}

/** A heading's HTML without its hidden English originals, and the originals cut out of it, in order. */
function splitHeading(heading: string): { heading: string; originals: string[] } {
	const originals: string[] = [];
	let rest = heading;
	for (let match = ORIGINAL_START.exec(rest); match; match = ORIGINAL_START.exec(rest)) {
		const end = spanEnd(rest, match.index);
		if (end < 0) break;
		originals.push(rest.slice(match.index, end));
		rest = rest.slice(0, match.index) + rest.slice(end);
		ORIGINAL_START.lastIndex = match.index;
	}
	ORIGINAL_START.lastIndex = 0;
	return { heading: rest, originals };
}

/**
 * The page's HTML as the search index should read it: every heading's hidden English originals moved to a
 * `<p lang="en">` right after the heading (index input only: readers never get this HTML). Pages
 * without translated headings come back unchanged.
 */
export function moveHeadingOriginals(html: string): string {
	return html.replace(HEADING, (whole) => {
		const { heading, originals } = splitHeading(whole);
		return originals.length === 0 ? whole : `${heading}<p lang="en">${originals.join(' ')}</p>`;
	});
}

/**
 * A sentence's anchor attribute on its span: the article's segments (`segmentAnchor`: `id="s-162"`) and the
 * troubleshooting article's sentences that name an error (`sentenceId`: `id="cai-113"`, which the error page links to).
 */
const SENTENCE_ANCHOR = new RegExp(`(<span\\b[^>]*?)\\s+id="(?:${SEGMENT_ANCHOR_PREFIX}|${SENTENCE_ID_PREFIX})\\d+"`, 'g');

/**
 * The page's HTML without its sentences' anchors (`SENTENCE_ANCHOR`), for the search index only.
 * Pagefind keeps every element with an id as an anchor, its text included, in the page's fragment: on an article
 * that is the whole text a second time (a Japanese article's fragment held 15 kB of sentence anchors beside 13 kB
 * of text), downloaded for every result and parsed on every search. The search uses the headings' anchors alone
 * (a result's sections); readers still get the sentences' anchors, which citations and error pages link to.
 */
export function withoutSentenceAnchors(html: string): string {
	return html.replace(SENTENCE_ANCHOR, '$1');
}
