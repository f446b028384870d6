/**
 * Importing vendor files: check new or updated files together with everything already in
 * `content/sources/`, and only then copy them in, byte for byte. Either every file is imported
 * or none is: a bad file stops the import with one message naming file, line and segment.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { SourceFormatError, parseLocalizedFile } from '../localization/index.ts';
import {
	buildArticlePages,
	decodeSourceBytes,
	readSourceFiles,
	type ArticlePage,
	type CalloutLabelsFor,
	type SourceFile,
} from './library.ts';

/** A file handed to the importer. */
export interface IncomingFile {
	/** Where the file was read from, as the user typed it (used in messages). */
	readonly path: string;
	readonly bytes: Uint8Array;
}

interface PlannedWrite {
	/** Absolute path inside the sources folder. */
	readonly target: string;
	readonly bytes: Uint8Array;
	/** True when a file of that name already exists and is replaced. */
	readonly replaces: boolean;
}

export interface ImportPlan {
	readonly writes: readonly PlannedWrite[];
	/** The pages the site will publish once the files are in. */
	readonly pages: readonly ArticlePage[];
}

/**
 * Works out where each incoming file goes (`<sources>/<locale>/<article>.md`, the locale taken
 * from its `ms.contentlocale`) and checks the whole resulting set of sources, without writing.
 */
export function planImport(incoming: readonly IncomingFile[], sourcesDir: string, calloutLabelsFor: CalloutLabelsFor): ImportPlan {
	const existing = readSourceFiles(sourcesDir);
	const writes: PlannedWrite[] = [];
	const replaced = new Set<string>();
	const added: SourceFile[] = [];
	for (const file of incoming) {
		const text = decodeSourceBytes(file.bytes, file.path);
		const document = parseLocalizedFile(text, file.path);
		const article = basename(file.path).replace(/\.md$/i, '');
		const target = join(sourcesDir, document.locale.sourceLocale, `${article}.md`);
		if (writes.some((write) => write.target === target)) {
			throw new SourceFormatError({ file: file.path }, `another file in this import also goes to ${target}`);
		}
		const replaces = existing.some((source) => source.path === target);
		if (replaces) replaced.add(target);
		writes.push({ target, bytes: file.bytes, replaces });
		added.push({ name: file.path, path: target, article, text });
	}
	const sources = [...existing.filter((source) => !replaced.has(source.path)), ...added];
	const pages = buildArticlePages(sources, calloutLabelsFor);
	return { writes, pages };
}

/** Writes every planned file through a temporary file and a rename, so no file is ever half written. */
export function applyImport(plan: ImportPlan): void {
	const staged = plan.writes.map((write) => {
		mkdirSync(dirname(write.target), { recursive: true });
		const temporary = `${write.target}.${randomUUID()}.tmp`;
		writeFileSync(temporary, write.bytes);
		return { temporary, target: write.target };
	});
	try {
		for (const { temporary, target } of staged) renameSync(temporary, target);
	} finally {
		for (const { temporary } of staged) rmSync(temporary, { force: true });
	}
}

export function readIncoming(paths: readonly string[]): IncomingFile[] {
	return paths.map((path) => ({ path, bytes: readFileSync(path) }));
}
