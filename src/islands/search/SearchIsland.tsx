/**
 * The site's search dialog: an accessible dialog over the Pagefind JS API.
 *
 * - Opened by the page's openers (`mount.ts`: the header button, Ctrl/⌘+K, `/`, and the `cpor:search-open` event
 *   of `openSearch(query)`, used by the claim simulator's **Search this error**, prefilled with the event's query)
 *   through the controller the island hands to `onReady` once rendered.
 * - A modal `<dialog>` (focus stays inside, Escape closes, focus returns to where it was) holding a
 *   combobox (the field) and a listbox of results: ↑/↓ move, Enter opens, Home/End jump.
 * - Results: page title, language label when in another language, partial-match label, excerpt with
 *   the matched words highlighted, and the best sections as their own options linking to anchors.
 * - Filter chips for the page kinds; "Also search other languages" (on by itself when the reader's
 *   language finds no exact match, until the reader sets it).
 * - Rendered by `mount-dialog.ts`, loaded on the reader's intent (nothing is rendered on the server): without
 *   JavaScript there is no dead button, and a `noscript` note says where to go.
 *
 * State and what follows from it: `src/search/dialog-state.ts`; behaviour: `use-search-dialog.ts`; text: the
 * `search.*` messages the page passes, formatted with `createTranslator`.
 */
import type { KeysWithPrefix, MessagesWithPrefix } from '../../i18n/catalog.ts';
import { createTranslator, type MessageValues } from '../../i18n/message-format.ts';
import {
	crossLanguageChecked,
	isInputMethodKey,
	isSearching,
	isShowing,
	MAX_PREFILL,
	movedOption,
	searchOptions,
	shownResults,
	statusMessage,
	confidenceNote,
	type PageKind,
	type SearchDialogState,
} from '../../search/dialog-state.ts';
import { useLayoutEffect } from 'preact/hooks';
import type { SearchController } from './mount-dialog.ts';
import type { Bundle } from './pagefind-loader.ts';
import { SearchFilters } from './SearchFilters.tsx';
import { SearchResults } from './SearchResults.tsx';
import { useSearchDialog } from './use-search-dialog.ts';

export interface SearchIslandProps {
	/** `<html lang>` of the reader's page. */
	lang: string;
	/** The `search.*` messages of the reader's language that the scripts render (not those the page renders itself). */
	messages: SearchIslandMessages;
	/** The reader's locale bundle first, then the others. */
	bundles: Bundle[];
	/** The page kinds offered as filters, in order. */
	kinds: PageKind[];
}

/**
 * The `search.*` messages only the page renders: the `<noscript>` note for readers without JavaScript, and the
 * button's label and shortcut (`src/components/Search.astro`).
 */
type SearchNoscriptKey = 'search.noscript' | 'search.noscriptLink' | 'search.button' | 'search.shortcut.other';

/** The `search.*` messages the island renders. */
type SearchIslandMessages = Omit<MessagesWithPrefix<'search.'>, SearchNoscriptKey>;

/** The island's `t`: a `search.*` message it renders, formatted in the reader's language. */
export type SearchTranslate = (key: Exclude<KeysWithPrefix<'search.'>, SearchNoscriptKey>, values?: MessageValues) => string;

/** The status line's text. */
function statusText(t: SearchTranslate, state: SearchDialogState): string {
	const status = statusMessage(state);
	if (status.key === 'search.noResults')
		return t('search.noResultsWithHint', { noResults: t('search.noResults', { query: status.query }), hint: t('search.noResultsHint') });
	if (status.key === 'search.resultCount') return t('search.resultCount', { count: status.count });
	if (status.key === 'search.resultCountOf') return t('search.resultCountOf', { shown: status.shown, count: status.count });
	return t(status.key);
}

