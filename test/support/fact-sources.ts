/**
 * The repository's citation sources, read once for the unit tests that resolve `KEY#n` citations: the fact sheet
 * (`content/facts/cpor-facts.md`), the vendor files (`content/sources/**`, as `[file name, text]`), the index
 * built from both (`citationIndex`), and the cited copies of the articles (`content/facts/articles/**`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { citedArticles } from '../../src/facts/cited-articles.ts';
import { citationIndex } from '../../src/facts/citations.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The fact sheet's text. */
export const factSheet = readFileSync(join(root, 'content/facts/cpor-facts.md'), 'utf8');

/** Every vendor file under `content/sources/`, as `[file name, text]`. */
const vendorFiles: ReadonlyArray<readonly [string, string]> = readdirSync(join(root, 'content/sources'), {
	recursive: true,
	withFileTypes: true,
})
	.filter((entry) => entry.isFile())
	.map((entry) => [entry.name, readFileSync(join(entry.parentPath, entry.name), 'utf8')] as const);

/** The citation index of the fact sheet and the vendor files. */
export const factIndex = citationIndex(factSheet, vendorFiles);

/** The cited source version of each article (`content/facts/articles/<locale>/*.md`), by key. */
export const citedCopies = citedArticles(
	readdirSync(join(root, 'content/facts/articles'), { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
		.map((entry) => {
			const path = join(entry.parentPath, entry.name);
			return [path, readFileSync(path, 'utf8')] as const;
		}),
);
