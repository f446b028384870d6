/**
 * `npm run bench`: builds the site, then prints each figure beside its budget and writes
 * `bench-results/bench.json`. Exits 1 when a figure is over its budget.
 *
 * Figures: build time of the real site, and per locale the time spent rendering its pages; gzipped JS, CSS and HTML per page type and locale (first
 * visit: everything the page loads); the claim engine's time per validation; bytes transferred on a
 * first and a cached visit and Lighthouse mobile scores per page type and locale
 * (`browser-figures.ts`); build time of synthetic corpora of 300 and 1,000 articles (`corpora.ts`).
 * A plain-Starlight site rendering the same article is built in the same run (`baseline.ts`), and
 * each figure it has too is shown as a ratio to it. The search dialog's figures come from `search.ts`.
 *
 * `npm run bench -- --skip=corpora,lighthouse,baseline` leaves parts out (the corpora take minutes);
 * `-- --lighthouse-runs=3` reports the median of 3 Lighthouse runs per page (for a busy machine).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { claimValidationMs, pageBudgets as declaredPageBudgets } from '../../src/budgets.ts';
import { benchValidation } from '../../src/claim/bench.ts';
import { benchSearch } from './search.ts';
import { builtPages, type BuiltPage } from '../support/built-pages.ts';
import { measurePage } from '../support/page-weight.ts';
import { localeOfPath } from '../../src/routes.ts';
import { measureIslands } from '../support/island-weight.ts';
import { baselineFigures, buildBaseline, type Baseline } from './baseline.ts';
import { benchBrowserFigures } from './browser-figures.ts';
import { benchCorpora } from './corpora.ts';
import { DATA_STORE, progress, type BenchFigure as Figure } from './shared.ts';

const skip = new Set(process.argv.flatMap((arg) => (arg.startsWith('--skip=') ? arg.slice('--skip='.length).split(',') : [])));
const lighthouseRuns = Number(process.argv.find((arg) => arg.startsWith('--lighthouse-runs='))?.split('=')[1] ?? 1);

const root = fileURLToPath(new URL('../..', import.meta.url));
const figures: Figure[] = [];
const kb = (bytes: number) => Math.round(bytes / 10) / 100;

/** Sums the per-page render times Astro's build prints (`├─ /ko/errors/x/index.html (+12ms)`) by locale. */
function renderTimePerLocale(log: string): Map<string, { pages: number; ms: number }> {
	const perLocale = new Map<string, { pages: number; ms: number }>();
	for (const match of log.matchAll(/[├└]─ (\/\S*) \(\+(\d+)ms\)/g)) {
		const lang = localeOfPath(match[1]!).lang;
		const sum = perLocale.get(lang) ?? { pages: 0, ms: 0 };
		perLocale.set(lang, { pages: sum.pages + 1, ms: sum.ms + Number(match[2]) });
	}
	return perLocale;
}

progress('building the site (cold content cache)…');
rmSync(DATA_STORE, { force: true });
const started = performance.now();
const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
	cwd: root,
	encoding: 'utf8',
	maxBuffer: 64 * 1024 * 1024,
	env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
});
if (build.status !== 0) {
	console.error('npm run bench: the build failed; run `npm run build` to see why.');
	process.exit(1);
}
figures.push({ name: 'build time, real site', value: Math.round(performance.now() - started), unit: 'ms' });
// Per locale: the time Astro spent rendering its pages (the `(+N ms)` it prints per page) and how many there are.
for (const [lang, { pages, ms }] of renderTimePerLocale(build.stdout)) {
	figures.push({ name: `build time, rendering the ${pages} pages of ${lang}`, value: ms, unit: 'ms' });
}

