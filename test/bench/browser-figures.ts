/**
 * The browser figures of `npm run bench`, for the site (`dist/`) and the plain-Starlight baseline,
 * both served by `static-server.ts`: bytes transferred on a first and a cached visit per page type
 * and locale over HTTP/2 (as Cloudflare Pages and Netlify serve them; the budgets hold there), the first visit
 * over HTTP/1.1 beside it (every response's headers in full: the worst case), the worst layout shift of repeated loads on a desktop screen (`layout-shift.ts`), and
 * Lighthouse on its mobile profile on the same pages (each category's score and the total blocking
 * time, the median of `lighthouseRuns` runs with their min and max). A tool's page is held to the
 * tool budgets (first visit, total blocking time). The baseline has a home page and the article in
 * every locale; its figures are attached to the site's figures of the same page.
 */
import type { Baseline } from './baseline.ts';
import type { SiteLocale } from '../../src/i18n/locales.ts';
import { toolPageBudgets } from '../../src/budgets.ts';
import { LIGHTHOUSE_BUDGETS, startLighthouse, type LighthouseCategory, type LighthouseRun } from './lighthouse.ts';
import { LAYOUT_SHIFT_BUDGET, measureLayoutShift } from './layout-shift.ts';
import { benchPages, type BenchPage } from './pages.ts';
import { kb, progress, type BenchFigure } from './shared.ts';
import { median, spreadFigure } from './stats.ts';
import { serveStatic } from './static-server.ts';
import { launchBenchBrowser, measureTransfer } from './transfer.ts';
import { DIST_DIR } from '../support/built-pages.ts';

const label = (page: BenchPage) => `${page.type} (${page.locale.lang})`;
/** Page loads per page for the layout-shift figure: the shift it caught happened in about one load in ten. */
const LAYOUT_SHIFT_LOADS = 10;

