/**
 * Walking blocks: visiting every block (lists, callouts and quotes included) and listing the
 * segment numbers a block or a content refers to, in reading order.
 */
import type { Block, ContentPart } from './schema.ts';

/** Calls `visit` for every block, depth first, in document order. */
export function forEachBlock(blocks: readonly Block[], visit: (block: Block) => void): void {
	for (const block of blocks) {
		visit(block);
		if (block.type === 'list') for (const item of block.items) forEachBlock(item, visit);
		else if (block.type === 'callout' || block.type === 'quote') forEachBlock(block.blocks, visit);
	}
}

function contentNumbers(parts: readonly ContentPart[], into: number[]): void {
	for (const part of parts) {
		if (part.type === 'segment') into.push(part.number);
		else if ('children' in part) contentNumbers(part.children, into);
	}
}

/** The segment numbers referred to by `blocks`, in reading order. */
export function segmentNumbersOf(blocks: readonly Block[]): number[] {
	const numbers: number[] = [];
	forEachBlock(blocks, (block) => {
		if (block.type === 'heading' || block.type === 'paragraph') contentNumbers(block.content, numbers);
		else if (block.type === 'table') {
			for (const cell of block.header) contentNumbers(cell, numbers);
			for (const row of block.rows) for (const cell of row) contentNumbers(cell, numbers);
		}
	});
	return numbers;
}
