/**
 * Parsing many vendor files on every core. The Markdown parser is most of a cold build's content phase (15.6 s of a
 * 300-article build, ten milliseconds a file), and the build's main thread is its only user. `parseOnAllCores` hands
 * equal shares of the files to worker threads (`parse-worker.ts`) and parses the rest itself meanwhile; each document
 * a worker parsed is adopted into the parse cache (`adoptParsedFile`), so the caller's own `parseLocalizedFile` calls,
 * in its own order, find every file already parsed.
 *
 * Nothing here decides an outcome: a file a worker could not parse, or a worker that could not start (a host without
 * worker threads), is parsed again by the caller, which throws that file's `SourceFormatError` where it always did.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { LocalizedDocument } from '../localization/index.ts';
import { adoptParsedFile, parseLocalizedFile } from '../localization/parse.ts';

/** Below this many files per worker, starting one (loading the Markdown parser) costs more than it saves. */
export const MIN_FILES_PER_WORKER = 40;

/** One vendor file to parse: its text and the name errors give it (`parseLocalizedFile`). */
export interface FileToParse {
	readonly text: string;
	readonly name: string;
}

/** A worker's answer: each file's document, in order, or `null` where parsing it threw. */
export type WorkerAnswer = ReadonlyArray<LocalizedDocument | null>;

/**
 * Parses `files` (default options) on up to `cores` threads, this one included, and leaves the documents in the parse
 * cache. Resolves once every share is parsed or given up; never rejects. Returns how many threads parsed.
 */
export async function parseOnAllCores(files: readonly FileToParse[], cores: number = availableParallelism()): Promise<number> {
	const workers = Math.min(cores - 1, Math.floor(files.length / MIN_FILES_PER_WORKER));
	if (workers < 1) return 1;
	const share = Math.floor(files.length / (workers + 1));
	const jobs = Array.from({ length: workers }, (_, n) => files.slice(files.length - share * (n + 1), files.length - share * n));
	const answers = jobs.map(parseInWorker);
	for (const file of files.slice(0, files.length - share * workers)) {
		try {
			parseLocalizedFile(file.text, file.name);
		} catch {
			// The caller parses it again and throws.
		}
	}
	let threads = 1;
	for (const [n, answer] of (await Promise.all(answers)).entries()) {
		if (!answer) continue;
		threads++;
		answer.forEach((document, index) => {
			const file = jobs[n]![index]!;
			if (document) adoptParsedFile(file.text, file.name, document);
		});
	}
	return threads;
}

/** The worker's answer for `files`, or `undefined` when it could not start or ended without one. */
function parseInWorker(files: readonly FileToParse[]): Promise<WorkerAnswer | undefined> {
	return new Promise((resolve) => {
		let worker: Worker;
		try {
			worker = new Worker(new URL('./parse-worker.ts', import.meta.url), { workerData: files });
		} catch {
			resolve(undefined);
			return;
		}
		worker.once('message', (answer: WorkerAnswer) => resolve(answer));
		worker.once('error', () => resolve(undefined));
		worker.once('exit', () => resolve(undefined));
	});
}
