/**
 * The word segmenter's start-up, moved off the main thread. The first `Intl.Segmenter` of a page loads ICU's break
 * rules and, for Japanese and Chinese, its dictionary: 20–100 ms of main-thread time on a 2-core machine, during
 * the first search's busiest stretch (the dialog's first render, Pagefind's WebAssembly). Chromium keeps that data
 * for the whole renderer process, so a worker that makes one segmenter leaves the main thread's segmenters
 * 0.1 ms to make (measured in the system Chromium).
 */

/**
 * Starts a short-lived worker (`segmenter.worker.ts`, its own small chunk) that makes the segmenter of `lang`, and
 * ends it once it answers. Never throws: if the worker can't start or its script fails to load, the first search
 * makes its segmenter on the main thread, as it would without this.
 */
export function prepareSegmenterOffThread(lang: string): void {
	try {
		const worker = new Worker(new URL('./segmenter.worker.ts', import.meta.url), { type: 'module' });
		const end = () => worker.terminate();
		worker.addEventListener('message', end);
		worker.addEventListener('error', end);
		worker.postMessage(lang);
	} catch {
		// No worker here (or the page's policy refuses it): the main thread makes the segmenter when it needs it.
	}
}
