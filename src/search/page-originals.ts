/**
 * The hidden English originals of a translated page, moved out of its HTML into a fragment file beside it
 * (`originals.json`, see `ORIGINALS_FILE`), which the English-original toggle (`src/islands/english-original/`)
 * loads the first time a reader turns it on: a reader who never does downloads none of them. Each sentence of a
 * translated page is `<span class="sxs" data-segment="N"><span class="sxs-translation">…</span><span
 * class="sxs-original" lang="en" …>…</span></span>` (`src/article/render.ts`); the fragment maps each segment number
 * to its original's inner HTML. Run on the built page after it is indexed, so the search index keeps the originals.
 */
import { spanEnd } from './heading-originals.ts';

const ORIGINAL_START = /<span\b[^>]*\bclass="sxs-original"[^>]*>/gi;
const SEGMENT = /<span\b[^>]*\bclass="sxs"[^>]*\bdata-segment="(\d+)"[^>]*>/gi;

/** The segment numbers of the page's `.sxs` spans, by where each opens. */
function segmentStarts(html: string): Array<{ at: number; segment: string }> {
	return [...html.matchAll(SEGMENT)].map((match) => ({ at: match.index, segment: match[1]! }));
}

/**
 * The page's HTML without its hidden English originals, and the originals by segment number (their inner HTML).
 * A page without originals comes back unchanged, with none.
 */
export function splitOriginals(html: string): { html: string; originals: Record<string, string> } {
	const originals: Record<string, string> = {};
	const segments = segmentStarts(html);
	let next = 0;
	let out = '';
	let from = 0;
	ORIGINAL_START.lastIndex = 0;
	for (let match = ORIGINAL_START.exec(html); match; match = ORIGINAL_START.exec(html)) {
		const end = spanEnd(html, match.index);
		while (next < segments.length && segments[next]!.at < match.index) next++;
		// The original is the last child of its sentence's span: the last one opened before it.
		const segment = segments[next - 1]?.segment;
		if (end < 0 || segment === undefined) continue;
		originals[segment] = html.slice(match.index + match[0].length, end - '</span>'.length);
		out += html.slice(from, match.index);
		from = end;
		ORIGINAL_START.lastIndex = end;
	}
	return from === 0 ? { html, originals } : { html: out + html.slice(from), originals };
}
