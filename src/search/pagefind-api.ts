/**
 * The part of Pagefind's browser JS API (1.6) the site uses, typed, and the adapter that turns one
 * locale's Pagefind instance into a `LocaleIndex` for the search engine. Plain TypeScript: the island
 * and the Node test harness load `pagefind.js` their own way and share this.
 */
import { segmentForIndex } from './normalize.ts';
import type { IndexPage, LocaleIndex, SubResult } from './engine.ts';
import { IndexChunkError, type FetchFaults } from './faults.ts';
import type { HeadingsFile } from './page-headings.ts';
import { parseSectionAliases } from './section-aliases.ts';

interface PagefindLocation {
	weight: number;
	balanced_score: number;
	location: number;
}

interface PagefindSubResult {
	title: string;
	url: string;
	excerpt: string;
	anchor?: { id: string };
	weighted_locations?: PagefindLocation[];
}

interface PagefindData {
	url: string;
	/** The page's indexed text. */
	content?: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
	filters?: Record<string, string[]>;
	sub_results?: PagefindSubResult[];
	/** Every element of the page with an `id` that Pagefind saw, headings among them, at their word positions. */
	anchors?: Array<{ element: string; id: string; text?: string; location: number }>;
	/** The indexed text with `<` and `>` escaped, its Japanese and Chinese words apart by U+200B (Pagefind's own field). */
	raw_content?: string;
}

/**
 * The words of the indexed text from word position `from`, `EXCERPT_LENGTH` of them at most and none from `to` on,
 * as Pagefind cuts its excerpts (`raw_content` holds U+200B between Japanese and Chinese words, spaces elsewhere);
 * empty without the text.
 */
function excerptAt(rawContent: string | undefined, from: number, to: number | undefined): string {
	if (!rawContent) return '';
	const spaced = !rawContent.includes('\u200B');
	const words = spaced ? rawContent.split(/\s+/) : rawContent.split('\u200B');
	return words
		.slice(from, Math.min(from + EXCERPT_LENGTH, to ?? words.length))
		.join(spaced ? ' ' : '')
		.trim();
}

interface PagefindResult {
	id: string;
	score: number;
	data(): Promise<PagefindData>;
}

interface PagefindSearchResponse {
	results: PagefindResult[];
}

export interface PagefindInstance {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	/** `term` null: every page that passes the filters (Pagefind's filter-only search). */
	search(term: string | null, options?: { filters?: Record<string, unknown> }): Promise<PagefindSearchResponse | null>;
	/** Loads the index and filter chunks a search would need, without searching. */
	preload?(term: string, options?: { filters?: Record<string, unknown> }): Promise<void>;
	destroy(): Promise<void>;
}

export interface PagefindModule {
	createInstance(options: { basePath: string; baseUrl?: string; excerptLength?: number; noWorker?: boolean }): PagefindInstance;
}

/** Starlight's `id` on the page's `h1`: the page itself, not a section. */
const PAGE_TOP_ANCHOR = '_top';

/** Words of excerpt Pagefind cuts around the matches. */
const EXCERPT_LENGTH = 24;

/** Word positions a matched passage may span: about a sentence. */
const PASSAGE_SPAN = 30;

/**
 * How well a section matches: the best sum of match scores within one passage of `PASSAGE_SPAN`
 * words. A pasted sentence is one dense passage; a long section merely mentioning common words of
 * the query scores lower than the short section the sentence comes from.
 */
function subResultScore(locations: readonly PagefindLocation[]): number {
	const sorted = [...locations].sort((a, b) => a.location - b.location);
	let best = 0;
	let sum = 0;
	let start = 0;
	for (const location of sorted) {
		sum += location.balanced_score;
		while (location.location - sorted[start]!.location >= PASSAGE_SPAN) sum -= sorted[start++]!.balanced_score;
		best = Math.max(best, sum);
	}
	return best;
}

