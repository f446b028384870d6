/**
 * The plain-Starlight baseline of `npm run bench`: a throwaway Starlight project, generated and built
 * in the same run, that renders the same articles the way a stock Starlight site would: each
 * article's text as plain Markdown in every locale (the vendor files' side-by-side spans reduced to
 * one language), Starlight's default Pagefind search, no islands, no overrides, no site CSS. Every
 * figure of the site it has too is also shown as a ratio to the same figure of this baseline. The
 * synthetic corpora are built the same way (`buildStarlightCorpus`), their English in every locale.
 *
 * It lives in `bench-results/starlight-baseline/` (and `starlight-corpus/`; git-ignored), inside this project, so Node finds this
 * project's `node_modules` (same Astro and Starlight versions) by walking up; a symlinked
 * `node_modules` in a temporary directory makes Vite see two copies of Starlight and fail.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { locales, type SiteLocale } from '../../src/i18n/locales.ts';
import { readCatalogs } from '../../src/i18n/catalog-files.ts';
import { readSourceFiles, type SourceFile } from '../../src/sources/library.ts';
import { measurePage } from '../support/page-weight.ts';
import { localePrefix } from '../../src/routes.ts';
import { kb, PROJECT_ROOT, progress, timedAstroBuild, type TimedBuild } from './shared.ts';
import { articleHtmlFigure, BENCH_ARTICLE } from './pages.ts';
import { median, repeat } from './stats.ts';

export interface Baseline {
	readonly dir: string;
	readonly distDir: string;
	readonly buildMs: number;
	/** The articles it renders (each in the locales that have its vendor file). */
	readonly articles: readonly string[];
	/** URL path of the bench's article in a locale, and of the locale's home page. */
	articleUrl(locale: SiteLocale): string;
	homeUrl(locale: SiteLocale): string;
	remove(): void;
}

const PAIR = /<span data-ttu-id="[^"]*">([\s\S]*?)<\/span><span class="sxs-lookup"><span data-stu-id="[^"]*">([\s\S]*?)<\/span><\/span>/g;

/** A vendor file as plain Markdown in one language: `translated` keeps each sentence's translation, else its English. */
export function plainMarkdown(vendor: string, translated: boolean): { title: string; description: string; body: string } {
	const [, frontMatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(vendor) ?? [];
	const field = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'm').exec(frontMatter)?.[1]?.trim() ?? '';
	const text = body.replace(PAIR, (_match, translation: string, english: string) => (translated ? translation : english));
	const h1 = /^# (?:<a name="[^"]*"><\/a>)?(.*)$/m.exec(text);
	const title = h1?.[1]?.trim() ?? field('title');
	return { title, description: field('description'), body: text.replace(/^# .*\n/m, '') };
}

/** A locale's site title, from its message catalog (as the site's own config reads it). */
const siteTitle = (lang: string): string => readCatalogs().messages(lang)['site.title'];

const yamlString = (value: string) => JSON.stringify(value);

function page(title: string, description: string, body: string): string {
	return `---\ntitle: ${yamlString(title)}\ndescription: ${yamlString(description)}\n---\n\n${body.trim()}\n`;
}

function config(): string {
	const starlightLocales = Object.fromEntries(locales.map((locale) => [locale.slug, { label: locale.label, lang: locale.lang }]));
	return `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
	integrations: [
		starlight({
			title: ${JSON.stringify(siteTitle('en'))},
			defaultLocale: 'root',
			locales: ${JSON.stringify(starlightLocales)},
		}),
	],
});
`;
}

/** A page of a plain Starlight project: its file name (without `.md`) in a locale's folder, and its Markdown. */
interface StarlightPage {
	readonly locale: SiteLocale;
	readonly name: string;
	readonly title: string;
	readonly description: string;
	readonly body: string;
}

/**
 * Writes a plain Starlight project into `dir` (emptied first): the site's locales, `pages`, and per locale a home
 * page listing that locale's pages. The dependencies are listed (not installed: they resolve to this project's)
 * because Astro reads them to bundle Starlight with the site instead of loading it as an external package.
 */
function writeStarlightProject(dir: string, pages: readonly StarlightPage[]): void {
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(join(dir, 'src'), { recursive: true });
	const ours = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
	const dependencies = { astro: ours.dependencies['astro'], '@astrojs/starlight': ours.dependencies['@astrojs/starlight'] };
	writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'starlight-baseline', private: true, type: 'module', dependencies }));
	writeFileSync(join(dir, 'astro.config.mjs'), config());
	writeFileSync(
		join(dir, 'src', 'content.config.ts'),
		`import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\n\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n`,
	);
	const docs = join(dir, 'src', 'content', 'docs');
	for (const locale of locales) {
		const localeDir = locale.slug === 'root' ? docs : join(docs, locale.slug);
		mkdirSync(localeDir, { recursive: true });
		const ofLocale = pages.filter((entry) => entry.locale === locale);
		for (const entry of ofLocale) writeFileSync(join(localeDir, `${entry.name}.md`), page(entry.title, entry.description, entry.body));
		const links = ofLocale.map((entry) => `- [${entry.name}](${localePrefix(locale)}${entry.name}/)`);
		writeFileSync(join(localeDir, 'index.md'), page(siteTitle(locale.lang), siteTitle(locale.lang), links.join('\n')));
	}
}

/**
 * Builds the Starlight project in `dir` once to warm Vite up, then `runs` times timed, each with a cold
 * content cache; returns the timed builds.
 */
