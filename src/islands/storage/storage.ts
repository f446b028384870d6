/**
 * Web storage that never throws (#17). A browser that blocks site data throws `SecurityError` from the
 * `localStorage`/`sessionStorage` getters themselves; a full store throws `QuotaExceededError` from `setItem`.
 * Every reader of storage in the site's browser code goes through these, so a blocked, full or absent store only
 * means "not remembered", never an uncaught error.
 */

/** Which store: `local` (kept across visits) or `session` (this tab). */
export type StoreKind = 'local' | 'session';

/** What happened to a write: kept, refused because the store is full, or no store to write to (blocked or absent). */
export type WriteOutcome = 'saved' | 'full' | 'unavailable';

/** The store itself, or `null` where the browser blocks or lacks it (its getter throws or is missing). Never throws. */
export function storeOf(kind: StoreKind): Storage | null {
	try {
		const found = kind === 'local' ? globalThis.localStorage : globalThis.sessionStorage;
		return found ?? null;
	} catch {
		return null;
	}
}

/** The stored text under `key`; `null` when there is none or the store can't be read. Never throws. */
export function readStored(kind: StoreKind, key: string): string | null {
	try {
		return storeOf(kind)?.getItem(key) ?? null;
	} catch {
		return null;
	}
}

/** Stores `value` under `key` (`null` removes it). Never throws: says whether it was kept. */
export function writeStored(kind: StoreKind, key: string, value: string | null): WriteOutcome {
	const target = storeOf(kind);
	if (!target) return 'unavailable';
	try {
		if (value === null) target.removeItem(key);
		else target.setItem(key, value);
		return 'saved';
	} catch (error) {
		return error instanceof DOMException && (error.name === 'QuotaExceededError' || error.code === 22) ? 'full' : 'unavailable';
	}
}
