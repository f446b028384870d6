/**
 * The step of the pass over the built pages (`src/build/built-pages.ts`) that locks every page down with the policy
 * of `csp.ts`:
 * - each HTML page gets a `<meta http-equiv="Content-Security-Policy">` allowing exactly the inline
 *   scripts and styles that page carries (by hash);
 * - `_headers` (Netlify, Cloudflare Pages) is written into the build output with the directives
 *   that hold for every response (`frame-ancestors`, which only a header can carry, `object-src`,
 *   `base-uri`, …: `headerPolicy`), the whole policy without hashes for the site's files that are no
 *   page (`filePolicy`: workers, the icon) and the other security headers. Which scripts and styles a
 *   page runs is its own meta policy: a site-wide list of every page's hashes would cost 1.9 kB on
 *   every response.
 *
 * Both are generated, never committed: the hashes come from the build's own output (Starlight's
 * inline scripts, Astro's island loader), so a hand-kept copy would go stale with any dependency
 * update, and `_headers` is written from `csp.ts` (the build refuses one in `public/`). Runs before
 * the search index's step, so the index reads the final HTML.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PageStep } from '../build/built-pages.ts';
import { headersFile } from './csp.ts';
import { protectPage } from './inline-code.ts';

export const HEADERS_FILE = '_headers';

/** The step: refuses a `_headers` already in the output before any page changes, protects each page, writes `_headers`. */
export function contentSecurityPolicyStep(): PageStep {
	let pages = 0;
	return {
		name: 'Content-Security-Policy',
		start(outDir) {
			pages = 0;
			if (existsSync(join(outDir, HEADERS_FILE))) {
				throw new Error(
					`${HEADERS_FILE} is generated from src/security/csp.ts: remove public/${HEADERS_FILE} and edit that module instead.`,
				);
			}
		},
		page(html, { chrome }) {
			pages++;
			return protectPage(html, chrome.bytes);
		},
		finish(outDir) {
			writeFileSync(join(outDir, HEADERS_FILE), headersFile());
			return `wrote the policy into ${pages} pages and ${HEADERS_FILE}`;
		},
	};
}
