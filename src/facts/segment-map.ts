/**
 * Cited segment numbers to a published page's numbers, through the English text.
 *
 * Citations are numbered in the cited source version (`content/facts/articles/`, English 36a60f67). A published page
 * may show a newer version that renumbers its segments (the zh-TW copy of OSA, 37562b0e, numbers every segment one
 * lower, and the assembled views of every locale follow the newest version, `src/article/assemble.ts`). A cited segment
 * is the page's segment with the same English (whitespace aside; the n-th occurrence of a repeated sentence is the
 * n-th occurrence on the page). A cited sentence whose English the newer version revised (FCD#113 "open the Azure
 * portal" became "sign into the Azure portal") is the page's sentence in the same place: the one unmatched page
 * segment between the same matched neighbours, marked `revised`.
 *
 * Plain TypeScript without I/O.
 */
import type { SegmentRun } from './citation-targets.ts';
import type { CitedArticle } from './cited-articles.ts';

/** A segment: its number and its English sentence. */
export type NumberedSentence = readonly [number: number, english: string];

/** Where a cited segment is on the page, and whether the page's English is a revision of the cited sentence. */
export interface SegmentMatch {
	readonly number: number;
	readonly revised: boolean;
}

const squeeze = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Exact matches: cited number → page number, each page segment used once, repeated sentences in order. */
function sameEnglish(cited: readonly NumberedSentence[], page: readonly NumberedSentence[]): Map<number, number> {
	const byText = new Map<string, number[]>();
	for (const [number, english] of page) byText.set(squeeze(english), [...(byText.get(squeeze(english)) ?? []), number]);
	const matched = new Map<number, number>();
	for (const [number, english] of cited) {
		const found = byText.get(squeeze(english));
		const next = found?.shift();
		if (next !== undefined) matched.set(number, next);
	}
	return matched;
}

/**
 * Every cited segment's place on the page (`cited` and `page` in document order). A cited segment without the same
 * English is matched by place when its gap between matched neighbours holds as many unmatched page segments as
 * unmatched cited ones; otherwise it has no place (its citations stay text).
 */
export function matchSegments(cited: readonly NumberedSentence[], page: readonly NumberedSentence[]): Map<number, SegmentMatch> {
	const exact = sameEnglish(cited, page);
	const used = new Set(exact.values());
	const matches = new Map<number, SegmentMatch>([...exact].map(([from, to]) => [from, { number: to, revised: false }]));
	let gap: number[] = [];
	let before = Number.NEGATIVE_INFINITY;
	const closeGap = (after: number) => {
		const free = page.map(([number]) => number).filter((number) => number > before && number < after && !used.has(number));
		if (gap.length > 0 && free.length === gap.length)
			gap.forEach((number, index) => matches.set(number, { number: free[index]!, revised: true }));
		gap = [];
	};
	for (const [number] of cited) {
		const at = exact.get(number);
		if (at === undefined) {
			gap.push(number);
			continue;
		}
		closeGap(at);
		before = at;
	}
	closeGap(Number.POSITIVE_INFINITY);
	return matches;
}

/** The matches as runs of consecutive numbers (`SegmentRun`), the compact form pages and islands carry. */
export function toRuns(matches: ReadonlyMap<number, SegmentMatch>): SegmentRun[] {
	const runs: Array<[number, number, number]> = [];
	for (const [cited, { number }] of [...matches].sort(([a], [b]) => a - b)) {
		const last = runs.at(-1);
		if (last && cited === last[0] + last[2] && number === last[1] + last[2]) last[2]++;
		else runs.push([cited, number, 1]);
	}
	return runs;
}

/** The runs from a cited article's numbers to a page's (`page`: the page's segments, number and English, in order). */
export function articleRuns(cited: CitedArticle, page: readonly NumberedSentence[]): SegmentRun[] {
	return toRuns(
		matchSegments(
			[...cited.segments].map(([number, { english }]) => [number, english] as const),
			page,
		),
	);
}
