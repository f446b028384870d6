/**
 * The JSON files islands download (`src/components/json-file.ts`): every page names each one with the digest of what
 * the build serves at that path (`?v=`), so that a reader's browser never mixes a new page with a file cached from an
 * earlier deploy (the file could lack a key the new island shows: a key instead of a sentence). No browser: the built
 * files are read as they are served.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { locales } from '../../src/i18n/locales.ts';
import { BUNDLE_ENTRY, searchBundlePath } from '../../src/search/bundles.ts';
import { headingsUrlOf } from '../../src/search/page-headings.ts';
import { headingsFileSchema } from '../../src/search/page-headings-schema.ts';
import { builtPages, DIST_DIR } from '../support/built-pages.ts';

/** A JSON file's URL path with its `?v=` digest, as it appears in a page (attributes escape the quotes around it). */
const VERSIONED = /(\/[\w\-/]*\.json)\?v=([^"&\s]*)/g;

test('every JSON file a page gives an island is named with the digest of what is served', () => {
	const problems: string[] = [];
	const named = new Set<string>();
	for (const page of builtPages()) {
		const html = readFileSync(page.path, 'utf8');
		const urls = [...html.matchAll(VERSIONED)];
		if (urls.length === 0) problems.push(`${page.url}: names no JSON file (its search button does)`);
		for (const [, path, digest] of urls) {
			const file = join(DIST_DIR, path!);
			if (!existsSync(file)) {
				problems.push(`${page.url}: ${path} was not built`);
				continue;
			}
			named.add(path!);
			const served = createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 12);
			if (served !== digest) problems.push(`${page.url}: ${path}?v=${digest}, but the file built is ${served}`);
		}
	}
	expect(problems).toEqual([]);
	// The files of each kind, in the English and Japanese pages at least.
	for (const path of [
		'/search-messages.json',
		'/ja/search-messages.json',
		'/claim-simulator/data.json',
		'/ja/claim-simulator/error-texts.json',
		'/ja/claim-simulator/preset-drafts.json',
		'/ja/claim-simulator/editor-texts.json',
		'/ja/claim-simulator/later-texts.json',
		'/ja/claim-lifecycle/texts.json',
	])
		expect(named, path).toContain(path);
});

test('every search bundle’s entry file names its headings file with the digest of what is served, one entry per page', () => {
	for (const locale of locales) {
		const bundle = searchBundlePath(locale);
		const entry: unknown = JSON.parse(readFileSync(join(DIST_DIR, bundle, BUNDLE_ENTRY), 'utf8'));
		const url = headingsUrlOf(bundle, entry);
		expect(url, `${bundle}${BUNDLE_ENTRY} names the headings file`).toBeDefined();
		const [path, digest] = url!.split('?v=');
		const served = readFileSync(join(DIST_DIR, path!));
		expect(createHash('sha256').update(served).digest('hex').slice(0, 12), path).toBe(digest);
		const file = headingsFileSchema.parse(JSON.parse(served.toString('utf8')));
		const fragments = readdirSync(join(DIST_DIR, bundle, 'fragment')).map((name) => name.replace(/\.pf_fragment$/, ''));
		expect(Object.keys(file.pages).sort(), `${path}: one entry per page of the index`).toEqual(fragments.sort());
	}
});
