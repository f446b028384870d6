import type { IslandBudgets } from '../budget.ts';

export const islandBudgets: IslandBudgets = {
	ActivityHelper: {
		kb: 21,
		why: 'the helpers issue sets none; 21 kB keeps the helper pages, and the article with both helpers, within Starlight’s 27 kB page JS budget (measured about 20 kB, zod/mini included for the URL state)',
	},
};
