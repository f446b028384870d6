/**
 * JSON in a query parameter: UTF-8 JSON as base64url. Kept apart from `url-state.ts` (which re-exports it) so
 * that the helpers' islands can use it without pulling the claim schemas, and zod, into their bundles.
 */

/** Links and fields much longer than any real claim are refused before decoding. */
export const MAX_PARAM_LENGTH = 200_000;

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
