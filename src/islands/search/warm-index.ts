/**
 * Loaded by the page's openers (`mount.ts`) on the reader's intent, as a chunk of its own (`module-url:`), at the same
 * time as the dialog's code: starts
 * loading the reader's index (`pagefind.js`, its metadata and WebAssembly module) at once, rather than once the
 * dialog's code has arrived and rendered, which a first search would otherwise wait for. A small chunk of its own,
 * so that it arrives before the dialog's; the dialog uses the same loader (`pageLoader`).
 */
import { bundlesFor } from './bundles-for.ts';
import { pageLoader } from './pagefind-loader.ts';

/** Starts loading the index of a page in `lang` (the reader's bundle); a failure is left to the dialog, which retries. */
export function warmIndex(lang: string): void {
	const [current, ...others] = bundlesFor(lang);
	if (current)
		void pageLoader(current, others)
			.current()
			.catch(() => undefined);
}