async function buildStarlightProject(dir: string, runs: number, what: string): Promise<TimedBuild[]> {
	progress(`building ${what} (once to warm Vite up, then ${runs} timed, cold content cache)…`);
	await timedAstroBuild({ cwd: dir });
	return repeat(runs, async () => {
		rmSync(join(dir, 'node_modules', '.astro'), { recursive: true, force: true });
		const build = await timedAstroBuild({ cwd: dir });
		const pages = /(\d+) page\(s\) built/.exec(build.log)?.[1] ?? '?';
		progress(`  ${what} built in ${(build.ms / 1000).toFixed(1)} s (${pages} pages)`);
		return build;
	});
}

/** Generates and builds the baseline (`runs` timed builds); the caller removes it with `remove()`. */
export async function buildBaseline(runs: number): Promise<Baseline> {
	const dir = join(PROJECT_ROOT, 'bench-results', 'starlight-baseline');
	const remove = () => rmSync(dir, { recursive: true, force: true });
	try {
		const sources = readSourceFiles();
		const newest = (files: readonly SourceFile[]) =>
			[...files].sort((a, b) =>
				(/ms\.lasthandoff:\s*(\S+)/.exec(b.text)?.[1] ?? '').localeCompare(/ms\.lasthandoff:\s*(\S+)/.exec(a.text)?.[1] ?? ''),
			)[0];
		const articles = [...new Set(sources.map((file) => file.article))];
		if (!articles.includes(BENCH_ARTICLE)) throw new Error(`The bench's article ${BENCH_ARTICLE} has no vendor file`);
		const pages = locales.flatMap((locale) =>
			articles.flatMap((article): StarlightPage[] => {
				const ofArticle = sources.filter((file) => file.article === article);
				const source =
					locale.slug === 'root'
						? newest(ofArticle)
						: ofArticle.find((file) => new RegExp(`ms\\.contentlocale:\\s*${locale.sourceLocale}\\b`, 'i').test(file.text));
				return source ? [{ locale, name: article, ...plainMarkdown(source.text, locale.slug !== 'root') }] : [];
			}),
		);
		writeStarlightProject(dir, pages);
		const builds = await buildStarlightProject(dir, runs, 'the plain-Starlight baseline');
		return {
			dir,
			distDir: join(dir, 'dist'),
			buildMs: median(builds.map((build) => build.ms)),
			articles,
			articleUrl: (locale) => `${localePrefix(locale)}${BENCH_ARTICLE}/`,
			homeUrl: localePrefix,
			remove,
		};
	} catch (error) {
		remove();
		throw error;
	}
}

/**
 * A synthetic corpus (`corpus.ts`, vendor files in `sourcesDir`) as a plain Starlight site: the English text of
 * each article, as Markdown, in every locale (the same number of pages as the site builds from the corpus).
 * Returns its `runs` timed cold builds; the project is removed afterwards.
 */
export async function buildStarlightCorpus(sourcesDir: string, runs: number): Promise<TimedBuild[]> {
	const dir = join(PROJECT_ROOT, 'bench-results', 'starlight-corpus');
	try {
		const files = readSourceFiles(sourcesDir);
		// Every locale folder holds each article with the same English: one folder's files are the corpus's articles.
		const firstFolder = files[0] ? dirname(files[0].path) : undefined;
		const english = files.filter((file) => dirname(file.path) === firstFolder);
		const pages = locales.flatMap((locale) =>
			english.map((file): StarlightPage => ({ locale, name: file.article, ...plainMarkdown(file.text, false) })),
		);
		writeStarlightProject(dir, pages);
		return await buildStarlightProject(dir, runs, `the corpus as plain Starlight (${pages.length} pages)`);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/**
 * The baseline's figures under the names `npm run bench` gives the site's: build time, and the
 * gzipped JS, CSS and HTML of the home page, the JS and CSS of the bench's article, in every locale, and the HTML of every
 * article.
 */
export function baselineFigures(baseline: Baseline): Map<string, number> {
	const figures = new Map<string, number>([['build time, real site', baseline.buildMs]]);
	for (const locale of locales) {
		for (const [type, url] of [
			['home', baseline.homeUrl(locale)],
			['article', baseline.articleUrl(locale)],
		] as const) {
			const weight = measurePage(fileOfUrl(url), url, baseline.distDir);
			figures.set(`${type} (${locale.lang}): JS`, kb(weight.totals.js.gzipBytes));
			figures.set(`${type} (${locale.lang}): CSS`, kb(weight.totals.css.gzipBytes));
			if (type === 'home') figures.set(`${type} (${locale.lang}): HTML`, kb(weight.html.gzipBytes));
		}
		for (const article of baseline.articles) {
			const url = `${localePrefix(locale)}${article}/`;
			if (!existsSync(join(baseline.distDir, fileOfUrl(url)))) continue;
			figures.set(articleHtmlFigure(article, locale.lang), kb(measurePage(fileOfUrl(url), url, baseline.distDir).html.gzipBytes));
		}
	}
	return figures;
}

/** `dist`-relative file of a URL path in the directory build format. */
function fileOfUrl(url: string): string {
	return `${url.replace(/^\//, '')}index.html`;
}

/** For a quick look: `node test/bench/baseline.ts` builds it and leaves it in place. */
if (import.meta.url === `file://${process.argv[1]}`) {
	const baseline = await buildBaseline(1);
	console.log(`Baseline built in ${baseline.buildMs} ms: ${baseline.distDir}`);
	console.log(
		readFileSync(join(baseline.distDir, fileOfUrl(baseline.articleUrl(locales[1]!))), 'utf8').length,
		'bytes of HTML (ja article)',
	);
}
