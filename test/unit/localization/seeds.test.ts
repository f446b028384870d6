import { describe, expect, it } from 'vitest';
import { contentText, inlineText } from '../../../src/localization/inline.ts';
import type { Block, ContentPart, Inline, LocalizedDocument, TableBlock } from '../../../src/localization/schema.ts';
import { localizedDocumentSchema } from '../../../src/localization/schema.ts';
import { forEachBlock } from '../../../src/localization/walk.ts';
import { INCENTIVES_OVERVIEW_URL as OVERVIEW_URL, SECTION_ANCHORS, SUPPORT_URL, TITLE_ANCHOR } from '../../fixtures/seed-article.ts';
import { json, parseSeed, SEED_LOCALES, VENDOR_MARKUP } from './helpers.ts';

const ANCHORS = [TITLE_ANCHOR, ...SECTION_ANCHORS];

function links(nodes: readonly (Inline | ContentPart)[], into: { href: string; text: string }[] = []): { href: string; text: string }[] {
	for (const node of nodes) {
		if (node.type === 'link') into.push({ href: node.href, text: contentText(node.children, () => '') });
		if ('children' in node) links(node.children, into);
	}
	return into;
}

const blocksOf = (document: LocalizedDocument, type: Block['type']): Block[] => {
	const found: Block[] = [];
	forEachBlock(document.blocks, (block) => {
		if (block.type === type) found.push(block);
	});
	return found;
};

describe.each(SEED_LOCALES)('seed %s', (locale) => {
	const document = parseSeed(locale);

	it('has 71 segments, numbered 103 to 173 in order, with ids PREFIX-NNN', () => {
		expect(document.segments).toHaveLength(71);
		expect(document.segments.map((segment) => segment.number)).toEqual(Array.from({ length: 71 }, (_, index) => 103 + index));
		for (const segment of document.segments) expect(segment.id).toMatch(new RegExp(`^[0-9a-f]{5}-${segment.number}$`));
	});

	it('reads the front matter', () => {
		expect(document.locale.sourceLocale).toBe(locale);
		expect(document.frontMatter['ms.translationtype']).toBe('MT');
		expect(document.sourceVersion.date.toISOString()).toBe('2020-06-29T00:00:00.000Z');
		expect(document.frontMatter['ms.openlocfilehash']).toMatch(/^[0-9a-f]{40}$/);
		expect(document.frontMatter['ms.locfileid']).toMatch(/^\d+$/);
		expect(localizedDocumentSchema.safeParse(document).success).toBe(true);
	});

	it('finds every heading anchor, the h1 first', () => {
		expect(document.headings.map((heading) => heading.anchor)).toEqual(ANCHORS);
		expect(document.headings[0]).toMatchObject({ depth: 1, english: 'Customer association issues' });
		expect(document.headings.slice(1).every((heading) => heading.depth === 2)).toBe(true);
		expect(document.headings.at(-1)).toMatchObject({ english: 'Competing claims', line: 81 });
	});

	it('keeps no vendor markup in the document', () => {
		const text = json(document);
		for (const markup of VENDOR_MARKUP) expect(text).not.toContain(markup);
		expect(text).not.toContain('<span');
	});

	it('reads the table: 3 columns, 5 rows (the header row and 4 body rows), empty cells kept empty', () => {
		// The brief said "5 body rows"; the Markdown table has a header row and 4 body rows.
		const [table] = blocksOf(document, 'table') as TableBlock[];
		expect(table?.header).toHaveLength(3);
		expect(table?.rows).toHaveLength(4);
		expect(table?.rows.every((row) => row.length === 3)).toBe(true);
		expect(table?.rows.map((row) => row.map((cell) => cell.filter((part) => part.type === 'segment').length))).toEqual([
			[1, 1, 2],
			[0, 1, 2],
			[0, 1, 3],
			[1, 1, 1],
		]);
		expect(table?.rows[1]?.[0]).toEqual([]);
	});

	it('reads the callout', () => {
		const callouts = blocksOf(document, 'callout');
		expect(callouts).toHaveLength(1);
		expect(callouts[0]).toMatchObject({
			type: 'callout',
			kind: 'important',
			blocks: [{ type: 'paragraph', content: [{ type: 'segment', number: 173 }] }],
		});
	});

	it('keeps the support links with their href in both halves', () => {
		for (const number of [126, 131]) {
			const segment = document.segments.find((candidate) => candidate.number === number);
			expect(links(segment?.translation ?? [])).toEqual([{ href: SUPPORT_URL, text: expect.any(String) }]);
			expect(links(segment?.english ?? [])).toEqual([{ href: SUPPORT_URL, text: 'support' }]);
		}
		const overview = document.segments.find((segment) => segment.number === 161);
		expect(links(overview?.english ?? [])).toEqual([{ href: OVERVIEW_URL, text: 'Incentives overview tab' }]);
		expect(links(overview?.translation ?? [])[0]?.href).toBe(OVERVIEW_URL);
	});

	it('reads lists: bullet lists and the loose ordered list of four items', () => {
		const lists = blocksOf(document, 'list');
		expect(lists.map((list) => list.type === 'list' && [list.ordered, list.items.length])).toEqual([
			[false, 1],
			[false, 3],
			[false, 6],
			[true, 4],
		]);
		const ordered = lists[3];
		expect(ordered?.type === 'list' && ordered.spread).toBe(true);
	});

	it('keeps the text between segments', () => {
		const paragraph = document.blocks.find((block) => block.type === 'paragraph' && block.line === 34);
		expect(paragraph).toEqual({
			type: 'paragraph',
			line: 34,
			content: [
				{ type: 'segment', number: 112 },
				{ type: 'text', value: ' ' },
				{ type: 'segment', number: 113 },
			],
		});
	});

	it('records the line of each segment', () => {
		expect(document.segments.find((segment) => segment.number === 103)?.line).toBe(18);
		expect(document.segments.find((segment) => segment.number === 173)?.line).toBe(94);
	});

	it('shows "Under Review" as emphasis in both halves of segment 170, with no stray underscores', () => {
		const segment = document.segments.find((candidate) => candidate.number === 170);
		expect(segment?.english.filter((node) => node.type === 'emphasis')).toEqual([
			{ type: 'emphasis', children: [{ type: 'text', value: 'Under Review' }] },
		]);
		expect(segment?.translation.filter((node) => node.type === 'emphasis')).toHaveLength(1);
		expect(inlineText(segment?.translation ?? [])).not.toContain('_');
	});
});

describe('both seeds', () => {
	const [ja, zh] = SEED_LOCALES.map(parseSeed);

	it('have the same English, segment by segment', () => {
		expect(ja?.segments.map((segment) => [segment.number, segment.english])).toEqual(
			zh?.segments.map((segment) => [segment.number, segment.english]),
		);
	});

	it('have the same structure apart from the translations', () => {
		expect(ja?.blocks).toEqual(zh?.blocks);
	});

	it('have different source versions', () => {
		expect(ja?.sourceVersion.commit).not.toBe(zh?.sourceVersion.commit);
	});
});
