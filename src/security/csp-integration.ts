/**
 * Build step (`astro:build:done`) that locks every built page down with the policy of `csp.ts`:
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
 * update, and `_headers` is written from `csp.ts` (the build refuses one in `public/`). Must run
 * before the Pagefind index is built, so the index reads the final HTML.
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import pLimit from 'p-limit';
import { headersFile } from './csp.ts';
import { protectPage } from './inline-code.ts';

export const HEADERS_FILE = '_headers';

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map((entry) => join(entry.parentPath, entry.name));
}

/** How many pages are read, protected and written at once: the reads and writes run on libuv's threads meanwhile. */
const PAGES_IN_FLIGHT = 8;

/** Protects every page of a built site in `outDir`; resolves to how many pages it wrote. */
export async function protectBuiltSite(outDir: string): Promise<{ pages: number }> {
	const headersPath = join(outDir, HEADERS_FILE);
	if (existsSync(headersPath)) {
		throw new Error(`${HEADERS_FILE} is generated from src/security/csp.ts: remove public/${HEADERS_FILE} and edit that module instead.`);
	}
	const files = htmlFiles(outDir);
	await pLimit(PAGES_IN_FLIGHT).map(files, async (file) => writeFile(file, protectPage(await readFile(file, 'utf8'))));
	writeFileSync(headersPath, headersFile());
	return { pages: files.length };
}

export function contentSecurityPolicyIntegration(): AstroIntegration {
	return {
		name: 'site:content-security-policy',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const { pages } = await protectBuiltSite(fileURLToPath(dir));
				logger.info(
					`Wrote the Content-Security-Policy into ${pages} pages and ${HEADERS_FILE} in ${Math.round(performance.now() - started)} ms.`,
				);
			},
		},
	};
}
