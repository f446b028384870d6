/**
 * The one pass over the built pages (`astro:build:done`): each HTML page of the output is read once, handed to every
 * step in turn (the Content-Security-Policy, then the search index), and written once, if a step changed it. Two
 * passes, one per step, read, decoded, encoded and wrote every page twice: at 1,000 articles every page carries a
 * sidebar of 1,000 links, and that was most of both steps' time (#19).
 *
 * A step sees the HTML the step before it returned, without the page's chrome (the header and the sidebar, which no
 * step changes: `page-chrome.ts`); `inTurn` lets it do something in the pages' file order (Pagefind numbers pages in the
 * order it receives them), while the pages' reads and writes run in parallel on libuv's threads.
 */
import { readdirSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import pLimit from 'p-limit';
import { cutChrome, pageChrome, withChrome, type PageChrome } from './page-chrome.ts';

/** A page of the built site, as a step sees it. */
interface BuiltPage {
	/** The page's path below the output folder, with `/` separators (`ja/foo/index.html`). */
	readonly file: string;
	/**
	 * Runs `action` after the `inTurn` actions of every page before this one in file order have started (a page that
	 * calls none lets the next go when its steps are done); resolves to what `action` resolves to.
	 */
	inTurn<T>(action: () => Promise<T>): Promise<T>;
	/** The page's chrome, which the HTML a step sees holds `CHROME_MARK` in place of (`page-chrome.ts`). */
	readonly chrome: PageChrome;
}

/** One step of the pass. */
export interface PageStep {
	/** What the build's log calls the step. */
	readonly name: string;
	/** Runs before any page is read; throwing here stops the build before a page changes. */
	start?(outDir: string): void | Promise<void>;
	/**
	 * A page's HTML in, its HTML out (the same string when the step leaves the page as it is). The HTML holds the page's
	 * `CHROME_MARK` in place of its chrome (`page.chrome`), which the step must leave where it is, once.
	 */
	page(html: string, page: BuiltPage): string | Promise<string>;
	/** Runs after every page; resolves to what the step did, for the build's log (`12 pages`). */
	finish?(outDir: string): string | Promise<string>;
	/** Runs once the pass ends, finished or failed, to release what `start` took (Pagefind's process). */
	close?(): void | Promise<void>;
}

/**
 * How each step went: the time in ms it was busy (while any of its `start`, `page` and `finish` calls ran, awaited;
 * overlapping calls counted once), and what it did.
 */
export interface StepReport {
	readonly name: string;
	readonly ms: number;
	readonly did: string;
}

/** How many pages are read, changed and written at once. */
const PAGES_IN_FLIGHT = 8;

/**
 * Buffers the pages are read into, reused once a page is written: a fresh one for each page would cost the first touch
 * of its memory every time (at 1,000 articles, pages of 400 kB).
 */
const spareBuffers: Buffer[] = [];

/** The bytes of the file at `path`, in a spare buffer; `release` gives the buffer back once they are written. */
async function readPage(path: string): Promise<{ bytes: Buffer; release: () => void }> {
	const handle = await open(path, 'r');
	try {
		const { size } = await handle.stat();
		let buffer = spareBuffers.pop();
		if (!buffer || buffer.length < size) buffer = Buffer.allocUnsafeSlow(Math.max(size, 1 << 20));
		let length = 0;
		for (let read = -1; read !== 0 && length < size; length += read) {
			({ bytesRead: read } = await handle.read(buffer, length, size - length, length));
		}
		const held = buffer;
		return { bytes: buffer.subarray(0, length), release: () => void spareBuffers.push(held) };
	} finally {
		await handle.close();
	}
}

/** Writes `parts` to the file at `path`, in order, without joining them. */
async function writePage(path: string, parts: Buffer[]): Promise<void> {
	const handle = await open(path, 'w');
	try {
		const left = [...parts];
		while (left.length > 0) {
			let { bytesWritten } = await handle.writev(left);
			while (left.length > 0 && bytesWritten >= left[0]!.length) bytesWritten -= left.shift()!.length;
			if (bytesWritten > 0) left[0] = left[0]!.subarray(bytesWritten);
		}
	} finally {
		await handle.close();
	}
}

/** Every HTML file below `dir`, as paths below it with `/` separators, sorted. */
export function builtHtmlFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
		.sort();
}

