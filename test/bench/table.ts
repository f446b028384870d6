/**
 * The report of `npm run bench`: the printed table (each figure's median, its min–max over the runs, its
 * budget, the plain-Starlight baseline's figure, the ratio to it and the ratio budget) and the JSON written to
 * `bench-results/bench.json` (the same fields, and the ratio to the baseline).
 */
import { isOverBudget } from './ratio-budgets.ts';
import type { BenchFigure } from './shared.ts';

const withUnit = (value: number, figure: BenchFigure) => `${value} ${figure.unit}`;

/** One row's cells, in the table's column order. */
function cells(figure: BenchFigure): string[] {
	const skipped = Number.isNaN(figure.value);
	const ratio = figure.baseline ? figure.value / figure.baseline : undefined;
	const flag = isOverBudget(figure) ? 'OVER BUDGET' : figure.note ? `(${figure.note})` : '';
	return [
		figure.name,
		skipped ? 'skipped' : withUnit(figure.value, figure),
		figure.min === undefined || skipped ? '—' : `${figure.min}–${figure.max} (${figure.runs})`,
		figure.budget === undefined ? '—' : `${figure.atLeast ? '≥ ' : ''}${withUnit(figure.budget, figure)}`,
		figure.baseline === undefined ? '—' : withUnit(figure.baseline, figure),
		ratio === undefined || skipped ? '—' : ratio.toFixed(2),
		figure.ratioBudget === undefined ? '—' : `≤ ${figure.ratioBudget}`,
		flag,
	];
}

const HEADER = ['figure', 'median', 'min–max (runs)', 'budget', 'baseline', '× baseline', '× budget', ''];

/** The table as printed: a header and one line per figure, the figure's name left-aligned, the rest right-aligned. */
export function formatTable(figures: readonly BenchFigure[]): string {
	const rows = [HEADER, ...figures.map(cells)];
	const widths = HEADER.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
	return rows
		.map((row) =>
			row
				.map((cell, column) => (column === 0 || column === row.length - 1 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
				.join('  ')
				.trimEnd(),
		)
		.join('\n');
}

/** The content of `bench-results/bench.json`. */
export function benchJson(figures: readonly BenchFigure[], date: Date): string {
	return `${JSON.stringify(
		{
			date: date.toISOString(),
			figures: figures.map((figure) => ({
				...figure,
				...(figure.baseline ? { ratioToBaseline: Math.round((figure.value / figure.baseline) * 100) / 100 } : {}),
				...(isOverBudget(figure) ? { overBudget: true } : {}),
			})),
		},
		null,
		'\t',
	)}\n`;
}
