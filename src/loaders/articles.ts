/**
 * Starlight's `docs` collection: the vendor-localized articles. Every `content/sources/<locale>/<article>.md`
 * becomes one page per locale, already rendered, with its table of contents and its translation metadata.
 * The site has no authored Markdown pages (its home, tool and error pages are `src/pages/`), so Starlight's
 * own `docsLoader` (which reads `src/content/docs/`) is not used.
 *
 * Incremental: the content layer keeps the published pages between builds (`node_modules/.astro/data-store.json`),
 * and the loader's meta store keeps, per article, a digest of everything its pages are rendered from (its files, the
 * list of published articles, the site's code and catalogs). An article whose digest is unchanged keeps its pages;
 * only the others are parsed and rendered again. A cold build (no cache) renders every article.
 */
import type { Loader } from 'astro/loaders';
import { readSourceFiles, SOURCES_DIR, type SourceFile } from '../sources/library.ts';
import { calloutLabelsFor, headingLinkLabelFor } from '../sources/callout-labels.ts';
import { stopOnBadSource } from '../sources/stop-on-bad-source.ts';
import { siteCodeDigest } from './code-digest.ts';
import { applyPlan, planArticles, type ArticlePlan } from './publish.ts';

export function docsWithArticlesLoader(): Loader {
	return {
		name: 'site-docs-with-articles',
		load: async (context) => {
			const plan = (files: readonly SourceFile[]): Promise<ArticlePlan> =>
				planArticles(context, files, { codeDigest: siteCodeDigest(context.generateDigest), calloutLabelsFor, headingLinkLabelFor });
			const publish = async (articles: ArticlePlan, started: number) => {
				const published = await applyPlan(context, articles);
				// The time (reading, checking and rendering the files included) is a phase of `npm run bench`'s build profile.
				context.logger.info(
					`Published ${published.pages} article pages from content/sources in ${Math.round(performance.now() - started)} ms ` +
						`(${published.rendered} of ${published.articles} articles rendered, the others unchanged since the last build).`,
				);
			};
			const started = performance.now();
			await publish(
				await stopOnBadSource(
					() => plan(readSourceFiles()),
					(line) => context.logger.error(line),
				),
				started,
			);
			context.watcher?.add(SOURCES_DIR);
			// In `astro dev`, a vendor file added, changed or removed republishes the articles; a bad one keeps the pages
			// published before it and says what is wrong, without ending the dev server.
			context.watcher?.on('all', (_event, path) => {
				if (!path.startsWith(SOURCES_DIR)) return;
				const started = performance.now();
				void (async () => {
					let articles: ArticlePlan;
					try {
						articles = await plan(readSourceFiles());
					} catch (error) {
						context.logger.error(error instanceof Error ? error.message : String(error));
						return;
					}
					await publish(articles, started);
				})().catch((error: unknown) => context.logger.error(String(error)));
			});
		},
	};
}
