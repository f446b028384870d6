/**
 * Bytes transferred per page type, on a first visit (empty cache) and on a cached visit (the same
 * page again, in the same browser), as Chromium's network layer counts them (headers and compressed
 * bodies: `encodedDataLength`), served by `static-server.ts` as a static host would (over HTTP/2, the
 * hosts' protocol, or HTTP/1.1, whose repeated headers the same count includes in full). A page counts
 * as loaded at the `load` event plus 2 s without network activity (islands hydrate and fetch after
 * `load`; Starlight's stock search loads its UI when the browser is idle).
 */
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM_MESSAGE } from '../support/chromium.ts';

const QUIET_MS = 2_000;

export interface Transfer {
	/** Bytes over the network, headers included. */
	readonly bytes: number;
	readonly requests: number;
	/** Requests answered from the browser's cache, without the network. */
	readonly fromCache: number;
}

/**
 * Chromium for the bench's hosts: it trusts the keys (`spki`) of their certificates, made for 127.0.0.1 for the run
 * (`static-server.ts`), and caches what they send as it would a trusted host's.
 */
export async function launchBenchBrowser(spki: readonly string[] = []): Promise<Browser> {
	const executablePath = findChromium();
	if (!executablePath) throw new Error(NO_CHROMIUM_MESSAGE);
	const trust = spki.length > 0 ? [`--ignore-certificate-errors-spki-list=${spki.join(',')}`] : [];
	return chromium.launch({ executablePath, args: [...CHROMIUM_ARGS, ...trust] });
}

/** First and cached visit of `url` (absolute), in a fresh browser context. */
export async function measureTransfer(browser: Browser, url: string): Promise<{ first: Transfer; cached: Transfer }> {
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		await cdp.send('Network.enable');
		let current = { bytes: 0, requests: 0, fromCache: 0 };
		const inFlight = new Set<string>();
		let lastActivity = performance.now();
		cdp.on('Network.requestWillBeSent', (event) => {
			inFlight.add(event.requestId);
			lastActivity = performance.now();
		});
		cdp.on('Network.responseReceived', (event) => {
			if (event.response.fromDiskCache || event.response.fromPrefetchCache || event.response.fromServiceWorker) current.fromCache++;
		});
		cdp.on('Network.requestServedFromCache', () => current.fromCache++);
		cdp.on('Network.loadingFinished', (event) => {
			current.bytes += event.encodedDataLength;
			current.requests++;
			inFlight.delete(event.requestId);
			lastActivity = performance.now();
		});
		cdp.on('Network.loadingFailed', (event) => {
			inFlight.delete(event.requestId);
			lastActivity = performance.now();
		});
		const visit = async (): Promise<Transfer> => {
			current = { bytes: 0, requests: 0, fromCache: 0 };
			await page.goto(url, { waitUntil: 'load' });
			// Quiet: nothing in flight for QUIET_MS. Pages load some things when the browser is idle
			// (Starlight's search UI): Playwright's 500 ms networkidle misses them on a busy machine.
			const deadline = performance.now() + 20_000;
			while (performance.now() < deadline && (inFlight.size > 0 || performance.now() - lastActivity < QUIET_MS)) {
				await page.waitForTimeout(100);
			}
			return { ...current };
		};
		const first = await visit();
		await page.goto('about:blank');
		const cached = await visit();
		return { first, cached };
	} finally {
		await context.close();
	}
}
