/**
 * The search dialog's behaviour in the page: the state (`src/search/dialog-state.ts`), the `<dialog>` and
 * field refs, opening (button, Ctrl/⌘+K, the `cpor:search-open` event), closing with the focus given back,
 * a search for every change of query, filter or language choice (only the latest answer shown, nothing searched
 * while an input method composes), and Enter pressed before the answer to what was typed arrives.
 */
import { useEffect, useMemo, useReducer, useRef } from 'preact/hooks';
import {
	askedOf,
	initialSearchDialogState,
	isInputMethodKey,
	MAX_PREFILL,
	searchDialogReducer,
	type SearchDialogAction,
	type SearchDialogState,
} from '../../search/dialog-state.ts';
import { searchSite, type SearchOutcome } from '../../search/engine.ts';
import { SEARCH_OPEN_EVENT, type SearchOpenDetail } from '../../search/open-search.ts';
import { createPagefindLoader, type Bundle, type PagefindLoader } from './pagefind-loader.ts';

export interface SearchDialog {
	readonly state: SearchDialogState;
	readonly dispatch: (action: SearchDialogAction) => void;
	readonly loader: PagefindLoader;
	readonly dialog: { current: HTMLDialogElement | null };
	readonly input: { current: HTMLInputElement | null };
	/** Opens the dialog (or focuses its field), prefilled with `prefill` when given. */
	show(prefill?: string): void;
	/** The `<dialog>`'s close handler. */
	onClose(): void;
	/** Closes the dialog and goes to a result. */
	goTo(url: string | undefined): void;
	/** Set when Enter was pressed before the latest search answered: its first result opens when it does. */
	readonly enterPending: { current: boolean };
}

/** The dialog over the bundles (the reader's locale first). */
export function useSearchDialog(bundles: readonly Bundle[]): SearchDialog {
	const [current, ...others] = bundles;
	const loader = useMemo(() => createPagefindLoader(current!, others), []);
	const [state, dispatch] = useReducer(searchDialogReducer, initialSearchDialogState);
	const dialog = useRef<HTMLDialogElement>(null);
	const input = useRef<HTMLInputElement>(null);
	const returnFocus = useRef<HTMLElement | null>(null);
	const enterPending = useRef(false);

	function show(prefill?: string) {
		const element = dialog.current;
		if (!element) return;
		// The index starts loading before the dialog opens: its first request goes out a frame earlier.
		void loader.current().catch(() => undefined);
		if (!element.open) {
			returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
			element.showModal();
			dispatch({ type: 'opened' });
		}
		if (typeof prefill === 'string') dispatch({ type: 'typed', query: prefill.slice(0, MAX_PREFILL) });
		// At once, not in a later frame: what the reader types right after Ctrl+K must not be selected and replaced.
		input.current?.focus();
		input.current?.select();
	}

	function onClose() {
		enterPending.current = false;
		dispatch({ type: 'closed' });
		const target = returnFocus.current;
		returnFocus.current = null;
		if (target?.isConnected) target.focus();
	}

	function goTo(url: string | undefined) {
		if (!url) return;
		dialog.current?.close();
		window.location.assign(url);
	}

	useOpeners(show);
	useComposition(input, dispatch);
	useSearchRuns(state, dispatch, loader, (found) => {
		if (!enterPending.current || (!found.complete && found.results.length === 0)) return;
		enterPending.current = false;
		goTo(found.results[0]?.page.url);
	});
	return { state, dispatch, loader, dialog, input, show, onClose, goTo, enterPending };
}

/** Ctrl/⌘+K and the `cpor:search-open` event open the dialog. */
function useOpeners(show: (prefill?: string) => void): void {
	useEffect(() => {
		const onKey = (event: KeyboardEvent) => {
			if (isInputMethodKey(event)) return;
			if (event.key.toLowerCase() === 'k' && (event.metaKey || event.ctrlKey) && !event.altKey && !event.shiftKey) {
				event.preventDefault();
				show();
			}
		};
		const onOpen = (event: Event) => show((event as CustomEvent<SearchOpenDetail>).detail?.query);
		window.addEventListener('keydown', onKey);
		window.addEventListener(SEARCH_OPEN_EVENT, onOpen);
		return () => {
			window.removeEventListener('keydown', onKey);
			window.removeEventListener(SEARCH_OPEN_EVENT, onOpen);
		};
	}, []);
}

/**
 * The field's input method compositions: `composing` while one runs, and what it committed searched at its end.
 * Listened to directly: Preact maps `onCompositionStart` to an event named `CompositionStart`, which never fires.
 */
function useComposition(input: { current: HTMLInputElement | null }, dispatch: (action: SearchDialogAction) => void): void {
	useEffect(() => {
		const field = input.current;
		if (!field) return;
		const onStart = () => dispatch({ type: 'composition', composing: true });
		const onEnd = () => {
			dispatch({ type: 'typed', query: field.value });
			dispatch({ type: 'composition', composing: false });
		};
		field.addEventListener('compositionstart', onStart);
		field.addEventListener('compositionend', onEnd);
		return () => {
			field.removeEventListener('compositionstart', onStart);
			field.removeEventListener('compositionend', onEnd);
		};
	}, []);
}

/**
 * Every change of query, filter or language choice while the dialog is open searches again; only the latest
 * answer reaches the state. `onAnswer` sees each answer shown (the exact matches first, then the complete one).
 */
function useSearchRuns(
	state: SearchDialogState,
	dispatch: (action: SearchDialogAction) => void,
	loader: PagefindLoader,
	onAnswer: (found: SearchOutcome) => void,
): void {
	const latest = useRef(0);
	const { open, query, kind, crossLanguage, composing } = state;
	useEffect(() => {
		// An input method's unconverted reading is not searched: the composition's end searches what it committed.
		if (!open || composing) return;
		const run = ++latest.current;
		const asked = askedOf(state);
		if (query.trim() === '') {
			dispatch({ type: 'cleared' });
			return;
		}
		dispatch({ type: 'searchStarted' });
		// Never rejects: the body catches every error (the latest search shows the dialog's load failure).
		void (async () => {
			try {
				let shownEarly = false;
				const found = await searchSite({
					query,
					current: await loader.current(),
					others: () => loader.others(),
					crossLanguage,
					...(kind ? { kind } : {}),
					onExactMatches: (exact) => {
						if (run !== latest.current) return;
						shownEarly = true;
						dispatch({ type: 'exactMatches', outcome: exact, asked });
						onAnswer(exact);
					},
				});
				if (run !== latest.current) return;
				// The early results head the complete list: an option the reader moved to stays selected.
				dispatch({ type: 'answered', outcome: found, asked, keepActive: shownEarly });
				onAnswer(found);
			} catch {
				if (run === latest.current) dispatch({ type: 'failed' });
			}
		})();
	}, [query, kind, crossLanguage, open, composing]);
}
