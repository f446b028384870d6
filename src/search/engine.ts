/**
 * Searching the site: the query is normalized, run through the relaxation ladder in the reader's
 * locale and, when asked or when the reader's locale has no exact match, in the other locales too;
 * the results are merged, de-duplicated (the same page in the reader's language wins) and labelled.
 * Plain TypeScript over injected `LocaleIndex`es: the island gives it Pagefind instances in the page,
 * the recall test gives it Pagefind instances in Node.
 */
import { pathWithoutLocale } from '../routes.ts';
import { guessCjkLanguage, hasCjk, normalizeQuery, queryWords } from './normalize.ts';
import { isPartial, relaxedSearch, type Hit, type LadderOutcome, type Stage } from './relax.ts';

export interface SubResult {
	url: string;
	title: string;
	/** Pagefind's excerpt: text with `<mark>` around the matched words (`<` and `>` of the text escaped). */
	excerpt: string;
	anchor: string;
	score: number;
}

export interface IndexPage {
	url: string;
	title: string;
	excerpt: string;
	/** `<html lang>` of the index the page came from. */
	lang: string;
	/** The page's `kind` filter: `guide`, `error`, `tool`. */
	kind?: string;
	/** An error page's code. */
	code?: string;
	/** The page's sections that match, best first. */
	subResults: SubResult[];
}

export interface IndexHit extends Hit {
	/** The page (one fragment fetch); called more than once for the same hit, it should load once. */
	load(): Promise<IndexPage>;
}

export interface LocaleIndex {
	/** `<html lang>` of the pages in the index: `en`, `ja`, `zh-TW`. */
	lang: string;
	/** Pagefind's answer to the query, optionally only pages of one kind. */
	search(query: string, kind?: string): Promise<IndexHit[]>;
}

/** `auto`: other languages are searched when the reader's own finds nothing, or the query is plainly in another language. */
export type CrossLanguage = 'auto' | boolean;

export interface SearchRequest {
	query: string;
	current: LocaleIndex;
	/** The other locales' indexes, loaded on first need. */
	others: () => Promise<LocaleIndex[]>;
	crossLanguage: CrossLanguage;
	kind?: string;
	/** How many pages to return. */
	limit?: number;
	/**
	 * Called once, before the search completes, with the exact matches alone when partial matches
	 * are still to load after them: they can be shown at once, and the complete outcome lists them
	 * first, in the same order.
	 */
	onExactMatches?: (outcome: SearchOutcome) => void;
}

export interface SearchResult {
	page: IndexPage;
	/** The key shared by the page's versions in every language. */
	key: string;
	/** Whether the page is in another language than the reader's. */
	otherLanguage: boolean;
	/** Whether it matched only part of the query (a step of the relaxation ladder). */
	partial: boolean;
}

export interface SearchOutcome {
	/** The normalized query ('' when there was nothing to search). */
	query: string;
	results: SearchResult[];
	/** Whether other languages were searched. */
	crossLanguage: boolean;
	/** The ladder step the reader's own locale needed. */
	stage: Stage;
	/** False for the exact matches handed to `onExactMatches` while partial matches load. */
	complete: boolean;
}

const DEFAULT_LIMIT = 8;

/** The words of the query, cut as the index's language would (Japanese and Chinese differ). */
function wordsFor(query: string, index: LocaleIndex, pageLang: string): string[] {
	const lang = /^(ja|zh)/i.test(index.lang) ? index.lang : pageLang;
	return queryWords(query, lang);
}

/**
 * Runs the ladder on one index. The whole query's best pages are most often the answer, so their
 * `load` starts as soon as the whole query returns, while the ladder's per-word searches run. The
 * pages listed are loaded again later: an index's `load` must do the work once (`pagefindLocaleIndex`).
 */
async function ladder(
	query: string,
	index: LocaleIndex,
	pageLang: string,
	kind: string | undefined,
	prefetch: number,
): Promise<LadderOutcome<IndexHit>> {
	return relaxedSearch(query, wordsFor(query, index, pageLang), (q) => {
		const found = index.search(q, kind);
		if (q === query) {
			found.then(
				(hits) => hits.slice(0, prefetch).forEach((hit) => void hit.load().catch(() => undefined)),
				() => undefined,
			);
		}
		return found;
	});
}

interface Candidate {
	hit: IndexHit;
	lang: string;
	current: boolean;
	partial: boolean;
	/** Exact matches, partial ones, then pages matching some words; in each, by language (see `searchSite`), then Pagefind's order. */
	rank: [number, number, number];
}

const primaryTag = (lang: string): string => lang.toLowerCase().split('-')[0]!;

/** Text compared without case, spaces or punctuation: `Which MPN do I choose?` → `whichmpndoichoose`. */
export function compact(text: string): string {
	return text
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[\s\p{P}\p{S}]+/gu, '');
}

/**
 * Puts first the page whose title, or the section whose heading, holds the whole query (a reader typing
 * a heading wants that section, even on a long page that Pagefind ranks lower for its length).
 * Returns whether the page's title or a section's heading matched.
 */
export function promoteHeadingMatches(page: IndexPage, query: string): boolean {
	const wanted = compact(query);
	if ([...wanted].length < 2) return false;
	const holds = (title: string): boolean => compact(title).includes(wanted);
	const sections = page.subResults.filter((sub) => holds(sub.title));
	if (sections.length > 0) page.subResults = [...sections, ...page.subResults.filter((sub) => !sections.includes(sub))];
	return sections.length > 0 || holds(page.title);
}

/**
 * Searches the reader's locale, then (when `crossLanguage` is on, or `auto` and the reader's locale
 * finds nothing or the query is plainly in another language) the other locales, and merges:
 * exact matches before partial ones; in each, first the language the query is written in, then the
 * reader's, then the others by the share of the query's words their index knows. The same page in
 * several languages is listed once, in the reader's language when their index found it.
 */