/**
 * Runs `steps` over every HTML page below `outDir` (read once, written once when changed); resolves to each step's
 * report, in the steps' order. Rejects with the first error a step throws; every step's `close` runs either way.
 */
export async function rewriteBuiltPages(outDir: string, steps: readonly PageStep[]): Promise<StepReport[]> {
	// Every step's, even when one failed: a Pagefind process left running would keep the build from ending.
	const closeAll = () => Promise.allSettled(steps.map(async (step) => step.close?.()));
	let reports: StepReport[];
	try {
		reports = await runSteps(outDir, steps);
	} catch (error) {
		await closeAll(); // the step's error is the one reported
		throw error;
	}
	const failed = (await closeAll()).find((outcome) => outcome.status === 'rejected');
	if (failed) throw failed.reason;
	return reports;
}

async function runSteps(outDir: string, steps: readonly PageStep[]): Promise<StepReport[]> {
	// A step's time is the time it was busy: while at least one of its calls ran (the index step's calls overlap,
	// several pages in flight, and are counted once).
	const spent = steps.map(() => 0);
	const running = steps.map(() => 0);
	const since = steps.map(() => 0);
	const timed = async <T>(position: number, work: () => T | Promise<T>): Promise<T> => {
		if (running[position]!++ === 0) since[position] = performance.now();
		try {
			return await work();
		} finally {
			if (--running[position]! === 0) spent[position]! += performance.now() - since[position]!;
		}
	};
	for (const [position, step] of steps.entries()) await timed(position, () => step.start?.(outDir));
	let previousTurn: Promise<void> = Promise.resolve();
	await pLimit(PAGES_IN_FLIGHT).map(builtHtmlFiles(outDir), async (file) => {
		// Taken when the page's task starts, which p-limit does in file order.
		const turn = previousTurn;
		let passed!: () => void;
		previousTurn = new Promise((resolve) => (passed = resolve));
		let release = () => {};
		try {
			const read = await readPage(join(outDir, file));
			release = read.release;
			const cut = cutChrome(read.bytes);
			const page: BuiltPage = {
				file,
				inTurn: async (action) => {
					await turn;
					const acting = action();
					passed();
					return acting;
				},
				chrome: pageChrome(cut.chrome),
			};
			let html = cut.html;
			for (const [position, step] of steps.entries()) html = await timed(position, () => step.page(html, page));
			if (html !== cut.html) await writePage(join(outDir, file), withChrome(html, cut.chrome, file));
		} finally {
			release();
			// A page that acted in turn has let the next go already; one that did not (or failed) does once its own turn
			// has come, so the pages after it still act in file order (the build stops on a failure, not a wait).
			void turn.then(passed);
		}
	});
	const reports: StepReport[] = [];
	for (const [position, step] of steps.entries()) {
		const did = await timed(position, () => step.finish?.(outDir) ?? '');
		reports.push({ name: step.name, ms: spent[position]!, did });
	}
	return reports;
}

/** The pass as the build's last page step (`astro:build:done`), logging each step's report and the pass's time. */
export function builtPagesIntegration(steps: readonly PageStep[]): AstroIntegration {
	return {
		name: 'site:built-pages',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const reports = await rewriteBuiltPages(fileURLToPath(dir), steps);
				for (const { name, ms, did } of reports) logger.info(`${name}: ${did}; busy ${Math.round(ms)} ms.`);
				logger.info(`Read and wrote the built pages once for ${steps.length} steps in ${Math.round(performance.now() - started)} ms.`);
			},
		},
	};
}
