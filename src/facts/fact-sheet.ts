/**
 * The fact sheet's statements (`content/facts/cpor-facts.md`): the line a citation `KEY#n` resolves to, so a page
 * can quote what the sheet says for it. Plain TypeScript without I/O: callers pass the sheet's text.
 */
import { parseCitations, type Citation } from './citations.ts';

/** One statement of the sheet: a bullet, a numbered step or a table row, as plain text (Markdown emphasis removed). */
export interface SheetStatement {
	/** The heading of the sheet's section it stands in (`7. Claim statuses […]`). */
	readonly section: string;
	/** The statement's text, with its own citations in brackets. */
	readonly text: string;
}

/** A line's text without its list marker, table pipes, emphasis and code marks. */
function plain(line: string): string {
	const cells = line.startsWith('|')
		? line
				.split('|')
				.map((cell) => cell.trim())
				.filter((cell) => cell !== '')
				.join(' – ')
		: line.replace(/^\s*(?:[*-]|\d+\.)\s+/, '');
	return cells
		.replace(/\*\*|`/g, '')
		.replace(/(^|\s)\*([^*]+)\*/g, '$1$2')
		.trim();
}

/**
 * The statements of the sheet that cite a segment in the range of `citation` (same key, overlapping range): first
 * those whose citation covers the whole range, narrowest first (for `MCA#123`, a statement citing `MCA#123`
 * before one citing `MCA#119–126`), then those that only overlap it. Section headings
 * count only when no statement cites the segments. Empty when the sheet cites none of them (a CAI segment the
 * sheet never quotes resolves against the vendor files instead).
 */
export function sheetStatements(sheet: string, citation: Pick<Citation, 'key' | 'from' | 'to'>): SheetStatement[] {
	let section = '';
	const found: { statement: SheetStatement; rank: number; heading: boolean }[] = [];
	for (const line of sheet.split('\n')) {
		const heading = /^#{2,3}\s+(.*)$/.exec(line);
		if (heading) section = heading[1]!.trim();
		// A citation that covers the whole cited range ranks before one that only overlaps it.
		const ranks = parseCitations(line)
			.filter((cited) => cited.key === citation.key && cited.from <= citation.to && cited.to >= citation.from)
			.map((cited) => (cited.from <= citation.from && cited.to >= citation.to ? 0 : 10_000) + cited.to - cited.from);
		if (ranks.length === 0) continue;
		found.push({ statement: { section, text: plain(heading ? heading[1]! : line) }, rank: Math.min(...ranks), heading: heading !== null });
	}
	const statements = found.some((entry) => !entry.heading) ? found.filter((entry) => !entry.heading) : found;
	return statements.sort((a, b) => a.rank - b.rank).map((entry) => entry.statement);
}
