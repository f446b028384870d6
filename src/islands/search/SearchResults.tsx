/**
 * The dialog's listbox: each result (title, error code, kind, language when another, partial-match label,
 * excerpt with the query's words highlighted (`highlightExcerpt`), and a label when a Japanese or Chinese page matched
 * only in its hidden English original), followed by its best sections as options of their own.
 *
 * Each option is a link (`<a href role="option">` in a presentational `<li>`): the combobox keeps the focus and
 * moves `aria-activedescendant` as before, while a pointer gets what links give: Ctrl/⌘+click and middle-click
 * open a new tab, and the context menu offers "open in new tab" and "copy link address".
 */
import type { confidenceNote, SearchOption } from '../../search/dialog-state.ts';
import type { SearchResult } from '../../search/engine.ts';
import type { ExcerptPart } from '../../search/excerpt.ts';
import { carriesOriginals, highlightExcerpt, matchedOnlyInEnglish } from '../../search/highlight.ts';
import type { SearchTranslate } from './SearchIsland.tsx';

export interface SearchResultsProps {
	t: SearchTranslate;
	results: readonly SearchResult[];
	options: readonly SearchOption[];
	active: number;
	/** Whether a newer search than the results shown runs. */
	busy: boolean;
	/** A language's own name, by `<html lang>`. */
	labelOf: (lang: string) => string;
	onHover: (index: number) => void;
	/** The query the results answer: its words are highlighted. */
	query: string;
	/** The note when the results are not a confident answer (`confidenceNote`). */
	note?: ReturnType<typeof confidenceNote>;
}

/** Says that the results match only part of the query, and, when nothing matches well, where else to look. */
function ConfidenceNote({ t, note }: { t: SearchTranslate; note: NonNullable<ReturnType<typeof confidenceNote>> }) {
	return (
		<div class="site-search__note" role="note">
			<p>{t(note.key, { query: note.query })}</p>
			{note.key === 'search.weakMatch' && (
				<>
					<p>{t('search.weakMatchHelp')}</p>
					<ul class="site-search__note-links">
						<li>
							<a href={note.errors}>{t('search.errorIndexLink')}</a>
						</li>
						<li>
							<a href={note.article}>{t('search.articleLink')}</a>
						</li>
					</ul>
				</>
			)}
		</div>
	);
}

const KINDS = ['guide', 'error', 'tool'] as const;
const isKind = (kind: string | undefined): kind is (typeof KINDS)[number] => KINDS.includes(kind as (typeof KINDS)[number]);

/** An excerpt's parts as text, the marked ones in `<mark>` (never HTML from the index). */
function Excerpt({ parts, lang }: { parts: readonly ExcerptPart[]; lang?: string | undefined }) {
	return (
		<span class="site-search__excerpt" lang={lang}>
			{parts.map((part) => (part.mark ? <mark>{part.text}</mark> : part.text))}
		</span>
	);
}

/** The label of a result that matched only in the hidden English original of a Japanese or Chinese page. */
function EnglishOnlyLabel({ t }: { t: SearchTranslate }) {
	return (
		<span class="site-search__label site-search__label--english" title={t('search.englishOnlyNote')}>
			{t('search.englishOnly')}
		</span>
	);
}

function PageOption({
	t,
	result,
	foreign,
	labelOf,
	query,
}: {
	t: SearchTranslate;
	result: SearchResult;
	foreign: string | undefined;
	labelOf: (lang: string) => string;
	query: string;
}) {
	const page = result.page;
	const parts = highlightExcerpt(page.excerpt, query, page.lang, carriesOriginals(page));
	return (
		<>
			<span class="site-search__title" lang={foreign}>
				{page.title}
				{page.code && (
					<>
						{' '}
						<small>{t('search.siteIdLabel')}</small> <code translate={false}>{page.code}</code>
					</>
				)}
			</span>
			<span class="site-search__labels">
				{isKind(page.kind) && <span class="site-search__label">{t(`search.kind.${page.kind}`)}</span>}
				{foreign && (
					<span class="site-search__label site-search__label--lang" lang={foreign}>
						{labelOf(foreign)}
					</span>
				)}
				{result.partial && (
					<span class="site-search__label site-search__label--partial" title={t('search.partialNote')}>
						{t('search.partial')}
					</span>
				)}
				{matchedOnlyInEnglish(parts, page) && <EnglishOnlyLabel t={t} />}
			</span>
			<Excerpt parts={parts} lang={foreign} />
		</>
	);
}

/** A section option: its heading, its excerpt, and the English-only label when it applies. */
function SectionOption({
	t,
	section,
	page,
	foreign,
	query,
}: {
	t: SearchTranslate;
	section: { title: string; excerpt: string };
	page: SearchResult['page'];
	foreign: string | undefined;
	query: string;
}) {
	const { lang } = page;
	const parts = highlightExcerpt(section.excerpt, query, lang, carriesOriginals(page));
	return (
		<>
			<span class="site-search__title" lang={foreign}>
				{section.title}
			</span>
			{matchedOnlyInEnglish(parts, page) && (
				<span class="site-search__labels">
					<EnglishOnlyLabel t={t} />
				</span>
			)}
			<Excerpt parts={parts} lang={foreign} />
		</>
	);
}

/** The listbox of results and their sections, each option a link. */
export function SearchResults({ t, results, options, active, busy, labelOf, onHover, query, note }: SearchResultsProps) {
	return (
		<>
			{note && <ConfidenceNote t={t} note={note} />}
			<ul
				id="site-search-results"
				class="site-search__results"
				role="listbox"
				aria-label={t('search.results')}
				aria-busy={busy || undefined}
				hidden={options.length === 0}
			>
				{options.map((option, index) => {
					const result = results[option.result]!;
					const foreign = result.otherLanguage ? result.page.lang : undefined;
					return (
						<li role="none">
							<a
								id={option.id}
								role="option"
								href={option.url}
								tabIndex={-1}
								aria-selected={index === active}
								class={option.section ? 'site-search__option site-search__option--section' : 'site-search__option'}
								onPointerMove={() => index !== active && onHover(index)}
							>
								{option.section ? (
									<SectionOption t={t} section={option.section} page={result.page} foreign={foreign} query={query} />
								) : (
									<PageOption t={t} result={result} foreign={foreign} labelOf={labelOf} query={query} />
								)}
							</a>
						</li>
					);
				})}
			</ul>
		</>
	);
}
