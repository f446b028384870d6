/**
 * Adding a language, step by step, as the README's "Adding a language" section describes it, run in a
 * temporary copy of the project by `add-language.test.ts`:
 *
 * 1. `addLocaleEntry`: one entry in `locales` in `src/i18n/locales.ts` (slug, `<html lang>`, the vendor's
 *    `ms.contentlocale`, the language's own name);
 * 2. `npm run import -- <vendor file>` (`runImport`): the importer checks the file against the other
 *    locales' files and copies it to `content/sources/<ms.contentlocale>/`;
 * 3. optionally, a catalog folder `src/i18n/messages/<lang>/` (left out here: the UI shows English);
 * 4. `npm run i18n:status` (`runStatus`) shows what is translated; `npm run build` (`runBuild`) publishes it.
 *
 * `vendorFileFromSeed` stands in for the vendor: it turns another locale's file into one for the new
 * locale with the same segment ids and English, and `[ko] `-style placeholder translations.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, cpSync, linkSync, mkdirSync, readdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SiteLocale } from '../../src/i18n/locales.ts';

/** What the copy holds: everything `astro build`, the importer and `i18n:status` read. */
const PROJECT_ENTRIES = ['src', 'content', 'public', 'test', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

/** Caches Astro and Vite write below `node_modules/`; the copy starts without them. */
const OWN_CACHES = new Set(['.astro', '.vite']);

/**
 * Recreates `source` at `target` with hard links to its files (a plain copy across file systems), so the
 * copy's packages cost no space and their real paths stay inside the copy: Astro's build fails on packages
 * reached through a symlink to a folder outside the project.
 */
function linkTree(source: string, target: string, skip: ReadonlySet<string> = new Set()): void {
	mkdirSync(target, { recursive: true });
	for (const entry of readdirSync(source, { withFileTypes: true })) {
		if (skip.has(entry.name)) continue;
		const from = join(source, entry.name);
		const to = join(target, entry.name);
		if (entry.isDirectory()) linkTree(from, to);
		else if (entry.isSymbolicLink()) symlinkSync(readlinkSync(from), to);
		else {
			try {
				linkSync(from, to);
			} catch {
				copyFileSync(from, to);
			}
		}
	}
}

/**
 * Copies the project into `target` (created): the files the build, the importer and `i18n:status` read, and
 * `node_modules/` as hard links without Astro's and Vite's caches, so nothing the copy does reaches the original.
 */
export function copyProject(root: string, target: string): void {
	mkdirSync(target, { recursive: true });
	for (const entry of PROJECT_ENTRIES) cpSync(join(root, entry), join(target, entry), { recursive: true });
	linkTree(join(root, 'node_modules'), join(target, 'node_modules'), OWN_CACHES);
}

const PAIR =
	/<span data-ttu-id="([^"]+)">([\s\S]*?)<\/span><span class="sxs-lookup"><span data-stu-id="([^"]+)">([\s\S]*?)<\/span><\/span>/g;

/**
 * A vendor file for another locale made from an existing one: every segment keeps its id and English, and
 * its translation becomes `marker` + the English; `ms.contentlocale` names the new locale, and the title and
 * description are placeholders too. Throws when the text holds no segment.
 */
export function vendorFileFromSeed(seed: string, sourceLocale: string, marker: string): string {
	let englishTitle = '';
	let segments = 0;
	const body = seed.replace(PAIR, (_match, id: string, _translation: string, englishId: string, english: string) => {
		segments += 1;
		englishTitle ||= english;
		return `<span data-ttu-id="${id}">${marker}${english}</span><span class="sxs-lookup"><span data-stu-id="${englishId}">${english}</span></span>`;
	});
	if (segments === 0) throw new Error('the seed holds no side-by-side segment');
	return body
		.replace(/^ms\.contentlocale: .*$/m, `ms.contentlocale: ${sourceLocale}`)
		.replace(/^title: .*$/m, `title: ${JSON.stringify(marker + englishTitle)}`)
		.replace(/^description: .*$/m, `description: ${JSON.stringify(marker + englishTitle)}`);
}

/** The TypeScript of one `locales` entry. */
function localeEntrySource(locale: SiteLocale): string {
	const fields = Object.entries(locale).map(([key, value]) => `\t\t${key}: ${JSON.stringify(value).replace(/^"(.*)"$/, "'$1'")},`);
	return `\t{\n${fields.join('\n')}\n\t},\n`;
}

/** `src/i18n/locales.ts` with one more entry at the end of the `locales` list. Throws when the list is not found. */
export function addLocaleEntry(localesSource: string, locale: SiteLocale): string {
	const start = localesSource.indexOf('export const locales');
	const end = start === -1 ? -1 : localesSource.indexOf('\n];', start);
	if (end === -1) throw new Error('src/i18n/locales.ts has no `export const locales = [ … ];` list');
	return `${localesSource.slice(0, end + 1)}${localeEntrySource(locale)}${localesSource.slice(end + 1)}`;
}

/** Step 1 in a project folder: the locale entry. */
export function writeLocaleEntry(project: string, locale: SiteLocale): void {
	const file = join(project, 'src/i18n/locales.ts');
	writeFileSync(file, addLocaleEntry(readFileSync(file, 'utf8'), locale));
}

/** What a command printed, and how it ended. */
export interface CommandResult {
	readonly code: number | null;
	/** stdout and stderr, interleaved as they arrived. */
	readonly output: string;
}

/** Runs `node <args>` in `cwd`, with no time limit of its own (the caller's test timeout is the limit). */
function runNode(cwd: string, args: readonly string[]): Promise<CommandResult> {
	return new Promise((resolve, reject) => {
		const env = { ...process.env };
		delete env['CPOR_SOURCES_DIR'];
		const child = spawn(process.execPath, args, { cwd, env: { ...env, NO_COLOR: '1', FORCE_COLOR: '0' } });
		let output = '';
		child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
		child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
		child.on('error', reject);
		child.on('close', (code) => resolve({ code, output }));
	});
}

/** Step 2: `npm run import -- <files>` in the project. */
export function runImport(project: string, files: readonly string[]): Promise<CommandResult> {
	return runNode(project, ['src/sources/import-cli.ts', ...files]);
}

/** Step 4: `npm run i18n:status` in the project. */
export function runStatus(project: string): Promise<CommandResult> {
	return runNode(project, ['src/i18n/status-cli.ts']);
}

/** `vitest run` of `paths` with the project's unit-test config, in the project (what `npm run test:unit` runs, narrowed). */
export function runUnitTests(project: string, paths: readonly string[]): Promise<CommandResult> {
	return runNode(project, ['node_modules/vitest/vitest.mjs', 'run', '--config', 'test/vitest.config.ts', '--project', 'unit', ...paths]);
}

/** `npm run test:search` in the project (needs its build). */
export function runSearchTests(project: string): Promise<CommandResult> {
	return runNode(project, ['node_modules/vitest/vitest.mjs', 'run', '--config', 'test/vitest.search.config.ts']);
}

/** `npm run build` (`astro build`) in the project; the site lands in `<project>/dist/`. */
export function runBuild(project: string): Promise<CommandResult> {
	return runNode(project, ['node_modules/astro/bin/astro.mjs', 'build']);
}
