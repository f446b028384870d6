/**
 * Where the claim simulator keeps a claim (#17): in the page URL on its own page, in session storage when embedded
 * in an article, and, where the browser blocks or has filled session storage, in this page's memory (the island
 * then says once that the claim is not saved in this tab). `keepClaim` is the one write path, called synchronously
 * with the reader's change (a layout effect, before the browser can start a reload), so nothing typed is lost to
 * timing.
 */
import { readStored, writeStored, type WriteOutcome } from '../storage/storage.ts';
import { writeLink } from '../links/write-link.ts';

/** What became of a write: as `writeStored` says, or `too-long` for a page link past `LINK_LIMIT` (not written: `writeLink`). */
export type KeepOutcome = WriteOutcome | 'too-long';

/** Claims of embedded simulators whose session storage refused them, by storage key: kept until the page is left. */
const memory = new Map<string, string>();

/** The query an embedded simulator kept under `key` (this page's memory first, then session storage); `''` for none. */
export function keptQuery(key: string): string {
	return memory.get(key) ?? readStored('session', key) ?? '';
}

/** Drops what an embedded simulator kept (a corrupt value is reset quietly, not reported as a damaged link). */
export function forgetKept(key: string): void {
	memory.delete(key);
	writeStored('session', key, null);
}

/**
 * Writes the claim's query: into the URL (`page`: a new history entry when `push`, the reader's step changed;
 * otherwise replacing the entry) or session storage (`embedded`, falling back
 * to memory). Never throws; says whether the claim is saved. A page link longer than `LINK_LIMIT` characters is not
 * written (a server would refuse it, and the reload would lose the claim): the URL keeps the last one that fit.
 */
export function keepClaim(mode: 'page' | 'embedded', key: string, query: URLSearchParams, push = false): KeepOutcome {
	if (mode === 'page') return writeLink(query, push) === null ? 'saved' : 'too-long';
	const text = query.toString();
	const outcome = writeStored('session', key, text);
	if (outcome === 'saved') memory.delete(key);
	else memory.set(key, text);
	return outcome;
}
