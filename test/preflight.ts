/**
 * First step of `npm test`: make sure a Chromium exists before minutes of building.
 * Where none is found, try Playwright's own download once (it works where the internet is
 * reachable), then stop at once with a one-line instruction.
 */
import { spawnSync } from 'node:child_process';
import { findChromium, NO_CHROMIUM_MESSAGE } from './support/chromium.ts';

let browser = findChromium();
if (!browser) {
	console.log('No Chromium found; trying `npx playwright install chromium`…');
	spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit', timeout: 300_000 });
	browser = findChromium();
}
if (!browser) {
	console.error(NO_CHROMIUM_MESSAGE);
	process.exit(1);
}
console.log(`Browser tests will use ${browser}`);
