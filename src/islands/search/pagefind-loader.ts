/**
 * Loads Pagefind in the page, lazily: the reader's locale bundle's `pagefind.js` on first need (hover
 * or focus of the search button, Ctrl/⌘+K, or opening the dialog), the other locales' indexes only
 * when a search reaches them. One `pagefind.js` serves every bundle (`createInstance` with another
 * `basePath`); the instances open one after the other (see `openLocaleIndex`).
 */
import type { LocaleIndex } from '../../search/engine.ts';
import { prepareSegmenter } from '../../search/normalize.ts';
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
	current(): Promise<LocaleIndex>;
	others(): Promise<LocaleIndex[]>;
}

export function createPagefindLoader(current: Bundle, others: readonly Bundle[]): PagefindLoader {
	const serial = createSerializer();
	let module: Promise<PagefindModule> | undefined;
	let currentIndex: Promise<LocaleIndex> | undefined;
	let otherIndexes: Promise<LocaleIndex[]> | undefined;
	// A failed load is forgotten, so the next attempt tries again.
	const retryable = <T>(promise: Promise<T>, forget: () => void): Promise<T> => {
		promise.catch(forget);
		return promise;
	};
	const load = (): Promise<PagefindModule> => {
		if (!module) {
			preloadPagefind(current.path);
			void preloadIndex(current.path, current.lang);
			module = retryable(import(/* @vite-ignore */ `${current.path}pagefind.js`) as Promise<PagefindModule>, () => (module = undefined));
			// While the index downloads: the segmenter's start-up (15–30 ms), which the first search would otherwise wait for.
			prepareSegmenter(current.lang);
		}
		return module;
	};
	const openCurrent = (): Promise<LocaleIndex> =>
		(currentIndex ??= retryable(
			load().then((pagefind) => openLocaleIndex(pagefind, current.lang, current.path, serial)),
			() => (currentIndex = undefined),
		));
	return {
		current: openCurrent,
		others: () =>
			(otherIndexes ??= retryable(
				(async () => {
					for (const bundle of others) void preloadIndex(bundle.path, bundle.lang);
					await openCurrent();
					const pagefind = await load();
					const opened: LocaleIndex[] = [];
					for (const bundle of others) opened.push(await openLocaleIndex(pagefind, bundle.lang, bundle.path, serial));
					return opened;
				})(),
				() => (otherIndexes = undefined),
			)),
	};
}
