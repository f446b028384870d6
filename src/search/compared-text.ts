/**
 * Text as the search compares it: without case, spaces, punctuation or Latin marks (`compact`), a query's words as
 * pages are searched for them (`comparedWords`), and whether a text holds one of them (`holdsWord`). Plain functions
 * over strings, shared by the engine's ranking (`engine.ts`) and the tool words (`tool-purposes.ts`).
 */
import { foldLatin, oneTypoApart, separableVerb } from './spelling.ts';

/** A Latin letter. */
export const LATIN = /\p{Script=Latin}/u;

/**
 * Latin letters and digits: what a Latin word's or phrase's ends may not touch (`help me choose` is not in `help me
 * chooses`, `mpn` not in `mpnx`). A Han, kana or Hangul character may: Japanese, Chinese and Korean readers write a
 * Latin term against their own words (`我该用哪个MPN`, and `MPN을` with a Korean particle, which `isWholeWord` of
 * `normalize.ts` counts as joining; held-out probe 29, December 2026).
 */
const LATIN_WORD_CHARACTER = /[\p{Script=Latin}\p{N}]/u;

/**
 * Whether `text` holds `word` (a word or phrase in Latin letters, both as the caller folded them) where no Latin letter
 * or digit touches its start, nor its end unless `openEnd` (`werktage` in `werktagen`): see `LATIN_WORD_CHARACTER`.
 */
export function holdsLatinWord(text: string, word: string, { openEnd = false } = {}): boolean {
	for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
		const end = at + word.length;
		if (!LATIN_WORD_CHARACTER.test(text[at - 1] ?? ' ') && (openEnd || !LATIN_WORD_CHARACTER.test(text[end] ?? ' '))) return true;
	}
	return false;
}

/** Where a listed phrase leaves room for the reader's own words (`kein … ausgewählt`): `…`, which NFKC makes `...`. */
const PHRASE_GAP = /\s*(?:…|\.\.\.)\s*/u;

/** How many words of the reader's own a phrase's gap takes at most: `kein Produkt ausgewählt`, `aucune activité sélectionnée`. */
export const PHRASE_GAP_WORDS = 3;

/**
 * Whether `text` holds `phrase` (Latin words, both as the caller folded them) as words of its own (`holdsLatinWord`);
 * a phrase with gaps (`…`: `kein … ausgewählt`, `aucun … sélectionné`) when its parts come in order, each as words of
 * their own, with at least one and at most `PHRASE_GAP_WORDS` words between two parts.
 */
export function holdsPhrase(text: string, phrase: string): boolean {
	const parts = phrase.split(PHRASE_GAP).map(wordsInOrder);
	if (parts.length === 1) return holdsLatinWord(text, phrase);
	const words = wordsInOrder(text);
	const from = (part: number, at: number): boolean => {
		const wanted = parts[part]!;
		if (wanted.length === 0 || !wanted.every((word, n) => words[at + n] === word)) return false;
		if (part === parts.length - 1) return true;
		const next = at + wanted.length;
		for (let gap = 1; gap <= PHRASE_GAP_WORDS; gap++) if (from(part + 1, next + gap)) return true;
		return false;
	};
	return words.some((_, at) => from(0, at));
}

/** The words of a text as the caller folded it (`WORD_RUN`), in order. */
function wordsInOrder(text: string): string[] {
	return text.match(WORD_RUN) ?? [];
}

/**
 * Text compared without case, spaces, punctuation or Latin marks (`foldLatin`, as Pagefind's index compares them):
 * `Which MPN do I choose?` → `whichmpndoichoose`, `Déjà demandé` → `dejademande`.
 */
export function compact(text: string): string {
	let known = COMPACTED.get(text);
	if (known === undefined) {
		known = folded(text).replace(/[\s\p{P}\p{S}]+/gu, '');
		if (COMPACTED.size >= COMPACTED_KEPT) COMPACTED.delete(COMPACTED.keys().next().value!);
		COMPACTED.set(text, known);
	}
	return known;
}

/**
 * The texts `compact` wrote lately, and how many it keeps: every query compares the candidates' whole texts (a few
 * kilobytes each) again, and folding them (`foldLatin`: two Unicode normalizations) was most of a later query's time.
 * The oldest goes first.
 */
const COMPACTED = new Map<string, string>();
const COMPACTED_KEPT = 2000;

