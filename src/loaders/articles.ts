/**
 * Starlight's `docs` collection: the vendor-localized articles. Every `content/sources/<locale>/<article>.md`
 * becomes one page per locale, already rendered, with its table of contents and its translation metadata.
 * The site has no authored Markdown pages (its home, tool and error pages are `src/pages/`), so Starlight's
 * own `docsLoader` (which reads `src/content/docs/`) is not used.
 */
import type { Loader } from 'astro/loaders';
import { buildArticlePages, readSourceFiles, SOURCES_DIR, type ArticlePage } from '../sources/library.ts';
import { articleEntryData } from '../sources/article-entry.ts';
import { calloutLabelsFor, headingLinkLabelFor } from '../sources/callout-labels.ts';
import { stopOnBadSource } from '../sources/stop-on-bad-source.ts';

export function docsWithArticlesLoader(): Loader {
	return {
		name: 'site-docs-with-articles',
		load: async (context) => {
			const read = (): ArticlePage[] => buildArticlePages(readSourceFiles(), calloutLabelsFor, headingLinkLabelFor);
			const publish = async (pages: readonly ArticlePage[], started: number) => {
				context.store.clear();
				for (const page of pages) {
					const data = await context.parseData({ id: page.id, data: articleEntryData(page) });
					context.store.set({
						id: page.id,
						data,
						digest: context.generateDigest(page.html + JSON.stringify(data)),
						rendered: { html: page.html, metadata: { headings: [...page.headings] } },
					});
				}
				// The time (reading, checking and rendering the files included) is a phase of `npm run bench`'s build profile.
				context.logger.info(
					`Published ${pages.length} article pages from content/sources in ${Math.round(performance.now() - started)} ms.`,
				);
			};
			const started = performance.now();
			await publish(
				stopOnBadSource(read, (line) => context.logger.error(line)),
				started,
			);
			context.watcher?.add(SOURCES_DIR);
			// In `astro dev`, a vendor file added, changed or removed republishes the articles; a bad one keeps the pages
			// published before it and says what is wrong, without ending the dev server.
			context.watcher?.on('all', (_event, path) => {
				if (!path.startsWith(SOURCES_DIR)) return;
				let pages: ArticlePage[];
				const started = performance.now();
				try {
					pages = read();
				} catch (error) {
					context.logger.error(error instanceof Error ? error.message : String(error));
					return;
				}
				void publish(pages, started).catch((error: unknown) => context.logger.error(String(error)));
			});
		},
	};
}
