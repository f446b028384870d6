/**
 * Repeated measurements, summarised: each timed figure of `npm run bench` is measured several times and
 * reported as its median (what the budget is checked against) with the lowest and highest run, so a
 * reader can tell a regression (the whole range moved) from noise (a wide range around the same median).
 */
import type { BenchFigure } from './shared.ts';

/** The median and the extremes of a figure's runs. */
export interface Spread {
	readonly min: number;
	readonly median: number;
	readonly max: number;
	/** How many runs. */
	readonly runs: number;
}

/** The middle value (the mean of the two middle values for an even count); NaN for no values. */
export function median(values: readonly number[]): number {
	if (values.length === 0) return Number.NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Min, median and max of `values` (NaN for each when there are none). */
export function spread(values: readonly number[]): Spread {
	return {
		min: values.length ? Math.min(...values) : Number.NaN,
		median: median(values),
		max: values.length ? Math.max(...values) : Number.NaN,
		runs: values.length,
	};
}

/** Rounds to `digits` decimals (0: whole numbers). */
export function round(value: number, digits = 0): number {
	const factor = 10 ** digits;
	return Math.round(value * factor) / factor;
}

/**
 * A figure measured in several runs: its value is the median of `values`, with `min`, `max` and `runs`
 * beside it, each rounded to `digits` decimals.
 */
export function spreadFigure(
	figure: Omit<BenchFigure, 'value' | 'min' | 'max' | 'runs'>,
	values: readonly number[],
	digits = 0,
): BenchFigure {
	const { min, median: middle, max, runs } = spread(values);
	return { ...figure, value: round(middle, digits), min: round(min, digits), max: round(max, digits), runs };
}

/** Calls `measure` `runs` times (at least once), one after the other, and returns the results in order. */
export async function repeat<T>(runs: number, measure: (run: number) => Promise<T> | T): Promise<T[]> {
	const results: T[] = [];
	for (let run = 0; run < Math.max(1, runs); run++) results.push(await measure(run));
	return results;
}
