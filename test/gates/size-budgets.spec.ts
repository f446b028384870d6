/**
 * Quality gate: what each built page makes a reader download, gzipped, against budgets per page type.
 * No browser: it reads `dist/` (through `test/support/page-weight.ts`), so it runs after the build with
 * the other gates and prints the figures it measured. One test per locale (not per page: 287 tests that each
 * measure a file cost the browser run more in test overhead than in measuring); its failure lists every page and
 * figure over budget, with the budget. Every figure below is declared in `src/budgets.ts`.
 *
 * The CSS budget is Starlight's own (its root package.json `size-limit`, measured on its `basics` example):
 * 16.75 kB gzipped, print style sheets left out. The JS budget is what plain Starlight's pages load (#19, 4.1 kB:
 * the bench's baseline measures 4.08 kB), on every page but a tool's own. They apply to every page, not only to
 * the article: a page that needs more than a stock Starlight site is what this gate is for. 1 kB = 1000 bytes, as
 * size-limit counts.
 *
 * HTML budgets:
 * - home page: Starlight's own `/index.html` budget, 8 kB gzipped (its basics example's home page:
 *   head, theme script, header, sidebar and a short page);
 * - article page: that same 8 kB for the page chrome, plus 1.25 × the gzipped size of the article's
 *   largest vendor file (`content/sources/<locale>/<article>.md`). A vendor file holds every sentence
 *   twice, translated and English, which is exactly what a translated page carries (the English
 *   originals are in the HTML for the toggle); the English page carries half of it. The 1.25 covers the
 *   markup the site adds per sentence (`<span class="sxs-original" lang="en">`), heading anchors, the
 *   table of contents (headings again, twice: desktop and mobile) and the attribution. One budget per
 *   article, for every locale. When this fails, look first for content rendered twice or markup bloat.
 *   Plus an allowance per tool the article embeds beside its sections (`section-tools.ts`): a helper
 *   server-renders its questions and carries its strings and the article's quotes as island props
 *   (4 kB each); a folded claim simulator carries only its loader and a <noscript> note (0.4 kB each).
 * - home page (`pageBudgets.homeHtmlKb`): Starlight's 8 kB was measured on an English page; Japanese and
 *   Chinese text takes three bytes a character in UTF-8 and compresses less; the search dialog's messages ride along.
 */
import { expect, test } from '@playwright/test';
import { changedLaterNoteHtmlKb, embeddedToolHtmlKb, pageBudgets } from '../../src/budgets.ts';
import { laterChangesOnArticles } from '../../src/facts/later-changes.ts';
import { articleAnchors } from '../../src/claim/errors.ts';
import { sectionTools, type SectionTool } from '../../src/components/article/section-tools.ts';
import { readSourceFiles } from '../../src/sources/library.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, DIST_DIR, type BuiltPage, type PageKind } from '../support/built-pages.ts';
import { measureIslands } from '../support/island-weight.ts';
import { formatKb, gzipSize, measurePage, type PageWeight } from '../support/page-weight.ts';

const KB = 1000;
/** Starlight's size-limit budgets (withastro/starlight, package.json), gzipped, in bytes. */
const STARLIGHT_JS_BUDGET = pageBudgets.jsKb.value * KB;
const STARLIGHT_CSS_BUDGET = pageBudgets.cssKb.value * KB;
const STARLIGHT_HTML_BUDGET = pageBudgets.articleChromeHtmlKb.value * KB;
const ARTICLE_MARKUP_FACTOR = pageBudgets.articleMarkupFactor.value;
const HOME_HTML_BUDGET = pageBudgets.homeHtmlKb.value * KB;
/** HTML each kind of embedded tool may add to an article, gzipped, in bytes (a budget for every kind of tool). */
const EMBEDDED_TOOL_KB: Readonly<Record<SectionTool['kind'], { value: number }>> = embeddedToolHtmlKb;

