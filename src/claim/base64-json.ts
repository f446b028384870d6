/**
 * Base64url JSON for query parameters, and the compaction that keeps claim links short. Shared by the claim
 * simulator's URL state (`url-encoding.ts`), the lifecycle simulator (`lifecycle/url-state.ts`) and the helpers.
 *
 * Two forms (#17): plain, `base64url(UTF-8 JSON)` (every link written before, still read); and deflated,
 * `.` + `base64url(raw deflate(UTF-8 JSON))`, written once the deflate codec (`deflate.ts`, fflate) is installed and
 * only when it is shorter. The codec is installed by importing `deflate.ts`: the islands load it on demand (a link
 * that carries a deflated value, or a state that grows long), so this module still imports nothing and an island
 * that only reads or writes a short parameter doesn't pull the codec, the claim schemas or zod into its bundle.
 */

/** Links and fields much longer than any real claim are refused before decoding. */
const MAX_PARAM_LENGTH = 200_000;
/** The most JSON a deflated value may expand to (a deflate bomb is refused, not inflated). */
const MAX_JSON_BYTES = 1_000_000;
/** Shorter JSON is written plain: deflating it would not pay for the marker and the header. */
const DEFLATE_FROM_BYTES = 120;
/** The mark of a deflated value: not a base64url character, and kept as it is by `URLSearchParams`. */
const DEFLATED = '.';

/**
 * The longest query (in characters, after `?`) a tool writes into its link: 8,000 characters fit every common server,
 * proxy and browser (`astro preview` refuses request lines over about 16 kB with 431). A state past it is not written
 * into the URL (see each tool's keeper).
 */
export const LINK_LIMIT = 8000;

/** Raw deflate and inflate, as `deflate.ts` installs them. `inflate` returns at most `max + 1` bytes. */
export interface DeflateCodec {
	deflate(bytes: Uint8Array): Uint8Array;
	inflate(bytes: Uint8Array, max: number): Uint8Array;
}

let codec: DeflateCodec | null = null;

/** Installs the deflate codec (`deflate.ts` does, when imported). */
export function installCodec(installed: DeflateCodec): void {
	codec = installed;
}

/** Whether values are written deflated and deflated values can be read: `deflate.ts` has been loaded. */
export function hasCodec(): boolean {
	return codec !== null;
}

/** Whether any parameter of `params` is deflated, so the codec must be loaded before the query is decoded. */
export function carriesDeflated(params: URLSearchParams): boolean {
	for (const value of params.values()) if (value.startsWith(DEFLATED)) return true;
	return false;
}

function toBase64url(bytes: Uint8Array): string {
	let binary = '';
	for (const byte of bytes) binary += String.fromCharCode(byte);
	return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/** UTF-8 JSON in base64url (no padding), deflated when the codec is there and that is shorter: safe in a query string, Japanese and Chinese text included. */
export function encodeJson(value: unknown): string {
	const bytes = new TextEncoder().encode(JSON.stringify(value));
	if (codec && bytes.length >= DEFLATE_FROM_BYTES) {
		const deflated = codec.deflate(bytes);
		if (deflated.length < bytes.length) return `${DEFLATED}${toBase64url(deflated)}`;
	}
	return toBase64url(bytes);
}

export type Decoded = { readonly ok: true; readonly value: unknown } | { readonly ok: false };

/**
 * The JSON value of a base64url text (plain or deflated), or `{ ok: false }` for anything that isn't one (a
 * deflated value without the codec loaded included). Never throws.
 */
export function decodeJson(text: string): Decoded {
	const deflated = text.startsWith(DEFLATED);
	const body = deflated ? text.slice(DEFLATED.length) : text;
	if (text.length > MAX_PARAM_LENGTH || !/^[A-Za-z0-9_-]*$/.test(body)) return { ok: false };
	try {
		const binary = atob(body.replaceAll('-', '+').replaceAll('_', '/'));
		let bytes: Uint8Array = Uint8Array.from(binary, (char) => char.charCodeAt(0));
		if (deflated) {
			if (!codec) return { ok: false };
			bytes = codec.inflate(bytes, MAX_JSON_BYTES);
			if (bytes.length > MAX_JSON_BYTES) return { ok: false };
		}
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
