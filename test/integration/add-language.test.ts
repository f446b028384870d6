/**
 * Adding a language end to end (issues #13 §4, #18 §6): in a temporary copy of the project, the README's steps for a
 * new locale (Italian: `it-IT` files, `/it/`, `<html lang="it">`), with no catalog and no search queries, then a full
 * build, and the tests that know the site's locales (unit tests of locales, catalogs, glossary, sources, articles,
 * presets and search; the search recall test), which must stay green and report what the locale still lacks.
 * Also a bad vendor file in the copy: the build stops with the importer's one-line message.
 * Slow (builds and test runs in the copy), so the time limit is far above the work: it must never fail for a busy machine.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SiteLocale } from '../../src/i18n/locales.ts';
import { ownMessages, readCatalogFiles } from '../../src/i18n/catalog-files.ts';
import {
	addLocaleEntry,
	copyProject,
	runBuild,
	runImport,
	runSearchTests,
	runStatus,
	runUnitTests,
	vendorFileFromSeed,
	writeLocaleEntry,
	type CommandResult,
} from './add-language.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ARTICLE = 'incentives-customer-association-issues';
const ITALIAN: SiteLocale = { slug: 'it', lang: 'it', sourceLocale: 'it-IT', label: 'Italiano' };
const MARKER = '[it] ';
/** The tests that know the site's locales (`npm run test:unit`, narrowed to them). */
const LOCALE_AWARE_TESTS = [
	'test/unit/i18n',
	'test/unit/sources',
	'test/unit/facts/articles.test.ts',
	'test/unit/claim/presets.test.ts',
	'test/unit/search',
];
/** Far above the copy and the build on a loaded two-core machine (about two minutes); only a hang should reach it. */
const GENEROUS = 15 * 60_000;

const firstHeading = (html: string): string =>
	/<h1[^>]*>([\s\S]*?)<\/h1>/
		.exec(html)?.[1]
		?.replace(/<[^>]+>/g, '')
		.trim() ?? '';
const pickerOffers = (html: string, locale: SiteLocale): boolean =>
	new RegExp(`<option[^>]*value="/${locale.slug}/[^"]*"[^>]*>\\s*${locale.label}\\s*</option>`).test(html);

