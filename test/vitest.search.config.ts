import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** The search suites that need the built site (`npm run build` first): `npm run test:search`. */
export default defineConfig({
	root: fileURLToPath(new URL('..', import.meta.url)),
	test: {
		include: ['test/search/**/*.test.ts'],
		environment: 'node',
		// The suites stub `globalThis.document` for Pagefind: one file at a time, in one process.
		fileParallelism: false,
		// Loading Pagefind's index and running every query takes seconds; limits far above that, so a busy
		// machine cannot fail the run (Vitest's defaults, 5 s per test and 10 s per hook, could).
		testTimeout: 300_000,
		hookTimeout: 300_000,
	},
});
