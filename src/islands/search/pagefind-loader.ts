/**
 * Loads Pagefind in the page, lazily: the reader's locale bundle's `pagefind.js` on first need (hover
 * or focus of the search button, Ctrl/⌘+K, or opening the dialog), the other locales' indexes only
 * when a search reaches them. One `pagefind.js` serves every bundle (`createInstance` with another
 * `basePath`); the instances open one after the other (see `openLocaleIndex`).
 */
import type { LocaleIndex } from '../../search/engine.ts';
import { failOnHang, REQUEST_TIMEOUT_MS, watchPagefindFetches, withTimeout } from '../../search/faults.ts';
import { loadPageHeadings, type HeadingsFile } from '../../search/page-headings.ts';
import { shareEntryFiles } from '../../search/shared-entry.ts';
import { shareSegmenters } from '../../search/shared-segmenter.ts';
import { shareWasmModules } from '../../search/shared-wasm.ts';
import { inflateNatively } from '../../search/native-inflate.ts';
import { variantsFor } from '../../search/variants.ts';
import { prepareSegmenterOffThread } from './prepare-segmenter.ts';
import { preloadIndex, preloadPagefind } from './preload-bundle.ts';
import { createSerializer, openLocaleIndex, type PagefindModule } from '../../search/pagefind-api.ts';

export interface Bundle {
	/** `<html lang>` of the locale. */
	lang: string;
	/** The language's own name. */
	label: string;
	/** The bundle's URL folder: `/pagefind/ja/`. */
	path: string;
}

export interface PagefindLoader {
	/** The reader's locale's index (rejects if it could not load; a later call tries again). */
	current(): Promise<LocaleIndex>;
	/** The other locales' indexes. */
	others(): Promise<LocaleIndex[]>;
	/**
	 * Forgets everything loaded or loading, for a retry after a request that never answered: the next call loads
	 * `pagefind.js` again under another URL (a hung module import stays hung) with new instances and a new queue.
	 */
	reset(): void;
	/**
	 * `promise`, or a `SearchTimeoutError` once a request of the reader's bundle (`'current'`) or of the others
	 * (`'others'`) goes unanswered for `REQUEST_TIMEOUT_MS`. Requests abandoned before the latest `reset` do not count.
	 */
	guard<T>(promise: Promise<T>, bundles: 'current' | 'others'): Promise<T>;
}

/**
 * The loader of the reader's bundle and the others. Every index it opens fails a search during which one of its
 * index files failed to load (`watchPagefindFetches`), rather than answering it without them.
 */
/**
 * Pagefind 1.6 starts loading an index in a constructor that leaves the loading's promise unhandled: a failed
 * metadata or WebAssembly download would surface as an uncaught rejection, though the failure reaches the dialog
 * anyway (every call on the instance rejects with it, see `whenLoaded`). Those rejections are marked handled here.
 */
function quietPagefindLoadFailures(): void {
	window.addEventListener('unhandledrejection', (event) => {
		const reason: unknown = event.reason;
		if (reason instanceof Error && /pagefind/i.test(reason.message)) event.preventDefault();
	});
}

function createPagefindLoader(current: Bundle, others: readonly Bundle[]): PagefindLoader {
	quietPagefindLoadFailures();
	const faults = watchPagefindFetches();
	// After the watcher, which sees the network's answers: the browser inflates what Pagefind's JavaScript would.
	inflateNatively();
	// After those: the one request of a module goes through them, its copies for other bundles need not.
	shareWasmModules();
	// Pagefind's own request for an entry file the preload just read (`preloadIndex`) is answered with that read.
	shareEntryFiles();
	// Pagefind makes its segmenters again on every search: one of each for the page.
	shareSegmenters();
	let serial = createSerializer();
	let attempt = 0;
	// Requests made before this mark belong to an attempt a retry abandoned.
	let since = faults.mark();
	let module: Promise<PagefindModule> | undefined;
	let currentIndex: Promise<LocaleIndex> | undefined;
	let otherIndexes: Promise<LocaleIndex[]> | undefined;
	// Each bundle's headings file, by bundle path: its entry file is read to preload the index (`preloadIndex`), which
	// names it; it downloads beside the index. Undefined if it failed: the search then loads more pages (`page-headings.ts`).
	let headings = new Map<string, Promise<HeadingsFile | undefined>>();
	const headingsOf = (bundle: Bundle): Promise<HeadingsFile | undefined> => {
		let file = headings.get(bundle.path);
		if (!file) {
			file = preloadIndex(bundle.path, bundle.lang).then((url) => (url ? loadPageHeadings(url, REQUEST_TIMEOUT_MS) : undefined));
			headings.set(bundle.path, file);
		}
		return file;
	};
	// A failed load is forgotten, so the next attempt tries again.
	const retryable = <T>(promise: Promise<T>, forget: () => void): Promise<T> => {
		promise.catch(forget);
		return promise;
	};
	const load = (): Promise<PagefindModule> => {
		if (!module) {
			preloadPagefind(current.path);
			void headingsOf(current);
			const url = `${current.path}pagefind.js${attempt > 0 ? `?attempt=${attempt}` : ''}`;
			// An import is no `fetch` the watcher sees: it gets its own bounded wait.
			const imported = withTimeout(import(/* @vite-ignore */ url) as Promise<PagefindModule>, REQUEST_TIMEOUT_MS, url);
			module = retryable(imported, () => (module = undefined));
			// While the index downloads, in a worker: the segmenter's start-up, which the first search would otherwise wait for.
			prepareSegmenterOffThread(current.lang);
			// The locale's spelling variants (a chunk of their own), which the first search rewrites its query with.
			void variantsFor(current.lang);
		}
		return module;
	};
	const openCurrent = (): Promise<LocaleIndex> =>
		(currentIndex ??= retryable(
			load().then((pagefind) => openLocaleIndex(pagefind, current.lang, current.path, serial, faults, headingsOf(current))),
			() => (currentIndex = undefined),
		));
	return {
		current: openCurrent,
		others: () =>
			(otherIndexes ??= retryable(
				(async () => {
					for (const bundle of others) void headingsOf(bundle);
					await openCurrent();
					const pagefind = await load();
					const opened: LocaleIndex[] = [];
					for (const bundle of others)
						opened.push(await openLocaleIndex(pagefind, bundle.lang, bundle.path, serial, faults, headingsOf(bundle)));
					return opened;
				})(),
				() => (otherIndexes = undefined),
			)),
		guard: (promise, bundles) =>
			failOnHang(promise, faults, since, bundles === 'current' ? [current.path] : others.map((bundle) => bundle.path)),
		reset() {
			attempt++;
			since = faults.mark();
			serial = createSerializer();
			module = currentIndex = otherIndexes = undefined;
			headings = new Map();
		},
	};
}

/** The page's loaders, by the reader's bundle. */
const pageLoaders = new Map<string, PagefindLoader>();

/**
 * The page's loader of the reader's bundle (`current`) and the others: one per page, made by whoever asks first. The
 * opener's intent asks for it (`warm-index.ts`, beside the dialog's code) so that the index downloads while the
 * dialog's code arrives and renders; the dialog then asks for the same loader and finds the index loading or loaded.
 */
export function pageLoader(current: Bundle, others: readonly Bundle[]): PagefindLoader {
	let loader = pageLoaders.get(current.path);
	if (!loader) {
		loader = createPagefindLoader(current, others);
		pageLoaders.set(current.path, loader);
	}
	return loader;
}
