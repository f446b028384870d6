/**
 * The one script every page loads (`src/components/PageScript.astro`), in one small file (#19: pay on intent): the
 * search button and its openers (`../search/mount.ts`, which loads the dialog on intent), and the trigger of the
 * highlight of cited sentences (`../citations/arrival.ts`), which loads as a chunk of its own (`module-url:`, see
 * `src/bundling/module-url.ts`) when the page is opened or moved to a fragment. Without JavaScript `:target`
 * highlights a cited sentence. The English-original toggle and the copy buttons have triggers of their own, inlined
 * into the pages that have them (`toggle-on-use.ts`, `copy-on-use.ts`).
 */
import '../search/mount.ts';
import arrivalUrl from 'module-url:../citations/arrival.ts';

/** Loads the arrival highlight once the page has a fragment (a cited sentence's `#s-162`, among others). */
function startArrival(): void {
	const start = () => {
		if (!location.hash) return;
		removeEventListener('hashchange', start);
		void import(/* @vite-ignore */ arrivalUrl).catch(() => addEventListener('hashchange', start));
	};
	addEventListener('hashchange', start);
	start();
}

startArrival();
