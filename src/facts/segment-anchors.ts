/**
 * The anchors of an article page's sentences and the range a citation link carries to it: `#s-162`, and
 * `?cite=162-166#s-162` for a range (`citation-targets.ts` writes them, `src/article/render.ts` puts the ids on the
 * sentences, `src/islands/citations/arrival.ts` reads the range on arrival). No imports: every page's arrival script
 * loads this module alone.
 */

/** What every segment's id on an article page begins with: `s-`. */
export const SEGMENT_ANCHOR_PREFIX = 's-';

/** The id of segment `number` on an article page: `s-162`. */
export function segmentAnchor(number: number): string {
	return `${SEGMENT_ANCHOR_PREFIX}${number}`;
}

/** The query parameter that carries a cited range to the article page: `?cite=162-166`. */
export const CITE_PARAMETER = 'cite';

/** The sentences a reader arrived to read: the `cite` range when it starts at the fragment's sentence, else that sentence. */
export function arrivedRange(search: string, hash: string): { readonly from: number; readonly to: number } | undefined {
	// `segmentAnchor`'s ids, `#s-162`.
	const target = /^#s-(\d+)$/.exec(hash);
	if (!target) return undefined;
	const from = Number(target[1]);
	const range = /^(\d+)-(\d+)$/.exec(new URLSearchParams(search).get(CITE_PARAMETER) ?? '');
	const to = range && Number(range[1]) === from ? Number(range[2]) : from;
	// A hand-edited range stays short: a page has a few hundred sentences at most.
	return { from, to: to >= from && to - from < 500 ? to : from };
}
