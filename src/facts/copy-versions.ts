/**
 * Which English source version each vendor copy was translated from, and how its segment numbers relate to the
 * citations': the data the sources page's "Reading a citation" section states (`facts.reading.segments`), so the
 * sentence stays true when a locale or a newer copy arrives. Citations number the cited copies
 * (`content/facts/articles/`, `cited-articles.ts`); a copy of the same version numbers its sentences the same; a copy
 * of another version may shift them (the zh-TW copy of OSA, 37562b0e, numbers each one lower) or renumber them.
 *
 * Plain TypeScript without I/O: callers pass the cited articles and the vendor files' text.
 */
import { inlineText } from '../localization/inline.ts';
import { parseLocalizedFile } from '../localization/index.ts';
import { sourceArticles } from './articles.ts';
import type { CitedArticle } from './cited-articles.ts';
import { articleRuns } from './segment-map.ts';
import { defaultLocale, locales } from '../i18n/locales.ts';
import { compareSourceVersions } from '../article/versions.ts';
import type { LocalizedDocument } from '../localization/schema.ts';

/** The source locale of the site's English pages (`en-US`), under which the English page of a later version is listed. */
const ENGLISH = defaultLocale.sourceLocale;

/** How a copy numbers the cited sentences: the same, all shifted by `by` (negative: lower), or otherwise. */
type CopyNumbering = { readonly kind: 'same' } | { readonly kind: 'shifted'; readonly by: number } | { readonly kind: 'renumbered' };

/** One vendor copy made from another English version than the cited one. */
export interface OtherVersionCopy {
	/** The fact sheet's key of its article (`OSA`). */
	readonly key: string;
	/** Its `ms.contentlocale` (`zh-TW`). */
	readonly sourceLocale: string;
	/** Its `ms.sourcegitcommit`, shortened to 8 characters as the sheet writes versions (`37562b0e`). */
	readonly version: string;
	readonly numbering: CopyNumbering;
}

/** The cited English version and the copies made from another one, in key-table order, then by locale. */
export interface CopyVersions {
	/** The cited copies' `ms.sourcegitcommit`, 8 characters (`36a60f67`). */
	readonly version: string;
	readonly others: readonly OtherVersionCopy[];
}

const short = (commit: string): string => commit.slice(0, 8);

/** How `runs`-style pairs (cited number → the copy's number) shift: all by one amount, or not. */
function numbering(pairs: readonly (readonly [cited: number, copy: number, count: number])[]): CopyNumbering {
	const shifts = new Set(pairs.map(([cited, copy]) => copy - cited));
	if (shifts.size !== 1) return { kind: 'renumbered' };
	const [by] = shifts;
	return by === 0 ? { kind: 'same' } : { kind: 'shifted', by: by! };
}

/**
 * The versions of the vendor copies `files` (`{ name, text }`: `content/sources/<locale>/<article>.md`) against the
 * cited articles, and of the English page of an article whose newest copy is of another version (listed under the
 * English source locale). Throws an `Error` when the cited copies follow more than one version (the sheet cites one), and a
 * `SourceFormatError` on a file the vendor format refuses. A copy of an article the sheet cites no copy of is left out.
 */
export function copyVersions(
	cited: ReadonlyMap<string, CitedArticle>,
	files: Iterable<{ readonly name: string; readonly text: string }>,
): CopyVersions {
	const versions = new Set([...cited.values()].map((article) => short(article.sourceCommit)));
	if (versions.size !== 1)
		throw new Error(`the cited copies follow ${versions.size} English versions (${[...versions].join(', ')}); the fact sheet cites one`);
	const [version] = versions;
	const others: OtherVersionCopy[] = [];
	/** The newest copy of each article: its English is the site's English page (`assembleArticle`). */
	const newest = new Map<string, LocalizedDocument>();
	const numberingOf = (article: CitedArticle, document: LocalizedDocument) =>
		numbering(
			articleRuns(
				article,
				document.segments.map((segment) => [segment.number, inlineText(segment.english)] as const),
			),
		);
	for (const file of files) {
		const document = parseLocalizedFile(file.text, file.name);
		const name = file.name.split('/').pop()!.replace(/\.md$/, '');
		const key = sourceArticles.find((article) => article.file === name)?.key;
		const article = key ? cited.get(key) : undefined;
		if (!key || !article) continue;
		const current = newest.get(key);
		if (!current || compareSourceVersions(document.sourceVersion, current.sourceVersion) > 0) newest.set(key, document);
		const copyVersion = short(document.sourceVersion.commit);
		if (copyVersion === version) continue;
		others.push({ key, sourceLocale: document.locale.sourceLocale, version: copyVersion, numbering: numberingOf(article, document) });
	}
	// The English page follows the newest version (#14 seventh review: the English FCD page is a later version than the
	// cited one, and words some sentences differently): listed as a copy of that version, in English.
	for (const [key, document] of newest) {
		const copyVersion = short(document.sourceVersion.commit);
		if (copyVersion !== version)
			others.push({ key, sourceLocale: ENGLISH, version: copyVersion, numbering: numberingOf(cited.get(key)!, document) });
	}
	const order = (copy: OtherVersionCopy) => sourceArticles.findIndex((article) => article.key === copy.key);
	others.sort((a, b) => order(a) - order(b) || a.sourceLocale.localeCompare(b.sourceLocale));
	return { version: version!, others };
}

/**
 * A copy's language named in `lang` (`Intl.DisplayNames`): by its language (`Japanese`), or by language and script
 * where the site has that language in two scripts (`zh-TW` → `Traditional Chinese`, `zh-CN` → `Simplified Chinese`).
 */
export function copyLanguageName(sourceLocale: string, lang: string): string {
	const { language, script } = new Intl.Locale(sourceLocale).maximize();
	const scripts = new Set(
		locales.map((locale) => new Intl.Locale(locale.lang).maximize()).flatMap((tag) => (tag.language === language ? [tag.script] : [])),
	);
	const names = new Intl.DisplayNames([lang], { type: 'language' });
	return names.of(scripts.size > 1 && script ? `${language}-${script}` : language) ?? sourceLocale;
}
