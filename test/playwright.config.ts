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
	reporter: process.env['CI'] ? 'line' : 'list',
	use: {
		browserName: 'chromium',
		launchOptions: { executablePath, args: CHROMIUM_ARGS },
		// Recording a trace costs about a third of the run; CI has no one to open it.
		trace: process.env['CI'] ? 'off' : 'retain-on-failure',
	},
});
