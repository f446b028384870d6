/**
 * The copy buttons' trigger, the script of `src/components/CopyId.astro` (the error pages; #19: pay on intent): shows
 * each button (hidden in the HTML, so that a reader without JavaScript never meets a dead one) and loads the copy code
 * (`copy-buttons.ts`) as a chunk of its own (`module-url:`, `src/bundling/module-url.ts`) when the reader points at,
 * focuses or presses a button, before the click that copies. No import that stays an import: Astro inlines so small
 * a script into the pages with a copy button.
 */
import copyButtonsUrl from 'module-url:./copy-buttons.ts';
import type * as CopyButtonsModule from './copy-buttons.ts';

let code: Promise<typeof CopyButtonsModule> | undefined;
const load = (): Promise<typeof CopyButtonsModule> => {
	code ??= import(/* @vite-ignore */ copyButtonsUrl) as Promise<typeof CopyButtonsModule>;
	code.catch(() => (code = undefined)); // not loaded: the next press tries again
	return code;
};

for (const button of document.querySelectorAll<HTMLButtonElement>('.copy-id > button.copy-id__button[data-copy]')) {
	for (const intent of ['pointerenter', 'pointerdown', 'focus']) button.addEventListener(intent, () => void load().catch(() => undefined));
	button.addEventListener(
		'click',
		() =>
			void load().then(
				(copy) => copy.copyWithButton(button),
				() => undefined,
			),
	);
	button.hidden = false;
}
