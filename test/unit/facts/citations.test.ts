/**
 * Every `KEY#n` citation in the repository's code and content resolves to the fact sheet,
 * `content/facts/cpor-facts.md`: its key is in the sheet's key table, and the segments it names are cited in the
 * sheet or present in that article's vendor files under `content/sources/`. Repository files only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { citationIndex, findKey, formatCitation, parseCitations, sheetKeys, unresolved } from '../../../src/facts/citations.ts';
import { sentenceProblem } from '../../../src/facts/cited-articles.ts';
import { citedCopies } from '../../support/fact-sources.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const SHEET = 'content/facts/cpor-facts.md';
const sheet = readFileSync(join(root, SHEET), 'utf8');

/** Every file below `dir` (relative to the project root), as project-relative paths. */
function filesUnder(dir: string): string[] {
	return readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(root, join(entry.parentPath, entry.name)));
}

const vendorFiles = filesUnder('content/sources').map((path) => [path.split('/').at(-1)!, readFileSync(join(root, path), 'utf8')] as const);
const index = citationIndex(sheet, vendorFiles);
const scanned = [
	...filesUnder('src'),
	...filesUnder('content').filter((path) => !path.startsWith('content/sources/') && !path.startsWith('content/facts/articles/')),
	...filesUnder('test/fixtures'),
];

describe('the fact sheet', () => {
	it('is in the repository and defines the keys the site cites', () => {
		expect(index.keys.map((row) => row.key)).toEqual(expect.arrayContaining(['CAI', 'MCA', 'OSA', 'FCD', 'POE']));
		expect(findKey(index.keys, 'CAI')?.file).toBe('incentives-customer-association-issues.md');
	});
});

describe('every KEY#n citation in src/, content/ and test/fixtures/', () => {
	it('resolves to the fact sheet', () => {
		const problems: string[] = [];
		let count = 0;
		for (const path of scanned) {
			const text = readFileSync(join(root, path), 'utf8');
			for (const citation of parseCitations(text)) {
				count++;
				const why = unresolved(citation, index);
				if (why) problems.push(`${path}:${text.slice(0, citation.index).split('\n').length}: ${citation.text}: ${why}`);
			}
		}
		expect(problems).toEqual([]);
		expect(count).toBeGreaterThan(100); // the scan finds the citations at all
	});

	it('names sentences of the cited copy of its article, never a heading alone', () => {
		const problems: string[] = [];
		for (const path of scanned) {
			const text = readFileSync(join(root, path), 'utf8');
			for (const citation of parseCitations(text)) {
				const why = sentenceProblem(formatCitation(citation), citedCopies);
				if (why) problems.push(`${path}:${text.slice(0, citation.index).split('\n').length}: ${why}`);
			}
		}
		expect(problems).toEqual([]);
		expect(citedCopies.size).toBe(4); // CAI, MCA, OSA and FCD: the copies are read at all
	});
});

describe('the resolver', () => {
	const tiny = citationIndex(
		[
			'| key | article | notes |',
			'|---|---|---|',
			'| CAI | partner-center/incentives-customer-association-issues.md | x |',
			'| MCA | partner-center/incentives-manage-customer-associations.md | x |',
			'| SH-* | Azure | y |',
			'| EN2023 / MCA2023 | 2023 | z |',
			'',
			'Roles [CAI#107–110; MCA#5]',
		].join('\n'),
		[['incentives-customer-association-issues.md', '<span data-stu-id="bd896-150">x</span>']],
	);
	const check = (text: string) => parseCitations(text).map((citation) => unresolved(citation, tiny) ?? 'ok');

	it('reads single segments, ranges with an en dash or a hyphen, and comma continuations', () => {
		expect(parseCitations('[OSA#120, #144–145] and CAI#7-9').map(({ key, from, to }) => `${key} ${from} ${to}`)).toEqual([
			'OSA 120 120',
			'OSA 144 145',
			'CAI 7 9',
		]);
	});

	it('reads the key table, a family (SH-*) and a row of two keys', () => {
		expect(sheetKeys(['| key | a | b |', '| SH-* | x | y |', '| EN2023 / MCA2023 | x | y |'].join('\n')).map((row) => row.key)).toEqual([
			'SH-',
			'EN2023',
			'MCA2023',
		]);
	});

	it('accepts a segment the sheet cites or one the vendor file has', () => {
		expect(check('CAI#108 CAI#150 CAI#107–150')).toEqual(['ok', 'ok', 'ok']);
	});

	it('refuses an unknown key, a segment nowhere to be found, and a reversed range', () => {
		expect(check('XYZ#1')).toEqual(["the key XYZ is not in the fact sheet's key table"]);
		expect(check('CAI#999')[0]).toMatch(/segment 999 of CAI/);
		expect(check('MCA#6')[0]).toMatch(/segment 6 of MCA/); // MCA has no vendor file in `tiny`
		expect(check('CAI#110–107')[0]).toMatch(/ends \(107\) before it starts/);
	});
});
