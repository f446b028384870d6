/**
 * The copy buttons of pages without an island (`src/components/CopyId.astro`, on the error pages), in plain DOM code:
 * each button is in the HTML `hidden`, with the ID and its words in data attributes, so a reader without JavaScript
 * never meets a button that does nothing; this shows it and copies on click. The islands' `CopyValue.tsx` does the
 * same in Preact.
 */
import { copyText } from './copy-text.ts';

/** Shows and wires every copy button under `root` (a `.copy-id` with its `<code>`, button and status). */
export function enableCopyButtons(root: ParentNode = document): void {
	for (const button of root.querySelectorAll<HTMLButtonElement>('.copy-id > button.copy-id__button[data-copy]')) {
		const container = button.parentElement;
		const source = container?.querySelector('code') ?? null;
		const status = container?.querySelector('.copy-id__status');
		button.addEventListener('click', () => {
			if (status) status.textContent = ''; // the same status twice in a row is announced again
			void copyText(button.dataset['copy'] ?? '', source).then((copied) => {
				if (status) status.textContent = (copied ? button.dataset['copied'] : button.dataset['failed']) ?? '';
			});
		});
		button.hidden = false;
	}
}
