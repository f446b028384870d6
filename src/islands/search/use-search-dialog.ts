/**
 * The search dialog's behaviour in the page: the state (`src/search/dialog-state.ts`), the `<dialog>` and
 * field refs, opening (`show`, which the page's openers in `mount.ts` call), closing with the focus given back,
 * a search for every change of query, filter or language choice (only the latest answer shown, nothing searched
 * while an input method composes), and Enter pressed before the answer to what was typed arrives.
 */
import { useEffect, useMemo, useReducer, useRef, useState } from 'preact/hooks';
import {
	askedOf,
	initialSearchDialogState,
	MAX_PREFILL,
	searchDialogReducer,
	TYPING_PAUSE_MS,
	waitsForTypingPause,
	type SearchDialogAction,
	type SearchDialogState,
} from '../../search/dialog-state.ts';
import { searchSite, type LocaleIndex, type SearchOutcome } from '../../search/engine.ts';
import { pageLoader, type Bundle, type PagefindLoader } from './pagefind-loader.ts';

export interface SearchDialog {
	readonly state: SearchDialogState;
	readonly dispatch: (action: SearchDialogAction) => void;
	readonly loader: PagefindLoader;
	readonly dialog: { current: HTMLDialogElement | null };
	readonly input: { current: HTMLInputElement | null };
	/**
	 * Opens the dialog (or focuses its field), prefilled with `prefill` when given (selected, so typing replaces it), or
	 * with `typed`, keys the reader typed while the dialog's code loaded (the caret after them).
	 */
	show(prefill?: string, typed?: string): void;
	/** The `<dialog>`'s close handler. */
	onClose(): void;
	/** Closes the dialog and goes to a result. */
	goTo(url: string | undefined): void;
	/** Set when Enter was pressed before the latest search answered: its first result opens when it does. */
	readonly enterPending: { current: boolean };
	/** Whether the latest search could not reach the other languages (the reader's own results are shown). */
	readonly otherLanguagesFailed: boolean;
	/** Loads the index again from scratch and searches again (the failure note's Retry). */
	retry(): void;
}

/** The dialog over the bundles (the reader's locale first). */
export function useSearchDialog(bundles: readonly Bundle[]): SearchDialog {
	const [current, ...others] = bundles;
	const loader = useMemo(() => pageLoader(current!, others), []);
	const [state, dispatch] = useReducer(searchDialogReducer, initialSearchDialogState);
	const [attempt, setAttempt] = useState(0);
	const [otherLanguagesFailed, setOtherLanguagesFailed] = useState(false);
	const dialog = useRef<HTMLDialogElement>(null);
	const input = useRef<HTMLInputElement>(null);
	const returnFocus = useRef<HTMLElement | null>(null);
	const enterPending = useRef(false);

	function show(prefill?: string, typed?: string) {
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
		if (typed) {
			const query = typed.slice(0, MAX_PREFILL);
			// The field shows the keys at once (the state renders them in a later frame), the caret after them.
			if (input.current) input.current.value = query;
			dispatch({ type: 'typed', query });
		} else input.current?.select();
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

	useComposition(input, dispatch);
	const runs: SearchRuns = { attempt, onOtherLanguages: setOtherLanguagesFailed };
	useSearchRuns(state, dispatch, loader, runs, (found) => {
		if (!enterPending.current || (!found.complete && found.results.length === 0)) return;
		enterPending.current = false;
		goTo(found.results[0]?.page.url);
	});
	function retry() {
		loader.reset();
		setAttempt((n) => n + 1);
		input.current?.focus();
	}
	return { state, dispatch, loader, dialog, input, show, onClose, goTo, enterPending, otherLanguagesFailed, retry };
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

/** How the searches run: the retry count (a change searches again) and the other-language note. */
interface SearchRuns {
	readonly attempt: number;
	/** Told, for every search, whether the other languages failed while the reader's own results stand. */
	readonly onOtherLanguages: (failed: boolean) => void;
}

/**
 * The other locales' indexes for one search, never failing it: an index that cannot load, or a search in it
 * that fails or waits on a request that never answers (`loader.guard`), counts as no results there, and
 * `onFault` is told.
 */
function tolerantOthers(loader: PagefindLoader, onFault: () => void): () => Promise<LocaleIndex[]> {
	return async () => {
		try {
			const indexes = await loader.guard(loader.others(), 'others');
			return indexes.map((index) => ({
				lang: index.lang,
				search: (query, kind) =>
					loader.guard(index.search(query, kind), 'others').catch(() => {
						onFault();
						return [];
					}),
			}));
		} catch {
			onFault();
			return [];
		}
	};
}

/**
 * Every change of query, filter or language choice while the dialog is open searches again (a long query typed key by
 * key once typing pauses: `waitsForTypingPause`); only the latest answer reaches the state. A search that failed, or
 * waits on a request of the reader's bundle that never answers (`loader.guard`), shows the failure note. `onAnswer`
 * sees each answer shown (the exact matches first, then the complete one).
 */
function useSearchRuns(
	state: SearchDialogState,
	dispatch: (action: SearchDialogAction) => void,
	loader: PagefindLoader,
	runs: SearchRuns,
	onAnswer: (found: SearchOutcome) => void,
): void {
	const latest = useRef(0);
	const searched = useRef('');
	const { open, query, kind, crossLanguage, composing } = state;
	useEffect(() => {
		// An input method's unconverted reading is not searched: the composition's end searches what it committed.
		if (!open || composing) return;
		const pause = waitsForTypingPause(searched.current, query);
		searched.current = query;
		const run = ++latest.current;
		const asked = askedOf(state);
		if (query.trim() === '') {
			dispatch({ type: 'cleared' });
			return;
		}
		dispatch({ type: 'searchStarted' });
		const isLatest = () => run === latest.current;
		let othersFailed = false;
		const search = async (): Promise<void> => {
			try {
				let early: readonly string[] | undefined;
				const found = await loader.guard(
					(async () =>
						searchSite({
							query,
							current: await loader.current(),
							others: tolerantOthers(loader, () => (othersFailed = true)),
							crossLanguage,
							...(kind ? { kind } : {}),
							onExactMatches: (exact) => {
								if (!isLatest()) return;
								early = exact.results.map((result) => result.key);
								dispatch({ type: 'exactMatches', outcome: exact, asked });
								onAnswer(exact);
							},
						}))(),
					'current',
				);
				if (!isLatest()) return;
				// When the early results head the complete list, in their order, an option the reader moved to stays selected;
				// when a better page took a place among them (`keepShown`: they filled the list), the selection starts over.
				const keepActive = early !== undefined && early.every((key, i) => found.results[i]?.key === key);
				dispatch({ type: 'answered', outcome: found, asked, keepActive });
				runs.onOtherLanguages(othersFailed);
				onAnswer(found);
			} catch {
				// A search that failed or timed out ends here; one still running later is no longer the latest.
				if (isLatest()) {
					latest.current++;
					dispatch({ type: 'failed' });
				}
			}
		};
		// Never rejects: `search` catches every error.
		if (!pause) {
			void search();
			return;
		}
		const timer = setTimeout(() => void search(), TYPING_PAUSE_MS);
		return () => clearTimeout(timer);
	}, [query, kind, crossLanguage, open, composing, runs.attempt]);
}
