import { describe, expect, it } from 'vitest';
import { benchValidation, VALIDATION_BUDGET_MS } from '../../../src/claim/bench.ts';

describe('benchValidation', () => {
	it('returns a mean time per validation within the 1 ms budget', () => {
		const mean = benchValidation(2_000);
		expect(mean).toBeGreaterThan(0);
		expect(mean).toBeLessThan(VALIDATION_BUDGET_MS);
	});

	it('accepts any count, validating at least one draft', () => {
		expect(Number.isFinite(benchValidation(0))).toBe(true);
		expect(Number.isFinite(benchValidation(3.7))).toBe(true);
	});
});
