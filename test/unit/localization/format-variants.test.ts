/**
 * Constructs of the side-by-side format that the seeds do not use but other articles, locales and
 * source versions do (taken from other vendor-localized Microsoft docs).
 */
import { describe, expect, it } from 'vitest';
import { parseLocalizedFile } from '../../../src/localization/parse.ts';
import type { Block } from '../../../src/localization/schema.ts';
import { json, pair, vendorFile, VENDOR_MARKUP } from './helpers.ts';

const parse = (body: string) => parseLocalizedFile(vendorFile(body), 'ja-JP/variants.md');

describe('format variants', () => {
	it('a link wrapping a whole pair (see-also lists)', () => {
		const document = parse(
			`- [${pair('4bb86-120', 'プリンシパル', 'Principal Objects')}](../principal.md)\n- <xref:System.DateTimeOffset>\n`,
		);
		const [list] = document.blocks;
		expect(list).toMatchObject({
			type: 'list',
			items: [
				[{ type: 'paragraph', content: [{ type: 'link', href: '../principal.md', children: [{ type: 'segment', number: 120 }] }] }],
				[{ type: 'paragraph', content: [{ type: 'link', href: 'xref:System.DateTimeOffset' }] }],
			],
		});
		expect(document.segments[0]).toMatchObject({ id: '4bb86-120', english: [{ type: 'text', value: 'Principal Objects' }] });
	});

	it('strong, inline code, <br>, <b>, comments and link references inside halves', () => {
		const document = parse(
			`${pair('2d76a-105', '**適用対象:** `Get-Foo`<br/>次<b>太字</b>', '**Applies to:** `Get-Foo`<br/>next <b>bold</b> [ref]')} <!-- note -->\n\n[ref]: https://example.com/ref\n`,
		);
		expect(document.segments[0]?.translation).toEqual([
			{ type: 'strong', children: [{ type: 'text', value: '適用対象:' }] },
			{ type: 'text', value: ' ' },
			{ type: 'inlineCode', value: 'Get-Foo' },
			{ type: 'break' },
			{ type: 'text', value: '次' },
			{ type: 'strong', children: [{ type: 'text', value: '太字' }] },
		]);
		expect(document.segments[0]?.english.at(-1)).toEqual({
			type: 'link',
			href: 'https://example.com/ref',
			children: [{ type: 'text', value: 'ref' }],
		});
		expect(document.blocks).toHaveLength(1);
	});

	it.each([
		['NOTE', 'note'],
		['Note', 'note'],
		['TIP', 'tip'],
		['IMPORTANT', 'important'],
		['WARNING', 'warning'],
		['CAUTION', 'caution'],
	])('a > [!%s] callout, with a space after ">" and the marker on its own paragraph', (marker, kind) => {
		const document = parse(`> [!${marker}]\n>\n> ${pair('38a37-148', '注', 'Mind this.')}\n`);
		expect(document.blocks).toEqual<Block[]>([
			{
				type: 'callout',
				kind: kind as 'note',
				blocks: [{ type: 'paragraph', content: [{ type: 'segment', number: 148 }], line: 12 }],
				line: 10,
			},
		]);
	});

	it('a plain quote and a [!div] checklist wrapper', () => {
		const document = parse(
			`> ${pair('a1b2c-101', '引用', 'Quote')}\n\n> [!div class="checklist"]\n>\n> - ${pair('a1b2c-102', '項目', 'Item')}\n`,
		);
		expect(document.blocks.map((block) => block.type)).toEqual(['quote', 'list']);
	});

	it('a heading without an <a name> anchor gets one from its English text', () => {
		const document = parse(`## ${pair('a1b2c-101', '関連項目', 'See also: more!')}\n`);
		expect(document.headings).toEqual([
			{ depth: 2, anchor: 'see-also-more', translation: '関連項目', english: 'See also: more!', line: 10 },
		]);
	});

	it('language-neutral text outside pairs (code, punctuation, numbers) is kept', () => {
		const document = parse(`1 — \`az login\`: ${pair('a1b2c-101', '一', 'One')}。 (2)\n`);
		expect(document.blocks[0]).toMatchObject({
			content: [
				{ type: 'text', value: '1 — ' },
				{ type: 'inlineCode', value: 'az login' },
				{ type: 'text', value: ': ' },
				{ type: 'segment', number: 101 },
				{ type: 'text', value: '。 (2)' },
			],
		});
	});

	it('a table with alignment, <br> in a cell and a short row', () => {
		const document = parse(`| ${pair('a-1', '甲', 'A')} | ${pair('a-2', '乙', 'B')} |\n|:--|--:|\n| ${pair('a-3', '丙', 'C')}<br>1 |\n`);
		expect(document.blocks[0]).toMatchObject({
			type: 'table',
			align: ['left', 'right'],
			rows: [[[{ type: 'segment', number: 3 }, { type: 'break' }, { type: 'text', value: '1' }], []]],
		});
	});

	it('a segment split over two lines keeps its soft line break', () => {
		const document = parse(`${pair('a-1', '一行目\n二行目', 'first line\nsecond line')}\n`);
		expect(document.segments[0]?.english).toEqual([{ type: 'text', value: 'first line\nsecond line' }]);
	});

	it('code blocks are kept verbatim', () => {
		const document = parse(`${pair('a-1', '例:', 'Example:')}\n\n\`\`\`powershell\nConnect-Service -Credential $c\n\`\`\`\n`);
		expect(document.blocks[1]).toEqual({ type: 'code', lang: 'powershell', value: 'Connect-Service -Credential $c', line: 12 });
		for (const markup of VENDOR_MARKUP) expect(json(document)).not.toContain(markup);
	});
});
