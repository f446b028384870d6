import { describe, expect, it } from 'vitest';
import { starlightRatios } from '../../../src/budgets.ts';
import { attachBaseline, isOverBudget, ratioBudgetOf } from '../../bench/ratio-budgets.ts';
import { articleHtmlFigure } from '../../bench/pages.ts';
import type { BenchFigure } from '../../bench/shared.ts';

describe('budgets relative to plain Starlight', () => {
	it('apply to the JS and first visit of pages without a tool, to article HTML and to the real site’s build time', () => {
		expect(ratioBudgetOf('home (ja): JS')).toBe(starlightRatios.pageJs.value);
		// Every article's HTML (`articleHtmlFigure`), not only the bench's article's.
		expect(ratioBudgetOf(articleHtmlFigure('find-customer-domain-name', 'de'))).toBe(starlightRatios.articleHtml.value);
		expect(ratioBudgetOf(articleHtmlFigure('incentives-customer-association-issues', 'ja'))).toBe(starlightRatios.articleHtml.value);
		expect(ratioBudgetOf('article (en): transferred, first visit')).toBe(starlightRatios.firstVisit.value);
		expect(ratioBudgetOf('build time, real site')).toBe(starlightRatios.buildTime.value);
		expect(ratioBudgetOf('simulator (en): transferred, first visit')).toBeUndefined();
		expect(ratioBudgetOf('home (en): HTML')).toBeUndefined();
	});

	it('hold a figure only when the run has the baseline’s figure', () => {
		const figures: BenchFigure[] = [
			{ name: 'home (en): JS', value: 30, unit: 'KB' },
			{ name: 'article (en): JS', value: 30, unit: 'KB' },
		];
		attachBaseline(figures, new Map([['home (en): JS', 25]]));
		expect(figures[0]).toMatchObject({ baseline: 25, ratioBudget: starlightRatios.pageJs.value });
		expect(figures[1]!.ratioBudget).toBeUndefined();
		expect(isOverBudget(figures[0]!), '30 KB is 1.2× plain Starlight’s 25').toBe(true);
		expect(isOverBudget(figures[1]!)).toBe(false);
	});

	it('report a figure over its plain budget, a score under its floor, and never a skipped figure', () => {
		expect(isOverBudget({ name: 'x', value: 51, unit: 'ms', budget: 50 })).toBe(true);
		expect(isOverBudget({ name: 'x', value: 99, unit: 'score', budget: 100, atLeast: true })).toBe(true);
		expect(isOverBudget({ name: 'x', value: 100, unit: 'score', budget: 100, atLeast: true })).toBe(false);
		expect(isOverBudget({ name: 'x', value: Number.NaN, unit: 'ms', budget: 50 })).toBe(false);
	});
});
