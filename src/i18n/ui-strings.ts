/**
 * The site's own UI strings (beyond Starlight's built-in ones): their keys and shape.
 *
 * The English values live in `src/content/i18n/en.json`, translations beside them
 * (`ja.json`, `zh-TW.json`). A key missing from a locale falls back to English.
 */
import { z } from 'astro/zod';

export const uiStringsSchema = z.object({
	'home.title': z.string(),
	'home.description': z.string(),
	'home.lead': z.string(),
	'home.languages.heading': z.string(),
	'home.languages.body': z.string(),
	'home.sources.heading': z.string(),
	'home.sources.body': z.string(),
	'home.sources.license': z.string(),
	'home.sources.disclaimer': z.string(),
}).partial();

export type UiStringKey = keyof z.infer<typeof uiStringsSchema>;
