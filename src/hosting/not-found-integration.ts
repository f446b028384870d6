/**
 * Build step (`astro:build:done`) that gives static hosts each locale's not-found page (`not-found.ts`): writes
 * `_redirects` and the `/<locale>/404.html` copies into the build output. Runs after the search index, so the copies
 * are not indexed. `_redirects` is generated, never committed under `public/`.
 */
import { copyFileSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { locales } from '../i18n/locales.ts';
import { notFoundCopies, notFoundRedirects } from './not-found.ts';

const REDIRECTS_FILE = '_redirects';

export function notFoundPagesIntegration(): AstroIntegration {
	return {
		name: 'site:not-found-pages',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const redirects = join(outDir, REDIRECTS_FILE);
				if (existsSync(redirects)) {
					throw new Error(
						`${REDIRECTS_FILE} is generated from src/hosting/not-found.ts: remove public/${REDIRECTS_FILE} and edit that module instead.`,
					);
				}
				writeFileSync(redirects, notFoundRedirects(locales));
				const copies = notFoundCopies(locales);
				for (const { from, to } of copies) copyFileSync(join(outDir, from), join(outDir, to));
				logger.info(`Wrote ${REDIRECTS_FILE} and ${copies.length} locale 404.html copies for static hosts.`);
			},
		},
	};
}
