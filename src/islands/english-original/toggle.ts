/**
 * The "Show the English original" / "Hide the English original" button above a translated article (rendered by
 * `src/components/article/TranslationNotice.astro`, plain DOM, no Preact; loaded on first use by the page script,
 * `src/islands/page/page.ts`): reveals the English source of every
 * sentence beside its translation without a reload, and remembers the choice. The originals are not in the page:
 * the first time they are shown, the page's fragment file (`ORIGINALS_FILE`) is fetched and each sentence gets its
 * `<span class="sxs-original" lang="en">`. The label says what pressing does: the stylesheet shows the button's
 * "show" or "hide" text after the `data-show-original` attribute, which the head script sets before the first paint.
 * If the fragment cannot load, the choice is undone (the button offers to show again) and the link to the English
 * page stays.
 */
import { loadOriginals } from './originals.ts';
import { readShowOriginal, SHOW_ORIGINAL_ATTRIBUTE, writeShowOriginal } from './show-original.ts';
import { storeOf } from '../storage/storage.ts';

/** Shows or hides the originals (loading them first when needed) and remembers the choice. */
async function show(url: string, shown: boolean): Promise<void> {
	document.documentElement.toggleAttribute(SHOW_ORIGINAL_ATTRIBUTE, shown);
	writeShowOriginal(storeOf('local') ?? undefined, shown);
	if (!shown) return;
	try {
		await loadOriginals(url);
	} catch {
		document.documentElement.toggleAttribute(SHOW_ORIGINAL_ATTRIBUTE, false);
		writeShowOriginal(storeOf('local') ?? undefined, false);
	}
}

/**
 * Connects the page's toggles: each press shows or hides the originals; the reader's remembered choice is applied
 * (the head script has already set the attribute; the text follows). `pressed`: the button the reader pressed before
 * this code arrived, whose press counts.
 */
export function connectToggles(pressed?: HTMLButtonElement): void {
	for (const button of document.querySelectorAll<HTMLButtonElement>('button.english-original-toggle[data-originals]')) {
		const url = button.dataset['originals']!;
		const press = () => void show(url, !document.documentElement.hasAttribute(SHOW_ORIGINAL_ATTRIBUTE));
		button.addEventListener('click', press);
		if (readShowOriginal(storeOf('local') ?? undefined)) void show(url, true);
		if (button === pressed) press();
	}
}
