import { describe, expect, it } from 'vitest';
import { benchValidation } from '../../../src/claim/bench.ts';

describe('benchValidation', () => {
	// The time itself is held to its budget (src/budgets.ts) by `npm run bench`, not here: a busy machine must not fail a unit test.
	it('returns a mean time per validation', () => {
		const mean = benchValidation(2_000);
		expect(mean).toBeGreaterThan(0);
	});

	it('accepts any count, validating at least one draft', () => {
		expect(Number.isFinite(benchValidation(0))).toBe(true);
		expect(Number.isFinite(benchValidation(3.7))).toBe(true);
	});
});
