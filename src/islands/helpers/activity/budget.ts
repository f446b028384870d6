import type { IslandBudgets } from '../../budget.ts';

export const islandBudgets: IslandBudgets = {
	ActivityHelper: {
		kb: 22,
		why: 'the helpers issue sets none: measured 20.3 kB (activity) and 21.1 kB (MPN) with zod/mini for the URL state; without it and with the message formatter 13.3 kB and 14.4 kB (issue #13); 22 kB kept until the budgets are listed in one module',
	},
};
