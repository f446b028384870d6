/**
 * `KEY#n` citations and the fact sheet they point to (`content/facts/cpor-facts.md`).
 *
 * A citation names segment n (the `NNN` of `data-stu-id="xxxxx-NNN"`) of one Microsoft article, `KEY#n–m` a
 * range of segments; `KEY#n, #m` cites two segments of one article. The sheet's key table says which article each
 * key stands for. Plain TypeScript without I/O: callers read the files and pass their text.
 */

/** One citation as written: `CAI#163–164` → `{ key: 'CAI', from: 163, to: 164 }` (`to === from` for one segment). */
export interface Citation {
	readonly key: string;
	/** First segment cited. */
	readonly from: number;
	/** Last segment cited (inclusive). */
	readonly to: number;
	/** The text as written, e.g. `CAI#163–164` or `#144` after a comma. */
	readonly text: string;
	/** Offset of `text` in the scanned string (0-based UTF-16 index). */
	readonly index: number;
}

/** One row of the sheet's key table. */
export interface SheetKey {
	/** `CAI`, or a prefix ending in `-` for a family such as `SH-*` (written `SH-` here). */
	readonly key: string;
	/** The article's file name (`incentives-customer-association-issues.md`), when the row names one. */
	readonly file?: string;
}

/** Any citation: a key (letters, digits, `-`), `#`, a number, an optional `–`/`-` range, and `, #n` continuations. */
const CITATION = /\b([A-Z][A-Z0-9]*(?:-[A-Za-z0-9]+)?)#(\d+)(?:[–-](\d+))?((?:,\s*#\d+(?:[–-]\d+)?)*)/g;
const CONTINUATION = /#(\d+)(?:[–-](\d+))?/g;

/** Every citation in `text`, continuations (`MCA#126, #146`) included, in order of appearance. */
export function parseCitations(text: string): Citation[] {
	const found: Citation[] = [];
	for (const match of text.matchAll(CITATION)) {
		const [whole, key, from, to, rest] = match as unknown as [string, string, string, string | undefined, string];
		const head = whole.length - rest.length;
		found.push({ key, from: Number(from), to: Number(to ?? from), text: whole.slice(0, head), index: match.index });
		const restStart = match.index + head;
		for (const more of rest.matchAll(CONTINUATION)) {
			found.push({ key, from: Number(more[1]), to: Number(more[2] ?? more[1]), text: more[0], index: restStart + more.index });
		}
	}
	return found;
}

/**
 * The rows of the sheet's key table (`| key | article … | notes |`): `CAI` with its article's file name,
 * `EN2023 / MCA2023` as two keys, `SH-*` as the prefix `SH-`.
 */
export function sheetKeys(sheet: string): SheetKey[] {
	const keys: SheetKey[] = [];
	for (const line of sheet.split('\n')) {
		const cells = line.split('|').map((cell) => cell.trim());
		if (cells.length < 4 || cells[1] === 'key' || /^-+$/.test(cells[1] ?? '')) continue;
		if (!/^[A-Z]/.test(cells[1]!)) continue;
		const file = /([a-z0-9-]+\.md)\b/.exec(cells[2]!)?.[1];
		for (const name of cells[1]!.split('/').map((part) => part.trim())) {
			if (!/^[A-Z][A-Z0-9]*(-\*)?$/.test(name)) continue;
			keys.push({ key: name.replace('*', ''), ...(file ? { file } : {}) });
		}
	}
	return keys;
}

/** The key table's row for `key` (a family row `SH-` covers `SH-create`), or undefined. */
export function findKey(keys: readonly SheetKey[], key: string): SheetKey | undefined {
	return keys.find((row) => row.key === key) ?? keys.find((row) => row.key.endsWith('-') && key.startsWith(row.key));
}

/** Every segment number the sheet cites, per key: `CAI#107–110` contributes 107, 108, 109 and 110 to `CAI`. */
function citedSegments(sheet: string): Map<string, Set<number>> {
	const segments = new Map<string, Set<number>>();
	for (const citation of parseCitations(sheet)) {
		const set = segments.get(citation.key) ?? new Set<number>();
		for (let n = citation.from; n <= citation.to; n++) set.add(n);
		segments.set(citation.key, set);
	}
	return segments;
}

/** The segment numbers of one vendor file: the `NNN` of each `data-stu-id="xxxxx-NNN"`. */
function segmentNumbers(vendorFile: string): Set<number> {
	return new Set([...vendorFile.matchAll(/data-stu-id="[0-9a-f]+-(\d+)"/g)].map((match) => Number(match[1])));
}

/** What a citation can be resolved against: the sheet, and the segments of the articles the repository holds. */
export interface CitationIndex {
	readonly keys: readonly SheetKey[];
	/** Segments the sheet cites, per key. */
	readonly cited: ReadonlyMap<string, ReadonlySet<number>>;
	/** Segments present in a vendor file of the repository, per article file name (any locale). */
	readonly present: ReadonlyMap<string, ReadonlySet<number>>;
}

/** Builds the index from the sheet's text and the vendor files (`{ file name: text }`, every locale). */
export function citationIndex(sheet: string, vendorFiles: Iterable<readonly [fileName: string, text: string]>): CitationIndex {
	const present = new Map<string, Set<number>>();
	for (const [fileName, text] of vendorFiles) {
		const set = present.get(fileName) ?? new Set<number>();
		for (const n of segmentNumbers(text)) set.add(n);
		present.set(fileName, set);
	}
	return { keys: sheetKeys(sheet), cited: citedSegments(sheet), present };
}

/**
 * Why a citation does not resolve, or undefined when it does. It resolves when its key is in the sheet's key
 * table, the range is in order, and each end of the range is a segment the sheet cites for that key or a segment
 * of that key's article in a vendor file of the repository. (Only the ends are checked: a range may span a
 * heading or list segment the sheet never cites on its own.)
 */
export function unresolved(citation: Citation, index: CitationIndex): string | undefined {
	const row = findKey(index.keys, citation.key);
	if (!row) return `the key ${citation.key} is not in the fact sheet's key table`;
	if (citation.to < citation.from) return `the range ends (${citation.to}) before it starts (${citation.from})`;
	const known = (n: number) => index.cited.get(citation.key)?.has(n) || (row.file !== undefined && index.present.get(row.file)?.has(n));
	const missing = [...new Set([citation.from, citation.to])].filter((n) => !known(n));
	if (missing.length === 0) return undefined;
	return `segment ${missing.join(' and ')} of ${citation.key} is neither cited in the fact sheet nor present in content/sources`;
}

/** A citation as the sheet writes it: `CAI#112`, or `MCA#130–156` (en dash) for a range. */
export function formatCitation(citation: Pick<Citation, 'key' | 'from' | 'to'>): string {
	return citation.from === citation.to ? `${citation.key}#${citation.from}` : `${citation.key}#${citation.from}–${citation.to}`;
}
