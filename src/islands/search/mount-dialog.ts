/**
 * The search dialog's code, loaded on the reader's intent by `mount.ts`: renders the island (Preact) into the
 * `<site-search>` host and hands back what opens it, and brings the dialog's styles (`search-dialog.css`), which
 * every page's stylesheet would otherwise carry for readers who never search (#19).
 */
import { h, render } from 'preact';
import SearchIsland, { type SearchIslandProps } from './SearchIsland.tsx';
import dialogStyles from './search-dialog.css?inline';

/**
 * Adds the dialog's styles to the document once, before its first render (no unstyled frame). A constructed style
 * sheet, not a `<style>` element: the site's Content-Security-Policy allows no inline style but those of the build's
 * own HTML (`src/security/csp.ts`), and adopted sheets are not inline code.
 */
let adopted = false;
function adoptDialogStyles(): void {
	if (adopted) return;
	adopted = true;
	const sheet = new CSSStyleSheet();
	sheet.replaceSync(dialogStyles);
	document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

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
		adoptDialogStyles();
		const root = document.createElement('div');
		root.className = 'site-search-root';
		host.append(root);
		render(h(SearchIsland, { ...props, onReady: resolve }), root);
	});
}
