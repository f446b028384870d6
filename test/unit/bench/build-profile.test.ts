import { describe, expect, it } from 'vitest';
import { parseBuildProfile, parseDuration, renderTimePerLocale } from '../../bench/build-profile.ts';

/** An `astro build` of the site as it prints it with colours off (routes shortened). */
const LOG = `14:43:58 [content] Syncing content
14:43:59 [site-docs-with-articles] Published 28 article pages from content/sources in 412 ms.
14:43:59 [content] Synced content
14:43:59 [types] Generated 1.69s
14:43:59 [build] Collecting build info...
14:43:59 [build] ✓ Completed in 1.93s.
14:43:59 [build] Building static entrypoints...
14:44:00 [vite] ✓ built in 1.34s
14:44:01 [vite] ✓ built in 604ms

 generating static routes 
14:44:01   ├─ /404.html14:44:01 [WARN] [content] Entry docs → 404 was not found.
 (+16ms) 
14:44:01   ├─ /ja/404/index.html (+21ms) 
14:44:01   ├─ /claim-lifecycle/index.html (+466ms) 
14:44:02   └─ /ja/errors/mpn-required/index.html (+3ms) 
14:44:04 ✓ Completed in 3.45s.

14:44:04 [build] ✓ Completed in 5.42s.
14:44:04 [@astrojs/sitemap] \`sitemap-index.xml\` created at \`dist\`
14:44:06 [site:built-pages] Content-Security-Policy: wrote the policy into 287 pages and _headers; busy 108 ms.
14:44:06 [site:built-pages] Search index: indexed 39 en, 39 ja pages; busy 1201 ms.
14:44:06 [site:built-pages] Read and wrote the built pages once for 2 steps in 1255 ms.
14:44:06 [build] 287 page(s) built in 8.64s
`;

describe('the build profile, read from the build log', () => {
	it('reads Astro’s durations in each of its formats', () => {
		expect(parseDuration('604ms')).toBe(604);
		expect(parseDuration('3.45s')).toBe(3450);
		expect(parseDuration('2m 5s')).toBe(125_000);
		expect(parseDuration('soon')).toBeNaN();
	});

	it('splits the wall time into phases that add up to it', () => {
		const profile = parseBuildProfile(LOG, 12_000);
		expect(profile).toEqual({
			content: 1690,
			articles: 412,
			bundling: 5420 - 3450,
			rendering: 3450,
			csp: 108,
			search: 1147,
			other: 12_000 - 1690 - 1970 - 3450 - 108 - 1147,
		});
	});

	it('leaves a phase the log does not show out of the sum, as NaN', () => {
		const profile = parseBuildProfile(LOG.replace(/.*Content-Security-Policy.*\n/, ''), 12_000);
		expect(profile.csp).toBeNaN();
		expect(profile.search).toBe(1255);
		expect(profile.other).toBe(12_000 - 1690 - 1970 - 3450 - 1255);
	});

	it('sums per-page render times by locale, a warning printed inside a route line included', () => {
		expect(Object.fromEntries(renderTimePerLocale(LOG))).toEqual({
			en: { pages: 2, ms: 16 + 466 },
			ja: { pages: 2, ms: 21 + 3 },
		});
	});
});
