/**
 * Turns the mdast tree of a vendor file's body into blocks: headings (with their English anchor),
 * paragraphs, lists, GFM tables, DocFX callouts (`> [!NOTE]`, `[!TIP]`, `[!IMPORTANT]`,
 * `[!WARNING]`, `[!CAUTION]`), plain quotes, code and rules. Inline content goes through
 * `readPhrasing`, which collects the segments.
 */
import type { Blockquote, Definition, Paragraph, PhrasingContent, RootContent } from 'mdast';
import { SourceFormatError } from './errors.ts';
import { contentText, inlineText, trimEdges } from './inline.ts';
import type { Block, CalloutKind, ContentPart } from './schema.ts';
import { readPhrasing, type SegmentCollector } from './segments.ts';

export interface BlockContext {
	readonly file: string;
	readonly lineOffset: number;
	readonly definitions: ReadonlyMap<string, Definition>;
	readonly segments: SegmentCollector;
}

const CALLOUT_KINDS: ReadonlySet<string> = new Set<CalloutKind>(['important', 'note', 'tip', 'warning', 'caution']);

/** A slug for a heading that has no `<a name>` anchor, derived from its English text. */
function slugify(text: string): string {
	return text
		.trim()
		.toLowerCase()
		.replace(/[^\p{L}\p{N}\s_-]/gu, '')
		.replace(/\s+/g, '-');
}

type ReadCallout = { kind: CalloutKind | 'div' | undefined; node: Blockquote };

/** Recognizes a DocFX marker (`[!NOTE]`, `[!div class="..."]`) at the start of a block quote and strips it. */
function readCalloutMarker(quote: Blockquote): ReadCallout {
	const [first, ...rest] = quote.children;
	const [text, ...phrasing] = first?.type === 'paragraph' ? first.children : [];
	if (first?.type !== 'paragraph' || text?.type !== 'text') return { kind: undefined, node: quote };
	const marker = /^\s*\[!([a-z]+)\b[^\]\n]*\]/i.exec(text.value);
	const name = marker?.[1]?.toLowerCase();
	if (!marker || name === undefined || (name !== 'div' && !CALLOUT_KINDS.has(name))) return { kind: undefined, node: quote };
	const remaining = text.value.slice(marker[0].length).trimStart();
	const children: PhrasingContent[] = remaining === '' ? phrasing : [{ ...text, value: remaining }, ...phrasing];
	const paragraph: Paragraph[] = children.length === 0 ? [] : [{ ...first, children }];
	return { kind: name as CalloutKind | 'div', node: { ...quote, children: [...paragraph, ...rest] } };
}

/** Reads the body blocks; `definitions` must hold the file's link reference definitions. */
export function readBlocks(nodes: readonly RootContent[], context: BlockContext): Block[] {
	const blocks: Block[] = [];
	for (const node of nodes) {
		const block = readBlock(node, context);
		if (Array.isArray(block)) blocks.push(...block);
		else if (block) blocks.push(block);
	}
	return blocks;
}

function readBlock(node: RootContent, context: BlockContext): Block | Block[] | undefined {
	const line = (node.position?.start.line ?? 1) + context.lineOffset;
	const content = (children: readonly PhrasingContent[], container: string, anchors: string[] = []): ContentPart[] =>
		trimEdges(readPhrasing(children, { ...context, anchors }, container, line));

	switch (node.type) {
		case 'heading': {
			const anchors: string[] = [];
			const parts = content(node.children, 'heading', anchors);
			const englishText = contentText(parts, (number) => inlineText(context.segments.get(number)?.english ?? []));
			return { type: 'heading', depth: node.depth, anchor: anchors[0] ?? slugify(englishText), content: parts, line };
		}
		case 'paragraph': {
			const parts = content(node.children, 'paragraph');
			return parts.length === 0 ? undefined : { type: 'paragraph', content: parts, line };
		}
		case 'list':
			return {
				type: 'list',
				ordered: node.ordered === true,
				...(node.ordered && typeof node.start === 'number' ? { start: node.start } : {}),
				spread: node.spread === true || node.children.some((item) => item.spread === true),
				items: node.children.map((item) => readBlocks(item.children, context)),
				line,
			};
		case 'table': {
			const [head, ...body] = node.children;
			const columns = head?.children.length ?? 0;
			const cells = (row: (typeof node.children)[number] | undefined): ContentPart[][] =>
				Array.from({ length: columns }, (_, column) => {
					const cell = row?.children[column];
					return cell ? content(cell.children, 'table cell') : [];
				});
			return {
				type: 'table',
				align: Array.from({ length: columns }, (_, column) => node.align?.[column] ?? null),
				header: cells(head),
				rows: body.map((row) => cells(row)),
				line,
			};
		}
		case 'blockquote': {
			const { kind, node: quote } = readCalloutMarker(node);
			const inner = readBlocks(quote.children, context);
			if (kind === 'div') return inner;
			return kind === undefined ? { type: 'quote', blocks: inner, line } : { type: 'callout', kind, blocks: inner, line };
		}
		case 'code':
			return { type: 'code', ...(node.lang ? { lang: node.lang } : {}), value: node.value, line };
		case 'thematicBreak':
			return { type: 'thematicBreak', line };
		case 'definition':
			return undefined;
		case 'html': {
			const value = node.value.trim();
			if (value.startsWith('<!--') && value.endsWith('-->')) return undefined;
			throw new SourceFormatError({ file: context.file, line }, `unsupported HTML block ${JSON.stringify(value.slice(0, 60))}`);
		}
		default:
			throw new SourceFormatError({ file: context.file, line }, `unsupported Markdown block: ${node.type}`);
	}
}
