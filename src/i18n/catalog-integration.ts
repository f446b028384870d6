/**
 * The `i18n` build step: reads the message catalogs when Astro starts, so a broken catalog stops the build
 * before any page is rendered (`CatalogError`, naming locale, file and key), and warns once per build about
 * every locale whose catalog lacks keys (`[i18n] ko: 688 message(s) fall back to English: …`); those keys show
 * in English. The pages themselves read the same files through `messages.ts`.
 */
import type { AstroIntegration } from 'astro';
import { fallbackWarnings } from './catalog.ts';
import { readCatalogs } from './catalog-files.ts';
import { locales } from './locales.ts';

export function messageCatalogs(): AstroIntegration {
	return {
		name: 'i18n',
		hooks: {
			'astro:config:setup': ({ logger }) => {
				const warnings = fallbackWarnings(
					readCatalogs(),
					locales.map((locale) => locale.lang),
				);
				for (const warning of warnings) logger.warn(warning);
			},
		},
	};
}
