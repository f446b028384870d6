/**
 * Traditional → Simplified folding for readers of the Simplified Chinese pages who type or paste Traditional text
 * (`競爭聲明`, `客戶的租戶`): the mirror of `simplified.ts`. The converter is OpenCC's JavaScript port (`opencc-js`), with
 * only its character tables (Taiwan variants reversed, then Traditional → Simplified), loaded as a separate chunk the
 * first time a query holds a Traditional character the zh-CN pages could match.
 *
 * Which characters those are is data (`variants/traditional-chars.json`): the Traditional forms, by OpenCC's
 * Simplified → Traditional table, of the Han characters on the built zh-CN pages, where the two differ and the pages
 * do not use the Traditional form themselves. Only those characters are folded.
 */
import traditionalChars from './variants/traditional-chars.json';
import { scriptFolding, type Convert } from './script-folding.ts';

/** OpenCC's Taiwan → Simplified character converter (a chunk of its own). */
const folding = scriptFolding(traditionalChars.chars, () =>
	Promise.all([import('opencc-js/core'), import('opencc-js/dict/TWVariantsRev'), import('opencc-js/dict/TSCharacters')]).then(
		([core, tw, ts]) => core.ConverterFactory([tw.default], [ts.default]) as Convert,
	),
);

/** Whether the query holds a Traditional-only character the site's zh-CN pages have a Simplified form of. */
export const hasTraditional = folding.has;

/**
 * Folds the query's Traditional characters to their Simplified forms, one character for one:
 * `競爭聲明` → `竞争声明`. A query without such characters comes back unchanged and loads nothing. Rejects only if
 * the converter's chunk fails to load.
 */
export const foldTraditional = folding.fold;

/** The folding itself, over a given converter (unit-tested without loading OpenCC's chunk). */
export const foldTraditionalWith = folding.foldWith;
