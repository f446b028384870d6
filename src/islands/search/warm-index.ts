/**
 * Loaded by the page's openers (`mount.ts`) on the reader's intent, at the same time as the dialog's code: starts
 * loading the reader's index (`pagefind.js`, its metadata and WebAssembly module) at once, rather than once the
 * dialog's code has arrived and rendered, which a first search would otherwise wait for. A small chunk of its own,
 * so that it arrives before the dialog's; the dialog uses the same loader (`pageLoader`).
 */
import { pageLoader, type Bundle } from './pagefind-loader.ts';

/** Starts loading the index of `bundles`' first bundle (the reader's); a failure is left to the dialog, which retries. */
export function warmIndex(bundles: readonly Bundle[]): void {
	const [current, ...others] = bundles;
	if (current)
		void pageLoader(current, others)
			.current()
			.catch(() => undefined);
}
