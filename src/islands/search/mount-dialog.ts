/**
 * The search dialog's code, loaded on the reader's intent by `mount.ts`: renders the island (Preact) into the
 * `<site-search>` host and hands back what opens it.
 */
import { h, render } from 'preact';
import SearchIsland, { type SearchIslandProps } from './SearchIsland.tsx';

/** What the page's openers call once the dialog is there. */
export interface SearchController {
	/** Opens the dialog (or focuses its field): prefilled with `prefill` (selected), or with `typed` (the caret after it). */
	show(prefill?: string, typed?: string): void;
	/** Starts loading the reader's index (the reader is about to search). */
	prepare(): void;
}

/** Renders the dialog at the end of `host`; resolves once it can open. */
export function mountSearchDialog(host: HTMLElement, props: SearchIslandProps): Promise<SearchController> {
	return new Promise((resolve) => {
		const root = document.createElement('div');
		root.className = 'site-search-root';
		host.append(root);
		render(h(SearchIsland, { ...props, onReady: resolve }), root);
	});
}
