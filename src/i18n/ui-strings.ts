/**
 * The error reference's UI strings that still live in Starlight's `src/content/i18n/<lang>.json` (`errors.*`),
 * until they move to the message catalogs (`src/i18n/messages/<lang>/errors.json`). Every other string of
 * the site is in the message catalogs (`src/i18n/messages.ts`).
 *
 * A key missing from a locale, or a locale with no file at all, falls back to English. Pages read them
 * through Starlight (`Astro.locals.t`); code that runs outside a page reads them with `uiStringsFor`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';

export const uiStringsSchema = z.object({
	'errors.title': z.string(),
	'errors.description': z.string(),
	'errors.lead': z.string(),
	'errors.all': z.string(),
	'errors.severity.error': z.string(),
	'errors.severity.warning': z.string(),
	'errors.basis.documented': z.string(),
	'errors.basis.assumed': z.string(),
	'errors.step': z.string(),
	'errors.message.heading': z.string(),
	'errors.message.body': z.string(),
	'errors.message.none': z.string(),
	'errors.cause.heading': z.string(),
	'errors.fix.heading': z.string(),
	'errors.assumption.heading': z.string(),
	'errors.learnMore.heading': z.string(),
	'errors.articleSection': z.string(),
	'errors.noArticleSection': z.string(),
	'errors.sources': z.string(),
	'errors.quoteSource': z.string(),
}).partial();

export type UiStringKey = keyof z.infer<typeof uiStringsSchema>;

const STRINGS_DIR = new URL('../content/i18n/', import.meta.url);

function readStrings(lang: string): z.infer<typeof uiStringsSchema> {
	const file = new URL(`${lang}.json`, STRINGS_DIR);
	if (!existsSync(file)) return {};
	return uiStringsSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

/** Looks up UI strings of one language (`<html lang>` tag), falling back to English key by key. */
export function uiStringsFor(lang: string): (key: UiStringKey) => string {
	const english = readStrings('en');
	const own = lang === 'en' ? english : readStrings(lang);
	return (key) => own[key] ?? english[key] ?? key;
}