/** The allowance for the tools the article embeds (the same sections in every locale). */
function embeddedToolsAllowance(): { bytes: number; why: string } {
	const tools = articleAnchors.flatMap((anchor) => sectionTools(anchor));
	const bytes = tools.reduce((sum, tool) => sum + EMBEDDED_TOOL_KB[tool.kind].value * KB, 0);
	return { bytes, why: `${formatKb(bytes)} for ${tools.length} embedded tools (${tools.map((tool) => tool.kind).join(', ')})` };
}

/** Gzipped size of each article's largest vendor file. */
const articleSourceGzip = new Map<string, number>();
for (const source of readSourceFiles()) {
	articleSourceGzip.set(source.article, Math.max(articleSourceGzip.get(source.article) ?? 0, gzipSize(source.text)));
}

/** Pages whose main content is a tool (they carry the search filter `kind:tool`). */
function isToolPage(file: string): boolean {
	return readFileSync(join(DIST_DIR, file), 'utf8').includes('data-pagefind-filter="kind:tool"');
}

function htmlBudget(kind: PageKind, article: string | undefined): { bytes: number; why: string } | undefined {
	if (kind === 'home') return { bytes: HOME_HTML_BUDGET, why: pageBudgets.homeHtmlKb.why };
	if (kind === 'article' && article) {
		const source = articleSourceGzip.get(article);
		if (source === undefined) return undefined;
		const tools = embeddedToolsAllowance();
		const notes = laterChangesOnArticles.filter((note) => note.article === article).length;
		const notesBytes = notes * changedLaterNoteHtmlKb.value * KB;
		return {
			bytes: Math.round(STARLIGHT_HTML_BUDGET + ARTICLE_MARKUP_FACTOR * source + tools.bytes + notesBytes),
			why: `${formatKb(STARLIGHT_HTML_BUDGET)} chrome + ${ARTICLE_MARKUP_FACTOR} × ${formatKb(source)} (largest vendor file of ${article}, gzipped) + ${tools.why} + ${formatKb(notesBytes)} for ${notes} "Changed later" notes`,
		};
	}
	return undefined; // other pages (none yet): JS and CSS budgets only
}

function report(url: string, kind: PageKind, weight: PageWeight, html: { bytes: number } | undefined): string {
	const list = (resources: PageWeight['js']) =>
		resources.map((resource) => `${resource.url.replace('/_astro/', '')} ${formatKb(resource.gzipBytes)}`).join(', ') || 'none';
	return [
		`${url} (${kind}) gzipped: JS ${formatKb(weight.totals.js.gzipBytes)} / ${formatKb(STARLIGHT_JS_BUDGET)}, ` +
			`CSS ${formatKb(weight.totals.css.gzipBytes)} / ${formatKb(STARLIGHT_CSS_BUDGET)}, ` +
			`HTML ${formatKb(weight.html.gzipBytes)}${html ? ` / ${formatKb(html.bytes)}` : ' (no budget)'}` +
			` (raw: JS ${formatKb(weight.totals.js.bytes)}, CSS ${formatKb(weight.totals.css.bytes)}, HTML ${formatKb(weight.html.bytes)}, ` +
			`of which inline JS ${formatKb(weight.inline.js)}, inline CSS ${formatKb(weight.inline.css)})`,
		`  JS: ${list(weight.js)}`,
		`  CSS: ${list(weight.css)}; print CSS (not counted): ${list(weight.printCss)}`,
		...(weight.dynamicImports.length ? [`  loaded on demand (not counted): ${weight.dynamicImports.join(', ')}`] : []),
		...(weight.deferredIslands.length
			? [`  islands loaded when scrolled into view (island gate): ${weight.deferredIslands.join(', ')}`]
			: []),
	].join('\n');
}

/**
 * What a page exceeds: one line per figure over its budget, naming the page, the figure and the budget (and one
 * for scripts or style sheets it couldn't measure). Empty when the page is within every budget.
 */
