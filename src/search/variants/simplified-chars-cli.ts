/**
 * `npm run search:chars` (after `npm run build`): rewrites `simplified-chars.json` from the built
 * Traditional Chinese pages (`dist/zh-tw/`), so a Simplified paste of words the pages gained is folded too, and
 * `traditional-chars.json` from the built Simplified Chinese pages (`dist/zh-cn/`), for the reverse.
 * `npm run test:search` fails, naming this command, when the file lacks a character the pages need.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { locales } from '../../i18n/locales.ts';
import {
	builtPageTexts,
	SIMPLIFIED_CHARS_SOURCE,
	simplifiedCharsOf,
	TRADITIONAL_CHARS_SOURCE,
	traditionalCharsOf,
	type SimplifiedChars,
} from './simplified-chars.ts';

const traditional = locales.find((locale) => locale.lang === 'zh-TW');
const root = fileURLToPath(new URL('../../../', import.meta.url));
const pages = traditional ? builtPageTexts(`${root}dist/${traditional.slug}`) : [];
if (pages.length === 0) {
	console.error('search:chars: no built zh-TW pages in dist/; run `npm run build` first.');
	process.exit(1);
}
const data: SimplifiedChars = { source: SIMPLIFIED_CHARS_SOURCE, chars: simplifiedCharsOf(pages) };
writeFileSync(new URL('./simplified-chars.json', import.meta.url), `${JSON.stringify(data, null, '\t')}\n`);
console.log(`search:chars: ${[...data.chars].length} Simplified characters from ${pages.length} zh-TW pages.`);

const simplifiedLocale = locales.find((locale) => locale.lang === 'zh-CN');
const simplifiedPages = simplifiedLocale ? builtPageTexts(`${root}dist/${simplifiedLocale.slug}`) : [];
if (simplifiedPages.length > 0) {
	const reverse: SimplifiedChars = { source: TRADITIONAL_CHARS_SOURCE, chars: traditionalCharsOf(simplifiedPages) };
	writeFileSync(new URL('./traditional-chars.json', import.meta.url), `${JSON.stringify(reverse, null, '\t')}\n`);
	console.log(`search:chars: ${[...reverse.chars].length} Traditional characters from ${simplifiedPages.length} zh-CN pages.`);
}
