import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM_MESSAGE } from './support/chromium.ts';

const executablePath = findChromium();
if (!executablePath) throw new Error(NO_CHROMIUM_MESSAGE);

export default defineConfig({
	testDir: '.',
	testMatch: ['browser/**/*.spec.ts', 'gates/**/*.spec.ts'],
	outputDir: '../test-results',
	globalSetup: './browser/global-setup.ts',
	fullyParallel: true,
	workers: 2,
	forbidOnly: Boolean(process.env['CI']),
	retries: 0,
	// A busy machine (CI shares its 2 cores) must not fail a test, only a hung page: each test may take 2 minutes
	// (Playwright's default, 30 s, failed a keyboard-only simulator run on a loaded machine), and each `expect`
	// keeps retrying its condition for up to 20 s (default 5 s). Both are limits, not waits: a passing test
	// takes as long as its work.
	timeout: 120_000,
	expect: { timeout: 20_000 },
	reporter: process.env['CI'] ? 'line' : 'list',
	use: {
		browserName: 'chromium',
		launchOptions: { executablePath, args: CHROMIUM_ARGS },
		// Recording a trace costs about a third of the run; CI has no one to open it.
		trace: process.env['CI'] ? 'off' : 'retain-on-failure',
	},
});
