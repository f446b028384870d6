/**
 * Front matter of a vendor file: splits the `---` block off the Markdown body and validates it
 * with `frontMatterSchema`, turning every problem into a `SourceFormatError` that names the field
 * and its line.
 */
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { SourceFormatError } from './errors.ts';
import { frontMatterSchema, type FrontMatter } from './schema.ts';

export interface SplitFile {
	/** The YAML between the `---` lines. */
	readonly yaml: string;
	/** File line of the first YAML line. */
	readonly yamlStartLine: number;
	/** The Markdown after the closing `---`. */
	readonly body: string;
	/** File line of the first body line. */
	readonly bodyStartLine: number;
}

const isFence = (line: string | undefined): boolean => line !== undefined && line.trimEnd() === '---';

/** Splits `text` (already free of BOM and CR) into front matter and body. */
export function splitFrontMatter(text: string, file: string): SplitFile {
	const lines = text.split('\n');
	if (!isFence(lines[0])) {
		throw new SourceFormatError(
			{ file, line: 1 },
			'front matter is missing: the file must start with a "---" line followed by YAML (title, ms.contentlocale, ...)',
		);
	}
	const closing = lines.findIndex((line, index) => index > 0 && (isFence(line) || line.trimEnd() === '...'));
	if (closing === -1) {
		throw new SourceFormatError({ file, line: 1 }, 'front matter is not closed: no second "---" line');
	}
	return {
		yaml: lines.slice(1, closing).join('\n'),
		yamlStartLine: 2,
		body: lines.slice(closing + 1).join('\n'),
		bodyStartLine: closing + 2,
	};
}

export interface ParsedFrontMatter {
	readonly frontMatter: FrontMatter;
	/** File line of a top-level field, or the first front matter line when the field is absent. */
	readonly lineOf: (field: string) => number;
}

/** Parses and validates the YAML of a split file. */
export function parseFrontMatter(split: SplitFile, file: string): ParsedFrontMatter {
	const lineCounter = new LineCounter();
	const document = parseDocument(split.yaml, { lineCounter, prettyErrors: false });
	const toFileLine = (offset: number): number => lineCounter.linePos(offset).line + split.yamlStartLine - 1;

	const [yamlError] = document.errors;
	if (yamlError) {
		throw new SourceFormatError(
			{ file, line: toFileLine(yamlError.pos[0]) },
			`front matter is not valid YAML: ${yamlError.message.split('\n')[0] ?? yamlError.code}`,
		);
	}

	const fieldLines = new Map<string, number>();
	if (isMap(document.contents)) {
		for (const pair of document.contents.items) {
			if (isScalar(pair.key) && pair.key.range) {
				fieldLines.set(String(pair.key.value), toFileLine(pair.key.range[0]));
			}
		}
	}
	const lineOf = (field: string): number => fieldLines.get(field) ?? split.yamlStartLine - 1;

	const data: unknown = document.toJS();
	if (typeof data !== 'object' || data === null || Array.isArray(data)) {
		throw new SourceFormatError(
			{ file, line: split.yamlStartLine - 1 },
			'front matter must be a YAML mapping (title: ..., ms.contentlocale: ...)',
		);
	}

	const result = frontMatterSchema.safeParse(data);
	if (!result.success) {
		const [issue] = result.error.issues;
		const field = String(issue?.path[0] ?? '');
		const missing = !(field in data);
		throw new SourceFormatError(
			{ file, line: lineOf(field) },
			missing
				? `front matter field "${field}" is missing`
				: `front matter field "${field}" is invalid: ${issue?.message ?? 'unknown problem'}`,
		);
	}
	return { frontMatter: result.data, lineOf };
}
