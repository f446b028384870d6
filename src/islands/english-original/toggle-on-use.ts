/**
 * The English-original toggle's trigger, the script of `src/components/article/TranslationNotice.astro` (#19: pay on
 * intent): the toggle's code (`toggle.ts`, with the originals' loader) loads as a chunk of its own (`module-url:`,
 * `src/bundling/module-url.ts`) on the first press, that press included, or at once when the reader left the
 * originals on. No import that stays an import: Astro inlines so small a script into the translated pages, the only
 * pages with a toggle, and no other page pays for it.
 */
import toggleUrl from 'module-url:./toggle.ts';
import type * as ToggleModule from './toggle.ts';

const button = document.querySelector<HTMLButtonElement>('button.english-original-toggle[data-originals]');
if (button) {
	const start = (pressed?: HTMLButtonElement) => {
		button.removeEventListener('click', onPress);
		(import(/* @vite-ignore */ toggleUrl) as Promise<typeof ToggleModule>).then(
			(toggle) => toggle.connectToggles(pressed),
			() => button.addEventListener('click', onPress), // not loaded: the next press tries again
		);
	};
	const onPress = () => start(button);
	button.addEventListener('click', onPress);
	// The root attribute the head script (`show-original.ts`) sets when the reader left the originals on, named by the
	// button (`data-shown-by`): importing the constant would make this script import a chunk.
	const shownBy = button.dataset['shownBy'];
	if (shownBy && document.documentElement.hasAttribute(shownBy)) start();
}
