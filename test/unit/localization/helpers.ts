/**
 * Test helpers: the two seed files and a builder for small vendor files.
 */
import { readFileSync } from 'node:fs';
import type { SiteLocale } from '../../../src/i18n/locales.ts';
import { parseLocalizedFile, type ParseOptions } from '../../../src/localization/parse.ts';
import type { LocalizedDocument } from '../../../src/localization/schema.ts';

export type SeedLocale = 'ja-JP' | 'zh-TW';
export const SEED_LOCALES: readonly SeedLocale[] = ['ja-JP', 'zh-TW'];

export const seedPath = (locale: SeedLocale): string => `${locale}/incentives-customer-association-issues.md`;

export function readSeed(locale: SeedLocale): string {
	return readFileSync(new URL(`../../../content/sources/${seedPath(locale)}`, import.meta.url), 'utf8');
}

export function parseSeed(locale: SeedLocale): LocalizedDocument {
	return parseLocalizedFile(readSeed(locale), seedPath(locale));
}

export function parseText(text: string, file: string, options?: ParseOptions): LocalizedDocument {
	return parseLocalizedFile(text, file, options);
}

/** One side-by-side pair. */
export function pair(id: string, translation: string, english: string, englishId = id): string {
	return `<span data-ttu-id="${id}">${translation}</span><span class="sxs-lookup"><span data-stu-id="${englishId}">${english}</span></span>`;
}

const BASE_FRONT_MATTER: Readonly<Record<string, string>> = {
	title: '顧客の関連付けに関する問題',
	description: '説明',
	'ms.date': '06/29/2020',
	'ms.sourcegitcommit': '36a60f672c1c3d6b63fd225d04c5ffa917694ae0',
	'ms.translationtype': 'MT',
	'ms.contentlocale': 'ja-JP',
	'ms.lasthandoff': '07/03/2020',
};

/** A small vendor file; a front matter value of `undefined` leaves the field out. */
export function vendorFile(body: string, frontMatter: Readonly<Record<string, string | undefined>> = {}): string {
	const fields = { ...BASE_FRONT_MATTER, ...frontMatter };
	const yaml = Object.entries(fields)
		.filter((entry): entry is [string, string] => entry[1] !== undefined)
		.map(([key, value]) => `${key}: ${value}`)
		.join('\n');
	return `---\n${yaml}\n---\n${body}`;
}

/** Body line N of `vendorFile(body)` is file line N + this. */
export const frontMatterLines = (frontMatter: Readonly<Record<string, string | undefined>> = {}): number =>
	Object.values({ ...BASE_FRONT_MATTER, ...frontMatter }).filter((value) => value !== undefined).length + 2;

export const testLocale = (sourceLocale: string, lang: string): SiteLocale => ({
	slug: lang.toLowerCase(),
	lang,
	sourceLocale,
	label: sourceLocale,
});

/** The JSON of a value, for "no vendor markup anywhere" checks. */
export const json = (value: unknown): string => JSON.stringify(value);

export const VENDOR_MARKUP = ['data-ttu-id', 'data-stu-id', 'sxs-lookup'] as const;
