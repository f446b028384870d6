/**
 * The browser tests' `test`: every page runs against the preview server started in global setup,
 * and every test fails on a console error, an uncaught page error or a failed request.
 */
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

export { expect };

interface PageProblems {
	problems: string[];
}

export const test = base.extend<PageProblems>({
	baseURL: async ({}, use) => {
		const url = process.env['SITE_URL'];
		if (!url) throw new Error('SITE_URL is not set: run the browser tests through `npm test` or `npm run test:browser`.');
		await use(url);
	},
	problems: [
		async ({ page }, use) => {
			const problems: string[] = [];
			page.on('console', (message) => {
				if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
			});
			page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
			page.on('requestfailed', (request) => {
				const reason = request.failure()?.errorText ?? 'unknown';
				// The browser aborts what is still loading when the page navigates away: not a failure.
				if (reason === 'net::ERR_ABORTED') return;
				problems.push(`request failed: ${request.url()} (${reason})`);
			});
			page.on('response', (response) => {
				if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
			});
			await use(problems);
			expect(problems, 'the page logged errors or had failed requests').toEqual([]);
		},
		{ auto: true },
	],
});

/** WCAG 2.2 AA (and the 2.0/2.1 A/AA rules it includes) as axe-core tags. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export async function expectNoAxeViolations(page: Page): Promise<void> {
	const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
	const summary = results.violations.map(
		(violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
	);
	expect(summary, 'axe-core WCAG 2.2 AA violations').toEqual([]);
}
