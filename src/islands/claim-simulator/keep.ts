/**
 * Where the claim simulator keeps a claim (#17): in the page URL on its own page, in session storage when embedded
 * in an article, and, where the browser blocks or has filled session storage, in this page's memory (the island
 * then says once that the claim is not saved in this tab). `keepClaim` is the one write path, called synchronously
 * with the reader's change (a layout effect, before the browser can start a reload), so nothing typed is lost to
 * timing.
 */
import { LINK_LIMIT } from '../../claim/base64-json.ts';
import { readStored, writeStored, type WriteOutcome } from '../storage/storage.ts';
import { withQuery } from '../../url-query.ts';

/** What became of a write: as `writeStored` says, or `too-long` for a page link past `LINK_LIMIT` (not written). */
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
	if (mode === 'page') {
		if (query.toString().length > LINK_LIMIT) return 'too-long';
		try {
			const url = `${withQuery(location.pathname, query)}${location.hash}`;
			if (push) history.pushState(null, '', url);
			else history.replaceState(history.state, '', url);
		} catch {
			// Safari refuses more than 100 replacements in 30 seconds (SecurityError): the next change writes it.
		}
		return 'saved';
	}
	const text = query.toString();
	const outcome = writeStored('session', key, text);
	if (outcome === 'saved') memory.delete(key);
	else memory.set(key, text);
	return outcome;
}

/** The file "Save the claim as a file" writes: the claim's query, which `claimFromFile` reads back. */
export function claimFile(query: URLSearchParams): Blob {
	return new Blob([JSON.stringify({ tool: 'claim-simulator', query: query.toString() })], { type: 'application/json' });
}

/** The query a saved claim file holds; `null` for any other file. Never throws. */
export function claimFromFile(text: string): URLSearchParams | null {
	try {
		const saved: unknown = JSON.parse(text);
		if (typeof saved !== 'object' || saved === null) return null;
		const { tool, query } = saved as { tool?: unknown; query?: unknown };
		return tool === 'claim-simulator' && typeof query === 'string' ? new URLSearchParams(query) : null;
	} catch {
		return null;
	}
}
