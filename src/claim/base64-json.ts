/**
 * Base64url JSON for query parameters, and the compaction that keeps claim links short. Shared by the claim
 * simulator's URL state (`url-encoding.ts`) and the lifecycle simulator (`lifecycle/url-state.ts`).
 *
 * This module imports nothing, so an island that only needs to read or write a parameter doesn't pull the claim
 * schemas (and zod) into its bundle.
 */

/** Links and fields much longer than any real claim are refused before decoding. */
const MAX_PARAM_LENGTH = 200_000;

/** UTF-8 JSON in base64url (no padding): safe in a query string, Japanese and Chinese text included. */
export function encodeJson(value: unknown): string {
	const bytes = new TextEncoder().encode(JSON.stringify(value));
	let binary = '';
	for (const byte of bytes) binary += String.fromCharCode(byte);
	return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

export type Decoded = { readonly ok: true; readonly value: unknown } | { readonly ok: false };

/** The JSON value of a base64url text, or `{ ok: false }` for anything that isn't one. Never throws. */
export function decodeJson(text: string): Decoded {
	if (text.length > MAX_PARAM_LENGTH || !/^[A-Za-z0-9_-]*$/.test(text)) return { ok: false };
	try {
		const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
		const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
		return { ok: true, value: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) };
	} catch {
		return { ok: false };
	}
}

/** The value without empty strings, nulls, empty arrays and empty objects (the draft schema restores them). */
export function compactJson(value: unknown): unknown {
	if (value === '' || value === null || value === undefined) return undefined;
	if (Array.isArray(value)) return value.length === 0 ? undefined : value;
	if (typeof value === 'object') {
		const entries = Object.entries(value).flatMap(([key, inner]) => {
			const kept = compactJson(inner);
			return kept === undefined ? [] : [[key, kept] as const];
		});
		return entries.length === 0 ? undefined : Object.fromEntries(entries);
	}
	return value;
}
