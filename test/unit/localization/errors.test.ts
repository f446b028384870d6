import { describe, expect, it } from 'vitest';
import { SourceFormatError } from '../../../src/localization/errors.ts';
import { parseLocalizedFile } from '../../../src/localization/parse.ts';
import { frontMatterLines, pair, vendorFile } from './helpers.ts';

const FILE = 'ko-KR/broken.md';

/** Parses `text` and returns the SourceFormatError it must throw. */
function errorOf(text: string): SourceFormatError {
	try {
		parseLocalizedFile(text, FILE);
	} catch (error) {
		if (error instanceof SourceFormatError) return error;
		throw error;
	}
	throw new Error('expected a SourceFormatError');
}

function expectError(text: string, expected: { line: number; segmentId?: string; detail: RegExp }): SourceFormatError {
	const error = errorOf(text);
	expect(error.message).toContain(FILE);
	expect(error.message).toContain(`${FILE}:${expected.line}`);
	expect(error.line).toBe(expected.line);
	if (expected.segmentId !== undefined) {
		expect(error.segmentId).toBe(expected.segmentId);
		expect(error.message).toContain(`segment ${expected.segmentId}`);
	}
	expect(error.message).toMatch(expected.detail);
	return error;
}

/** File line of body line `bodyLine` (1-based) in a `vendorFile`. */
const line = (bodyLine: number): number => frontMatterLines() + bodyLine;

