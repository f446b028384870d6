/**
 * The only search code every page loads (bundled into the page script, `src/islands/page/page.ts`): `<site-search data-props='…'>` (see `src/components/Search.astro`) gets its
 * button's states (`search-button.ts`, plain DOM) and the openers (the button, Ctrl/⌘+K, `/` outside a text field, and the
 * `cpor:search-open` event of `openSearch(query)`). The dialog (Preact, the search engine, its messages, the index) is
 * paid for on intent: hovering, focusing or pressing the button starts loading `load-dialog.ts` (the dialog), the locale's
 * `search-messages.json` and the reader's index; opening
 * it before they arrive shows the button's loading state, and a load that fails or does not answer within the
 * bounded wait (`REQUEST_TIMEOUT_MS`, given by the page) shows the failure note with a Retry button.
 *
 * A custom element with a bundled module script, rather than an Astro `client:*` island: the search sits in the
 * header of every page, and Astro's inline island runtime and serialized props would add about 3 kB (gzipped) to
 * every page's HTML, which the home page's 8 kB budget cannot take.
 */
import type { MessagesWithPrefix } from '../../i18n/catalog.ts';
import { isInputMethodKey } from '../../search/input-method.ts';
import type { SearchOpenDetail } from '../../search/open-search.ts';
import dialogUrl from 'module-url:./load-dialog.ts';
import type * as DialogModule from './load-dialog.ts';
import warmUrl from 'module-url:./warm-index.ts';
import type * as WarmModule from './warm-index.ts';
import type { SearchController } from './mount-dialog.ts';
import type { SearchIslandProps } from './SearchIsland.tsx';
import { takeSearchButton, type SearchButtonView } from './search-button.ts';

/** The button's messages: all the page carries before the dialog arrives. */
type ButtonKey = 'search.shortcut.apple' | 'search.loadFailed' | 'search.retry';

/**
 * What a page gives its `<site-search>` (`data-props`, from `src/components/Search.astro`): the dialog's props
 * without its messages, bundles and kinds (`load-dialog.ts` has them), the button's messages, and where the dialog's
 * messages are (`routes.searchMessages`).
 */
export type SiteSearchProps = Omit<SearchIslandProps, 'messages' | 'bundles' | 'kinds'> & {
	button: Pick<MessagesWithPrefix<'search.'>, ButtonKey>;
	/** The locale's `search-messages.json`, fetched with the dialog's code. */
	messagesUrl: string;
	/**
	 * The event `openSearch(query)` dispatches (`SEARCH_OPEN_EVENT`) and the bounded wait of the dialog's load
	 * (`REQUEST_TIMEOUT_MS`): given by the page rather than imported, so that the page script imports no chunk that
	 * the tools and the dialog share (#19: one file).
	 */
	openEvent: string;
	timeoutMs: number;
};

/** Whether a key event's target takes text (a `/` typed there is the reader's). */
function isTextTarget(target: EventTarget | null): boolean {
	if (!(target instanceof HTMLElement)) return false;
	if (target.isContentEditable) return true;
	if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
	return target instanceof HTMLInputElement && !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color'].includes(target.type);
}

/** A key that types a character (not a shortcut, not an input method's). */
const isTyping = (event: KeyboardEvent) =>
	[...event.key].length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey && !isInputMethodKey(event);

/**
 * The openers and the dialog's lazy loading for one host. Keys typed between a keyboard opening and the dialog's
 * arrival are kept and put in its field, so nothing typed right after Ctrl+K is lost.
 */
function connect(host: HTMLElement, props: SiteSearchProps, view: SearchButtonView): void {
	let controller: Promise<SearchController> | undefined;
	let typed = '';
	let waiting = false;
	const load = (): Promise<SearchController> => {
		if (!controller) {
			const { button, messagesUrl, openEvent, timeoutMs, ...dialog } = props;
			// The messages' request starts with the code's, not once the code has arrived.
			const answer = fetch(messagesUrl);
			answer.catch(() => undefined);
			// A plain import of the dialog's chunk, without Vite's preload helper (`src/bundling/module-url.ts`).
			const code = import(/* @vite-ignore */ dialogUrl) as Promise<typeof DialogModule>;
			// The reader's index too, in parallel with the dialog's code (`warm-index.ts`, a chunk of its own).
			void (import(/* @vite-ignore */ warmUrl) as Promise<typeof WarmModule>).then(
				({ warmIndex }) => warmIndex(dialog.lang),
				() => undefined,
			);
			const parts = code.then(async (module) => [module, await module.readMessages(answer, messagesUrl)] as const);
			// The bounded wait of `src/search/timeout.ts`, without its module (shared with the dialog).
			const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('the search dialog: no answer')), timeoutMs));
			const loading = Promise.race([parts, timeout]).then(([module, messages]) =>
				module.mountSearchDialog(host, {
					...dialog,
					bundles: module.bundlesFor(dialog.lang),
					kinds: module.SEARCH_KINDS,
					messages: { ...messages, ...button },
				}),
			);
			controller = loading;
			loading.catch(() => (controller = undefined));
		}
		return controller;
	};
	const prepare = () =>
		void load().then(
			(dialog) => dialog.prepare(),
			() => undefined,
		);
	const keep = (event: KeyboardEvent) => {
		if (!waiting || !isTyping(event)) return;
		event.preventDefault();
		typed += event.key;
	};
	window.addEventListener('keydown', keep, true);
	const open = async (prefill?: string) => {
		view.failed(undefined);
		waiting = true;
		const slow = setTimeout(() => view.loading(true), 100);
		try {
			const dialog = await load();
			const keys = typed;
			typed = '';
			dialog.show(prefill, keys || undefined);
		} catch {
			// What the reader typed while the dialog was loading is kept for the Retry (break-k D2: it was lost).
			view.failed(() => void open(prefill));
		} finally {
			waiting = false;
			clearTimeout(slow);
			view.loading(false);
		}
	};
	view.button.addEventListener('click', () => void open());
	for (const intent of ['pointerenter', 'pointerdown', 'focus']) view.button.addEventListener(intent, prepare);
	window.addEventListener('keydown', (event) => {
		if (isInputMethodKey(event) || event.defaultPrevented) return;
		const key = event.key.toLowerCase();
		const shortcut = key === 'k' && (event.metaKey || event.ctrlKey) && !event.altKey && !event.shiftKey;
		const slash = event.key === '/' && !event.metaKey && !event.ctrlKey && !event.altKey && !isTextTarget(event.target);
		// A `/` typed in the open dialog (on a filter chip) is not an opener.
		if ((!shortcut && !slash) || (slash && host.querySelector('dialog[open]'))) return;
		event.preventDefault();
		void open();
	});
	window.addEventListener(props.openEvent, (event) => void open((event as CustomEvent<SearchOpenDetail>).detail?.query));
}

class SiteSearch extends HTMLElement {
	connectedCallback(): void {
		if (this.dataset['connected'] !== undefined) return;
		let props: SiteSearchProps;
		try {
			props = JSON.parse(this.dataset['props'] ?? '') as SiteSearchProps;
		} catch {
			return; // no usable configuration: the button stays absent, as without JavaScript
		}
		const { button } = props;
		const view = takeSearchButton(this, {
			appleShortcut: button['search.shortcut.apple'],
			loadFailed: button['search.loadFailed'],
			retry: button['search.retry'],
		});
		if (!view) return;
		this.dataset['connected'] = '';
		connect(this, props, view);
	}
}

if (!customElements.get('site-search')) customElements.define('site-search', SiteSearch);
