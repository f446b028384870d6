/**
 * The relaxation ladder: what to search when a query, as typed, finds nothing in an index.
 * A pure function over an injected `search(query) => hits`, so it is tested without Pagefind.
 *
 * Pagefind matches every word of a query as a prefix and AND-s them; words that match nothing
 * anywhere are dropped silently. So a pasted, reworded message fails as soon as one of its words
 * exists on some other page, and a query whose words all "match nothing" but one (a Japanese
 * sentence with `ID` in it, on the English index) returns pages that only share that one word.
 * The ladder makes both visible and recovers:
 *
 * 1. `exact`: the whole query, when every word of it matches something in this index.
 * 2. `dropped`: the words that match nothing are dropped; the rest, AND-ed.
 * 3. `longest`: the longest words and the error codes, AND-ed (the three longest, then two), function words (`minor`)
 *    last: a long one such as zh `是不是` (is it that) says nothing of what is asked.
 * 4. `merged`: every matching word searched alone, the pages ranked by the words they match
 *    (each word counting with Pagefind's own score, which already weighs rare words higher).
 *
 * Every step after `exact` is a partial match, and the UI says so.
 */
import { longestWords } from './normalize.ts';

export interface Hit {
	/** Stable id of the page in its index. */
	readonly id: string;
	/** Pagefind's score (higher is better). */
	readonly score: number;
}

export type Stage = 'exact' | 'dropped' | 'longest' | 'merged' | 'none';

export interface LadderOutcome<H extends Hit> {
	stage: Stage;
	/** The query that produced the hits (for `merged`, the words joined by spaces). */
	query: string;
	hits: H[];
	/** The query's words that match nothing in this index. */
	unmatched: string[];
	/**
	 * Further pages that match some of the words (the `merged` ranking, without `hits`): shown after
	 * the hits as partial matches, so a reworded message whose words all exist somewhere, and that
	 * finds one wrong page, still lists the right one.
	 */
	more: H[];
}

export type SearchFn<H extends Hit> = (query: string) => Promise<H[]>;

/** Whether an outcome is a partial match (some words of the query were not required). */
export function isPartial(stage: Stage): boolean {
	return stage !== 'exact' && stage !== 'none';
}

/**
 * Runs the ladder. `words` are the query's words (`queryWords`); `search` is called with the full
 * query, with each word, and with the relaxed queries; calls are memoized. `minor`: the words that say nothing of what
 * is asked (the function words, lower case), which the `longest` step takes only when the others are too few.
 */
export async function relaxedSearch<H extends Hit>(
	query: string,
	words: readonly string[],
	search: SearchFn<H>,
	minor: ReadonlySet<string> = new Set(),
): Promise<LadderOutcome<H>> {
	const memo = new Map<string, Promise<H[]>>();
	const run = (q: string): Promise<H[]> => {
		let found = memo.get(q);
		if (!found) {
			found = search(q);
			memo.set(q, found);
		}
		return found;
	};
	const [whole, ...perWord] = await Promise.all([run(query), ...words.map((word) => run(word))]);
	const matched = words.filter((_, i) => perWord[i]!.length > 0);
	const unmatched = words.filter((_, i) => perWord[i]!.length === 0);
	const merged = mergeHits(matched.map((word) => perWord[words.indexOf(word)]!));
	const outcome = (stage: Stage, q: string, hits: H[]): LadderOutcome<H> => {
		const ids = new Set(hits.map((hit) => hit.id));
		return { stage, query: q, hits, unmatched, more: merged.filter((hit) => !ids.has(hit.id)) };
	};
	if (whole!.length > 0 && (unmatched.length === 0 || words.length === 0)) return outcome('exact', query, whole!);
	if (matched.length === 0) return outcome('none', query, []);

	if (unmatched.length > 0) {
		const dropped = matched.join(' ');
		const hits = matched.length === 1 ? perWord[words.indexOf(matched[0]!)]! : await run(dropped);
		if (hits.length > 0) return outcome('dropped', dropped, hits);
	}

	const isMinor = (word: string) => minor.has(word.normalize('NFKC').toLowerCase());
	const ranked = [...longestWords(matched.filter((word) => !isMinor(word))), ...longestWords(matched.filter(isMinor))];
	for (let count = Math.min(3, ranked.length - 1); count >= 2; count--) {
		const relaxed = ranked.slice(0, count).join(' ');
		const hits = await run(relaxed);
		if (hits.length > 0) return outcome('longest', relaxed, hits);
	}

	return outcome('merged', matched.join(' '), merged);
}

/**
 * The union of several result lists, each page scored by the sum of its scores over the lists, times
 * the share of lists it appears in (a page matching more of the words ranks higher). Ties keep the
 * order of first appearance. The first occurrence of a page supplies its other fields.
 */
export function mergeHits<H extends Hit>(lists: ReadonlyArray<readonly H[]>): H[] {
	const merged = new Map<string, { hit: H; sum: number; count: number; order: number }>();
	let order = 0;
	for (const list of lists) {
		for (const hit of list) {
			const entry = merged.get(hit.id);
			if (entry) {
				entry.sum += hit.score;
				entry.count++;
			} else merged.set(hit.id, { hit, sum: hit.score, count: 1, order: order++ });
		}
	}
	const lists_ = Math.max(1, lists.length);
	return [...merged.values()]
		.map((entry) => ({ ...entry, rank: entry.sum * (entry.count / lists_) }))
		.sort((a, b) => b.rank - a.rank || a.order - b.order)
		.map((entry) => ({ ...entry.hit, score: entry.rank }));
}
