import { describe, expect, it } from 'vitest';
import { median, repeat, spread, spreadFigure } from '../../bench/stats.ts';

describe('the bench summarises repeated runs', () => {
	it('takes the middle run, or the mean of the two middle runs, whatever the order', () => {
		expect(median([30, 10, 20])).toBe(20);
		expect(median([4, 1, 3, 2])).toBe(2.5);
		expect(median([])).toBeNaN();
	});

	it('reports the lowest and highest run beside the median', () => {
		expect(spread([120, 95, 300])).toEqual({ min: 95, median: 120, max: 300, runs: 3 });
	});

	it('makes a figure whose value (what the budget is checked against) is the median', () => {
		const figure = spreadFigure({ name: 'build time', unit: 'ms', budget: 100 }, [101.4, 87.26, 250.9], 1);
		expect(figure).toMatchObject({ name: 'build time', value: 101.4, min: 87.3, max: 250.9, runs: 3, budget: 100 });
	});

	it('runs a measure the number of times asked, at least once', async () => {
		expect(await repeat(3, (run) => run * 2)).toEqual([0, 2, 4]);
		expect(await repeat(0, () => 'once')).toEqual(['once']);
	});
});
