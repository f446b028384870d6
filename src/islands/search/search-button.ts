/**
 * The header's search button, in plain DOM (no Preact: it is on every page, before anyone searches): created when
 * the script runs (no dead button without JavaScript), with the platform's shortcut (the messages
 * `search.shortcut.apple`, ⌘K, on Apple devices and `search.shortcut.other`, Ctrl K, elsewhere), a loading state
 * while the dialog's code arrives and a failure note with a Retry button when it cannot.
 */

/** The button's texts: the `search.*` messages of the reader's language (none takes arguments). */
export interface SearchButtonTexts {
	/** `search.button` */
	label: string;
	/** `search.shortcut.apple` and `search.shortcut.other` */
	shortcuts: { apple: string; other: string };
	/** `search.opening`: the dialog's code is on its way. */
	opening: string;
	/** `search.loadFailed` */
	loadFailed: string;
	/** `search.retry` */
	retry: string;
}

/** The button and its states. */
export interface SearchButtonView {
	readonly button: HTMLButtonElement;
	/** Shows (or ends) the loading state: the button busy, the shortcut replaced by `opening`. */
	loading(on: boolean): void;
	/** Shows the failure note and its Retry button (which calls `retry`), or removes it (`undefined`). */
	failed(retry: (() => void) | undefined): void;
}

const SVG = 'http://www.w3.org/2000/svg';

function icon(): SVGSVGElement {
	const svg = document.createElementNS(SVG, 'svg');
	svg.setAttribute('aria-hidden', 'true');
	svg.setAttribute('viewBox', '0 0 24 24');
	svg.setAttribute('width', '16');
	svg.setAttribute('height', '16');
	const path = document.createElementNS(SVG, 'path');
	path.setAttribute('fill', 'currentColor');
	path.setAttribute('d', 'M21.7 20.3 18 16.6A9 9 0 1 0 16.6 18l3.7 3.7a1 1 0 0 0 1.4-1.4ZM11 18a7 7 0 1 1 7-7 7 7 0 0 1-7 7Z');
	svg.append(path);
	return svg;
}

/** Creates the button at the start of `host` (its failure note after it). */
export function createSearchButton(host: HTMLElement, texts: SearchButtonTexts): SearchButtonView {
	const button = document.createElement('button');
	button.type = 'button';
	button.className = 'site-search__button';
	button.setAttribute('aria-haspopup', 'dialog');
	button.setAttribute('aria-keyshortcuts', 'Control+K Meta+K /');
	const label = document.createElement('span');
	label.textContent = texts.label;
	const shortcut = document.createElement('kbd');
	shortcut.setAttribute('aria-hidden', 'true');
	const apple = /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
	shortcut.textContent = apple ? texts.shortcuts.apple : texts.shortcuts.other;
	const busy = document.createElement('span');
	busy.className = 'site-search__opening';
	busy.textContent = texts.opening;
	busy.hidden = true;
	button.append(icon(), label, shortcut, busy);
	host.prepend(button);
	let note: HTMLElement | undefined;
	return {
		button,
		loading(on) {
			button.toggleAttribute('aria-busy', on);
			busy.hidden = !on;
			shortcut.hidden = on;
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
