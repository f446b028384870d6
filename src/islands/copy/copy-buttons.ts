/**
 * The copy buttons of pages without an island (`src/components/CopyId.astro`, on the error pages), in plain DOM code:
 * each button is in the HTML `hidden`, with the ID and its words in data attributes, so a reader without JavaScript
 * never meets a button that does nothing; `copy-on-use.ts` shows it and loads this on intent, which copies on click. The islands' `CopyValue.tsx` does the
 * same in Preact.
 */
import { copyText } from './copy-text.ts';

/**
 * Copies the ID of a copy button (a `.copy-id` with its `<code>`, button and status) and says in its status whether it
 * did. Called on each press by `copy-on-use.ts`, which shows the buttons and loads this module.
 */
export function copyWithButton(button: HTMLButtonElement): void {
	const container = button.parentElement;
	const source = container?.querySelector('code') ?? null;
	const status = container?.querySelector('.copy-id__status');
	if (status) status.textContent = ''; // the same status twice in a row is announced again
	void copyText(button.dataset['copy'] ?? '', source).then((copied) => {
		if (status) status.textContent = (copied ? button.dataset['copied'] : button.dataset['failed']) ?? '';
	});
}
