/**
 * The site's search: the header button and an accessible dialog over the Pagefind JS API.
 *
 * - Opens from the button, Ctrl/⌘+K, and the `cpor:search-open` event (`openSearch(query)`, used by
 *   the claim simulator's **Search this error**), prefilled with the event's query.
 * - A modal `<dialog>` (focus stays inside, Escape closes, focus returns to where it was) holding a
 *   combobox (the field) and a listbox of results: ↑/↓ move, Enter opens, Home/End jump.
 * - Results: page title, language label when in another language, partial-match label, excerpt with
 *   the matched words highlighted, and the best sections as their own options linking to anchors.
 * - Filter chips for the page kinds; "Also search other languages" (on by itself when the reader's
 *   language finds no exact match, until the reader sets it).
 * - Mounted by `mount.ts` (nothing is rendered on the server): without JavaScript there is no dead
 *   button, and a `noscript` note says where to go.
 */
import { fillPlaceholders } from '../../i18n/placeholders.ts';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { searchSite, type CrossLanguage, type SearchOutcome } from '../../search/engine.ts';
import { excerptParts } from '../../search/excerpt.ts';
import { SEARCH_OPEN_EVENT, type SearchOpenDetail } from '../../search/open-search.ts';
import { createPagefindLoader, type Bundle } from './pagefind-loader.ts';
import type { SearchStrings } from './strings.ts';

export interface SearchIslandProps {
	strings: SearchStrings;
	/** The reader's locale bundle first, then the others. */
	bundles: Bundle[];
	/** The page kinds offered as filters, in order. */
	kinds: Array<'guide' | 'error' | 'tool'>;
}

interface Option {
	id: string;
	url: string;
	/** Index of the page result the option belongs to. */
	result: number;
	section?: { title: string; excerpt: string };
}

/** `more`: the exact matches are shown while the partial matches load. */
type Status = 'idle' | 'loading' | 'more' | 'done' | 'failed';

const SECTIONS_PER_RESULT = 2;

function Excerpt({ html, lang }: { html: string; lang?: string | undefined }) {
	return (
		<span class="site-search__excerpt" lang={lang}>
			{excerptParts(html).map((part) => (part.mark ? <mark>{part.text}</mark> : part.text))}
		</span>
	);
}

