import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locales } from '../../../src/i18n/locales.ts';
import { SourceFormatError } from '../../../src/localization/index.ts';
import { parseLocalizedFile } from '../../../src/localization/parse.ts';
import { MIN_FILES_PER_WORKER, parseOnAllCores, type FileToParse } from '../../../src/sources/parse-on-all-cores.ts';
import { SOURCES_DIR } from '../../../src/sources/library.ts';

/** Every vendor file of the project, `copies` times under names of their own (each name is parsed apart). */
function vendorFiles(copies: number, tag: string): FileToParse[] {
	const root = SOURCES_DIR;
	const files = readdirSync(root).flatMap((folder) =>
		readdirSync(join(root, folder)).map((name) => ({ name: `${folder}/${name}`, text: readFileSync(join(root, folder, name), 'utf8') })),
	);
	return Array.from({ length: copies }, (_, copy) =>
		files.map((file) => ({ name: `${tag}/${copy}/${file.name}`, text: file.text })),
	).flat();
}

describe('parseOnAllCores', () => {
	it('leaves every file parsed in the cache, worker shares included, each as a parse on this thread gives it', async () => {
		const files = vendorFiles(Math.ceil((2 * MIN_FILES_PER_WORKER) / 24), 'all-cores');
		expect(await parseOnAllCores(files, 2)).toBe(2);
		for (const file of files) {
			const cached = parseLocalizedFile(file.text, file.name);
			// A name of its own makes the same text parse again, here.
			const fresh = parseLocalizedFile(file.text, `${file.name}#fresh`);
			expect({ ...cached, file: '' }).toEqual({ ...fresh, file: '' });
			expect(cached.file).toBe(file.name);
			// Copied across threads, the locale is the site's own object again (locales are compared by identity).
			expect(locales).toContain(cached.locale);
		}
	});

	it('never throws for a bad file: the caller’s own parse throws its error, and the other files are parsed', async () => {
		const files = vendorFiles(Math.ceil((2 * MIN_FILES_PER_WORKER) / 24), 'bad-file');
		const bad = { name: 'bad-file/ja-JP/broken.md', text: '---\nms.contentlocale: ja-JP\n---\n' };
		files.splice(files.length - 3, 0, bad); // in the worker's share
		expect(await parseOnAllCores(files, 2)).toBe(2);
		expect(() => parseLocalizedFile(bad.text, bad.name)).toThrow(SourceFormatError);
	});

	it('parses on this thread alone with one core or too few files', async () => {
		expect(await parseOnAllCores(vendorFiles(1, 'one-core'), 1)).toBe(1);
		expect(await parseOnAllCores(vendorFiles(1, 'few-files'), 4)).toBe(1);
	});
});
