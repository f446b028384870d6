/**
 * `npm run bench`: builds the site, then prints each figure beside its budget and writes
 * `bench-results/bench.json`. Exits 1 when a figure is over its budget.
 *
 * Figures so far: build time of the real site; gzipped JS, CSS and HTML per page type (first
 * visit: everything the page loads); the search dialog (first search, later queries, bytes; see
 * `search.ts`); the claim engine's time per validation. Lighthouse, the
 * synthetic corpora and the plain-Starlight baseline (issue #8) are still to come.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { benchValidation, VALIDATION_BUDGET_MS } from '../../src/claim/bench.ts';
import { benchSearch } from './search.ts';
import { builtPages, type BuiltPage } from '../support/built-pages.ts';
import { measurePage } from '../support/page-weight.ts';

interface Figure {
	name: string;
	value: number;
	unit: 'ms' | 'KB';
	budget?: number;
}

const root = fileURLToPath(new URL('../..', import.meta.url));
const figures: Figure[] = [];
const kb = (bytes: number) => Math.round(bytes / 10) / 100;

const started = performance.now();
const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { cwd: root, stdio: 'ignore' });
if (build.status !== 0) {
	console.error('npm run bench: the build failed; run `npm run build` to see why.');
	process.exit(1);
}
figures.push({ name: 'build time, real site', value: Math.round(performance.now() - started), unit: 'ms' });

// Starlight's own budgets (its size-limit figures) for JS and CSS; the HTML budget of an
// article is set in test/gates/size-budgets.spec.ts, where it is justified.
const pageBudgets = { js: 27, css: 16.75, homeHtml: 8 };
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
	figures.push({ name: `${key}: HTML`, value: kb(weight.html.gzipBytes), unit: 'KB', ...(page.kind === 'home' ? { budget: pageBudgets.homeHtml } : {}) });
}

figures.push(...(await benchSearch()));

figures.push({ name: 'claim engine: one validation', value: Math.round(benchValidation() * 10_000) / 10_000, unit: 'ms', budget: VALIDATION_BUDGET_MS });

const over = figures.filter((figure) => figure.budget !== undefined && figure.value > figure.budget);
const width = Math.max(...figures.map((figure) => figure.name.length));
console.log(`${'figure'.padEnd(width)}  ${'value'.padStart(10)}  ${'budget'.padStart(10)}`);
for (const figure of figures) {
	const budget = figure.budget === undefined ? '—' : `${figure.budget} ${figure.unit}`;
	const flag = over.includes(figure) ? '  OVER BUDGET' : '';
	console.log(`${figure.name.padEnd(width)}  ${`${figure.value} ${figure.unit}`.padStart(10)}  ${budget.padStart(10)}${flag}`);
}
mkdirSync(new URL('../../bench-results/', import.meta.url), { recursive: true });
writeFileSync(new URL('../../bench-results/bench.json', import.meta.url), `${JSON.stringify({ date: new Date().toISOString(), figures }, null, '\t')}\n`);
console.log(`\nWrote bench-results/bench.json. ${over.length === 0 ? 'Every figure is within its budget.' : `${over.length} figure(s) over budget.`}`);
process.exit(over.length === 0 ? 0 : 1);
