/**
 * knip: unused files, exports and dependencies (`npx knip`, part of `npm run lint`).
 *
 * Knip's own plugins find most entry points from the configs: Astro (`astro.config.mjs`, its
 * integrations and component overrides, `src/pages/**`, `src/content.config.ts`, and every module an
 * `.astro` file imports, islands included), Vitest (`test/vitest*.config.ts`), Playwright
 * (`test/playwright.config.ts`: specs and global setup), ESLint, Prettier, and the files that
 * `package.json` scripts run with `node` (`test/preflight.ts`, `test/bench/run.ts`,
 * `src/sources/import-cli.ts`). Only what they cannot see is listed here, each with the reason.
 */
import type { KnipConfig } from 'knip';

const config: KnipConfig = {
	entry: [
		// The island-weight gate imports the `budget.ts` beside each island by path at run time
		// (`test/support/island-weight.ts`, `budgetOf`; `src/islands/budget.ts` for the islands at the
		// top of `src/islands/`), so no static import reaches their `islandBudgets` export.
		'src/islands/**/budget.ts',
	],
};

export default config;
