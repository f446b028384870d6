/**
 * Adding a language end to end (issue #13 §4): in a temporary copy of the project, the README's steps for a
 * new locale (Korean: `ko-KR` files, `/ko/`, `<html lang="ko">`), with no catalog, then a full build.
 * Slow (one `astro build`), so the time limit is far above the work: it must never fail for a busy machine.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SiteLocale } from '../../src/i18n/locales.ts';
import { readCatalogs } from '../../src/i18n/catalog-files.ts';
import {
	addLocaleEntry,
	copyProject,
	runBuild,
	runImport,
	runStatus,
	vendorFileFromSeed,
	writeLocaleEntry,
	type CommandResult,
} from './add-language.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ARTICLE = 'incentives-customer-association-issues';
const KOREAN: SiteLocale = { slug: 'ko', lang: 'ko', sourceLocale: 'ko-KR', label: '한국어' };
const MARKER = '[ko] ';
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
		const file = vendorFileFromSeed(seed, 'ko-KR', MARKER);
		const ids = (text: string) => [...text.matchAll(/data-(?:ttu|stu)-id="([^"]+)"/g)].map((match) => match[1]);
		const english = (text: string) => [...text.matchAll(/data-stu-id="[^"]+">([\s\S]*?)<\/span><\/span>/g)].map((match) => match[1]);
		expect(ids(file)).toEqual(ids(seed));
		expect(english(file)).toEqual(english(seed));
		expect(file).toContain('ms.contentlocale: ko-KR');
		expect(file).toContain('<span data-ttu-id="bd896-103">[ko] Customer association issues</span>');
		expect(file).not.toMatch(/[\p{Script=Hiragana}\p{Script=Katakana}]/u);
	});

	it('adds the entry at the end of the locales list', () => {
		const source = readFileSync(join(ROOT, 'src/i18n/locales.ts'), 'utf8');
		const updated = addLocaleEntry(source, KOREAN);
		expect(updated).toContain("\t\tslug: 'ko',\n\t\tlang: 'ko',\n\t\tsourceLocale: 'ko-KR',\n\t\tlabel: '한국어',");
		expect(updated.indexOf("slug: 'ko'")).toBeGreaterThan(updated.indexOf("slug: 'zh-tw'"));
	});
});

describe('adding a language in a copy of the project', () => {
	let project: string;
	let imported: CommandResult;
	let status: CommandResult;
	let build: CommandResult;
	const dist = (...path: string[]) => join(project, 'dist', ...path);
	const page = (...path: string[]) => readFileSync(dist(...path, 'index.html'), 'utf8');

	beforeAll(async () => {
		project = mkdtempSync(join(tmpdir(), 'cpor-add-language-'));
		copyProject(ROOT, project);
		// 1. The locale entry.
		writeLocaleEntry(project, KOREAN);
		// 2. The vendor file, imported.
		const vendorFile = join(project, 'incoming', `${ARTICLE}.md`);
		mkdirSync(dirname(vendorFile), { recursive: true });
		writeFileSync(
			vendorFile,
			vendorFileFromSeed(readFileSync(join(ROOT, 'content/sources/ja-JP', `${ARTICLE}.md`), 'utf8'), KOREAN.sourceLocale, MARKER),
		);
		imported = await runImport(project, [vendorFile]);
		// 3. No catalog: src/i18n/messages/ko/ is left out on purpose.
		// 4. The status, then the build.
		status = await runStatus(project);
		build = await runBuild(project);
	}, GENEROUS);

	afterAll(() => {
		if (project) rmSync(project, { recursive: true, force: true });
	}, GENEROUS);

	it('imports the vendor file into content/sources/ko-KR/', () => {
		expect(imported.code, imported.output).toBe(0);
		expect(existsSync(join(project, 'content/sources/ko-KR', `${ARTICLE}.md`))).toBe(true);
		expect(imported.output).toMatch(/ko\b/);
	});

	it('shows the new locale in npm run i18n:status: no catalog, every segment translated', () => {
		expect(status.code, status.output).toBe(0);
		expect(status.output).toMatch(/^ko\s+한국어\s+none\s/m);
		expect(status.output).toMatch(new RegExp(`^${ARTICLE}\\s+ko\\s+current \\w{7} \\d{4}-\\d\\d-\\d\\d\\s+(\\d+)/\\1\\s+0\\s+0$`, 'm'));
	});

	it('builds', () => {
		expect(build.code, build.output.slice(-4000)).toBe(0);
	});

	it('publishes the article at /ko/<article>/ with <html lang="ko">', () => {
		const html = page('ko', ARTICLE);
		expect(html).toMatch(/<html[^>]*\slang="ko"/);
		expect(html).toContain(`${MARKER}Customer association issues`);
	});

	it('lists the new language in the language picker of the other locales’ pages', () => {
		for (const path of [[], ['ja'], [ARTICLE], ['zh-tw', ARTICLE]]) expect(pickerOffers(page(...path), KOREAN), path.join('/')).toBe(true);
	});

	it('builds a search bundle for the new locale', () => {
		expect(existsSync(dist('pagefind', 'ko', 'pagefind-entry.json'))).toBe(true);
	});

	it('shows English UI strings where the catalog is missing', () => {
		expect(firstHeading(page('ko'))).not.toBe('');
		expect(firstHeading(page('ko'))).toBe(firstHeading(page()));
	});

	it('warns during the build that ko falls back to English, naming the keys', () => {
		const english = Object.keys(readCatalogs(join(project, 'src/i18n/messages')).messages('en'));
		expect(build.output).toMatch(new RegExp(`\\[i18n\\] ko: ${english.length} message\\(s\\) fall back to English: \\S`));
	});
});
