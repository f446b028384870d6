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
import { scriptFolding, type Convert } from './script-folding.ts';

/** OpenCC's Simplified → Taiwan character converter (a chunk of its own). */
const folding = scriptFolding(simplifiedChars.chars, () =>
	Promise.all([import('opencc-js/core'), import('opencc-js/dict/STCharacters'), import('opencc-js/dict/TWVariants')]).then(
		([core, st, tw]) => core.ConverterFactory([st.default], [tw.default]) as Convert,
	),
);

/** Whether the query holds a Simplified-only character the site's zh-TW pages have a Traditional form of. */
export const hasSimplified = folding.has;

/**
 * Folds the query's Simplified characters to their Traditional (Taiwan) forms, one character for one:
 * `域名与租户ID不匹配` → `域名與租戶ID不匹配`. A query without such characters comes back unchanged and
 * loads nothing. Rejects only if the converter's chunk fails to load.
 */
export const foldSimplified = folding.fold;

/** The folding itself, over a given converter (unit-tested without loading OpenCC's chunk). */
export const foldWith = folding.foldWith;