export async function benchBrowserFigures(
	baseline: Baseline | undefined,
	options: { transfer: boolean; lighthouse: boolean; lighthouseRuns: number; locales: readonly SiteLocale[] },
): Promise<BenchFigure[]> {
	const figures: BenchFigure[] = [];
	const pages = benchPages(options.locales);
	// Lighthouse keeps the HTTP/1.1 host its figures have always been measured on; the bytes are counted on both.
	const site = { h2: await serveStatic(DIST_DIR, 'h2'), http1: await serveStatic(DIST_DIR) };
	const base = baseline ? { h2: await serveStatic(baseline.distDir, 'h2'), http1: await serveStatic(baseline.distDir) } : undefined;
	const baselineUrl = (page: BenchPage, protocol: 'h2' | 'http1' = 'h2'): string | undefined => {
		if (!base || !baseline) return undefined;
		if (page.type === 'home') return `${base[protocol].url}${baseline.homeUrl(page.locale)}`;
		if (page.type === 'article') return `${base[protocol].url}${baseline.articleUrl(page.locale)}`;
		return undefined;
	};
	const missing = (page: BenchPage) => `${page.url} is not built on this branch`;
	try {
		if (options.transfer) {
			progress('measuring bytes transferred (first and cached visit)…');
			const browser = await launchBenchBrowser([site.h2.spki, base?.h2.spki].filter((key): key is string => key !== undefined));
			try {
				for (const page of pages) {
					if (!page.built) {
						figures.push({ name: `${label(page)}: transferred, first visit`, value: Number.NaN, unit: 'KB', note: missing(page) });
						continue;
					}
					const measured = await measureTransfer(browser, `${site.h2.url}${page.url}`);
					const other = baselineUrl(page);
					const reference = other ? await measureTransfer(browser, other) : undefined;
					figures.push({
						name: `${label(page)}: transferred, first visit`,
						value: kb(measured.first.bytes),
						unit: 'KB',
						...(page.tool ? { budget: toolPageBudgets.firstVisitKb.value } : {}),
						...(reference ? { baseline: kb(reference.first.bytes) } : {}),
					});
					const http1 = await measureTransfer(browser, `${site.http1.url}${page.url}`);
					const otherHttp1 = baselineUrl(page, 'http1');
					const referenceHttp1 = otherHttp1 ? await measureTransfer(browser, otherHttp1) : undefined;
					figures.push({
						name: `${label(page)}: transferred, first visit over HTTP/1.1`,
						value: kb(http1.first.bytes),
						unit: 'KB',
						...(referenceHttp1 ? { baseline: kb(referenceHttp1.first.bytes) } : {}),
					});
					figures.push({
						name: `${label(page)}: transferred, cached visit`,
						value: kb(measured.cached.bytes),
						unit: 'KB',
						...(reference ? { baseline: kb(reference.cached.bytes) } : {}),
					});
				}
				progress(`measuring layout shift (worst of ${LAYOUT_SHIFT_LOADS} loads per page, 1280×800)…`);
				for (const page of pages) {
					if (!page.built) continue;
					const measured = await measureLayoutShift(browser, `${site.h2.url}${page.url}`, LAYOUT_SHIFT_LOADS);
					const other = baselineUrl(page);
					const reference = other ? await measureLayoutShift(browser, other, LAYOUT_SHIFT_LOADS) : undefined;
					if (measured.shifted > 0)
						progress(
							`  ${page.url}: ${measured.shifted} of ${LAYOUT_SHIFT_LOADS} loads shifted; the worst moved ${measured.sources.join('; ')}`,
						);
					figures.push({
						name: `${label(page)}: layout shift, worst load`,
						value: measured.worst,
						unit: 'CLS',
						budget: LAYOUT_SHIFT_BUDGET,
						...(reference ? { baseline: reference.worst } : {}),
					});
				}
			} finally {
				await browser.close();
			}
		}

		if (options.lighthouse) {
			const runner = await startLighthouse();
			try {
				for (const page of pages) {
					if (!page.built) {
						figures.push({ name: `${label(page)}: Lighthouse`, value: Number.NaN, unit: 'score', note: missing(page) });
						continue;
					}
					progress(`Lighthouse (mobile) on ${page.url}, ${options.lighthouseRuns} run(s)…`);
					const measured = await runner
						.runs(`${site.http1.url}${page.url}`, options.lighthouseRuns)
						.catch((error: unknown) => error as Error);
					if (measured instanceof Error) {
						progress(`  ${measured.message}`);
						// Scored 0 against its budget, so a page Lighthouse cannot measure fails the bench.
						figures.push({
							name: `${label(page)}: Lighthouse (failed)`,
							value: 0,
							unit: 'score',
							budget: 100,
							atLeast: true,
							note: measured.message.slice(0, 120),
						});
						continue;
					}
					const other = baselineUrl(page, 'http1');
					if (other) progress(`Lighthouse (mobile) on the baseline's ${page.type} (${page.locale.lang})…`);
					const reference = other ? await runner.runs(other, options.lighthouseRuns).catch(() => undefined) : undefined;
					figures.push(...lighthouseFigures(page, measured, reference));
					// One entry per audit, with its value in each run that fell short: `performance: total-blocking-time (70 ms, 120 ms)`.
					const failing = new Map<string, string[]>();
					for (const entry of measured.flatMap((run) => run.failing)) {
						const [, audit = entry, value = ''] = /^(.*) \((.*)\)$/.exec(entry) ?? [];
						failing.set(audit, [...(failing.get(audit) ?? []), value]);
					}
					const shortfalls = [...failing].map(([audit, values]) => `${audit} (${values.join(', ')})`);
					if (shortfalls.length) progress(`  below 100 (in any run): ${shortfalls.join('; ')}`);
				}
			} finally {
				await runner.close();
			}
		}
	} finally {
		await Promise.all([site.h2.close(), site.http1.close(), base?.h2.close(), base?.http1.close()]);
	}
	return figures;
}

/** A page's Lighthouse figures: each category's score and the total blocking time over the runs, the baseline's median beside them. */
function lighthouseFigures(
	page: BenchPage,
	runs: readonly LighthouseRun[],
	reference: readonly LighthouseRun[] | undefined,
): BenchFigure[] {
	const baselineOf = (value: (run: LighthouseRun) => number) => (reference ? { baseline: median(reference.map(value)) } : {});
	return [
		...(Object.keys(LIGHTHOUSE_BUDGETS) as LighthouseCategory[]).map((category) =>
			spreadFigure(
				{
					name: `${label(page)}: Lighthouse ${category}`,
					unit: 'score',
					budget: LIGHTHOUSE_BUDGETS[category],
					atLeast: true,
					...baselineOf((run) => run.scores[category]),
				},
				runs.map((run) => run.scores[category]),
			),
		),
		spreadFigure(
			{
				name: `${label(page)}: Lighthouse total blocking time`,
				unit: 'ms',
				...(page.tool ? { budget: toolPageBudgets.totalBlockingTimeMs.value } : {}),
				...baselineOf((run) => run.totalBlockingTimeMs),
			},
			runs.map((run) => run.totalBlockingTimeMs),
		),
	];
}