/** Text in NFKC, lower case, Latin marks folded (`foldLatin`): what `compact` and word starts compare. */
export function folded(text: string): string {
	return foldLatin(text.normalize('NFKC').toLowerCase());
}

/**
 * The query's phrase as `compact` writes it, and, when it joins two nouns with the Japanese particle の or the
 * Chinese 的, without it: both languages drop it from a noun compound at will (`サブスクリプションのエラー` is the
 * heading's `サブスクリプションエラー`, `查找客户的域名` the title's `查找客户域名`). The particle stays where kana
 * surround it (`そのまま`), and 的 unless it stands between two Han characters (`的确` keeps it).
 */
export function phrasings(query: string): string[] {
	const phrase = compact(query);
	const joined = phrase
		.replace(/(?<=[^\p{Script=Hiragana}])の(?=[^\p{Script=Hiragana}])/gu, '')
		.replace(/(?<=\p{Script=Han})的(?=\p{Script=Han})/gu, '');
	return joined === phrase ? [phrase] : [phrase, joined];
}

/** A Latin word without its English inflection (`claimed` → `claim`), so that it is found in the text as a part; other words as they are. */
function stem(word: string): string {
	return /^[a-z]{5,}$/.test(word) ? word.replace(/(?:ing|ed|es|s)$/, '') : word;
}

/** The query's words as pages are searched for them (`compact`, then `stem`), the empty ones left out. */
export function comparedWords(words: readonly string[]): string[] {
	return words.map((word) => stem(compact(word))).filter(Boolean);
}

export const SHORT_LATIN_WORD = /^[a-z\d]{1,3}$/;

/**
 * Whether `text` holds `word` (written as `compact` writes it): a part of the compacted text (`claim` in `claimed`, a
 * Japanese word in a sentence), but a short Latin word only as a word of its own or with a plural `s` (`my` is not in
 * `dynamics`, `un` not in `unable`: break-l L7, an off-topic `reset my password` called a partial match), and a German
 * separable verb also as its verb and its particle, two words of the text (`separableVerb`). With `typos`, a Latin word
 * of six letters or more also as a word of the text one typo away (`oneTypoApart`: `subscripton` for `subscription`):
 * what the reader meant (`matchLevel`'s `meant`).
 */
export function holdsWord(text: string, word: string, { typos = false } = {}): boolean {
	if (SHORT_LATIN_WORD.test(word)) {
		const words = latinWords(text);
		return words.has(word) || words.has(`${word}s`);
	}
	if (compact(text).includes(word)) return true;
	// A German verb the text takes apart (`eingeben`: `Geben Sie … ein`): its verb and its particle, each a word of the text.
	const separable = separableVerb(word);
	if (separable && latinWords(text).has(separable.verb) && latinWords(text).has(separable.particle)) return true;
	// A long Latin word one typo away from a word of the text (`subscripton`): the word the reader meant.
	if (!typos || !TYPO_FORGIVEN.test(word)) return false;
	for (const known of latinWords(text)) if (oneTypoApart(word, known)) return true;
	return false;
}

/** A Latin word long enough that one typo in it still names one word (`alredy`, `subscripton`; not `clam` for `claim`). */
const TYPO_FORGIVEN = /^\p{Script=Latin}{6,}$/u;

/**
 * The words of a text, as `folded` writes them: runs of Latin letters and digits (`LATIN_WORD_CHARACTER`), and runs of
 * other letters, so a Latin word ends where a Korean particle or a Japanese word begins (`mpn` in `어떤 MPN을 선택해야
 * 하나요?`, the MPN helper's title: held-out probe 29, December 2026). The latest texts' words are kept.
 */
export function latinWords(text: string): ReadonlySet<string> {
	let known = WORD_SETS.get(text);
	if (!known) {
		known = new Set(folded(text).match(WORD_RUN) ?? []);
		if (WORD_SETS.size >= WORD_SETS_KEPT) WORD_SETS.delete(WORD_SETS.keys().next().value!);
		WORD_SETS.set(text, known);
	}
	return known;
}

/** A run of Latin letters and digits, or of other letters (`latinWords`). */
const WORD_RUN = /[\p{Script=Latin}\p{N}]+|(?:(?!\p{Script=Latin})\p{L})+/gu;
const WORD_SETS = new Map<string, ReadonlySet<string>>();
const WORD_SETS_KEPT = 500;
