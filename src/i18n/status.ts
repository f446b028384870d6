/**
 * Translation status (`npm run i18n:status`): how much of the site each locale has in its own language.
 *
 * - Messages, per locale: how many of English's message keys the locale's catalog translates, and how many
 *   fall back to English (`catalog.ts`).
 * - Articles, per article and locale, counted in segments of the newest English source version
 *   (`article/assemble.ts` decides which version is newest and what a view shows):
 *   - translated: shown translated, made from exactly that English;
 *   - stale: the locale's file is of an older source version and the segment's English is new or changed
 *     since then, so the page shows it in English until the vendor delivers the newer version;
 *   - untranslated: no translation at all (no vendor file for the locale, or an empty translation half).
 *
 * Pure functions over already-read catalogs and documents; `status-cli.ts` reads the files and prints.
 */
import { assembleArticle } from '../article/index.ts';
import type { Catalogs } from './catalog.ts';
import type { SiteLocale } from './locales.ts';
import type { Inline, LocalizedDocument } from '../localization/schema.ts';

/** One locale's messages. */
export interface MessageStatus {
	readonly lang: string;
	readonly label: string;
	/** True when `src/i18n/messages/<lang>/` exists. */
	readonly hasCatalog: boolean;
	/** English's message keys. */
	readonly total: number;
	readonly translated: number;
	/** Keys shown in English because the locale's catalog lacks them. */
	readonly fallback: number;
}

/** One article in one locale. */
export interface ArticleStatus {
	readonly article: string;
	readonly lang: string;
	/** The vendor file the locale's page comes from; absent when the locale has none. */
	readonly file?: string;
	/** `ms.sourcegitcommit` and `ms.date` of the version the locale's file was translated from. */
	readonly sourceVersion?: { readonly commit: string; readonly date: Date };
	/** True when the locale's file is of the newest English (or of an older one with the same English). */
	readonly current: boolean;
	/** Segments of the newest English. */
	readonly segments: number;
	readonly translated: number;
	readonly stale: number;
	readonly untranslated: number;
	/** Headings of the sections whose English changed since the locale's version. */
	readonly changedSections: readonly string[];
}

/** The messages of every site locale, in the order of the site's locales. */
export function messageStatus(catalogs: Catalogs, siteLocales: readonly SiteLocale[]): MessageStatus[] {
	const total = Object.keys(catalogs.messages('en')).length;
	return siteLocales.map((locale) => {
		const hasCatalog = catalogs.langs.includes(locale.lang);
		const fallback = locale.lang === 'en' ? 0 : catalogs.report(locale.lang).missing.length;
		return { lang: locale.lang, label: locale.label, hasCatalog, total, translated: total - fallback, fallback };
	});
}

/** True when a translation half holds no text (treated as untranslated). */
function isEmpty(translation: readonly Inline[]): boolean {
	return translation.every((inline) => inline.type === 'text' && inline.value.trim() === '');
}

/**
 * Every non-default site locale's status for one article, from all its vendor documents (every locale and
 * version). Throws what `assembleArticle` throws for inconsistent sources.
 */
export function articleStatus(
	article: string,
	documents: readonly LocalizedDocument[],
	siteLocales: readonly SiteLocale[],
): ArticleStatus[] {
	const assembled = assembleArticle(documents);
	const segments = assembled.english.segments.length;
	return siteLocales
		.filter((locale) => locale.lang !== assembled.english.locale.lang)
		.map((locale): ArticleStatus => {
			const view = assembled.translations.find((candidate) => candidate.locale.lang === locale.lang);
			if (!view)
				return {
					article,
					lang: locale.lang,
					current: false,
					segments,
					translated: 0,
					stale: 0,
					untranslated: segments,
					changedSections: [],
				};
			const empty = view.segments.filter((segment) => segment.translation !== null && isEmpty(segment.translation)).length;
			const missing = view.untranslatedSegments.length;
			const stale = view.current ? 0 : missing;
			const untranslated = (view.current ? missing : 0) + empty;
			return {
				article,
				lang: locale.lang,
				file: view.file,
				sourceVersion: { commit: view.sourceVersion.commit, date: view.sourceVersion.date },
				current: view.current,
				segments,
				translated: segments - stale - untranslated,
				stale,
				untranslated,
				changedSections: view.changedSections.map((section) => section.heading),
			};
		});
}

/** Columns of a terminal width: CJK and other wide characters count two. */
export function displayWidth(text: string): number {
	let width = 0;
	for (const character of text)
		width += /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff01-\uff60]/u.test(character) ? 2 : 1;
	return width;
}

/** A plain-text table: a header row, a rule, and the rows; columns of numbers (and their headers) are right-aligned. */
export function renderTable(headers: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
	const widths = headers.map((header, column) => Math.max(displayWidth(header), ...rows.map((row) => displayWidth(row[column] ?? ''))));
	const numeric = headers.map((_, column) => rows.length > 0 && rows.every((row) => /^[\d\s%()/–-]*$/.test(row[column] ?? '')));
	const line = (cells: readonly string[]): string =>
		cells
			.map((cell, column) => {
				const padding = ' '.repeat(widths[column]! - displayWidth(cell));
				return numeric[column] ? padding + cell : cell + padding;
			})
			.join('  ')
			.trimEnd();
	return [line(headers), widths.map((width) => '─'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

const percent = (part: number, whole: number): string => (whole === 0 ? '' : ` (${Math.round((part / whole) * 100)}%)`);
const day = (date: Date): string => date.toISOString().slice(0, 10);

/** The report `npm run i18n:status` prints: a messages table and an articles table. */
/**
 * Said under the message table: who made the catalogs' translations. The vendor files' machine translation is
 * Microsoft's (`ms.translationtype: MT`, said on every article page); the interface's is the project's own.
 */
const MACHINE_MADE_CATALOGS =
	'The interface translations (src/i18n/messages/<lang>/) are machine-made by the project, using the terms of the localized Microsoft articles (src/i18n/glossary/<lang>.json); no native speaker has reviewed them.';

export function formatStatus(
	messages: readonly MessageStatus[],
	articles: readonly ArticleStatus[],
	notes: readonly string[] = [],
): string {
	const total = messages[0]?.total ?? 0;
	const messageRows = messages.map((row) => [
		row.lang,
		row.label,
		row.lang === 'en' ? 'contract' : row.hasCatalog ? 'yes' : 'none',
		`${row.translated}${percent(row.translated, row.total)}`,
		`${row.fallback}`,
	]);
	const articleRows = articles.map((row) => [
		row.article,
		row.lang,
		row.sourceVersion
			? `${row.current ? 'current' : 'older'} ${row.sourceVersion.commit.slice(0, 7)} ${day(row.sourceVersion.date)}`
			: 'no vendor file',
		`${row.translated}/${row.segments}`,
		`${row.stale}`,
		`${row.untranslated}`,
	]);
	const changed = articles.flatMap((row) =>
		row.changedSections.length > 0
			? [`${row.article} ${row.lang}: English changed in ${row.changedSections.map((heading) => `"${heading}"`).join(', ')}`]
			: [],
	);
	return [
		`Messages: ${total} English message keys`,
		renderTable(['locale', 'language', 'catalog', 'translated', 'English fallback'], messageRows),
		MACHINE_MADE_CATALOGS,
		'',
		'Articles: segments of the newest English source version',
		articleRows.length > 0
			? renderTable(['article', 'locale', 'translated from', 'translated', 'stale', 'untranslated'], articleRows)
			: '(no articles)',
		...(changed.length > 0 || notes.length > 0 ? ['', ...changed, ...notes] : []),
	].join('\n');
}
