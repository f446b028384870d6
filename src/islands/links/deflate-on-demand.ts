/**
 * Loading the links' deflate codec (`src/claim/deflate.ts`, fflate) only when a tool needs it (#17): to read a link
 * that carries a deflated value, or once a state's query grows past `DEFLATE_WHEN_LONGER` characters (shorter
 * states are written plain, as before). Keeps fflate out of every island's first download.
 */
import { carriesDeflated, hasCodec } from '../../claim/base64-json.ts';

/** A query longer than this (characters) has the codec loaded and is rewritten deflated. */
const DEFLATE_WHEN_LONGER = 1500;

let loading: Promise<void> | undefined;

/** Loads and installs the codec once (again after a failure). */
function loadDeflate(): Promise<void> {
	if (!loading) {
		loading = import('../../claim/deflate.ts').then(() => undefined);
		loading.catch(() => (loading = undefined));
	}
	return loading;
}

/** Resolves once `params` can be decoded: at once, or after loading the codec when a value is deflated. */
export async function readyToDecode(params: URLSearchParams): Promise<void> {
	if (carriesDeflated(params) && !hasCodec()) await loadDeflate();
}

/**
 * After a state was written plain as `query`: when it is long and the codec isn't there yet, loads it and calls
 * `rewrite` (which encodes the latest state again, deflated). A failure to load leaves the plain query.
 */
export function deflateLater(query: URLSearchParams, rewrite: () => void): void {
	if (hasCodec() || query.toString().length <= DEFLATE_WHEN_LONGER) return;
	loadDeflate().then(rewrite, () => undefined);
}