/** A page as the engine shows it, from Pagefind's result data: sections ranked by how much of the query they hold. */
function toIndexPage(data: PagefindData, lang: string): IndexPage {
	const subResults: SubResult[] = (data.sub_results ?? [])
		.filter((sub) => sub.anchor?.id && sub.anchor.id !== PAGE_TOP_ANCHOR)
		.map((sub) => ({
			url: sub.url,
			title: sub.title,
			excerpt: sub.excerpt,
			anchor: sub.anchor!.id,
			score: subResultScore(sub.weighted_locations ?? []),
		}))
		.sort((a, b) => b.score - a.score);
	const pageUrl = data.url.replace(/#.*$/, '');
	const anchors = [...(data.anchors ?? [])].sort((a, b) => a.location - b.location);
	const headings: SubResult[] = anchors
		.filter((anchor) => /^h[2-6]$/i.test(anchor.element) && anchor.id && anchor.id !== PAGE_TOP_ANCHOR && anchor.text?.trim())
		.map((anchor) => ({
			url: `${pageUrl}#${anchor.id}`,
			title: anchor.text!.trim(),
			// A translated page's indexed text holds each sentence's hidden English original after it: cut by position, its
			// excerpt would mix the languages, so only an English page's section shows the words after its heading.
			excerpt:
				lang === 'en'
					? excerptAt(
							data.raw_content,
							anchor.location + anchor.text!.trim().split(/\s+/).length,
							anchors.find((next) => next.location > anchor.location && /^h[1-6]$/i.test(next.element))?.location,
						)
					: '',
			anchor: anchor.id,
			score: 0,
		}));
	const kind = data.filters?.['kind']?.[0];
	const code = data.meta['code'];
	const messages = [data.meta['message'], data.meta['messageLocal']].filter((text): text is string => Boolean(text));
	const aliases = data.meta['aliases'];
	const example = data.meta['example'];
	const sectionAliases = parseSectionAliases(data.meta['sectionAliases']);
	return {
		url: data.url,
		title: data.meta['title'] ?? data.url,
		excerpt: data.excerpt,
		lang,
		...(kind ? { kind } : {}),
		...(code ? { code } : {}),
		...(messages.length > 0 ? { messages } : {}),
		...(aliases ? { aliases } : {}),
		...(example ? { example } : {}),
		...(sectionAliases ? { sectionAliases } : {}),
		subResults,
		...(headings.length > 0 ? { headings } : {}),
		// The words readers search the page by that it writes otherwise (`article-aliases.ts`, and its sections' names:
		// `section-aliases.ts`) count as its words, as Pagefind's index counts them (it indexes the metadata's words).
		...(data.content !== undefined
			? { text: [data.content, aliases, ...Object.values(sectionAliases ?? {}).flat()].filter(Boolean).join(' ') }
			: {}),
	};
}

/** Runs tasks one at a time, in order. */
export type Serializer = <T>(task: () => Promise<T>) => Promise<T>;

/**
 * A serializer for every Pagefind instance of one page. Pagefind 1.6 is not safe for overlapping
 * searches: each instance hands its WebAssembly state pointer from call to call across `await`s, and
 * two searches loading index chunks at once corrupt it ("memory access out of bounds"). The ladder
 * issues several searches per query, so they are queued here.
 */
export function createSerializer(): Serializer {
	let tail: Promise<unknown> = Promise.resolve();
	return <T>(task: () => Promise<T>): Promise<T> => {
		const run = tail.then(task, task);
		tail = run.catch(() => undefined);
		return run;
	};
}

/**
 * Opens a locale's bundle as a `LocaleIndex`, waiting until it is ready. Instances of one page must be
 * opened one after the other (through the same `serial`): each loads the WebAssembly module, and two
 * loading it at once replace each other's memory. `headings`: the bundle's headings file, downloading
 * (`page-headings.ts`; it resolves to undefined if it failed).
 */
export function openLocaleIndex(
	module: PagefindModule,
	lang: string,
	basePath: string,
	serial: Serializer,
	faults?: FetchFaults,
	headings?: Promise<HeadingsFile | undefined>,
): Promise<LocaleIndex> {
	return serial(async () => {
		// No web worker: the indexes are small (a search takes a few milliseconds on the main thread),
		// and the worker would cost a second script (12 kB gzipped) and its start-up on the first search.
		const instance = module.createInstance({ basePath, baseUrl: '/', excerptLength: EXCERPT_LENGTH, noWorker: true });
		await whenLoaded(instance);
		return pagefindLocaleIndex(lang, instance, serial, faults ? { faults, basePath } : undefined, headings);
	});
}

/** How far apart the `whenLoaded` probes start, in milliseconds, and how long Pagefind sleeps between its looks. */
const PROBE_SPACING_MS = 10;
const PAGEFIND_POLL_MS = 50;

/**
 * Resolves once the instance has loaded its WebAssembly module and index metadata (rejects if that
 * failed). Pagefind 1.6 starts loading in `createInstance` and makes every call wait for it by
 * sleeping 50 ms at a time, each call on its own clock, so a lone first call starts up to 50 ms (25 on
 * average) after the index is ready. Here empty searches, which do nothing once loaded, start 10 ms
 * apart and race: the first one to see the index ready resolves within 10 ms of it. Public API only:
 * with a Pagefind that waits differently the probes are merely redundant.
 */
export function whenLoaded(instance: PagefindInstance): Promise<void> {
	let settled = false;
	return new Promise((resolve, reject) => {
		void (async () => {
			for (let started = 0; started < PAGEFIND_POLL_MS && !settled; started += PROBE_SPACING_MS) {
				instance
					.search('')
					.then(() => resolve(), reject)
					.finally(() => (settled = true));
				await new Promise((wait) => setTimeout(wait, PROBE_SPACING_MS));
			}
		})();
	});
}

/**
 * One locale's index for the engine, over a ready Pagefind instance of that locale's bundle. With `watch`
 * (the page's failed Pagefind requests and the bundle's folder), a search or page load during which an index
 * file of the bundle failed rejects with `IndexChunkError`: Pagefind answers it without the chunk, and its
 * "nothing found" would be a lie. With `headings` (the bundle's headings file, `page-headings.ts`), the engine loads
 * fewer pages (`LocaleIndex.headings`).
 */
export function pagefindLocaleIndex(
	lang: string,
	instance: PagefindInstance,
	serial: Serializer,
	watch?: { faults: FetchFaults; basePath: string },
	headings?: Promise<HeadingsFile | undefined>,
): LocaleIndex {
	/** `task`, failing when an index file of the bundle failed while it ran. */
	const checked = async <T>(task: () => Promise<T>): Promise<T> => {
		const mark = watch?.faults.mark() ?? 0;
		const value = await task();
		const failed = watch?.faults.failedSince(mark, watch.basePath) ?? [];
		if (failed.length > 0) throw new IndexChunkError(failed);
		return value;
	};
	// Whether the `kind` filter's chunk was asked for: with the first search's index chunks, in one round of downloads.
	// The engine's first query also searches its articles (`kind: guide`), after the other searches of the query
	// (they are queued): left to that search, the filter's download would wait for them and delay the first results.
	let filterAsked = false;
	const search = async (term: string, kind: string | undefined): Promise<PagefindSearchResponse | null> => {
		if (!filterAsked && instance.preload && term) {
			filterAsked = true;
			// Any value of the filter loads its chunk.
			await instance.preload(term, { filters: { kind: 'guide' } });
		}
		// No words, a kind: every page of the kind.
		return instance.search(term === '' && kind ? null : term, kind ? { filters: { kind } } : {});
	};
	return {
		lang,
		...(headings ? { headings: () => headings } : {}),
		async search(query, kind) {
			const response = await serial(() => checked(() => search(segmentForIndex(query, lang), kind)));
			return (response?.results ?? []).map((result) => {
				// Loaded once: Pagefind caches a page's fragment but builds its excerpts again on every `data()`.
				let page: Promise<IndexPage> | undefined;
				return {
					id: result.id,
					score: result.score,
					load: () => (page ??= checked(() => result.data()).then((data) => toIndexPage(data, lang))),
				};
			});
		},
	};
}