describe('SourceFormatError names file, line and segment', () => {
	it('unbalanced spans: a span that is never closed', () => {
		const body = `# <a name="t"></a>${pair('a1b2c-101', 'タイトル', 'Title')}\n\n— <span data-ttu-id="a1b2c-102">訳</span><span class="sxs-lookup"><span data-stu-id="a1b2c-102">English</span>\n`;
		expectError(vendorFile(body), {
			line: line(3),
			segmentId: 'a1b2c-102',
			detail: /unbalanced spans: <span class="sxs-lookup">.*not closed/,
		});
	});

	it('unbalanced spans: a </span> without an open span', () => {
		const body = `${pair('a1b2c-101', '訳', 'English')}</span>\n`;
		expectError(vendorFile(body), { line: line(1), segmentId: 'a1b2c-101', detail: /unbalanced spans: <\/span> without an open <span>/ });
	});

	it('wrongly nested spans: the English pair inside the translation span', () => {
		const body = `\n<span data-ttu-id="a1b2c-101">訳<span class="sxs-lookup"><span data-stu-id="a1b2c-101">English</span></span></span>\n`;
		expectError(vendorFile(body), { line: line(2), segmentId: 'a1b2c-101', detail: /wrongly nested spans/ });
	});

	it('wrongly nested spans: a pair cut by a link boundary', () => {
		const body = `[<span data-ttu-id="a1b2c-101">訳](https://example.com)</span><span class="sxs-lookup"><span data-stu-id="a1b2c-101">English</span></span>\n`;
		expectError(vendorFile(body), {
			line: line(1),
			segmentId: 'a1b2c-101',
			detail: /wrongly nested spans: .*not closed before the end of the link/,
		});
	});

	it('a translation without its English pair', () => {
		const body = `${pair('a1b2c-101', '一', 'One')}\n\n- <span data-ttu-id="a1b2c-102">二</span> and more\n`;
		expectError(vendorFile(body), { line: line(3), segmentId: 'a1b2c-102', detail: /translation without its English pair/ });
	});

	it('an English half without its translation', () => {
		const body = `${pair('a1b2c-101', '一', 'One')} <span class="sxs-lookup"><span data-stu-id="a1b2c-102">Two</span></span>\n`;
		expectError(vendorFile(body), { line: line(1), segmentId: 'a1b2c-102', detail: /English without its translation/ });
	});

	it('segment ids that differ within a pair', () => {
		const body = `—\n\n${pair('a1b2c-101', '一', 'One', 'a1b2c-110')}\n`;
		const error = expectError(vendorFile(body), { line: line(3), segmentId: 'a1b2c-101', detail: /segment ids differ within a pair/ });
		expect(error.message).toContain('a1b2c-110');
	});

	it('a segment id used twice in the file', () => {
		const body = `${pair('a1b2c-101', '一', 'One')}\n\n${pair('a1b2c-102', '二', 'Two')}\n\n${pair('a1b2c-101', '三', 'Three')}\n`;
		const error = expectError(vendorFile(body), { line: line(5), segmentId: 'a1b2c-101', detail: /duplicated segment id a1b2c-101/ });
		expect(error.message).toContain(`line ${line(1)}`);
	});

	it('a malformed segment id', () => {
		expectError(vendorFile(`${pair('nonumber', '一', 'One')}\n`), { line: line(1), segmentId: 'nonumber', detail: /malformed segment id/ });
	});

	it('front matter missing', () => {
		expectError(`# <a name="t"></a>${pair('a1b2c-101', 'タイトル', 'Title')}\n`, { line: 1, detail: /front matter is missing/ });
	});

	it('front matter field failing the schema (names the field)', () => {
		const text = vendorFile(`${pair('a1b2c-101', '一', 'One')}\n`, { 'ms.date': 'yesterday' });
		expectError(text, { line: 4, detail: /front matter field "ms\.date" is invalid: expected a date like 06\/29\/2020/ });
	});

	it('front matter field missing (names the field)', () => {
		const text = vendorFile(`${pair('a1b2c-101', '一', 'One')}\n`, { 'ms.sourcegitcommit': undefined });
		expectError(text, { line: 1, detail: /front matter field "ms\.sourcegitcommit" is missing/ });
	});

	it('an unknown locale (lists the configured ones)', () => {
		const text = vendorFile(`${pair('a1b2c-101', '하나', 'One')}\n`, { 'ms.contentlocale': 'it-IT' });
		expectError(text, { line: 7, detail: /unknown locale "it-IT".*configured locales: ja-JP, zh-TW, ko-KR/ });
	});

	it('an empty file (also when it is only a BOM and blank lines)', () => {
		expectError('', { line: 1, detail: /the file is empty/ });
		expectError('\uFEFF\r\n  \r\n', { line: 1, detail: /the file is empty/ });
	});

	it('a file with front matter but no body', () => {
		expectError(vendorFile(''), { line: line(1), detail: /no content after the front matter/ });
	});

	it('unsupported inline HTML inside a segment', () => {
		const body = `<span data-ttu-id="a1b2c-101">一<img src="x.png"></span><span class="sxs-lookup"><span data-stu-id="a1b2c-101">One</span></span>\n`;
		expectError(vendorFile(body), { line: line(1), segmentId: 'a1b2c-101', detail: /unsupported inline HTML <img>/ });
	});

	it('a plain translated file (front matter, no side-by-side pairs) is not a side-by-side file', () => {
		expectError(vendorFile('# 顧客の関連付け\n\nサブスクリプションが既に要求されています。\n'), {
			line: line(1),
			detail: /not a side-by-side file/,
		});
	});

	it('a translated sentence outside any pair (it would reach the English page and every locale)', () => {
		const body = `${pair('a1b2c-101', '一', 'One')}\n\nこの文は対になっていません。\n`;
		expectError(vendorFile(body), { line: line(3), detail: /text outside segment pairs: "この文は対になっていません。"/ });
		expectError(vendorFile(`${pair('a1b2c-101', '一', 'One')} Ein Satz ohne Paar.\n`), { line: line(1), detail: /"Ein Satz ohne Paar\."/ });
		expectError(vendorFile(`- ${pair('a1b2c-101', '一', 'One')}\n- [Seite](other.md)\n`), { line: line(2), detail: /"Seite"/ });
	});
});
