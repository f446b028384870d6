/**
 * The search dialog's state and what the dialog shows, as plain TypeScript: a reducer (`searchDialogReducer`)
 * over the reader's actions and the search's answers, and pure functions for what follows from the state
 * (the options of the listbox, the status line's message, the keyboard's moves). The island
 * (`src/islands/search/`) holds the refs, effects and views around it.
 */
import { locales } from '../i18n/locales.ts';
import { localePath, routes } from '../routes.ts';
import type { CrossLanguage, SearchOutcome, SearchResult } from './engine.ts';

/** The page kinds the dialog filters on (the `kind` search filter). */
export type PageKind = 'guide' | 'error' | 'tool';

/** `more`: the exact matches are shown while the partial matches load. */
type SearchStatus = 'idle' | 'loading' | 'more' | 'done' | 'failed';

export interface SearchDialogState {
	readonly open: boolean;
	readonly query: string;
	/** The chosen kind filter; `undefined` for all kinds. */
	readonly kind: PageKind | undefined;
	readonly crossLanguage: CrossLanguage;
	readonly outcome: SearchOutcome | undefined;
	readonly status: SearchStatus;
	/** Index of the selected option, -1 for none. */
	readonly active: number;
	/** What the results on screen answer (`askedOf`); another value means a newer search runs. */
	readonly answered: string;
	/**
	 * Whether an input method (IME) is composing in the field: the query is an unconverted reading (`てなんと`
	 * before it becomes `テナント`), so nothing is searched until the composition ends.
	 */
	readonly composing: boolean;
}

export type SearchDialogAction =
	| { readonly type: 'opened' }
	| { readonly type: 'closed' }
	| { readonly type: 'typed'; readonly query: string }
	/** An input method started (`true`, `compositionstart`) or ended (`false`, `compositionend`) a composition. */
	| { readonly type: 'composition'; readonly composing: boolean }
	| { readonly type: 'filtered'; readonly kind: PageKind | undefined }
	| { readonly type: 'crossLanguageSet'; readonly value: boolean }
	| { readonly type: 'moved'; readonly active: number }
	/** The query is empty: nothing to search. */
	| { readonly type: 'cleared' }
	| { readonly type: 'searchStarted' }
	/** The exact matches, before the partial matches (`asked` is what the search answers). */
	| { readonly type: 'exactMatches'; readonly outcome: SearchOutcome; readonly asked: string }
	/** The complete answer; `keepActive` when the exact matches were shown first and head the list. */
	| { readonly type: 'answered'; readonly outcome: SearchOutcome; readonly asked: string; readonly keepActive: boolean }
	| { readonly type: 'failed' };

export const initialSearchDialogState: SearchDialogState = {
	open: false,
	query: '',
	kind: undefined,
	crossLanguage: 'auto',
	outcome: undefined,
	status: 'idle',
	active: -1,
	answered: '',
	composing: false,
};

/** The longest query the dialog takes from `openSearch(query)`, in UTF-16 code units. */
export const MAX_PREFILL = 500;

/** A query longer than this, in UTF-16 code units, costs enough that typing it is not searched at every keystroke. */
export const LONG_QUERY = 64;
/** How long typing pauses before a long query typed key by key is searched, in milliseconds (`waitsForTypingPause`). */
export const TYPING_PAUSE_MS = 250;

/**
 * Whether the search of `query`, which replaced `previous` in the field, waits until typing pauses
 * (`TYPING_PAUSE_MS`): only a long query (over `LONG_QUERY` UTF-16 code units) that one keystroke made, one
 * character (code point) more or less than before. A query that arrived at once is searched at once: a paste (the
 * commonest long query, the portal's message), a drop, an input method's commit, the browser's autofill,
 * `openSearch(query)`, and the same query again after a filter or the language choice changed.
 */
export function waitsForTypingPause(previous: string, query: string): boolean {
	return query.length > LONG_QUERY && Math.abs([...query].length - [...previous].length) === 1;
}

/** The next state after an action. */
export function searchDialogReducer(state: SearchDialogState, action: SearchDialogAction): SearchDialogState {
	switch (action.type) {
		case 'opened':
			return { ...state, open: true };
		case 'closed':
			return { ...state, open: false, active: -1 };
		case 'typed':
			return { ...state, query: action.query };
		case 'composition':
			return { ...state, composing: action.composing };
		case 'filtered':
			return { ...state, kind: action.kind };
		case 'crossLanguageSet':
			return { ...state, crossLanguage: action.value };
		case 'moved':
			return { ...state, active: action.active };
		case 'cleared':
			return { ...state, outcome: undefined, status: 'idle' };
		case 'searchStarted':
			// Results on screen stay there (and keep the status) until the new answer replaces them.
			return state.status === 'done' || state.status === 'more' ? state : { ...state, status: 'loading' };
		case 'exactMatches':
			return { ...state, outcome: action.outcome, answered: action.asked, status: 'more', active: -1 };
		case 'answered':
			return { ...state, outcome: action.outcome, answered: action.asked, status: 'done', active: action.keepActive ? state.active : -1 };
		case 'failed':
			return { ...state, status: 'failed' };
	}
}