describe('vendorFileFromSeed and addLocaleEntry', () => {
	const seed = readFileSync(join(ROOT, 'content/sources/ja-JP', `${ARTICLE}.md`), 'utf8');

	it('keeps every segment id and English half, and marks the placeholder translations', () => {
		const file = vendorFileFromSeed(seed, 'it-IT', MARKER);
		const ids = (text: string) => [...text.matchAll(/data-(?:ttu|stu)-id="([^"]+)"/g)].map((match) => match[1]);
		const english = (text: string) => [...text.matchAll(/data-stu-id="[^"]+">([\s\S]*?)<\/span><\/span>/g)].map((match) => match[1]);
		expect(ids(file)).toEqual(ids(seed));
		expect(english(file)).toEqual(english(seed));
		expect(file).toContain('ms.contentlocale: it-IT');
		expect(file).toContain('<span data-ttu-id="bd896-103">[it] Customer association issues</span>');
		expect(file).not.toMatch(/[\p{Script=Hiragana}\p{Script=Katakana}]/u);
	});

	it('adds the entry at the end of the locales list', () => {
		const source = readFileSync(join(ROOT, 'src/i18n/locales.ts'), 'utf8');
		const updated = addLocaleEntry(source, ITALIAN);
		expect(updated).toContain("\t\tslug: 'it',\n\t\tlang: 'it',\n\t\tsourceLocale: 'it-IT',\n\t\tlabel: 'Italiano',");
		expect(updated.indexOf("slug: 'it'")).toBeGreaterThan(updated.indexOf("slug: 'fr'"));
	});
});

describe('adding a language in a copy of the project', () => {
	let project: string;
	let imported: CommandResult;
	let status: CommandResult;
	let build: CommandResult;
	let unit: CommandResult;
	let search: CommandResult;
	let badBuild: CommandResult;
	const dist = (...path: string[]) => join(project, 'dist', ...path);
	const page = (...path: string[]) => readFileSync(dist(...path, 'index.html'), 'utf8');

	beforeAll(async () => {
		project = mkdtempSync(join(tmpdir(), 'cpor-add-language-'));
		copyProject(ROOT, project);
		// 1. The locale entry.
		writeLocaleEntry(project, ITALIAN);
		// 2. The vendor file, imported.
		const vendorFile = join(project, 'incoming', `${ARTICLE}.md`);
		mkdirSync(dirname(vendorFile), { recursive: true });
		writeFileSync(
			vendorFile,
			vendorFileFromSeed(readFileSync(join(ROOT, 'content/sources/ja-JP', `${ARTICLE}.md`), 'utf8'), ITALIAN.sourceLocale, MARKER),
		);
		imported = await runImport(project, [vendorFile]);
		// 3. No catalog: src/i18n/messages/it/ is left out on purpose.
		// 4. The status, then the build.
		status = await runStatus(project);
		build = await runBuild(project);
		// 5. What `npm test` runs that knows the locales: green, with the new locale's gaps reported.
		unit = await runUnitTests(project, LOCALE_AWARE_TESTS);
		search = await runSearchTests(project);
		// A vendor file with one invalid byte, dropped into content/sources/ by hand: the build refuses it.
		const target = join(project, 'content/sources/it-IT', `${ARTICLE}.md`);
		const bytes = readFileSync(target);
		const at = bytes.indexOf('Customer association issues');
		writeFileSync(target, Buffer.concat([bytes.subarray(0, at), Buffer.from([0xff]), bytes.subarray(at)]));
		badBuild = await runBuild(project);
	}, GENEROUS);

	afterAll(() => {
		if (project) rmSync(project, { recursive: true, force: true });
	}, GENEROUS);

	it('imports the vendor file into content/sources/it-IT/', () => {
		expect(imported.code, imported.output).toBe(0);
		expect(existsSync(join(project, 'content/sources/it-IT', `${ARTICLE}.md`))).toBe(true);
		expect(imported.output).toMatch(/\bit\b/);
	});

	it('shows the new locale in npm run i18n:status: no catalog, every segment translated', () => {
		expect(status.code, status.output).toBe(0);
		expect(status.output).toMatch(/^it\s+Italiano\s+none\s/m);
		expect(status.output).toMatch(new RegExp(`^${ARTICLE}\\s+it\\s+current \\w{7} \\d{4}-\\d\\d-\\d\\d\\s+(\\d+)/\\1\\s+0\\s+0$`, 'm'));
	});

	it('builds', () => {
		expect(build.code, build.output.slice(-4000)).toBe(0);
	});

	it('publishes the article at /it/<article>/ with <html lang="it">', () => {
		const html = page('it', ARTICLE);
		expect(html).toMatch(/<html[^>]*\slang="it"/);
		expect(html).toContain(`${MARKER}Customer association issues`);
	});

	it('lists the new language in the language picker of the other locales’ pages', () => {
		for (const path of [[], ['ja'], [ARTICLE], ['zh-tw', ARTICLE]]) expect(pickerOffers(page(...path), ITALIAN), path.join('/')).toBe(true);
	});

	it('builds a search bundle for the new locale', () => {
		expect(existsSync(dist('pagefind', 'it', 'pagefind-entry.json'))).toBe(true);
	});

	it('shows English UI strings where the catalog is missing', () => {
		expect(firstHeading(page('it'))).not.toBe('');
		expect(firstHeading(page('it'))).toBe(firstHeading(page()));
	});

	it('warns during the build that it falls back to English, naming the keys', () => {
		// The project's own English words (the article's quotes come from the vendor files, in every locale).
		const english = Object.keys(ownMessages(readCatalogFiles(join(project, 'src/i18n/messages'))).get('en') ?? {});
		expect(build.output).toMatch(new RegExp(`\\[i18n\\] it: ${english.length} message\\(s\\) fall back to English: \\S`));
	});

	it('keeps the tests that know the locales green, reporting what the new locale lacks', () => {
		expect(unit.code, unit.output.slice(-4000)).toBe(0);
		expect(search.code, search.output.slice(-4000)).toBe(0);
		// The new locale has no query set yet: its recall test is reported as skipped.
		expect(search.output).toMatch(/Tests\s+\d+ passed \| 1 skipped/);
	});

	it('stops the build on a vendor file that is not UTF-8, with the one-line message and no stack trace', () => {
		expect(badBuild.code).toBe(1);
		expect(badBuild.output).toMatch(new RegExp(`content/sources/it-IT/${ARTICLE}\\.md:\\d+: the file is not valid UTF-8`));
		expect(badBuild.output).not.toMatch(/Stack trace|\n\s+at .*\(.*src\//);
	});
});