export default function SearchIsland({
	lang,
	messages,
	bundles,
	kinds,
	onReady,
}: SearchIslandProps & { /** Given the dialog's controller once it is in the page. */ onReady: (controller: SearchController) => void }) {
	const t: SearchTranslate = createTranslator(messages, lang);
	const { state, dispatch, loader, dialog, input, show, onClose, goTo, enterPending, otherLanguagesFailed, retry } =
		useSearchDialog(bundles);
	// At once, before the browser paints: the opener that loaded the dialog opens it in the same task.
	useLayoutEffect(() => onReady({ show, prepare: () => void loader.current().catch(() => undefined) }), []);
	const labelOf = (code: string) => bundles.find((bundle) => bundle.lang === code)?.label ?? code;
	const showing = isShowing(state);
	const searching = isSearching(state);
	const results = shownResults(state);
	const options = searchOptions(results);
	const { active } = state;

	function onInputKey(event: KeyboardEvent) {
		// Enter, arrows, Home/End and Escape convert or pick a candidate while an input method composes.
		if (isInputMethodKey(event)) return;
		const to = movedOption(event.key, active, options.length);
		if (to !== undefined) {
			event.preventDefault();
			dispatch({ type: 'moved', active: to });
			document.getElementById(options[to]?.id ?? '')?.scrollIntoView({ block: 'nearest' });
		} else if (event.key === 'Enter') {
			event.preventDefault();
			// Typed and Enter at once: the first result of what was typed, not of an earlier search still shown.
			if (active < 0 && searching) enterPending.current = true;
			else goTo(options[active >= 0 ? active : 0]?.url);
		}
	}

	return (
		<>
			<dialog
				ref={dialog}
				class="site-search"
				aria-label={t('search.dialog')}
				onClose={onClose}
				// Escape cancels a conversion, not the dialog, while an input method composes.
				onCancel={(event) => state.composing && event.preventDefault()}
				data-state={state.status}
				data-query={showing ? state.outcome?.query : undefined}
			>
				<div class="site-search__panel">
					<div class="site-search__bar" role="search">
						<input
							ref={input}
							type="search"
							role="combobox"
							aria-label={t('search.input')}
							aria-expanded={options.length > 0}
							aria-controls="site-search-results"
							aria-autocomplete="list"
							aria-activedescendant={active >= 0 ? options[active]?.id : undefined}
							placeholder={t('search.placeholder')}
							autocomplete="off"
							spellcheck={false}
							enterKeyHint="go"
							// A 50 kB paste is cut to what a query can hold before anything is segmented or searched.
							maxLength={MAX_PREFILL}
							value={state.query}
							onInput={(event) => {
								enterPending.current = false;
								dispatch({ type: 'typed', query: event.currentTarget.value.slice(0, MAX_PREFILL) });
							}}
							onKeyDown={onInputKey}
						/>
						<button type="button" class="site-search__close" onClick={() => dialog.current?.close()}>
							{t('search.close')}
						</button>
					</div>
					<SearchFilters
						t={t}
						kinds={kinds}
						kind={state.kind}
						onKind={(kind) => dispatch({ type: 'filtered', kind })}
						crossLanguage={crossLanguageChecked(state)}
						onCrossLanguage={(value) => dispatch({ type: 'crossLanguageSet', value })}
					/>
					<div class="site-search__status-line">
						<p class="site-search__status" role="status">
							{statusText(t, state)}
						</p>
						{state.status === 'failed' && (
							<button type="button" class="site-search__retry" onClick={retry}>
								{t('search.retry')}
							</button>
						)}
					</div>
					{otherLanguagesFailed && showing && <p class="site-search__fault-note">{t('search.otherLanguagesFailed')}</p>}
					<SearchResults
						t={t}
						results={results}
						options={options}
						active={active}
						busy={searching}
						labelOf={labelOf}
						query={state.outcome?.query ?? ''}
						onHover={(index) => dispatch({ type: 'moved', active: index })}
						note={confidenceNote(state, lang)}
					/>
				</div>
			</dialog>
		</>
	);
}
