/**
 * The data behind `hasSimplified` (`simplified-chars.json`): which Simplified characters a reader of the
 * Traditional Chinese pages may paste that the pages have a Traditional form of. Computed from the built
 * pages' text with OpenCC's Traditional → Simplified character table (`opencc-js`, `TSCharacters`), at
 * build-maintenance time in Node, never in the browser. Plain TypeScript.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import STCharacters from 'opencc-js/dict/STCharacters';
import TSCharacters from 'opencc-js/dict/TSCharacters';

/** The file's shape: where the characters come from, and the characters, in code point order. */
export interface SimplifiedChars {
	source: string;
	chars: string;
}

/** The note stored beside the characters. */
export const SIMPLIFIED_CHARS_SOURCE =
	'OpenCC (opencc-js 1.4.2) TSCharacters: the Simplified forms of the Han characters on the built zh-TW pages that differ from them; regenerate with `npm run build && npm run search:chars` when the zh-TW pages gain characters';

/** The note stored beside the Traditional characters the zh-CN search folds (`traditional-chars.json`). */
export const TRADITIONAL_CHARS_SOURCE =
	'OpenCC (opencc-js 1.4.2) STCharacters: the Traditional forms of the Han characters on the built zh-CN pages that differ from them; regenerate with `npm run build && npm run search:chars` when the zh-CN pages gain characters';

const HAN = /\p{Script=Han}/u;

/** OpenCC's table as character → its forms in the other script (`"T S|T S S2|…"`); every form when `all`, else the first. */
function table(dict: string, all: boolean): Map<string, string[]> {
	const forms = new Map<string, string[]>();
	for (const entry of dict.split('|')) {
		const [from, ...to] = entry.split(' ');
		if (from && to.length > 0 && [...from].length === 1) forms.set(from, all ? to : to.slice(0, 1));
	}
	return forms;
}

/** The forms, by `dict`, of the Han characters in `texts` that differ from them and that the texts do not use. */
function otherScriptCharsOf(texts: Iterable<string>, dict: string, all: boolean): string {
	const forms = table(dict, all);
	const used = new Set<string>();
	const found = new Set<string>();
	for (const text of texts)
		for (const char of text) {
			if (!HAN.test(char)) continue;
			used.add(char);
			for (const form of forms.get(char) ?? []) if (form !== char) found.add(form);
		}
	return [...found]
		.filter((char) => !used.has(char))
		.sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!)
		.join('');
}

/**
 * The Simplified forms, different from the Traditional ones, of the Han characters in `texts` (the built
 * zh-TW pages), each once, in code point order: `['網域與租用戶']` → `'与户网'`. A form the pages themselves
 * use as Traditional text (製 → 制, but 制 is on the pages too) is left out: a query holding it is no paste of
 * Simplified text, and must not load the converter.
 */
export function simplifiedCharsOf(texts: Iterable<string>): string {
	return otherScriptCharsOf(texts, TSCharacters, false);
}

/**
 * The Traditional forms (every one OpenCC lists: 发 → 發 髮), different from the Simplified ones, of the Han
 * characters in `texts` (the built zh-CN pages), each once, in code point order: `['客户关联']` → `'戶關聯'`. A form
 * the pages themselves use is left out, as in `simplifiedCharsOf`.
 */
export function traditionalCharsOf(texts: Iterable<string>): string {
	return otherScriptCharsOf(texts, STCharacters, true);
}

/** The text of every built page (`.html`) under `folder` (`dist/zh-tw`), read as UTF-8; none if it does not exist. */
export function builtPageTexts(folder: string): string[] {
	const texts: string[] = [];
	const walk = (dir: string): void => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) walk(path);
			else if (entry.name.endsWith('.html')) texts.push(readFileSync(path, 'utf8'));
		}
	};
	try {
		walk(folder);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
	}
	return texts;
}
