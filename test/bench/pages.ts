/**
 * The pages `npm run bench` measures in a browser, per locale: the home page, the article, one
 * error reference page and each tool's page (the claim simulator, the lifecycle, the activity and MPN
 * helpers; skipped, with a note, where one is not built).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { SiteLocale } from '../../src/i18n/locales.ts';
import { localePrefix, routes } from '../../src/routes.ts';
import { builtPages, DIST_DIR } from '../support/built-pages.ts';

/**
 * The article every article figure of the bench measures (JS, CSS, HTML, bytes transferred, Lighthouse), and the one
 * the plain-Starlight baseline renders for comparison (`baseline.ts`): an article without an embedded tool, since
 * #19 holds pages without a tool to plain Starlight's figures. (The bench compared its transfer of an article with two
 * embedded helpers with the baseline's transfer of this one, and the HTML and JS of whichever article came first.)
 */
export const BENCH_ARTICLE = 'find-customer-domain-name';
/**
 * The name of the figure of one article's gzipped HTML in a language (`article incentives-customer-association-issues
 * (ja): HTML`): the bench reports every article so, beside the baseline's same article, since the articles with embedded
 * tools weigh more than the bench's article (#19).
 */
export function articleHtmlFigure(article: string, lang: string): string {
	return `article ${article} (${lang}): HTML`;
}

/** The tools' pages, by the type name the bench gives them. */
const TOOL_PAGES = {
	simulator: routes.simulator(),
	lifecycle: routes.lifecycle(),
	'activity helper': routes.helper('activity'),
	'MPN helper': routes.helper('mpn'),
} as const;
type BenchPageType = 'home' | 'article' | 'error page' | keyof typeof TOOL_PAGES;

export interface BenchPage {
	readonly type: BenchPageType;
	readonly locale: SiteLocale;
	readonly url: string;
	/** Whether the build has it (a tool may not exist on every branch). */
	readonly built: boolean;
	/** Whether it is a tool's page (the tool budgets of `src/budgets.ts` apply). */
	readonly tool: boolean;
}

/** The bench's pages in each of `locales`, in the build in `distDir`. */
export function benchPages(locales: readonly SiteLocale[], distDir: string = DIST_DIR): BenchPage[] {
	const pages = builtPages({ distDir });
	const isBuilt = (url: string) => existsSync(join(distDir, url, 'index.html'));
	return locales.flatMap((locale) => {
		const prefix = localePrefix(locale);
		const errorPage = pages.find(
			(page) => page.url.startsWith(`${prefix}${routes.errors()}`) && page.url !== `${prefix}${routes.errors()}`,
		);
		const candidates: Array<[BenchPageType, string]> = [
			['home', prefix],
			['article', `${prefix}${routes.article(BENCH_ARTICLE)}`],
			['error page', errorPage?.url ?? `${prefix}${routes.errors()}`],
			...Object.entries(TOOL_PAGES).map(([type, path]): [BenchPageType, string] => [type as BenchPageType, `${prefix}${path}`]),
		];
		return candidates.map(([type, url]) => ({ type, locale, url, built: isBuilt(url), tool: type in TOOL_PAGES }));
	});
}
