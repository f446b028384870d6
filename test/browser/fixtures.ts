/**
 * The browser tests' `test`: every page runs against the preview server started in global setup,
 * and every test fails on a console error, an uncaught page error, a failed request, an HTTP error
 * or a Content-Security-Policy violation of any page it drives.
 *
 * Two ways to get a page:
 * - `page` (Playwright's own, one fresh context per test): for feature tests that click and type;
 * - `sharedPage` / `sharedNoJsPage`: one context per worker, reused by every test of that worker
 *   (with JavaScript on / off). For the quality gates, which only load a page and read it: creating
 *   a browser context per page was a large part of their time. Both are watched for problems like
 *   `page`; what happens during a test is that test's problem.
 */
import axe from 'axe-core';
import { test as base, expect, type Browser, type BrowserContext, type Page } from '@playwright/test';

export { expect };

/** What `securitypolicyviolation` reports, as recorded in the page. */
interface CspViolation {
	directive: string;
	blocked: string;
	source: string;
	line: number;
	sample: string;
	disposition: string;
	documentUrl: string;
}

const CSP_BINDING = '__reportCspViolation';

function describeCspViolation(violation: CspViolation): string {
	const where = violation.source ? ` at ${violation.source}:${violation.line}` : '';
	const sample = violation.sample ? ` ("${violation.sample}")` : '';
	return `CSP violation (${violation.disposition}) of ${violation.directive} on ${violation.documentUrl}: blocked ${violation.blocked || 'inline'}${where}${sample}`;
}

/**
 * Reports every CSP violation of every document the page loads, through `report`. The listener is
 * installed before any script of the page runs (an init script, which the page's own policy does not
 * govern), in the capture phase, so a violation by any element or by the document is seen.
 */
async function recordCspViolations(page: Page, report: (violation: CspViolation) => void): Promise<void> {
	await page.exposeBinding(CSP_BINDING, (_source, violation: CspViolation) => report(violation));
	await page.addInitScript((binding: string) => {
		document.addEventListener(
			'securitypolicyviolation',
			(event) => {
				const send = (window as unknown as Record<string, ((violation: unknown) => void) | undefined>)[binding];
				send?.({
					directive: event.effectiveDirective,
					blocked: event.blockedURI,
					source: event.sourceFile,
					line: event.lineNumber,
					sample: event.sample,
					disposition: event.disposition,
					documentUrl: event.documentURI,
				});
			},
			true,
		);
	}, CSP_BINDING);
}

/** Collects the problems of the pages it watches; a test takes what was logged while it ran. */
export class ProblemLog {
	private entries: string[] = [];

	async watch(page: Page): Promise<void> {
		page.on('console', (message) => {
			if (message.type() === 'error') this.entries.push(`console error: ${message.text()}`);
		});
		page.on('pageerror', (error) => this.entries.push(`page error: ${error.message}`));
		page.on('requestfailed', (request) => {
			const reason = request.failure()?.errorText ?? 'unknown';
			// The browser aborts what is still loading when the page navigates away: not a failure.
			if (reason === 'net::ERR_ABORTED') return;
			this.entries.push(`request failed: ${request.url()} (${reason})`);
		});
		page.on('response', (response) => {
			if (response.status() >= 400) this.entries.push(`HTTP ${response.status()}: ${response.url()}`);
		});
		await recordCspViolations(page, (violation) => this.entries.push(describeCspViolation(violation)));
	}

	/** Everything logged since the last `take`, and forgets it. */
	take(): string[] {
		const taken = this.entries;
		this.entries = [];
		return taken;
	}
}

function siteUrl(): string {
	const url = process.env['SITE_URL'];
	if (!url) throw new Error('SITE_URL is not set: run the browser tests through `npm test` or `npm run test:browser`.');
	return url;
}