/** What a search of the current state asks: query, filter and language choice in one string. */
export function askedOf(state: SearchDialogState): string {
	return `${state.query}\u0000${state.kind ?? ''}\u0000${String(state.crossLanguage)}`;
}

/** Whether results are on screen: once the exact matches are ('more') and when the list is complete ('done'). */
export function isShowing(state: SearchDialogState): boolean {
	return state.status === 'done' || state.status === 'more';
}

/**
 * Whether the list is busy: until the latest search has answered in full (an earlier answer may be on screen;
 * the search starts after the render, so what was just typed counts as asked, not yet answered).
 */
export function isSearching(state: SearchDialogState): boolean {
	return state.query.trim() !== '' && state.status !== 'failed' && (state.status !== 'done' || state.answered !== askedOf(state));
}

/** The results on screen. */
export function shownResults(state: SearchDialogState): SearchResult[] {
	return isShowing(state) ? (state.outcome?.results ?? []) : [];
}

/** Whether "Also search other languages" shows checked: the reader's choice, or what `auto` did. */
export function crossLanguageChecked(state: SearchDialogState): boolean {
	return state.crossLanguage === 'auto' ? (state.outcome?.crossLanguage ?? false) : state.crossLanguage;
}

/** One option of the listbox: a page result, or one of its best sections. */
export interface SearchOption {
	/** The element id (`aria-activedescendant`). */
	readonly id: string;
	readonly url: string;
	/** Index of the page result the option belongs to. */
	readonly result: number;
	readonly section?: { readonly title: string; readonly excerpt: string };
}

/** How many of a page's matching sections are options of their own. */
const SECTIONS_PER_RESULT = 2;

/** The listbox's options: each result, followed by its best sections. */
export function searchOptions(results: readonly SearchResult[]): SearchOption[] {
	return results.flatMap((result, index) => [
		{ id: `site-search-option-${index}`, url: result.page.url, result: index },
		...result.page.subResults.slice(0, SECTIONS_PER_RESULT).map((sub, i) => ({
			id: `site-search-option-${index}-${i}`,
			url: sub.url,
			result: index,
			section: { title: sub.title, excerpt: sub.excerpt },
		})),
	]);
}

/** The status line: a `search.*` message key and its arguments. */
export type StatusMessage =
	| { readonly key: 'search.loading' | 'search.loadFailed' | 'search.empty' }
	| { readonly key: 'search.noResults'; readonly query: string }
	| { readonly key: 'search.resultCount'; readonly count: number }
	/** More pages matched than the dialog lists (`shown` of `count`). */
	| { readonly key: 'search.resultCountOf'; readonly shown: number; readonly count: number };

/** What the status line says for a state. */
export function statusMessage(state: SearchDialogState): StatusMessage {
	if (state.status === 'loading' || state.status === 'more') return { key: 'search.loading' };
	if (state.status === 'failed') return { key: 'search.loadFailed' };
	if (state.status === 'done' && state.outcome) {
		const shown = state.outcome.results.length;
		const count = Math.max(shown, state.outcome.total);
		if (shown === 0) return { key: 'search.noResults', query: state.outcome.query };
		return count > shown ? { key: 'search.resultCountOf', shown, count } : { key: 'search.resultCount', count };
	}
	return { key: 'search.empty' };
}

// A module of its own: the page's search openers (`src/islands/search/mount.ts`) need it without the dialog's state.
export { isInputMethodKey } from './input-method.ts';

/**
 * The option a key moves the selection to in the combobox (↓/↑ wrap around; Home/End only once an option
 * is selected, so they move the caret otherwise), or `undefined` when the key moves nothing.
 */
export function movedOption(key: string, active: number, optionCount: number): number | undefined {
	const last = optionCount - 1;
	if (key === 'ArrowDown' && last >= 0) return active >= last ? 0 : active + 1;
	if (key === 'ArrowUp' && last >= 0) return active <= 0 ? last : active - 1;
	if (key === 'Home' && active >= 0) return 0;
	if (key === 'End' && active >= 0) return last;
	return undefined;
}

/** The Microsoft article on customer-association problems, which the weak-match note offers. */
const TROUBLESHOOTING_ARTICLE = 'incentives-customer-association-issues';

/**
 * The note above the results when they are not a confident answer, or `undefined` when they are: `weak` (no
 * result holds even half of the query's words, as `請求書が届かない`) says that nothing matches well and offers
 * the error index and the troubleshooting article in the reader's language; `partial` (no result holds every
 * word) says the results match only part of the query. Shown once the search has answered in full.
 */
export function confidenceNote(
	state: SearchDialogState,
	lang: string,
):
	| {
			readonly key: 'search.weakMatch' | 'search.partialMatches';
			readonly query: string;
			readonly errors: string;
			readonly article: string;
	  }
	| undefined {
	const outcome = state.outcome;
	if (state.status !== 'done' || !outcome || outcome.results.length === 0 || outcome.confidence === 'strong') return undefined;
	const locale = locales.find((l) => l.lang.toLowerCase() === lang.toLowerCase()) ?? locales[0]!;
	return {
		key: outcome.confidence === 'weak' ? 'search.weakMatch' : 'search.partialMatches',
		query: outcome.query,
		errors: localePath(locale, routes.errors()),
		article: localePath(locale, routes.article(TROUBLESHOOTING_ARTICLE)),
	};
}
