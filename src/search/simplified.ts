/**
 * Simplified → Traditional folding for readers of the Traditional Chinese pages who paste Simplified
 * text (`域名与租户ID不匹配`). The converter is OpenCC's JavaScript port (`opencc-js`), with only its
 * character tables (Simplified → Traditional, then Taiwan variants): about 22 kB gzipped, loaded as a
 * separate chunk the first time a query holds a Simplified character the site's pages could match.
 *
 * Which characters those are is data (`variants/simplified-chars.json`): the Simplified forms, by
 * OpenCC's Traditional → Simplified table, of the Han characters on the built zh-TW pages, where the
 * two differ. Only those characters are folded: a character the pages do not use cannot match, and a
 * Traditional character OpenCC would "convert" again (干 → 乾) stays as the reader typed it.
 */
import simplifiedChars from './variants/simplified-chars.json';

const SIMPLIFIED = new Set(simplifiedChars.chars);

/** Whether the query holds a Simplified-only character the site's zh-TW pages have a Traditional form of. */
export function hasSimplified(query: string): boolean {
	for (const char of query) if (SIMPLIFIED.has(char)) return true;
	return false;
}

type Convert = (text: string) => string;
let converter: Promise<Convert> | undefined;

/** OpenCC's Simplified → Taiwan character converter, imported (a chunk of its own) on first use. */
function loadConverter(): Promise<Convert> {
	return (converter ??= Promise.all([
		import('opencc-js/core'),
		import('opencc-js/dict/STCharacters'),
		import('opencc-js/dict/TWVariants'),
	]).then(([core, st, tw]) => core.ConverterFactory([st.default], [tw.default]) as Convert));
}

/**
 * Folds the query's Simplified characters to their Traditional (Taiwan) forms, one character for one:
 * `域名与租户ID不匹配` → `域名與租戶ID不匹配`. A query without such characters comes back unchanged and
 * loads nothing. Rejects only if the converter's chunk fails to load.
 */
export async function foldSimplified(query: string): Promise<string> {
	if (!hasSimplified(query)) return query;
	const convert = await loadConverter();
	return foldWith(query, convert);
}

/** The folding itself, over a given converter (unit-tested without loading OpenCC's chunk). */
export function foldWith(query: string, convert: Convert): string {
	return [...query].map((char) => (SIMPLIFIED.has(char) ? ([...convert(char)][0] ?? char) : char)).join('');
}
