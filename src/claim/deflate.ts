/**
 * The deflate codec of the tools' links (`base64-json.ts`), installed when this module is imported: raw deflate
 * (RFC 1951) from fflate, synchronous, so a state is written in the same task as the reader's input. The islands
 * import it on demand (`src/islands/links/deflate-on-demand.ts`); the build and the tests import it directly.
 */
import { deflateSync, inflateSync } from 'fflate';
import { installCodec } from './base64-json.ts';

installCodec({
	deflate: (bytes) => deflateSync(bytes, { level: 9 }),
	// Inflating into a buffer one byte longer than allowed: a longer result is cut there, and refused by the caller.
	inflate: (bytes, max) => inflateSync(bytes, { out: new Uint8Array(max + 1) }),
});