// The page budgets of src/budgets.ts (JS and CSS: Starlight's own size-limit figures); the HTML budget of an
// article depends on its vendor files and is computed in test/gates/size-budgets.spec.ts.
const pageBudgets = {
	js: declaredPageBudgets.jsKb.value,
	css: declaredPageBudgets.cssKb.value,
	homeHtml: declaredPageBudgets.homeHtmlKb.value,
};
const samples = new Map<string, BuiltPage>();
for (const page of builtPages()) {
	const type = page.kind === 'other' && page.url.includes('/errors/') ? 'error page' : page.kind;
	const key = `${type} (${page.locale.lang})`;
	if (type !== 'not-found' && type !== 'other' && !samples.has(key)) samples.set(key, page);
}
for (const [key, page] of samples) {
	const weight = measurePage(page.file, page.url);
	figures.push({ name: `${key}: JS`, value: kb(weight.totals.js.gzipBytes), unit: 'KB', budget: pageBudgets.js });
	figures.push({ name: `${key}: CSS`, value: kb(weight.totals.css.gzipBytes), unit: 'KB', budget: pageBudgets.css });
	figures.push({
		name: `${key}: HTML`,
		value: kb(weight.html.gzipBytes),
		unit: 'KB',
		...(page.kind === 'home' ? { budget: pageBudgets.homeHtml } : {}),
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

figures.push(...(await benchSearch()));

figures.push({
	name: 'claim engine: one validation',
	value: Math.round(benchValidation() * 10_000) / 10_000,
	unit: 'ms',
	budget: claimValidationMs.value,
});

// Issue #8: the plain-Starlight baseline, the browser figures, the synthetic corpora.
const baseline: Baseline | undefined = skip.has('baseline') ? undefined : await buildBaseline();
try {
	figures.push(...(await benchBrowserFigures(baseline, { lighthouse: !skip.has('lighthouse'), lighthouseRuns })));
	if (baseline) {
		const reference = baselineFigures(baseline);
		for (const figure of figures)
			if (figure.baseline === undefined && reference.has(figure.name)) figure.baseline = reference.get(figure.name)!;
	}
} finally {
	baseline?.remove();
}
if (!skip.has('corpora')) figures.push(...(await benchCorpora()));

const isOver = (figure: Figure) =>
	figure.budget !== undefined &&
	!Number.isNaN(figure.value) &&
	(figure.atLeast ? figure.value < figure.budget : figure.value > figure.budget);
const over = figures.filter(isOver);
const width = Math.max(...figures.map((figure) => figure.name.length));
console.log(
	`${'figure'.padEnd(width)}  ${'value'.padStart(10)}  ${'budget'.padStart(11)}  ${'baseline'.padStart(10)}  ${'× baseline'.padStart(10)}`,
);
for (const figure of figures) {
	const value = Number.isNaN(figure.value) ? 'skipped' : `${figure.value} ${figure.unit}`;
	const budget = figure.budget === undefined ? '—' : `${figure.atLeast ? '≥ ' : ''}${figure.budget} ${figure.unit}`;
	const reference = figure.baseline === undefined ? '—' : `${figure.baseline} ${figure.unit}`;
	const ratio = figure.baseline ? (figure.value / figure.baseline).toFixed(2) : '—';
	const flag = over.includes(figure) ? '  OVER BUDGET' : figure.note ? `  (${figure.note})` : '';
	console.log(
		`${figure.name.padEnd(width)}  ${value.padStart(10)}  ${budget.padStart(11)}  ${reference.padStart(10)}  ${ratio.padStart(10)}${flag}`,
	);
}
mkdirSync(new URL('../../bench-results/', import.meta.url), { recursive: true });
writeFileSync(
	new URL('../../bench-results/bench.json', import.meta.url),
	`${JSON.stringify(
		{
			date: new Date().toISOString(),
			figures: figures.map((figure) => ({
				...figure,
				...(figure.baseline ? { ratioToBaseline: Math.round((figure.value / figure.baseline) * 100) / 100 } : {}),
			})),
		},
		null,
		'\t',
	)}\n`,
);
console.log(
	`\nWrote bench-results/bench.json. ${over.length === 0 ? 'Every figure is within its budget.' : `${over.length} figure(s) over budget.`}`,
);
process.exit(over.length === 0 ? 0 : 1);
