/**
 * Makes the browser's word segmenter of a language (`postMessage(lang)`) once, off the main thread, and answers
 * `true`. What a first segmenter loads (ICU's break rules and, for Japanese and Chinese, its dictionary) is kept by
 * the whole renderer process, so the main thread's segmenters (the query's words, Pagefind's own) then start at once.
 */
import { prepareSegmenter } from '../../search/normalize.ts';

self.addEventListener('message', (event: MessageEvent<unknown>) => {
	if (typeof event.data === 'string') prepareSegmenter(event.data);
	self.postMessage(true);
});
