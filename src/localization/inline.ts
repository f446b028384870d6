/**
 * Small helpers over inline content and block content: narrowing block content to inline
 * content, merging adjacent text, trimming whitespace at the edges of a block, plain text.
 */
import type { ContentPart, Inline } from './schema.ts';

/** Appends `part`, merging it into a preceding text node. */
export function pushPart(parts: ContentPart[], part: ContentPart): void {
	const last = parts.at(-1);
	if (part.type === 'text' && last?.type === 'text') {
		parts[parts.length - 1] = { type: 'text', value: last.value + part.value };
	} else if (part.type !== 'text' || part.value !== '') {
		parts.push(part);
	}
}

/**
 * Narrows content read inside one half of a segment to inline content. The reader never puts a
 * segment reference there (a pair inside a pair is a `SourceFormatError`), so meeting one is a bug.
 */
export function toInlines(parts: readonly ContentPart[]): Inline[] {
	return parts.map((part): Inline => {
		switch (part.type) {
			case 'segment':
				throw new Error(`internal error: segment ${part.number} nested inside a segment half`);
			case 'emphasis':
			case 'strong':
			case 'link':
				return { ...part, children: toInlines(part.children) };
			default:
				return part;
		}
	});
}

/** True for text made only of (Unicode) whitespace, NBSP included. */
export const isBlank = (value: string): boolean => value.trim() === '';

/** Removes whitespace at the start and end of a block's content (Markdown ignores it too). */
export function trimEdges(parts: readonly ContentPart[]): ContentPart[] {
	const result = [...parts];
	const first = result[0];
	if (first?.type === 'text') {
		const value = first.value.trimStart();
		if (value === '') result.shift();
		else result[0] = { type: 'text', value };
	}
	const last = result.at(-1);
	if (last?.type === 'text') {
		const value = last.value.trimEnd();
		if (value === '') result.pop();
		else result[result.length - 1] = { type: 'text', value };
	}
	return result;
}

/** Plain text of inline content (links give their text, breaks a newline). */
export function inlineText(nodes: readonly Inline[]): string {
	return nodes
		.map((node) => {
			switch (node.type) {
				case 'text':
				case 'inlineCode':
					return node.value;
				case 'break':
					return '\n';
				default:
					return inlineText(node.children);
			}
		})
		.join('');
}

/** Plain text of block content, with each segment replaced by `segmentText(number)`. */
export function contentText(parts: readonly ContentPart[], segmentText: (number: number) => string): string {
	return parts
		.map((part) => {
			switch (part.type) {
				case 'segment':
					return segmentText(part.number);
				case 'text':
				case 'inlineCode':
					return part.value;
				case 'break':
					return '\n';
				default:
					return contentText(part.children, segmentText);
			}
		})
		.join('');
}
