/**
 * Where the claim simulator keeps a claim (#17): in the page URL on its own page, in session storage when embedded
 * in an article, and, where the browser blocks or has filled session storage, in this page's memory (the island
 * then says once that the claim is not saved in this tab). `keepClaim` is the one write path, called synchronously
 * with the reader's change (a layout effect, before the browser can start a reload), so nothing typed is lost to
 * timing.
 */
import { readStored, writeStored, type WriteOutcome } from '../storage/storage.ts';
import { withQuery } from '../../url-query.ts';

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
 * Writes the claim's query: into the URL (`page`, replacing the entry) or session storage (`embedded`, falling back
 * to memory). Never throws; says whether the claim is saved (always `saved` on the page).
 */
export function keepClaim(mode: 'page' | 'embedded', key: string, query: URLSearchParams): WriteOutcome {
	if (mode === 'page') {
		try {
			history.replaceState(history.state, '', `${withQuery(location.pathname, query)}${location.hash}`);
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
