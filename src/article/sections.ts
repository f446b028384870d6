/**
 * Sections of an article (a top-level heading and the blocks up to the next heading) and which of
 * them changed between two source versions.
 */
import { contentText, inlineText } from '../localization/inline.ts';
import type { Block, Segment } from '../localization/schema.ts';
import { segmentNumbersOf } from '../localization/walk.ts';
import type { SectionSummary } from './schema.ts';
import { englishKey, normalizeWhitespace } from './text.ts';

interface Section extends SectionSummary {
	/** Segment numbers of the heading and the section's blocks, in reading order. */
	readonly numbers: readonly number[];
}

/** Splits top-level blocks into sections; content before the first heading has anchor `''`. */
function sectionsOf(blocks: readonly Block[], segments: ReadonlyMap<number, Segment>): Section[] {
	const sections: { summary: SectionSummary; blocks: Block[] }[] = [];
	for (const block of blocks) {
		if (block.type === 'heading') {
			const heading = normalizeWhitespace(contentText(block.content, (number) => inlineText(segments.get(number)?.english ?? [])));
			sections.push({ summary: { anchor: block.anchor, heading, depth: block.depth }, blocks: [block] });
		} else {
			const current = sections.at(-1) ?? { summary: { anchor: '', heading: '', depth: 0 }, blocks: [] };
			if (sections.length === 0) sections.push(current);
			current.blocks.push(block);
		}
	}
	return sections.map(({ summary, blocks: sectionBlocks }) => ({ ...summary, numbers: segmentNumbersOf(sectionBlocks) }));
}

/**
 * The section each segment of `blocks` belongs to: its heading's anchor and the heading's first segment (`''` and
 * no heading for content before the first heading). A quote of a segment names its own section by these.
 */
export function sectionOfSegments(blocks: readonly Block[]): Map<number, { anchor: string; heading: number | undefined }> {
	const sections = new Map<number, { anchor: string; heading: number | undefined }>();
	let current: { anchor: string; heading: number | undefined } = { anchor: '', heading: undefined };
	for (const block of blocks) {
		if (block.type === 'heading') current = { anchor: block.anchor, heading: segmentNumbersOf([block])[0] };
		for (const number of segmentNumbersOf([block])) sections.set(number, current);
	}
	return sections;
}

/**
 * The sections of the newer version whose English differs from the same section (same anchor) of
 * the older version: a reworded, added, removed or reordered segment, or a section that is new.
 */
export function changedSections(
	newer: { blocks: readonly Block[]; segments: ReadonlyMap<number, Segment> },
	older: { blocks: readonly Block[]; segments: ReadonlyMap<number, Segment> },
): SectionSummary[] {
	const keys = (section: Section, segments: ReadonlyMap<number, Segment>): string =>
		JSON.stringify(section.numbers.map((number) => englishKey(segments.get(number)?.english ?? [])));
	const olderByAnchor = new Map(sectionsOf(older.blocks, older.segments).map((section) => [section.anchor, section]));
	return sectionsOf(newer.blocks, newer.segments)
		.filter((section) => {
			const previous = olderByAnchor.get(section.anchor);
			return !previous || keys(section, newer.segments) !== keys(previous, older.segments);
		})
		.map(({ anchor, heading, depth }) => ({ anchor, heading, depth }));
}