async function watchedPage(
	browser: Browser,
	log: ProblemLog,
	javaScriptEnabled: boolean,
): Promise<{ context: BrowserContext; page: Page }> {
	const context = await browser.newContext({ baseURL: siteUrl(), javaScriptEnabled });
	const page = await context.newPage();
	await log.watch(page);
	return { context, page };
}

interface TestFixtures {
	/** The problems logged during this test (checked, and the test failed on any, when it ends). */
	problems: string[];
}

interface WorkerFixtures {
	problemLog: ProblemLog;
	sharedPage: Page;
	sharedNoJsPage: Page;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
	baseURL: async ({}, use) => {
		await use(siteUrl());
	},
	problemLog: [
		async ({}, use) => {
			await use(new ProblemLog());
		},
		{ scope: 'worker' },
	],
	sharedPage: [
		async ({ browser, problemLog }, use) => {
			const { context, page } = await watchedPage(browser, problemLog, true);
			await use(page);
			await context.close();
		},
		{ scope: 'worker' },
	],
	sharedNoJsPage: [
		async ({ browser, problemLog }, use) => {
			const { context, page } = await watchedPage(browser, problemLog, false);
			await use(page);
			await context.close();
		},
		{ scope: 'worker' },
	],
	page: async ({ page, problemLog }, use) => {
		await problemLog.watch(page);
		await use(page);
	},
	problems: [
		async ({ problemLog }, use) => {
			problemLog.take(); // what a previous test's page did after that test ended is not this test's
			const problems: string[] = [];
			await use(problems);
			problems.push(...problemLog.take());
			expect(problems, 'the page logged errors, had failed requests or violated the Content-Security-Policy').toEqual([]);
		},
		{ auto: true },
	],
});

/** WCAG 2.2 AA (and the 2.0/2.1 A/AA rules it includes) as axe-core tags. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe-core in `page` against WCAG 2.2 AA (`WCAG_TAGS`) and fails (with each rule and the selectors of its nodes)
 * on any violation. axe-core is put into the page once per document, and only the violations come back:
 * `@axe-core/playwright`'s `analyze()` evaluated the 500 kB source twice per check and sent back every passing and
 * inapplicable node too, which made it 2–3 times as slow (sources page: 5.5 s against 1.9 s) and was most of the
 * every-page gate's time. The site has no frames, so one run in the top document sees everything.
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
	const summary = await page.evaluate(async (tags) => {
		const { violations } = await (window as unknown as { axe: typeof axe }).axe.run(document, {
			runOnly: { type: 'tag', values: tags },
			resultTypes: ['violations'],
		});
		return violations.map(
			(violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
		);
	}, WCAG_TAGS);
	expect(summary, 'axe-core WCAG 2.2 AA violations').toEqual([]);
}

/**
 * Reloads the page once the browser has the link the page last wrote: a tool rewrites its link in the reader's own task
 * (`history.replaceState`), but the browser learns of it a moment later, and a reload sent before reloads the old link
 * (CI 59, on a busy machine). What a reader's reload does, without the race a test's instant reload has.
 */
export async function reloadWritten(page: Page): Promise<void> {
	const written = await page.evaluate(() => location.href);
	await expect.poll(() => page.url(), 'the browser has the page’s last link').toBe(written);
	await page.reload();
}

/** The URLs of the page's requests matching `pattern`, in the order they are made: what a view downloads, and when. */
export function recordRequests(page: Page, pattern: RegExp): string[] {
	const urls: string[] = [];
	page.on('request', (request) => {
		if (pattern.test(request.url())) urls.push(request.url());
	});
	return urls;
}

/**
 * Holds the page's requests matching `pattern` until `release()` is called: a slow connection, so the moment
 * before they arrive (a page on screen whose island has not started, say) lasts long enough to test.
 */
export async function holdRequests(page: Page, pattern: RegExp): Promise<{ release: () => void }> {
	let release: () => void = () => undefined;
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route(pattern, async (route) => {
		await held;
		await route.continue();
	});
	return { release };
}
