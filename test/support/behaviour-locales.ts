/**
 * The locales whose pages the behaviour specs (`test/browser/`) drive in full: English and one locale per script the
 * site publishes beyond Latin: Japanese, Traditional Chinese and Korean (Hangul). German, French and Simplified
 * Chinese use the same scripts, templates and islands; their pages are visited one by one by the gates
 * (`test/gates/`: lang, links, axe in both themes, 320 px, no JavaScript, weight) and their catalogs are checked by the
 * unit tests (every key, ICU syntax, glossary). Driving every tool in all seven locales would double `npm test`'s
 * browser time for no behaviour the four do not already exercise.
 */
import { locales, type SiteLocale } from '../../src/i18n/locales.ts';

const BEHAVIOUR_LANGS: ReadonlySet<string> = new Set(['en', 'ja', 'zh-TW', 'ko']);

export const behaviourLocales: readonly SiteLocale[] = locales.filter((locale) => BEHAVIOUR_LANGS.has(locale.lang));