export default function SearchIsland({ strings, bundles, kinds }: SearchIslandProps) {
	const [current, ...others] = bundles;
	const loader = useMemo(() => createPagefindLoader(current!, others), []);
	const labelOf = (lang: string) => bundles.find((bundle) => bundle.lang === lang)?.label ?? lang;
	const [hydrated, setHydrated] = useState(false);
	const [shortcut, setShortcut] = useState('Ctrl K');
	const [open, setOpen] = useState(false);
	const [query, setQuery] = useState('');
	const [kind, setKind] = useState<string | undefined>(undefined);
	const [crossLanguage, setCrossLanguage] = useState<CrossLanguage>('auto');
	const [outcome, setOutcome] = useState<SearchOutcome | undefined>(undefined);
	const [status, setStatus] = useState<Status>('idle');
	const [active, setActive] = useState(-1);
	const dialog = useRef<HTMLDialogElement>(null);
	const input = useRef<HTMLInputElement>(null);
	const returnFocus = useRef<HTMLElement | null>(null);
	const latest = useRef(0);
	/** What the results on screen answer (query, filter, languages); another value means a newer search runs. */
	const [answered, setAnswered] = useState('');
	/** Enter was pressed before the latest search answered: go to its first result when it does. */
	const enterPending = useRef(false);
	const asked = `${query}\u0000${kind ?? ''}\u0000${String(crossLanguage)}`;

	useEffect(() => {
		setHydrated(true);
		if (/Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent)) setShortcut('⌘K');
		const onKey = (event: KeyboardEvent) => {
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

	function show(prefill?: string) {
		const element = dialog.current;
		if (!element) return;
		// The index starts loading before the dialog opens: its first request goes out a frame earlier.
		void loader.current().catch(() => undefined);
		if (!element.open) {
			returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
			element.showModal();
			setOpen(true);
		}
		if (typeof prefill === 'string') setQuery(prefill.slice(0, 500));
		// At once, not in a later frame: what the reader types right after Ctrl+K must not be selected and replaced.
		input.current?.focus();
		input.current?.select();
	}

	function onClose() {
		enterPending.current = false;
		setOpen(false);
		setActive(-1);
		const target = returnFocus.current;
		returnFocus.current = null;
		if (target?.isConnected) target.focus();
	}

	// Every change of query, filter or language choice searches again; only the latest answer is shown.
	useEffect(() => {
		if (!open) return;
		const run = ++latest.current;
		const goIfEnterPending = (found: SearchOutcome) => {
			if (!enterPending.current || (!found.complete && found.results.length === 0)) return;
			enterPending.current = false;
			goTo(found.results[0]?.page.url);
		};
		if (query.trim() === '') {
			setOutcome(undefined);
			setStatus('idle');
			return;
		}
		setStatus((previous) => (previous === 'done' || previous === 'more' ? previous : 'loading'));
		(async () => {
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
						setOutcome(exact);
						setAnswered(asked);
						setStatus('more');
						setActive(-1);
						goIfEnterPending(exact);
					},
				});
				if (run !== latest.current) return;
				setOutcome(found);
				setAnswered(asked);
				setStatus('done');
				goIfEnterPending(found);
				// The early results head the complete list: an option the reader moved to stays selected.
				if (!shownEarly) setActive(-1);
			} catch {
				if (run === latest.current) setStatus('failed');
			}
		})();
	}, [query, kind, crossLanguage, open]);

	// Results are on screen once the exact matches are ('more') and when the list is complete ('done').
	const showing = status === 'done' || status === 'more';
	// The list is busy until the latest search has answered in full (an earlier answer may be on screen; the
	// search starts after this render, so what was just typed counts as asked, not yet answered).
	const searching = query.trim() !== '' && status !== 'failed' && (status !== 'done' || answered !== asked);
	const results = showing ? (outcome?.results ?? []) : [];
	const options: Option[] = results.flatMap((result, index) => [
		{ id: `site-search-option-${index}`, url: result.page.url, result: index },
		...result.page.subResults.slice(0, SECTIONS_PER_RESULT).map((sub, i) => ({
			id: `site-search-option-${index}-${i}`,
			url: sub.url,
			result: index,
			section: { title: sub.title, excerpt: sub.excerpt },
		})),
	]);
	const crossLanguageChecked = crossLanguage === 'auto' ? (outcome?.crossLanguage ?? false) : crossLanguage;

	function goTo(url: string | undefined) {
		if (!url) return;
		dialog.current?.close();
		window.location.assign(url);
	}
	const go = (option: Option | undefined) => goTo(option?.url);

	function onInputKey(event: KeyboardEvent) {
		const last = options.length - 1;
		const move = (to: number) => {
			event.preventDefault();
			setActive(to);
			document.getElementById(options[to]?.id ?? '')?.scrollIntoView({ block: 'nearest' });
		};
		if (event.key === 'ArrowDown' && last >= 0) move(active >= last ? 0 : active + 1);
		else if (event.key === 'ArrowUp' && last >= 0) move(active <= 0 ? last : active - 1);
		else if (event.key === 'Home' && active >= 0) move(0);
		else if (event.key === 'End' && active >= 0) move(last);
		else if (event.key === 'Enter') {
			event.preventDefault();
			// Typed and Enter at once: the first result of what was typed, not of an earlier search still shown.
			if (active < 0 && searching) enterPending.current = true;
			else go(options[active >= 0 ? active : 0]);
		}
	}

	const kindLabel = { guide: strings.kindGuide, error: strings.kindError, tool: strings.kindTool };
	const statusText =
		status === 'loading' || status === 'more'
			? strings.loading
			: status === 'failed'
				? strings.loadFailed
				: status === 'done' && outcome
					? results.length === 0
						? `${fillPlaceholders(strings.noResults, { query: outcome.query })} ${strings.noResultsHint}`
						: fillPlaceholders(strings.resultCount, { count: results.length })
					: strings.empty;

	return (
		<>
			<button
				type="button"
				class="site-search__button"
				hidden={!hydrated}
				aria-haspopup="dialog"
				aria-keyshortcuts="Control+K Meta+K"
				onClick={() => show()}
				onPointerEnter={() => void loader.current().catch(() => undefined)}
				onFocus={() => void loader.current().catch(() => undefined)}
			>
				<svg aria-hidden="true" viewBox="0 0 24 24" width="16" height="16">
					<path
						fill="currentColor"
						d="M21.7 20.3 18 16.6A9 9 0 1 0 16.6 18l3.7 3.7a1 1 0 0 0 1.4-1.4ZM11 18a7 7 0 1 1 7-7 7 7 0 0 1-7 7Z"
					/>
				</svg>
				<span>{strings.button}</span>
				<kbd aria-hidden="true">{shortcut}</kbd>
			</button>
			<dialog
				ref={dialog}
				class="site-search"
				aria-label={strings.dialog}
				onClose={onClose}
				data-state={status}
				data-query={showing ? outcome?.query : undefined}
			>
				<div class="site-search__panel">
					<div class="site-search__bar" role="search">
						<input
							ref={input}
							type="search"
							role="combobox"
							aria-label={strings.input}
							aria-expanded={options.length > 0}
							aria-controls="site-search-results"
							aria-autocomplete="list"
							aria-activedescendant={active >= 0 ? options[active]?.id : undefined}
							placeholder={strings.placeholder}
							autocomplete="off"
							spellcheck={false}
							enterKeyHint="go"
							value={query}
							onInput={(event) => {
								enterPending.current = false;
								setQuery(event.currentTarget.value);
							}}
							onKeyDown={onInputKey}
						/>
						<button type="button" class="site-search__close" onClick={() => dialog.current?.close()}>
							{strings.close}
						</button>
					</div>
					<div class="site-search__options">
						<div class="site-search__chips" role="group" aria-label={strings.filters}>
							{[undefined, ...kinds].map((value) => (
								<button type="button" class="site-search__chip" aria-pressed={kind === value} onClick={() => setKind(value)}>
									{value ? kindLabel[value] : strings.kindAll}
								</button>
							))}
						</div>
						<label class="site-search__cross">
							<input type="checkbox" checked={crossLanguageChecked} onChange={() => setCrossLanguage(!crossLanguageChecked)} />
							{strings.crossLanguage}
						</label>
					</div>
					<p class="site-search__status" role="status">
						{statusText}
					</p>
					<ul id="site-search-results" class="site-search__results" role="listbox" aria-label={strings.results} aria-busy={searching || undefined} hidden={options.length === 0}>
						{options.map((option, index) => {
							const result = results[option.result]!;
							const page = result.page;
							const foreign = result.otherLanguage ? page.lang : undefined;
							return (
								<li
									id={option.id}
									role="option"
									aria-selected={index === active}
									class={option.section ? 'site-search__option site-search__option--section' : 'site-search__option'}
									onClick={() => go(option)}
									onPointerMove={() => index !== active && setActive(index)}
								>
									{option.section ? (
										<>
											<span class="site-search__title" lang={foreign}>
												{option.section.title}
											</span>
											<Excerpt html={option.section.excerpt} lang={foreign} />
										</>
									) : (
										<>
											<span class="site-search__title" lang={foreign}>
												{page.title}
												{page.code && <code translate={false}>{page.code}</code>}
											</span>
											<span class="site-search__labels">
												{page.kind && page.kind in kindLabel && <span class="site-search__label">{kindLabel[page.kind as keyof typeof kindLabel]}</span>}
												{foreign && (
													<span class="site-search__label site-search__label--lang" lang={foreign}>
														{labelOf(foreign)}
													</span>
												)}
												{result.partial && (
													<span class="site-search__label site-search__label--partial" title={strings.partialNote}>
														{strings.partial}
													</span>
												)}
											</span>
											<Excerpt html={page.excerpt} lang={foreign} />
										</>
									)}
								</li>
							);
						})}
					</ul>
				</div>
			</dialog>
		</>
	);
}
