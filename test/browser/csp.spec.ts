/**
 * The Content-Security-Policy (src/security/csp.ts): it blocks what it must, the browser suite
 * notices when it does (so a violation anywhere fails a test), and it lets the site work: the
 * Starlight scripts, the islands and Pagefind's WebAssembly, under the meta policy every page
 * carries together with the site-wide header policy of `_headers` (served here by intercepting the
 * preview server's responses, as a static host would send them).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { defaultLocale, type SiteLocale } from '../../src/i18n/locales.ts';
// The locales this spec drives: see behaviour-locales.ts (every page of every locale is the gates').
import { behaviourLocales as locales } from '../support/behaviour-locales.ts';
import { localePrefix, rootRoutes } from '../../src/routes.ts';
import { searchBundlePath } from '../../src/search/bundles.ts';
import { headerPolicy, parseHeadersFile, parsePolicy } from '../../src/security/csp.ts';
import { CSP_META_PATTERN, hashSource, inlineCodeOf } from '../../src/security/inline-code.ts';
import { HEADERS_FILE } from '../../src/security/csp-step.ts';
import { builtPages, DIST_DIR } from '../support/built-pages.ts';
import { expect, ProblemLog, test } from './fixtures.ts';
import { findPreset } from '../../src/claim/presets.ts';
import { messagesTranslator } from '../support/catalog-messages.ts';

const ARTICLE = 'incentives-customer-association-issues';

function headerRules(): Map<string, Map<string, string>> {
	return parseHeadersFile(readFileSync(join(DIST_DIR, HEADERS_FILE), 'utf8'));
}

function siteHeaders(): Map<string, string> {
	const all = headerRules().get('/*');
	if (!all) throw new Error(`${HEADERS_FILE} has no /* rule`);
	return all;
}

/**
 * The headers of `_headers` for a path, as Cloudflare Pages sends them: every rule whose pattern matches (`/x/*`, a
 * prefix; otherwise the exact path), a header named by several joined with a comma (two policies, both enforced).
 */
function headersFor(pathname: string, rules: Map<string, Map<string, string>>): Record<string, string> {
	const headers: Record<string, string> = {};
	for (const [pattern, values] of rules) {
		const matches = pattern.endsWith('*') ? pathname.startsWith(pattern.slice(0, -1)) : pathname === pattern;
		if (!matches) continue;
		for (const [name, value] of values) headers[name] = headers[name] ? `${headers[name]}, ${value}` : value;
	}
	return headers;
}

/**
 * What Playwright says of a request whose test or page is over: a test that ends at once (the English page has no
 * toggle to try) can leave a fetch in flight, whose response is disposed before it is served.
 */
const ENDED = /Test ended|Target .* closed|response has been disposed/i;

/** Serves every response of the site with the headers of `_headers` (its rules as `edit` leaves them). */
async function serveWithHeaders(page: Page, edit: (rules: Map<string, Map<string, string>>) => void = () => {}): Promise<void> {
	const rules = headerRules();
	edit(rules);
	await page.route('**/*', async (route) => {
		let response;
		try {
			response = await route.fetch();
		} catch (error) {
			// The test ended (or the page navigated away) while a request was in flight, as the favicon
			// often is: nothing left to serve it to.
			if (page.isClosed() || ENDED.test(String(error))) return;
			throw error;
		}
		const headers = { ...response.headers(), ...headersFor(new URL(route.request().url()).pathname, rules) };
		await route.fulfill({ response, headers }).catch((error: unknown) => {
			if (!page.isClosed() && !ENDED.test(String(error))) throw error;
		});
	});
}

/**
 * Runs a Pagefind search in the page as the site's search does (`import('/pagefind/<lang>/pagefind.js')`,
 * one bundle per language: `searchBundlePath`).
 * `noWorker` keeps the search (and its WebAssembly) on the page's main thread, under the page's policy;
 * otherwise Pagefind runs it in its worker, which gets its policy from the worker script's headers.
 */
function pagefindSearch(
	page: Page,
	query: string,
	noWorker: boolean,
	locale: SiteLocale = defaultLocale,
): Promise<{ count: number; url: string | undefined }> {
	return page.evaluate(
		async ({ query, noWorker, pagefindUrl }) => {
			// A URL on the site, imported by the browser: nothing for TypeScript to resolve.
			const pagefind = await import(/* @vite-ignore */ pagefindUrl);
			await pagefind.options({ noWorker });
			const search = await pagefind.search(query);
			const first = await search.results[0]?.data();
			return { count: search.results.length as number, url: first?.url as string | undefined };
		},
		{ query, noWorker, pagefindUrl: `${searchBundlePath(locale)}pagefind.js` },
	);
}

