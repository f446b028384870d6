/**
 * knip: unused files, exports and dependencies (`npx knip`, part of `npm run lint`).
 *
 * Knip's own plugins find the entry points from the configs: Astro (`astro.config.mjs`, its
 * integrations and component overrides, `src/pages/**`, `src/content.config.ts`, and every module an
 * `.astro` file imports, islands included), Vitest (`test/vitest*.config.ts`), Playwright
 * (`test/playwright.config.ts`: specs and global setup), ESLint, Prettier, and the files that
 * `package.json` scripts run with `node` (`test/preflight.ts`, `test/bench/run.ts`,
 * `src/sources/import-cli.ts`, `src/i18n/status-cli.ts`). Only what they cannot see is listed here, each with the reason.
 */
import type { KnipConfig } from 'knip';

const config: KnipConfig = {
	// Chunks a page loads on use through `module-url:` imports (`src/bundling/module-url.ts`), which knip reads as a
	// package named `module-url`: each is an entry of its own.
	entry: [
		'src/islands/citations/arrival.ts',
		'src/islands/copy/copy-buttons.ts',
		'src/islands/english-original/toggle.ts',
		'src/islands/search/load-dialog.ts',
		'src/islands/search/warm-index.ts',
		// Starlight's `routeMiddleware`, named by its path in `astro.config.mjs`.
		'src/route-middleware.ts',
	],
	ignoreDependencies: ['module-url'],
};

export default config;
