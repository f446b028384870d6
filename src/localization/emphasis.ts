/**
 * Restores emphasis the translation lost to CommonMark's flanking rules.
 *
 * In `長期間にわたって_レビュー中_のまま` the underscores sit between letters, so CommonMark reads
 * them as literal `_` (correctly: intraword `_` never emphasises), while the English half
 * `_Under Review_` is emphasis. When the English half of a segment has more emphasis (or strong)
 * runs than the translation, the first literal `_…_`/`*…*` (or `__…__`/`**…**`) runs of the
 * translation's text are turned into emphasis (strong), at most as many as are missing. Nothing
 * changes when the English has no emphasis, so literal underscores (`snake_case`) stay literal.
 */
import type { Inline } from './schema.ts';

type Kind = 'emphasis' | 'strong';

function countKind(nodes: readonly Inline[], kind: Kind): number {
	let count = 0;
	for (const node of nodes) {
		if (node.type === kind) count += 1;
		if ('children' in node) count += countKind(node.children, kind);
	}
	return count;
}

interface Run {
	readonly start: number;
	readonly end: number;
	readonly inner: string;
}

const isSpace = (char: string | undefined): boolean => char !== undefined && /\s/.test(char);

/** Finds the first literal run delimited by `_`/`*` (emphasis) or `__`/`**` (strong). */
function findRun(value: string, kind: Kind): Run | undefined {
	const width = kind === 'strong' ? 2 : 1;
	let best: Run | undefined;
	for (const char of ['_', '*']) {
		const delimiter = char.repeat(width);
		let from = 0;
		while (from < value.length) {
			const open = value.indexOf(delimiter, from);
			if (open === -1) break;
			const exact = (at: number): boolean => value.startsWith(delimiter, at) && value[at - 1] !== char && value[at + width] !== char;
			if (!exact(open)) {
				from = open + 1;
				continue;
			}
			let close = value.indexOf(delimiter, open + width);
			while (close !== -1 && !exact(close)) close = value.indexOf(delimiter, close + 1);
			if (close === -1) break;
			const inner = value.slice(open + width, close);
			if (inner.length > 0 && !isSpace(inner[0]) && !isSpace(inner.at(-1)) && !inner.includes(delimiter)) {
				if (!best || open < best.start) best = { start: open, end: close + width, inner };
				break;
			}
			from = open + 1;
		}
	}
	return best;
}

/** Converts up to `budget.left` literal runs of `kind` in text nodes, left to right. */
function convertRuns(nodes: readonly Inline[], kind: Kind, budget: { left: number }): Inline[] {
	const result: Inline[] = [];
	for (const node of nodes) {
		if (node.type === 'text') {
			let rest = node.value;
			let run = budget.left > 0 ? findRun(rest, kind) : undefined;
			while (run && budget.left > 0) {
				if (run.start > 0) result.push({ type: 'text', value: rest.slice(0, run.start) });
				result.push({ type: kind, children: [{ type: 'text', value: run.inner }] });
				budget.left -= 1;
				rest = rest.slice(run.end);
				run = budget.left > 0 ? findRun(rest, kind) : undefined;
			}
			if (rest.length > 0) result.push({ type: 'text', value: rest });
		} else if (node.type === 'emphasis' || node.type === 'strong' || node.type === 'link') {
			result.push({ ...node, children: convertRuns(node.children, kind, budget) });
		} else {
			result.push(node);
		}
	}
	return result;
}

/** Returns the translation with the emphasis its English half has (see module comment). */
export function restoreTranslationEmphasis(translation: readonly Inline[], english: readonly Inline[]): Inline[] {
	let result = [...translation];
	for (const kind of ['strong', 'emphasis'] as const) {
		const missing = countKind(english, kind) - countKind(result, kind);
		if (missing > 0) result = convertRuns(result, kind, { left: missing });
	}
	return result;
}
