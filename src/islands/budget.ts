/**
 * JS budgets of the islands in this folder. Every folder of `src/islands/` that holds an island
 * declares its islands' budgets in its own `budget.ts`, exporting `islandBudgets` of this type, keyed
 * by the island's file name without extension. `test/gates/size-budgets.spec.ts` measures each island
 * as the browser loads it: its entry chunk and every module it imports statically (Preact included),
 * gzipped (level 9), each file on its own, in kB of 1000 bytes. Astro's hydration code (its Preact
 * renderer and Vite's preload helper, 1.7 kB, loaded once per page whatever the islands) is reported
 * apart and counted in the page budgets.
 */
export interface IslandBudget {
	/** Gzipped kB (1000 bytes). */
	readonly kb: number;
	/** Where the figure comes from. */
	readonly why: string;
}

export type IslandBudgets = Readonly<Record<string, IslandBudget>>;

export const islandBudgets: IslandBudgets = {
	EnglishOriginalToggle: {
		kb: 6.5,
		why: 'its size when the island gate was added, 6.3 kB (0.4 kB of its own; Preact, its hooks and JSX runtime make the rest), rounded up',
	},
};
