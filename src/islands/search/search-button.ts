/**
 * The header's search button, in plain DOM (no Preact: it is on every page, before anyone searches). The page renders
 * it (`src/components/Search.astro`), so the header does not move when the script starts, and its stylesheet hides it
 * from readers without JavaScript (no dead button). Here it gets the platform's shortcut (the messages
 * `search.shortcut.apple`, ⌘K, on Apple devices; the page shows `search.shortcut.other`, Ctrl K), a loading state
 * while the dialog's code arrives and a failure note with a Retry button when it cannot.
 */

/** The button's texts: the `search.*` messages of the reader's language (none takes arguments). */
export interface SearchButtonTexts {
	/** `search.shortcut.apple` */
	appleShortcut: string;
	/** `search.loadFailed` */
	loadFailed: string;
	/** `search.retry` */
	retry: string;
}

/** The button and its states. */
export interface SearchButtonView {
	readonly button: HTMLButtonElement;
	/** Shows (or ends) the loading state: the button `aria-busy`, which the stylesheet shows as a pulsing magnifier. */
	loading(on: boolean): void;
	/** Shows the failure note and its Retry button (which calls `retry`), or removes it (`undefined`). */
	failed(retry: (() => void) | undefined): void;
}

/** The page's button in `host`, with its states; undefined when the page has none. */
export function takeSearchButton(host: HTMLElement, texts: SearchButtonTexts): SearchButtonView | undefined {
	const button = host.querySelector<HTMLButtonElement>('.site-search__button');
	const shortcut = button?.querySelector('kbd');
	if (!button || !shortcut) return undefined;
	if (/Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent)) shortcut.textContent = texts.appleShortcut;
	let note: HTMLElement | undefined;
	return {
		button,
		loading(on) {
			button.toggleAttribute('aria-busy', on);
		},
		failed(retry) {
			note?.remove();
			note = undefined;
			if (!retry) return;
			note = document.createElement('p');
			note.className = 'site-search__load-failed';
			note.setAttribute('role', 'alert');
			const text = document.createElement('span');
			text.textContent = texts.loadFailed;
			const again = document.createElement('button');
			again.type = 'button';
			again.className = 'site-search__retry';
			again.textContent = texts.retry;
			again.addEventListener('click', retry);
			note.append(text, again);
			button.after(note);
			again.focus();
		},
	};
}
