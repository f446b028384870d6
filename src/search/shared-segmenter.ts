/**
 * One `Intl.Segmenter` per language and options for the page. Pagefind 1.6 makes a grapheme segmenter (and, for
 * Japanese, Chinese and the other languages it cuts into words, a word segmenter too) on every `search()` call, and the
 * site's search asks Pagefind 15 to 30 times for one query (the relaxation ladder's per-word searches, the articles,
 * the tools): 15 to 60 segmenters a query, measured in Chromium (#19). A segmenter keeps no state between its
 * `segment()` calls, so one instance serves every caller. Plain TypeScript.
 */

/** What holds the `Intl.Segmenter` to share: the page's `globalThis`, or a test's stand-in. */
export interface SegmenterScope {
	Intl: { Segmenter: typeof Intl.Segmenter };
}

const installed = new WeakSet<object>();

/**
 * Makes `new Intl.Segmenter(locales, options)` in `scope` return the instance made before for the same locales,
 * granularity and locale matcher, made once on first use. A subclass (`new.target` another constructor) and a call
 * that throws (an invalid tag) get what the browser's own constructor does. Installs once per scope; nothing happens
 * where the browser has no `Intl.Segmenter` (Pagefind then does without).
 */
export function shareSegmenters(scope: SegmenterScope = globalThis as unknown as SegmenterScope): void {
	const native = scope.Intl?.Segmenter;
	if (installed.has(scope) || typeof native !== 'function') return;
	installed.add(scope);
	const made = new Map<string, Intl.Segmenter>();
	const shared: typeof Intl.Segmenter = new Proxy(native, {
		construct(target, args: ConstructorParameters<typeof Intl.Segmenter>, newTarget) {
			if (newTarget !== shared) return Reflect.construct(target, args, newTarget) as object;
			const [locales, options] = args;
			const key = JSON.stringify([locales ?? null, options?.granularity ?? 'grapheme', options?.localeMatcher ?? 'best fit']);
			let segmenter = made.get(key);
			if (!segmenter) {
				segmenter = new target(...args);
				made.set(key, segmenter);
			}
			return segmenter;
		},
	});
	scope.Intl.Segmenter = shared;
}
