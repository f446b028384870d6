/**
 * The repository's citation sources, read once for the unit tests that resolve `KEY#n` citations: the fact sheet
 * (`content/facts/cpor-facts.md`), the vendor files (`content/sources/**`, as `[file name, text]`), and the index
 * built from both (`citationIndex`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { citationIndex } from '../../src/facts/citations.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The fact sheet's text. */
export const factSheet = readFileSync(join(root, 'content/facts/cpor-facts.md'), 'utf8');

/** Every vendor file under `content/sources/`, as `[file name, text]`. */
export const vendorFiles: ReadonlyArray<readonly [string, string]> = readdirSync(join(root, 'content/sources'), {
	recursive: true,
	withFileTypes: true,
})
	.filter((entry) => entry.isFile())
	.map((entry) => [entry.name, readFileSync(join(entry.parentPath, entry.name), 'utf8')] as const);

/** The citation index of the fact sheet and the vendor files. */
export const factIndex = citationIndex(factSheet, vendorFiles);
