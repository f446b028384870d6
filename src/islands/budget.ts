/**
 * JS budgets of the islands in this folder. Every folder of `src/islands/` that holds an island
 * declares its islands' budgets in its own `budget.ts`, exporting `islandBudgets` of this type, keyed
 * by the island's file name without extension. `test/gates/size-budgets.spec.ts` measures each island
 * as the browser loads it: its entry chunk, Astro's Preact renderer, and every module they import
 * statically (Preact included), gzipped (level 9), each file on its own, in kB of 1000 bytes.
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
		kb: 8,
		why: 'its size when the island gate was added, 7.83 kB (0.61 kB of its own; Preact, its hooks, the renderer and its preload helper make the rest), rounded up',
	},
};
