/**
 * The pages `npm run bench` measures in a browser, per locale: the home page, the article, one
 * error reference page and the claim simulator (skipped, with a note, where it is not built).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { locales, type SiteLocale } from '../../src/i18n/locales.ts';
import { localePrefix } from '../../src/routes.ts';
import { builtPages, DIST_DIR } from '../support/built-pages.ts';

const BENCH_ARTICLE = 'incentives-customer-association-issues';
type BenchPageType = 'home' | 'article' | 'error page' | 'simulator';

export interface BenchPage {
	readonly type: BenchPageType;
	readonly locale: SiteLocale;
	readonly url: string;
	/** Whether the build has it (the simulator may not exist on every branch). */
	readonly built: boolean;
}

export function benchPages(distDir: string = DIST_DIR): BenchPage[] {
	const pages = builtPages({ distDir });
	const isBuilt = (url: string) => existsSync(join(distDir, url, 'index.html'));
	return locales.flatMap((locale) => {
		const prefix = localePrefix(locale);
		const errorPage = pages.find((page) => page.url.startsWith(`${prefix}errors/`) && page.url !== `${prefix}errors/`);
		const candidates: Array<[BenchPageType, string]> = [
			['home', prefix],
			['article', `${prefix}${BENCH_ARTICLE}/`],
			['error page', errorPage?.url ?? `${prefix}errors/`],
			['simulator', `${prefix}claim-simulator/`],
		];
		return candidates.map(([type, url]) => ({ type, locale, url, built: isBuilt(url) }));
	});
}
