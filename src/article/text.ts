/**
 * Plain text of an article view, and the whitespace-normalized English "key" used to recognize
 * the same English sentence in another source version.
 */
import { contentText, inlineText } from '../localization/inline.ts';
import type { Block, Inline } from '../localization/schema.ts';
import type { ArticleView, ViewSegment } from './schema.ts';

/** Collapses every run of whitespace (NBSP included) to one space and trims. */
export const normalizeWhitespace = (text: string): string => text.replace(/\s+/g, ' ').trim();

function markup(nodes: readonly Inline[]): string {
	return nodes
		.map((node) => {
			switch (node.type) {
				case 'text':
					return node.value;
				case 'break':
					return ' ';
				case 'inlineCode':
					return `\`${node.value}\``;
				case 'emphasis':
					return `_${markup(node.children)}_`;
				case 'strong':
					return `**${markup(node.children)}**`;
				case 'link':
					return `[${markup(node.children)}](${node.href})`;
			}
		})
		.join('');
}

/**
 * Identifies an English sentence across source versions: its text with whitespace normalized,
 * plus its inline markup (link targets, emphasis, code), so a sentence whose link moved counts as
 * changed and gets no stale translation.
 */
export function englishKey(nodes: readonly Inline[]): string {
	return normalizeWhitespace(markup(nodes));
}

/** The text a view shows for a segment: the translation, or the English when untranslated / in the English view. */
export function segmentText(segment: ViewSegment | undefined, half: 'translation' | 'english'): string {
	if (!segment) return '';
	return inlineText(half === 'translation' && segment.translation ? segment.translation : segment.english);
}

function blocksText(blocks: readonly Block[], text: (number: number) => string, skipTitle: { pending: boolean }): string[] {
	const lines: string[] = [];
	for (const block of blocks) {
		switch (block.type) {
			case 'heading':
				if (block.depth === 1 && skipTitle.pending) {
					skipTitle.pending = false;
					break;
				}
				lines.push(contentText(block.content, text));
				break;
			case 'paragraph':
				lines.push(contentText(block.content, text));
				break;
			case 'list':
				for (const item of block.items) lines.push(...blocksText(item, text, skipTitle));
				break;
			case 'table':
				for (const row of [block.header, ...block.rows]) for (const cell of row) lines.push(contentText(cell, text));
				break;
			case 'callout':
			case 'quote':
				lines.push(...blocksText(block.blocks, text, skipTitle));
				break;
			case 'code':
				lines.push(block.value);
				break;
			case 'thematicBreak':
				break;
		}
	}
	return lines;
}

/**
 * The text of a view's body, as `renderArticle` renders it: segment texts and the text between and
 * around them, blocks separated by newlines. The title heading (the first `#`) is left out, as it is
 * left out of the rendered body; callout titles are not part of the text.
 * `half`: `translation` shows translations (English for untranslated segments), `english` the English.
 */
export function articleText(view: ArticleView, half: 'translation' | 'english'): string {
	const segments = new Map(view.segments.map((segment) => [segment.number, segment]));
	const shown = view.kind === 'english' ? 'english' : half;
	return blocksText(view.blocks, (number) => segmentText(segments.get(number), shown), { pending: true }).join('\n');
}
