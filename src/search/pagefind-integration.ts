/**
 * Builds the Pagefind search index of the built site with Pagefind's Node API, as the last step
 * of `astro build`. Pagefind reads each page's `<html lang>` and writes one index per language
 * (`en`, `ja`, `zh-tw`), segmenting Japanese and Chinese text; `forceLanguage` is never set,
 * because it would turn that segmentation off.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

export function pagefindIndex(): AstroIntegration {
	return {
		name: 'site:pagefind-index',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const { index, errors } = await pagefind.createIndex({});
				if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
				try {
					const added = await index.addDirectory({ path: fileURLToPath(dir) });
					if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
					const written = await index.writeFiles({ outputPath: fileURLToPath(new URL('./pagefind/', dir)) });
					if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
					logger.info(`Indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms.`);
				} finally {
					await pagefind.close();
				}
			},
		},
	};
}
