/**
 * Pagefind's script (`pagefind.js`) as the site serves it: minified, its local names shortened. Pagefind ships it with
 * its whitespace removed but every name whole (`build_excerpt`, `is_zws_delimited`), 13.2 kB gzipped; shortened by
 * Rolldown's minifier (the one Vite minifies the site's own code with) it is 11.0 kB, about 2 kB off every first search
 * in every language (issue #15's budget of 150 kB) and off each other language's copy a cross-language search loads.
 * Its exports and `import.meta.url`, by which it finds the rest of its bundle, are kept as they are. Build-time only.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minifySync } from 'rolldown/utils';

/** The script of a Pagefind bundle, beside its entry file. */
export const BUNDLE_SCRIPT = 'pagefind.js';

/**
 * Minifies the `pagefind.js` of the bundle in `bundleDir` in place. Returns its sizes in bytes (not gzipped) before and
 * after. Throws when the script is missing or the minifier reports an error: a bundle is never served half-minified.
 */
export function minifyBundleScript(bundleDir: string): { before: number; after: number } {
	const file = join(bundleDir, BUNDLE_SCRIPT);
	const code = readFileSync(file, 'utf8');
	const minified = minifySync(BUNDLE_SCRIPT, code, { module: true, compress: true, mangle: true });
	if (minified.errors.length > 0) throw new Error(`Could not minify ${file}: ${minified.errors.map((error) => error.message).join('; ')}`);
	writeFileSync(file, minified.code);
	return { before: Buffer.byteLength(code), after: Buffer.byteLength(minified.code) };
}
