/**
 * The reader's choice to see the English original beside every translated sentence:
 * an attribute on `<html>` that the CSS follows, remembered in localStorage across pages.
 */
export const SHOW_ORIGINAL_ATTRIBUTE = 'data-show-original';
export const SHOW_ORIGINAL_STORAGE_KEY = 'cpor-help:show-english-original';

/**
 * The fragment file beside a translated page (`/ja/<article>/originals.json`) holding its sentences' English
 * originals: `{ "<segment number>": "<the original's inner HTML>" }`, written by `src/search/page-originals.ts`.
 */
export const ORIGINALS_FILE = 'originals.json';

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function readShowOriginal(storage: Store | undefined): boolean {
	try {
		return storage?.getItem(SHOW_ORIGINAL_STORAGE_KEY) === 'true';
	} catch {
		return false; // storage blocked: the choice is simply not remembered
	}
}

export function writeShowOriginal(storage: Store | undefined, shown: boolean): void {
	try {
		if (shown) storage?.setItem(SHOW_ORIGINAL_STORAGE_KEY, 'true');
		else storage?.removeItem(SHOW_ORIGINAL_STORAGE_KEY);
	} catch {
		// storage blocked or full: the toggle still works for this page
	}
}

/** Inline `<head>` script: applies the remembered choice before the first paint, so nothing jumps. */
export const applyShowOriginalScript = `try{if(localStorage.getItem(${JSON.stringify(
	SHOW_ORIGINAL_STORAGE_KEY,
)})==='true')document.documentElement.setAttribute(${JSON.stringify(SHOW_ORIGINAL_ATTRIBUTE)},'')}catch(e){}`;
