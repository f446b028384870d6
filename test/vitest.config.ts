import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Unit tests (`test/unit/`) and integration tests (`test/integration/`: they build or copy the project, so they
 * get limits of 10 minutes per test and per hook: a busy machine must not fail them, only a hung one).
 */
export default defineConfig({
	root: fileURLToPath(new URL('..', import.meta.url)),
	test: {
		environment: 'node',
		projects: [
			{ extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
			{
				extends: true,
				test: { name: 'integration', include: ['test/integration/**/*.test.ts'], testTimeout: 600_000, hookTimeout: 600_000 },
			},
		],
	},
});
