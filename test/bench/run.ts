/**
 * `npm run bench`: builds the site, then prints each figure beside its budget and writes
 * `bench-results/bench.json`. Exits 1 when a figure is over its budget or its ratio budget. Every timed
 * figure is measured several times and reported as its median (what the budget is checked against)
 * with its min and max, so a regression (the whole range moved) shows apart from noise.
 *
 * Figures: the real site's build time and build profile (content, bundling, rendering, CSP hashing,
 * search indexing, other) over `--runs` cold builds, and per locale the time spent rendering its pages
 * (`real-site.ts`); gzipped JS, CSS and HTML per page type and locale (first visit: everything the page
 * loads); each island's JS; the search dialog's figures (`search.ts`); the claim engine's time per
 * validation; bytes transferred on a first and a cached visit, layout shift, and Lighthouse's mobile scores
 * and total blocking time per page type and locale (`browser-figures.ts`); build time and profile of
 * synthetic corpora, the same corpora as plain Starlight, and a rebuild after one changed vendor file
 * (`corpora.ts`). A plain-Starlight site rendering the same articles is built in the same run
 * (`baseline.ts`); each figure it has too is shown as a ratio to it, and some are held to a ratio
 * budget (`ratio-budgets.ts`). Options (`-- --runs=1 --corpora=20,60 --skip=lighthouse …`): `options.ts`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { claimValidationMs, pageBudgets as declaredPageBudgets } from '../../src/budgets.ts';
import { benchValidation } from '../../src/claim/bench.ts';
import { benchSearch } from './search.ts';
import { builtPages, type BuiltPage } from '../support/built-pages.ts';
import { measurePage } from '../support/page-weight.ts';
import { measureIslands } from '../support/island-weight.ts';
import { baselineFigures, buildBaseline, type Baseline } from './baseline.ts';
import { benchBrowserFigures } from './browser-figures.ts';
import { articleHtmlFigure, BENCH_ARTICLE } from './pages.ts';
import { routes } from '../../src/routes.ts';
import { benchCorpora } from './corpora.ts';
import { parseBenchOptions } from './options.ts';
import { attachBaseline, isOverBudget } from './ratio-budgets.ts';
import { benchRealSite } from './real-site.ts';
import { kb, progress, type BenchFigure as Figure } from './shared.ts';
import { repeat, spreadFigure } from './stats.ts';
import { benchJson, formatTable } from './table.ts';

const options = parseBenchOptions(process.argv.slice(2));
const figures: Figure[] = [];

try {
	figures.push(...(await benchRealSite(options.runs)));
} catch (error) {
	console.error(`npm run bench: the build failed; run \`npm run build\` to see why.\n${String(error).slice(0, 2000)}`);
	process.exit(1);
}

// The page budgets of src/budgets.ts (JS and CSS: Starlight's own size-limit figures); the HTML budget of an
// article depends on its vendor files and is computed in test/gates/size-budgets.spec.ts.
const samples = new Map<string, BuiltPage>();
for (const page of builtPages()) {
	const type = page.kind === 'other' && page.url.includes('/errors/') ? 'error page' : page.kind;
	const key = `${type} (${page.locale.lang})`;
	// The article is the bench's (`pages.ts`), the one the baseline renders too.
	if (type === 'article' && !page.url.endsWith(routes.article(BENCH_ARTICLE))) continue;
	if (type !== 'not-found' && type !== 'other' && !samples.has(key)) samples.set(key, page);
}
for (const [key, page] of samples) {
	const weight = measurePage(page.file, page.url);
	figures.push(
		{ name: `${key}: JS`, value: kb(weight.totals.js.gzipBytes), unit: 'KB', budget: declaredPageBudgets.jsKb.value },
		{ name: `${key}: CSS`, value: kb(weight.totals.css.gzipBytes), unit: 'KB', budget: declaredPageBudgets.cssKb.value },
	);
	// An article's HTML is reported with every other article's, under its name (below).
	if (page.kind !== 'article') {
		figures.push({
			name: `${key}: HTML`,
			value: kb(weight.html.gzipBytes),
			unit: 'KB',
			...(page.kind === 'home' ? { budget: declaredPageBudgets.homeHtmlKb.value } : {}),
		});
	}
}

// Every article's HTML in every locale, beside the baseline's same article.
for (const page of builtPages()) {
	if (page.kind !== 'article' || !page.article) continue;
	figures.push({
		name: articleHtmlFigure(page.article, page.locale.lang),
		value: kb(measurePage(page.file, page.url).html.gzipBytes),
		unit: 'KB',
	});
}

// Each island's own JS (entry and static imports, Preact included), against its budget in src/budgets.ts.
for (const island of await measureIslands()) {
	figures.push({
		name: `island ${island.name}: JS`,
		value: kb(island.total.gzipBytes),
		unit: 'KB',
		...(island.budget ? { budget: island.budget.kb } : {}),
	});
}

if (!options.skip.has('search')) figures.push(...(await benchSearch(options.locales, options.runs)));

figures.push(
	spreadFigure(
		{ name: 'claim engine: one validation', unit: 'ms', budget: claimValidationMs.value },
		await repeat(options.runs, () => benchValidation()),
		4,
	),
);

// The plain-Starlight baseline, the browser figures, the synthetic corpora.
const baseline: Baseline | undefined = options.skip.has('baseline') ? undefined : await buildBaseline(options.runs);
try {
	figures.push(
		...(await benchBrowserFigures(baseline, {
			transfer: !options.skip.has('browser'),
			lighthouse: !options.skip.has('lighthouse'),
			lighthouseRuns: options.lighthouseRuns,
			locales: options.locales,
		})),
	);
	attachBaseline(figures, baseline ? baselineFigures(baseline) : new Map());
} finally {
	baseline?.remove();
}
if (!options.skip.has('corpora'))
	figures.push(
		...(await benchCorpora(options.corpora, {
			runs: options.runs,
			baseline: !options.skip.has('baseline'),
			rebuild: !options.skip.has('rebuild'),
		})),
	);

progress('done');
console.log(formatTable(figures));
mkdirSync(new URL('../../bench-results/', import.meta.url), { recursive: true });
writeFileSync(new URL('../../bench-results/bench.json', import.meta.url), benchJson(figures, new Date()));
const over = figures.filter(isOverBudget).length;
console.log(`\nWrote bench-results/bench.json. ${over === 0 ? 'Every figure is within its budget.' : `${over} figure(s) over budget.`}`);
process.exit(over === 0 ? 0 : 1);