function overBudget(built: BuiltPage, weight: PageWeight, html: { bytes: number; why: string } | undefined): string[] {
	const over: string[] = [];
	if (weight.unmeasurable.length > 0) {
		over.push(
			`${built.url}: scripts or style sheets outside dist/ (unmeasured: missing or on another origin): ${weight.unmeasurable.join(', ')}`,
		);
	}
	const check = (figure: string, bytes: number, budget: number, why?: string) => {
		if (bytes > budget) {
			over.push(
				`${built.url}: ${figure} ${formatKb(bytes)} gzipped (${bytes} B) > budget ${formatKb(budget)} (${budget} B)${why ? `, ${why}` : ''}`,
			);
		}
	};
	// A tool's own page (claim simulator, lifecycle, helpers) is its island: the island gate below holds it
	// to the budget its issue sets. Every other page stays within Starlight's.
	if (!isToolPage(built.file)) check('JS', weight.totals.js.gzipBytes, STARLIGHT_JS_BUDGET);
	check('CSS', weight.totals.css.gzipBytes, STARLIGHT_CSS_BUDGET);
	if (html) check('HTML', weight.html.gzipBytes, html.bytes, html.why);
	return over;
}

/** The built pages by locale: one test per locale (a test per page cost the browser run ~287 tests' overhead). */
const pagesByLocale = new Map<string, BuiltPage[]>();
for (const built of builtPages()) pagesByLocale.set(built.locale.lang, [...(pagesByLocale.get(built.locale.lang) ?? []), built]);

for (const [lang, pages] of pagesByLocale) {
	test(`size budgets of the ${lang} pages`, () => {
		const reports: string[] = [];
		const over: string[] = [];
		for (const built of pages) {
			const weight = measurePage(built.file, built.url);
			const html = htmlBudget(built.kind, built.article);
			reports.push(report(built.url, built.kind, weight, html));
			test.info().annotations.push({
				type: 'gzip',
				description: `${built.url}: JS ${weight.totals.js.gzipBytes} B, CSS ${weight.totals.css.gzipBytes} B, HTML ${weight.html.gzipBytes} B`,
			});
			over.push(...overBudget(built, weight, html));
		}
		console.log(reports.join('\n'));
		expect(over, `${over.length} figure(s) of the ${pages.length} ${lang} pages over budget:\n${over.join('\n')}`).toEqual([]);
	});
}

/**
 * Each island's JS (its entry chunk and everything it imports statically, Preact included, gzipped;
 * Astro's hydration code, shared by every island of a page, is printed apart and counted by the page
 * budgets above) within its budget in `src/budgets.ts` (`islandBudgets`, by the island's name, or its folder's
 * `islandFolderBudgets`). An island outside `src/islands/` or without a budget fails.
 */
test('every island within its JS budget', async () => {
	const islands = await measureIslands();
	for (const island of islands) {
		const budget = island.budget ? `${formatKb(island.budget.kb * KB)} (${island.budget.declaredIn}: ${island.budget.why})` : 'no budget';
		console.log(
			`island ${island.name} (first on ${island.page}): JS ${formatKb(island.total.gzipBytes)} gzipped / ${budget}\n` +
				`  ${island.files.map((file) => `${file.url.replace('/_astro/', '')} ${formatKb(file.gzipBytes)}`).join(', ')}\n` +
				`  + Astro's hydration code, once per page (not counted here): ${formatKb(island.renderer.total.gzipBytes)} (${island.renderer.files.map((file) => file.url.replace('/_astro/', '')).join(', ')})` +
				(island.dynamicImports.length ? `\n  loaded on demand (not counted): ${island.dynamicImports.join(', ')}` : ''),
		);
		expect.soft(island.source, `${island.componentUrl}: its source is one file named ${island.name} under src/islands/`).toBeDefined();
		expect.soft(island.budget, `${island.name}: a budget in src/budgets.ts (islandBudgets)`).toBeDefined();
		if (island.budget) {
			expect.soft(island.total.gzipBytes, `JS of island ${island.name}, gzipped`).toBeLessThanOrEqual(island.budget.kb * KB);
		}
	}
});
