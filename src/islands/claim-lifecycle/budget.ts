import type { IslandBudgets } from '../budget.ts';

export const islandBudgets: IslandBudgets = {
	ClaimLifecycle: {
		kb: 25,
		why: 'the lifecycle issue sets none; 25 kB keeps its page within Starlight’s 27 kB page JS budget with Astro’s hydration code (measured 24.6 kB: zod/mini for its URL state, and the ICU message formatter since its texts became catalog messages)',
	},
};
