/**
 * Text in the site's languages as `{ en, ja, 'zh-TW' }` records: the old mechanism, on its way out. The error
 * catalog, the steps, the presets and the claim simulator no longer use it (their texts are messages,
 * `src/i18n/messages/`); it goes once the areas that still do have moved too.
 *
 * The languages are the `lang` codes of `src/i18n/locales.ts` (a test keeps the two lists equal). They are
 * repeated here as literals so that a missing translation is a type error, not a blank on the page.
 */
import { z } from 'zod';

export const claimLangs = ['en', 'ja', 'zh-TW'] as const;
export type ClaimLang = (typeof claimLangs)[number];

/** Something in every claim language. */
export type Localized<T> = Readonly<Record<ClaimLang, T>>;

/** Schema of a value given in every claim language (no more, no fewer). */
export function localizedSchema<T extends z.ZodType>(inner: T) {
	return z.strictObject({ en: inner, ja: inner, 'zh-TW': inner });
}

/** True for `en`, `ja` and `zh-TW`. */
export function isClaimLang(lang: string): lang is ClaimLang {
	return (claimLangs as readonly string[]).includes(lang);
}

/** The value for a page's `lang`, falling back to English for a language the engine doesn't have. */
export function inLang<T>(value: Localized<T>, lang: string): T {
	return isClaimLang(lang) ? value[lang] : value.en;
}
