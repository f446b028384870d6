/**
 * The one error the importer throws for bad source files.
 *
 * The message always starts with `file:line` and, when the problem concerns a segment, names the
 * segment id, so a translator can jump straight to the spot: `ja-JP/a.md:42 (segment bd896-112): ...`.
 */
export interface SourceLocation {
	/** The file the problem is in. */
	readonly file: string;
	/** 1-based line in that file, when known. */
	readonly line?: number | undefined;
	/** The vendor segment id (`bd896-112`), when the problem concerns one segment. */
	readonly segmentId?: string | undefined;
}

export class SourceFormatError extends Error {
	override readonly name = 'SourceFormatError';
	readonly file: string;
	readonly line: number | undefined;
	readonly segmentId: string | undefined;
	/** The problem without the location prefix. */
	readonly detail: string;

	constructor(location: SourceLocation, detail: string) {
		super(`${formatLocation(location)}: ${detail}`);
		this.file = location.file;
		this.line = location.line;
		this.segmentId = location.segmentId;
		this.detail = detail;
	}
}

/** `file:line (segment id)`, leaving out what is unknown. */
function formatLocation(location: SourceLocation): string {
	const line = location.line === undefined ? '' : `:${location.line}`;
	const segment = location.segmentId === undefined ? '' : ` (segment ${location.segmentId})`;
	return `${location.file}${line}${segment}`;
}