function metaPolicyOf(file: string): string {
	const match = CSP_META_PATTERN.exec(readFileSync(join(DIST_DIR, file), 'utf8'));
	if (!match) throw new Error(`${file} has no policy meta tag`);
	return match[1]!.replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

test.describe('violations are caught', () => {
	// These tests provoke violations on purpose: they watch their own page, not through the auto fixture.
	test('an inline script or style attribute the build did not emit is blocked and reported', async ({ browser, baseURL }) => {
		const context = await browser.newContext({ ...(baseURL ? { baseURL } : {}) });
		const page = await context.newPage();
		const log = new ProblemLog();
		await log.watch(page);
		await page.goto('/');
		expect(log.take(), 'the page itself is clean').toEqual([]);

		await page.evaluate(() => {
			const script = document.createElement('script');
			script.textContent = 'window.injected = true';
			document.body.append(script);
			document.body.setAttribute('style', 'outline: 1px solid red');
		});
		const logged: string[] = [];
		const problems = () => {
			logged.push(...log.take());
			return logged.join('\n');
		};
		await expect.poll(problems).toMatch(/CSP violation \(enforce\) of script-src-elem.*blocked inline/);
		await expect.poll(problems).toMatch(/CSP violation \(enforce\) of style-src-attr.*blocked inline/);
		expect(await page.evaluate(() => (window as { injected?: boolean }).injected)).toBeUndefined();
		await context.close();
	});

	test('an inline script added to the HTML is blocked and reported by the auto fixture', async ({ browser, baseURL }) => {
		const context = await browser.newContext({ ...(baseURL ? { baseURL } : {}) });
		const page = await context.newPage();
		const log = new ProblemLog();
		await log.watch(page);
		await page.route('**/errors/', async (route) => {
			const response = await route.fetch();
			const html = (await response.text()).replace('</body>', '<script>document.title = "pwned"</script></body>');
			await route.fulfill({ response, body: html });
		});
		await page.goto('/errors/');
		await expect.poll(() => log.take().join('\n')).toMatch(/CSP violation \(enforce\) of script-src-elem on .*\/errors\/: blocked inline/);
		await expect(page).not.toHaveTitle('pwned');
		await context.close();
	});

	test("without 'wasm-unsafe-eval', Pagefind's WebAssembly is blocked and reported", async ({ browser, baseURL }) => {
		const context = await browser.newContext({ ...(baseURL ? { baseURL } : {}) });
		const page = await context.newPage();
		const log = new ProblemLog();
		await log.watch(page);
		// The page's own policy decides its scripts: serve it without the WebAssembly source.
		await page.route(/\/$/, async (route) => {
			const response = await route.fetch();
			await route.fulfill({ response, body: (await response.text()).replace(" 'wasm-unsafe-eval'", '') });
		});
		await page.goto('/');
		await pagefindSearch(page, 'tenant', true).catch(() => undefined);
		await expect.poll(() => log.take().join('\n')).toMatch(/CSP violation \(enforce\) of script-src.*blocked wasm-eval/);
		await context.close();
	});
});

test.describe("the site's files get the files' policy", () => {
	test("Pagefind's worker runs under it: without 'wasm-unsafe-eval' there, the worker cannot compile the WebAssembly", async ({
		browser,
		baseURL,
	}) => {
		// Its own context: the worker's refusal is what this test provokes, not a fault of the page.
		const context = await browser.newContext({ ...(baseURL ? { baseURL } : {}) });
		const page = await context.newPage();
		await serveWithHeaders(page, (rules) => {
			const files = rules.get(`${rootRoutes.search()}*`)!;
			files.set('content-security-policy', files.get('content-security-policy')!.replace(" 'wasm-unsafe-eval'", ''));
		});
		await page.goto('/');
		// The worker's WebAssembly is refused by the policy of its script's response (the page's own policy allows it).
		await expect(pagefindSearch(page, 'tenant', false)).rejects.toThrow(/WebAssembly[\s\S]*Content Security [Pp]olicy/);
		await context.close();
	});

	test("the lifecycle's hand-over worker reads a submitted claim under it, without violation", async ({ page }) => {
		const t = messagesTranslator(defaultLocale.lang);
		await serveWithHeaders(page);
		await page.goto('/claim-simulator/?preset=happy-path&step=submit');
		await expect(page.locator('.claim-simulator')).not.toHaveAttribute('inert');
		await page
			.locator('form.cs-step')
			.getByRole('button', { name: t('simulator.submit') })
			.click();
		await page.getByRole('link', { name: t('simulator.followReview') }).click();
		await expect(page).toHaveURL(/\/claim-lifecycle\/\?claim=/);
		await expect(page.locator('main')).toContainText(findPreset('happy-path')!.draft.claimName);
	});
});

test.describe('the policy lets the site work', () => {
	test("every page carries a meta policy with its scripts; _headers adds frame-ancestors and never contradicts a page's policy", () => {
		const header = parsePolicy(siteHeaders().get('content-security-policy')!);
		expect(header).toEqual(parsePolicy(headerPolicy()));
		expect(header.get('frame-ancestors')).toEqual(["'none'"]);
		for (const page of builtPages({ includeNotFound: true })) {
			const meta = parsePolicy(metaPolicyOf(page.file));
			expect.soft(meta.has('frame-ancestors'), `${page.url}: frame-ancestors is header-only`).toBe(false);
			// The page's policy allows exactly the inline scripts the page carries.
			const scripts = inlineCodeOf(readFileSync(join(DIST_DIR, page.file), 'utf8')).scripts.map(hashSource);
			expect.soft(meta.get('script-src')?.slice(2).sort(), `${page.url}: its inline scripts`).toEqual([...new Set(scripts)].sort());
			for (const [directive, sources] of header) {
				if (directive !== 'frame-ancestors') expect.soft(meta.get(directive), `${page.url}: ${directive}`).toEqual(sources);
			}
		}
	});

	for (const locale of locales) {
		const prefix = localePrefix(locale);
		test(`${prefix}: home, article, error pages and 404.html run under the site's headers without violation`, async ({ page }) => {
			await serveWithHeaders(page);
			const pages = [prefix, `${prefix}${ARTICLE}/`, `${prefix}errors/`, `${prefix}errors/tenant-id-required/`, '/404.html'];
			for (const url of pages) {
				const response = await page.goto(url);
				expect
					.soft(response?.headers()['content-security-policy'], `${url} is served with the policy header`)
					.toContain("frame-ancestors 'none'");
				await page.waitForLoadState('load');
			}
		});

		test(`${prefix}: Starlight's theme script and the English-original island work under the site's headers`, async ({ page }) => {
			await serveWithHeaders(page);
			await page.goto(`${prefix}${ARTICLE}/`);
			// StarlightThemeProvider is defined by an inline script: it ran.
			expect(await page.evaluate(() => typeof (window as { StarlightThemeProvider?: unknown }).StarlightThemeProvider)).toBe('object');
			const toggle = page.locator('button.english-original-toggle');
			if (locale.slug === 'root') {
				await expect(toggle).toHaveCount(0);
				return;
			}
			await expect(toggle).toBeVisible(); // hydrated: rendered hidden on the server
			await toggle.click();
			await expect(page.locator('html')).toHaveAttribute('data-show-original', '');
		});
	}

	const queries: Record<string, string> = { en: 'tenant', ja: 'テナント', 'zh-TW': '租用戶' };
	for (const locale of locales) {
		for (const noWorker of [true, false]) {
			const where = noWorker ? 'on the main thread' : 'in its worker';
			test(`${localePrefix(locale)}: Pagefind loads its WebAssembly ${where} and finds results under the site's headers`, async ({
				page,
			}) => {
				const warnings: string[] = [];
				page.on('console', (message) => {
					if (message.type() === 'warning') warnings.push(message.text());
				});
				await serveWithHeaders(page);
				await page.goto(localePrefix(locale));
				// Every locale's index holds the English originals: a language without its own query uses the English one.
				const query = queries[locale.lang] ?? queries['en']!;
				const results = await pagefindSearch(page, query, noWorker, locale);
				expect(results.count, `results for "${query}"`).toBeGreaterThan(0);
				expect(results.url).toMatch(new RegExp(`^${localePrefix(locale)}`));
				expect(
					warnings.filter((warning) => /pagefind/i.test(warning)),
					'Pagefind warnings (a worker falling back to the main thread)',
				).toEqual([]);
			});
		}
	}
});
