import type { IslandBudgets } from '../../budget.ts';

export const islandBudgets: IslandBudgets = {
	MpnHelper: {
		kb: 22,
		why: 'the helpers issue sets none: measured 20.3 kB (activity) and 21.1 kB (MPN), of which zod/mini for the URL state is 8 kB; 22 kB leaves room for a string or two, not for another library',
	},
};
