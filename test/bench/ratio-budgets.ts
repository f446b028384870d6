/**
 * The budgets of `npm run bench` that are ratios to plain Starlight (`starlightRatios` in `src/budgets.ts`):
 * which figure each applies to, by the figure's name. A figure is held to its ratio budget only when the
 * run has the baseline's same figure (`baseline.ts` builds a home page and the articles in every locale).
 */
import { starlightRatios } from '../../src/budgets.ts';
import type { BenchFigure } from './shared.ts';

const RULES: ReadonlyArray<readonly [RegExp, number]> = [
	[/^(home|article) \([^)]+\): JS$/, starlightRatios.pageJs.value],
	[/^article \S+ \([^)]+\): HTML$/, starlightRatios.articleHtml.value],
	[/^(home|article) \([^)]+\): transferred, first visit$/, starlightRatios.firstVisit.value],
	[/^build time, real site$/, starlightRatios.buildTime.value],
];

/** The most a figure named `name` may be as a multiple of plain Starlight's, or undefined when none applies. */
export function ratioBudgetOf(name: string): number | undefined {
	return RULES.find(([pattern]) => pattern.test(name))?.[1];
}

/**
 * Gives each figure the baseline's figure of the same name (unless it has one) and, where it then has a
 * baseline, its ratio budget.
 */
export function attachBaseline(figures: BenchFigure[], reference: ReadonlyMap<string, number>): void {
	for (const figure of figures) {
		if (figure.baseline === undefined && reference.has(figure.name)) figure.baseline = reference.get(figure.name)!;
		const ratio = ratioBudgetOf(figure.name);
		if (figure.baseline !== undefined && ratio !== undefined && figure.ratioBudget === undefined) figure.ratioBudget = ratio;
	}
}

/** Whether a figure is over its budget or its ratio budget (a skipped figure, NaN, never is). */
export function isOverBudget(figure: BenchFigure): boolean {
	if (Number.isNaN(figure.value)) return false;
	const overBudget = figure.budget !== undefined && (figure.atLeast ? figure.value < figure.budget : figure.value > figure.budget);
	const overRatio = figure.ratioBudget !== undefined && !!figure.baseline && figure.value / figure.baseline > figure.ratioBudget;
	return overBudget || overRatio;
}
