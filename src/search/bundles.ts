/**
 * Where each locale's search index lives (the locale and page of a result URL: `localeOfPath` and
 * `pathWithoutLocale` in `src/routes.ts`).
 * Plain TypeScript shared by the index build, the search island and the tests.
 *
 * Every locale gets its own Pagefind bundle (`/pagefind/en/`, `/pagefind/ja/`, `/pagefind/zh-tw/`),
 * each holding one language index only. Pagefind's `mergeIndex` refuses a second language from the
 * primary bundle's own path, so separate bundles are what lets a page search another language.
 */
import type { SiteLocale } from '../i18n/locales.ts';
import { rootRoutes } from '../routes.ts';

/** Bundle folder of a locale: `/pagefind/zh-tw/` (the lowercased `<html lang>`, as Pagefind keys its languages). */
export function searchBundlePath(locale: SiteLocale): string {
	return `${rootRoutes.search()}${locale.lang.toLowerCase()}/`;
}

/** The index entry file of a bundle, which names its other start-up files. */
export const BUNDLE_ENTRY = 'pagefind-entry.json';

/**
 * The files Pagefind 1.6 loads after the entry file before it can search a bundle: the language's
 * index metadata (`pagefind.<hash>.pf_meta`) and WebAssembly module (`wasm.<wasm>.pagefind`,
 * `unknown` for languages without a stemmer), named in the entry file (`languages.<lang>`). Each
 * bundle of this site holds one language, so a bundle's single language is taken when `lang` is not
 * a key. Returns nothing for an entry file of another shape.
 */
export function bundleStartFiles(bundlePath: string, lang: string, entry: unknown): string[] {
	const languages = (entry as { languages?: unknown } | null)?.languages;
	if (!languages || typeof languages !== 'object') return [];
	const all = Object.values(languages as Record<string, unknown>);
	const index = (languages as Record<string, unknown>)[lang.toLowerCase()] ?? (all.length === 1 ? all[0] : undefined);
	const { hash, wasm } = (index ?? {}) as { hash?: unknown; wasm?: unknown };
	if (typeof hash !== 'string' || !/^[\w-]+$/.test(hash)) return [];
	const module = typeof wasm === 'string' && /^[\w-]+$/.test(wasm) ? wasm : 'unknown';
	return [`${bundlePath}pagefind.${hash}.pf_meta`, `${bundlePath}wasm.${module}.pagefind`];
}
