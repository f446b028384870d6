import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { englishCalloutLabels } from '../../../src/article/index.ts';
import { SourceFormatError } from '../../../src/localization/index.ts';
import { applyImport, planImport } from '../../../src/sources/import.ts';
import { runImportCommand } from '../../../src/sources/import-command.ts';
import { locales } from '../../../src/i18n/locales.ts';
import { SOURCES_DIR } from '../../../src/sources/library.ts';
import { newerVersionChangingCompetingClaims } from '../article/fixtures.ts';
import { readSeed } from '../localization/helpers.ts';

const CAI = 'incentives-customer-association-issues';
const ARTICLE = `${CAI}.md`;
const CLI = fileURLToPath(new URL('../../../src/sources/import-cli.ts', import.meta.url));
const labels = () => englishCalloutLabels;
const encode = (text: string) => new TextEncoder().encode(text);

/** Every file below `dir` with its bytes, to prove an import wrote nothing. */
function snapshot(dir: string): Record<string, string> {
	const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
	return Object.fromEntries(
		files.map((entry) => [join(entry.parentPath, entry.name), readFileSync(join(entry.parentPath, entry.name), 'hex')]),
	);
}

let work: string;
let sources: string;

beforeEach(() => {
	work = mkdtempSync(join(tmpdir(), 'cpor-import-'));
	sources = join(work, 'sources');
	cpSync(SOURCES_DIR, sources, { recursive: true });
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

describe('planning an import', () => {
	it('puts a file under its ms.contentlocale folder and publishes every locale', () => {
		const plan = planImport([{ path: `incoming/${ARTICLE}`, bytes: encode(readSeed('ja-JP')) }], sources, labels);
		expect(plan.writes).toEqual([expect.objectContaining({ target: join(sources, 'ja-JP', ARTICLE), replaces: true })]);
		const localesWithTheArticle = locales.filter((locale) => existsSync(join(sources, locale.sourceLocale, ARTICLE)));
		expect(
			plan.pages
				.filter((page) => page.article === CAI)
				.map((page) => page.id)
				.sort(),
		).toEqual([CAI, ...localesWithTheArticle.map((locale) => `${locale.slug}/${CAI}`)].sort());
		expect(plan.pages.map((page) => page.id)).toContain(`ja/${CAI}`);
	});

	it('accepts a newer source version and shows the older locale as outdated', () => {
		const newer = newerVersionChangingCompetingClaims(); // a zh-TW file of a newer English version
		const plan = planImport([{ path: `incoming/${ARTICLE}`, bytes: encode(newer) }], sources, labels);
		const japanese = plan.pages.find((page) => page.id === `ja/${CAI}`)!;
		expect(japanese.view.current).toBe(false);
		expect(japanese.view.changedSections.map((section) => section.anchor)).toEqual(['competing-claims']);
		expect(japanese.html).toContain('sxs-untranslated');
	});

	it('refuses a file that is not UTF-8, naming it', () => {
		const bytes = new Uint8Array([0xff, 0xfe, 0x00, 0x41]);
		expect(() => planImport([{ path: 'bad.md', bytes }], sources, labels)).toThrow(/bad\.md:1: the file is not valid UTF-8/);
	});

	it('refuses two files that would land on the same path', () => {
		const bytes = encode(readSeed('ja-JP'));
		expect(() =>
			planImport(
				[
					{ path: `a/${ARTICLE}`, bytes },
					{ path: `b/${ARTICLE}`, bytes },
				],
				sources,
				labels,
			),
		).toThrow(SourceFormatError);
	});

	it('writes the file byte for byte, BOM and CRLF included', () => {
		const vendorBytes = encode(`\uFEFF${readSeed('ja-JP').replaceAll('\n', '\r\n')}`);
		const before = readdirSync(join(sources, 'ja-JP'));
		applyImport(planImport([{ path: `incoming/${ARTICLE}`, bytes: vendorBytes }], sources, labels));
		expect(new Uint8Array(readFileSync(join(sources, 'ja-JP', ARTICLE)))).toEqual(vendorBytes);
		expect(readdirSync(join(sources, 'ja-JP'))).toEqual(before); // no temporary file left
	});
});

describe('npm run import', () => {
	/** The command in-process (no child process to wait for on a busy machine), its output collected as a terminal shows it. */
	const run = (...args: string[]) => {
		const stdout: string[] = [];
		const stderr: string[] = [];
		const status = runImportCommand([...args, '--sources', sources], {
			log: (line) => stdout.push(line),
			error: (line) => stderr.push(line),
		});
		return { status, stdout: stdout.map((line) => `${line}\n`).join(''), stderr: stderr.map((line) => `${line}\n`).join('') };
	};

	it('imports good files and says what it did', () => {
		const incoming = join(work, ARTICLE);
		writeFileSync(incoming, readSeed('zh-TW'));
		const result = run(incoming);
		expect(result.status).toBe(0);
		expect(result.stdout).toContain(`Updated ${join(sources, 'zh-TW', ARTICLE)}`);
	});

	it('writes nothing when one of several files is bad, and names file, line and segment', () => {
		const before = snapshot(sources);
		const good = join(work, 'good', ARTICLE);
		const bad = join(work, 'bad', ARTICLE);
		cpSync(join(SOURCES_DIR, 'ja-JP', ARTICLE), good);
		const broken = readSeed('zh-TW').replace('<span data-stu-id="e1530-113">', '<span data-stu-id="e1530-999">');
		cpSync(join(SOURCES_DIR, 'zh-TW', ARTICLE), bad);
		writeFileSync(bad, broken);
		writeFileSync(good, newerVersionChangingCompetingClaims().replace('ms.contentlocale: zh-TW', 'ms.contentlocale: ja-JP'));

		const result = run(good, bad);
		expect(result.status).toBe(1);
		expect(result.stderr).toMatch(
			/^Import stopped, nothing was written: .*bad\/incentives-customer-association-issues\.md:\d+ \(segment e1530-113\)/,
		);
		expect(snapshot(sources)).toEqual(before);
	});

	it('explains how to add a locale the site does not have yet', () => {
		// A locale the site does not have (the add-language integration test adds it-IT to its copy).
		const code = ['it-IT', 'sv-SE', 'pl-PL'].find((candidate) => !locales.some((locale) => locale.sourceLocale === candidate))!;
		const file = join(work, ARTICLE);
		writeFileSync(file, readSeed('ja-JP').replace('ms.contentlocale: ja-JP', `ms.contentlocale: ${code}`));
		const result = run(file);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain(`unknown locale "${code}"`);
		expect(result.stderr).toContain('src/i18n/locales.ts');
	});

	// The one child process: `node src/sources/import-cli.ts` connects the command to the terminal and its exit
	// status. Its limit, the unit tests' 60 s (test/vitest.config.ts), is far above its work (about a second on an idle machine).
	it("runs from the terminal and exits with the command's status", () => {
		const missing = join(work, 'missing', ARTICLE);
		const result = spawnSync(process.execPath, [CLI, missing, '--sources', sources], { encoding: 'utf8' });
		expect(result.status).toBe(1);
		expect(result.stderr).toContain(`Import stopped, nothing was written:`);
		expect(result.stderr).toContain(missing);
	});
});
