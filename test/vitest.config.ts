import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Unit tests (`test/unit/`) and integration tests (`test/integration/`). A busy machine must not fail a test, only a
 * hung one: unit tests (the slowest take 2–4 s on a loaded 2-core machine) may take 60 s each, where Vitest's
 * default is 5 s; integration tests, which build or copy the project, 10 minutes per test and per hook.
 */
export default defineConfig({
	root: fileURLToPath(new URL('..', import.meta.url)),
	test: {
		environment: 'node',
		projects: [
			{ extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000 } },
			{
				extends: true,
				test: { name: 'integration', include: ['test/integration/**/*.test.ts'], testTimeout: 600_000, hookTimeout: 600_000 },
			},
		],
	},
});
