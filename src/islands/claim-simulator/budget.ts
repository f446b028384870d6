import type { IslandBudgets } from '../budget.ts';

export const islandBudgets: IslandBudgets = {
	ClaimSimulator: {
		kb: 15,
		why: 'the claim simulator issue: 15 kB gzipped, Preact included (the sandbox editor, the link decoder with zod/mini and the submitted view load on demand)',
	},
};
