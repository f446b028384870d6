import { describe, expect, it } from 'vitest';
import { benchJson, formatTable } from '../../bench/table.ts';

describe('the bench’s report', () => {
	const figures = [
		{
			name: 'build time, real site',
			value: 30_000,
			min: 28_000,
			max: 41_000,
			runs: 3,
			unit: 'ms' as const,
			baseline: 15_000,
			ratioBudget: 1.5,
		},
		{ name: 'simulator (en): transferred, first visit', value: 48.2, unit: 'KB' as const, budget: 60 },
	];

	it('prints the median, the min–max of the runs, the budget and the ratio to plain Starlight, and flags what is over', () => {
		const [header, build, simulator] = formatTable(figures).split('\n');
		expect(header).toMatch(/figure\s+median\s+min–max \(runs\)\s+budget\s+baseline\s+× baseline\s+× budget/);
		expect(build).toMatch(/30000 ms\s+28000–41000 \(3\)\s+—\s+15000 ms\s+2\.00\s+≤ 1\.5\s+OVER BUDGET$/);
		expect(simulator).toMatch(/48\.2 KB\s+—\s+60 KB\s+—\s+—\s+—$/);
	});

	it('writes the same figures as JSON, with the ratio to the baseline and what is over budget', () => {
		const json = JSON.parse(benchJson(figures, new Date('2025-01-02T03:04:05Z'))) as {
			date: string;
			figures: Array<Record<string, unknown>>;
		};
		expect(json.date).toBe('2025-01-02T03:04:05.000Z');
		expect(json.figures[0]).toMatchObject({ value: 30_000, min: 28_000, max: 41_000, runs: 3, ratioToBaseline: 2, overBudget: true });
		expect(json.figures[1]).not.toHaveProperty('overBudget');
	});
});
