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
	},
});
