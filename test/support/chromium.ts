/**
 * Finds the Chromium the browser tests drive. Order: `CHROMIUM_PATH`, the system `/usr/bin/chromium`,
 * then Playwright's own cache. Playwright never downloads a browser on its own here.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** Flags for a sandboxed machine with no network but loopback. */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

export const NO_CHROMIUM_MESSAGE =
	'No Chromium found: install one (Debian/Ubuntu: `sudo apt-get install chromium fonts-noto-cjk`) or run `npx playwright install chromium`, or set CHROMIUM_PATH to a Chromium binary.';

export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
	const candidates = [env['CHROMIUM_PATH'], SYSTEM_CHROMIUM, playwrightCachedChromium()];
	return candidates.find((path): path is string => Boolean(path) && existsSync(path!));
}

function playwrightCachedChromium(): string | undefined {
	try {
		return chromium.executablePath();
	} catch {
		return undefined;
	}
}