export async function searchSite(request: SearchRequest): Promise<SearchOutcome> {
	const query = normalizeQuery(request.query);
	const limit = request.limit ?? DEFAULT_LIMIT;
	if (!query) return { query, results: [], crossLanguage: false, stage: 'none', complete: true };
	const pageLang = request.current.lang;
	const written = guessCjkLanguage(query);
	const own = await ladder(query, request.current, pageLang, request.kind, limit);
	// Plainly written in another language: Japanese or Chinese on another language's page, or Latin
	// text with no exact match on a Japanese or Chinese page (its index knows the article's English
	// originals, not the English of the site's own pages).
	const foreign =
		(written !== undefined && written !== primaryTag(pageLang)) ||
		(!hasCjk(query) && primaryTag(pageLang) !== 'en' && own.stage !== 'exact');
	const crossLanguage = request.crossLanguage === true || (request.crossLanguage === 'auto' && (own.stage === 'none' || foreign));
	const outcomes: Array<{ lang: string; current: boolean; outcome: LadderOutcome<IndexHit> }> = [
		{ lang: pageLang, current: true, outcome: own },
	];
	if (crossLanguage) {
		const others = await request.others();
		const found = await Promise.all(others.map((index) => ladder(query, index, pageLang, request.kind, limit)));
		others.forEach((index, i) => outcomes.push({ lang: index.lang, current: false, outcome: found[i]! }));
	}
	const languageRank = (lang: string, current: boolean, outcome: LadderOutcome<IndexHit>): number => {
		if (written !== undefined && primaryTag(lang) === written) return 0;
		if (current) return 1;
		const words = outcome.unmatched.length + 1;
		return 2 + outcome.unmatched.length / words;
	};

	const candidates: Candidate[] = outcomes.flatMap(({ lang, current, outcome }) => {
		const partial = isPartial(outcome.stage);
		const hits = outcome.hits.slice(0, limit * 2);
		const language = languageRank(lang, current, outcome);
		return [
			...hits.map((hit, position): Candidate => ({ hit, lang, current, partial, rank: [partial ? 1 : 0, language, position] })),
			...outcome.more
				.slice(0, Math.max(0, limit * 2 - hits.length))
				.map((hit, position): Candidate => ({ hit, lang, current, partial: true, rank: [2, language, position] })),
		];
	});
	// Pages are loaded (one fragment fetch each) in rank order, a batch at a time, until there are
	// enough distinct pages: the same page in several languages takes one place.
	candidates.sort((a, b) => a.rank[0] - b.rank[0] || a.rank[1] - b.rank[1] || a.rank[2] - b.rank[2]);
	const loaded: Loaded[] = [];
	const keys = new Set<string>();
	const load = async (batch: Candidate[]): Promise<void> => {
		for (const entry of await Promise.all(batch.map(async (candidate) => ({ candidate, page: await candidate.hit.load() })))) {
			loaded.push(entry);
			keys.add(pathWithoutLocale(entry.page.url));
		}
	};
	const outcome = (complete: boolean): SearchOutcome => ({
		query,
		results: assemble(loaded, query).slice(0, limit),
		crossLanguage,
		stage: own.stage,
		complete,
	});
	// Two spare loads per batch only when several languages can yield the same page twice.
	const batchSize = outcomes.length > 1 ? limit + 2 : limit;
	let next = 0;
	// The exact matches first, on their own, when partial matches would be loaded with them: their
	// pages began loading during the ladder (see `ladder`), the partial matches' pages only now.
	const exact = candidates.slice(0, batchSize).filter((candidate) => candidate.rank[0] === 0);
	if (request.onExactMatches && exact.length > 0 && exact.length < Math.min(batchSize, candidates.length)) {
		await load(exact);
		next = exact.length;
		request.onExactMatches(outcome(false));
	}
	// The rest of the first batch, then whole batches.
	for (let end = batchSize; next < candidates.length && keys.size < limit; end = next + batchSize) {
		const batch = candidates.slice(next, end);
		next += batch.length;
		await load(batch);
	}
	return outcome(true);
}

interface Loaded {
	candidate: Candidate;
	page: IndexPage;
}

/**
 * The loaded pages as results, best first: by rank, pages whose title or a heading holds the query
 * before the others of their rank, and the same page in several languages once (in the reader's
 * language when their index found it).
 */
function assemble(loaded: readonly Loaded[], query: string): SearchResult[] {
	const headed = new Set(loaded.filter(({ page }) => promoteHeadingMatches(page, query)).map(({ candidate }) => candidate));
	const ordered = [...loaded].sort(
		(a, b) =>
			a.candidate.rank[0] - b.candidate.rank[0] ||
			a.candidate.rank[1] - b.candidate.rank[1] ||
			Number(headed.has(b.candidate)) - Number(headed.has(a.candidate)) ||
			a.candidate.rank[2] - b.candidate.rank[2],
	);
	const results: SearchResult[] = [];
	const byKey = new Map<string, SearchResult>();
	ordered.forEach(({ candidate, page }) => {
		const key = pathWithoutLocale(page.url);
		const result: SearchResult = { page, key, otherLanguage: !candidate.current, partial: candidate.partial };
		const earlier = byKey.get(key);
		if (!earlier) {
			byKey.set(key, result);
			results.push(result);
		} else if (earlier.otherLanguage && candidate.current) {
			// The same page in the reader's language takes the place of the other language's copy.
			const replaced: SearchResult = { ...result, partial: earlier.partial && candidate.partial };
			results[results.indexOf(earlier)] = replaced;
			byKey.set(key, replaced);
		}
	});
	return results;
}
