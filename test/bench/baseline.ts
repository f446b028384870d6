/**
 * The plain-Starlight baseline of `npm run bench`: a throwaway Starlight project, generated in a
 * temporary directory and built in the same run, that renders the same article the way a stock
 * Starlight site would: the article's text as plain Markdown in English, Japanese and Traditional
 * Chinese (the vendor files' side-by-side spans reduced to one language), Starlight's default
 * Pagefind search, no islands, no overrides, no site CSS. Every figure of the site is also shown as a
 * ratio to the same figure of this baseline.
 *
 * It lives in `bench-results/starlight-baseline/` (git-ignored), inside this project, so Node finds this
 * project's `node_modules` (same Astro and Starlight versions) by walking up; a symlinked
 * `node_modules` in a temporary directory makes Vite see two copies of Starlight and fail.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { locales, type SiteLocale } from '../../src/i18n/locales.ts';
import { readCatalogs } from '../../src/i18n/catalog-files.ts';
import { readSourceFiles, type SourceFile } from '../../src/sources/library.ts';
import { measurePage } from '../support/page-weight.ts';
import { kb, PROJECT_ROOT, progress, timedAstroBuild } from './shared.ts';

export interface Baseline {
	readonly dir: string;
	readonly distDir: string;
	readonly buildMs: number;
	/** URL path of the article in a locale, and of the locale's home page. */
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

/** Generates and builds the baseline; the caller removes it with `remove()`. */
export async function buildBaseline(): Promise<Baseline> {
	const dir = join(PROJECT_ROOT, 'bench-results', 'starlight-baseline');
	const remove = () => rmSync(dir, { recursive: true, force: true });
	remove();
	mkdirSync(dir, { recursive: true });
	try {
		// The dependencies are listed (not installed: they resolve to this project's) because Astro reads
		// them to bundle Starlight with the site instead of loading it as an external package.
		const ours = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
		const dependencies = { astro: ours.dependencies['astro'], '@astrojs/starlight': ours.dependencies['@astrojs/starlight'] };
		writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'starlight-baseline', private: true, type: 'module', dependencies }));
		writeFileSync(join(dir, 'astro.config.mjs'), config());
		mkdirSync(join(dir, 'src'), { recursive: true });
		writeFileSync(
			join(dir, 'src', 'content.config.ts'),
			`import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\n\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n`,
		);
		const docs = join(dir, 'src', 'content', 'docs');
		const sources = readSourceFiles();
		const newest = (files: readonly SourceFile[]) =>
			[...files].sort((a, b) =>
				(/ms\.lasthandoff:\s*(\S+)/.exec(b.text)?.[1] ?? '').localeCompare(/ms\.lasthandoff:\s*(\S+)/.exec(a.text)?.[1] ?? ''),
			)[0];
		const articles = [...new Set(sources.map((file) => file.article))];
		for (const locale of locales) {
			const localeDir = locale.slug === 'root' ? docs : join(docs, locale.slug);
			mkdirSync(localeDir, { recursive: true });
			for (const article of articles) {
				const ofArticle = sources.filter((file) => file.article === article);
				const source =
					locale.slug === 'root'
						? newest(ofArticle)
						: ofArticle.find((file) => new RegExp(`ms\\.contentlocale:\\s*${locale.sourceLocale}\\b`, 'i').test(file.text));
				if (!source) continue;
				const { title, description, body } = plainMarkdown(source.text, locale.slug !== 'root');
				writeFileSync(join(localeDir, `${article}.md`), page(title, description, body));
			}
			const links = readdirSync(localeDir)
				.filter((file) => file.endsWith('.md') && file !== 'index.md')
				.map(
					(file) => `- [${file.replace(/\.md$/, '')}](${locale.slug === 'root' ? '/' : `/${locale.slug}/`}${file.replace(/\.md$/, '')}/)`,
				);
			writeFileSync(join(localeDir, 'index.md'), page(siteTitle(locale.lang), siteTitle(locale.lang), links.join('\n')));
		}
		progress('building the plain-Starlight baseline (once to warm Vite up, then timed, cold content cache)…');
		await timedAstroBuild({ cwd: dir });
		rmSync(join(dir, 'node_modules', '.astro'), { recursive: true, force: true });
		const buildMs = await timedAstroBuild({ cwd: dir });
		progress(`  baseline built in ${(buildMs / 1000).toFixed(1)} s`);
		const prefix = (locale: SiteLocale) => (locale.slug === 'root' ? '/' : `/${locale.slug}/`);
		return {
			dir,
			distDir: join(dir, 'dist'),
			buildMs,
			articleUrl: (locale) => `${prefix(locale)}${articles[0]}/`,
			homeUrl: prefix,
			remove,
		};
	} catch (error) {
		remove();
		throw error;
	}
}

/**
 * The baseline's figures under the names `npm run bench` gives the site's: build time, and the
 * gzipped JS, CSS and HTML of the home page and the article in every locale.
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
			figures.set(`${type} (${locale.lang}): HTML`, kb(weight.html.gzipBytes));
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
	const baseline = await buildBaseline();
	console.log(`Baseline built in ${baseline.buildMs} ms: ${baseline.distDir}`);
	console.log(
		readFileSync(join(baseline.distDir, fileOfUrl(baseline.articleUrl(locales[1]!))), 'utf8').length,
		'bytes of HTML (ja article)',
	);
}
