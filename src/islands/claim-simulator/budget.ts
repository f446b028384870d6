import type { IslandBudgets } from '../budget.ts';

export const islandBudgets: IslandBudgets = {
	ClaimSimulator: {
		kb: 15,
		why: 'the claim simulator issue: 15 kB gzipped, Preact and the message formatter included (the checks with their problem list, the sandbox editor, the link decoder with zod/mini and the submitted view load on demand)',
	},
};
