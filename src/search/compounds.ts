/**
 * Compound words a reader types whole and a page writes apart (issue #18 §4). The vendor's German translations often
 * split a compound with a space (`Abonnement Fehler`, `Kunden Zuordnung`) where a German reader types
 * `Abonnementfehler` or `Kundenzuordnung`. Pagefind indexes whole words and matches a query word as a prefix, so the
 * typed compound never finds the page that writes it apart. `splitCompounds` writes each long word of a query as the
 * two words the index knows, found by asking the index itself (no dictionary to ship or keep): the longest ending of
 * the word that begins some indexed word (the head, `fehler`), whose beginning (the modifier, `abonnement`) also
 * begins one. Plain TypeScript over an injected probe, tested without Pagefind.
 */

import { HANGUL_WORD, isKoreanParticle } from './spelling.ts';

/**
 * Languages (primary CLDR subtags) whose readers write compounds as one word: German, Dutch, the Nordic languages; and
 * Korean, whose readers may leave out the spaces the pages write (`도메인불일치` for `도메인 불일치`; held-out probe 32,
 * December 2026).
 */
const COMPOUNDING = new Set(['de', 'nl', 'sv', 'da', 'nb', 'nn', 'no', 'fi', 'is', 'ko']);

/** Letters of the shortest head or modifier a split may leave (`Amt` is too short to tell from a syllable). */
const MIN_PART = 4;

/** Syllables of the shortest Hangul head or modifier, and of the shortest Hangul word tried as a compound. */
const MIN_HANGUL_PART = 2;
const MIN_HANGUL_COMPOUND = 4;

/** Where a word of Hangul meets a word of another script (`테넌트ID도메인`): a reader's missing space. */
const SCRIPT_CHANGE =
	/(?<=\p{Script=Hangul})(?=[\p{L}\p{N}])(?!\p{Script=Hangul})|(?<=[\p{L}\p{N}])(?<!\p{Script=Hangul})(?=\p{Script=Hangul})/u;

/**
 * Letters of the shortest word tried as a compound: shorter words of the pages' German are stems with an ending
 * (`Mandanten`), whose cuts (`Mand|anten`) cost index probes (an index chunk and a page's fragment each, on the first
 * search too) and find nothing.
 */
const MIN_COMPOUND = 10;

/** How many words of one query are split at most: each costs up to a dozen index probes. */
const MAX_WORDS = 2;

/** Whether queries in `lang` (a CLDR tag, `de-DE`, `nl`) are searched for their compounds' parts. */
export function splitsCompounds(lang: string): boolean {
	return COMPOUNDING.has(lang.toLowerCase().split('-')[0]!);
}

/**
 * The ways to cut `word` into a modifier and a head of at least `MIN_PART` letters each, longest head first:
 * `Abonnementfehler` → `Abon|nementfehler`, `Abonn|ementfehler`, … `Abonnement|fehler`, … . Words of other
 * characters than letters (`Mandanten-ID`, `365`) and words under `MIN_COMPOUND` letters are not cut. A Hangul word is
 * cut into parts of `MIN_HANGUL_PART` syllables or more, from `MIN_HANGUL_COMPOUND` syllables (`도메|인불일치`, …
 * `도메인|불일치`).
 */
export function compoundCuts(word: string): Array<{ modifier: string; head: string }> {
	const letters = [...word];
	const hangul = HANGUL_WORD.test(word);
	const [part, compound] = hangul ? [MIN_HANGUL_PART, MIN_HANGUL_COMPOUND] : [MIN_PART, MIN_COMPOUND];
	if (!/^\p{L}+$/u.test(word) || letters.length < compound) return [];
	const cuts: Array<{ modifier: string; head: string }> = [];
	for (let at = part; at <= letters.length - part; at++)
		cuts.push({ modifier: letters.slice(0, at).join(''), head: letters.slice(at).join('') });
	return cuts;
}

/** A word of letters or digits joined by hyphens: `CSP-Partner`, `Pre-Sales-Claim`, `Mandanten-ID`. */
const HYPHENATED = /^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+$/u;

/**
 * A hyphenated compound of the reader's (`CSP-Partner`, `Pre-Sales-Claim`) as the index writes it, since a page that
 * writes the compound otherwise holds none of it as typed (twelfth held-out probe, December 2026: `Pre-Sales-Claim gibt
 * Warnung`): each longest run of its parts that, joined, begins an indexed word (`PreSales`, for the pages' `Presales`),
 * the other parts on their own (`CSP Partner`, `PreSales Claim`); undefined when the index knows the word whole
 * (`Mandanten-ID`). One probe of the index for the word, and one for each run tried.
 */
async function hyphenatedApart(word: string, begins: (part: string) => Promise<boolean>): Promise<string | undefined> {
	if (await begins(word.toLowerCase())) return undefined;
	const parts = word.split('-');
	const runs: string[] = [];
	for (let start = 0; start < parts.length;) {
		let end = parts.length;
		while (end > start + 1 && !(await begins(parts.slice(start, end).join('').toLowerCase()))) end--;
		runs.push(parts.slice(start, end).join(''));
		start = end;
	}
	return runs.join(' ');
}

/**
 * `query` with a space where a word of Hangul meets a word of another script (`테넌트ID도메인` → `테넌트 ID 도메인`), but
 * for a particle after a Latin noun (`ID를`, `CSP로`), which belongs to it (`isKoreanParticle`).
 */
function spacedScripts(query: string): string {
	const pieces = query.split(SCRIPT_CHANGE);
	const particle = (piece: string): boolean => isKoreanParticle(/^\p{Script=Hangul}+/u.exec(piece)?.[0] ?? '');
	return pieces.reduce((out, piece) => out + (out === '' || particle(piece) ? piece : ` ${piece}`), '');
}

/** A word that begins with a capital letter: in German, a noun (or the first word of a sentence). */
const CAPITALIZED = /^\p{Lu}/u;

/**
 * Whether the reader writes nouns with their capital, as German does (and the portal's pasted messages do): a word
 * after the first begins with one. Then a word in lower case is no noun (`ausgewählte`, `vorhanden`) and no compound
 * worth the index probes of a split; a reader who types everything in lower case (`abonnementfehler`) has each long
 * word tried.
 */
function writesNounsCapitalized(words: readonly string[]): boolean {
	return words.slice(1).some((word) => CAPITALIZED.test(word));
}

/**
 * `query` with its long words written as modifier and head, where the index knows both as the beginnings of its
 * words: `Abonnementfehler` → `Abonnement fehler`. `begins(part)` says whether some indexed word begins with `part`
 * (a one-word Pagefind search that finds a page). The longest head is taken (the last noun of a German compound
 * carries its meaning); a modifier with a linking `s` (`Lösungs|bereich`) is kept as typed, since it is also the
 * beginning of the compound's other forms. Returns the query unchanged (the same string) when no word splits, for a
 * language that does not compound, or when a probe fails.
 */
export async function splitCompounds(query: string, lang: string, begins: (part: string) => Promise<boolean>): Promise<string> {
	if (!splitsCompounds(lang)) return query;
	// A Korean reader's words of two scripts written as one (`테넌트ID도메인불일치`) are words of their own.
	const spaced = spacedScripts(query);
	if (spaced !== query) return splitCompounds(spaced, lang, begins);
	// Hyphenated words first: a reader who writes `Pre-Sales-Claim` joined what the pages write otherwise.
	const typed = query.split(/\s+/).filter((word) => word.length > 0);
	const cased = writesNounsCapitalized(typed);
	// Hangul has no capitals: a Korean word is tried whatever the Latin words around it.
	const words = typed.filter(
		(word) => HYPHENATED.test(word) || (compoundCuts(word).length > 0 && (!cased || CAPITALIZED.test(word) || HANGUL_WORD.test(word))),
	);
	words.sort((a, b) => Number(HYPHENATED.test(b)) - Number(HYPHENATED.test(a)));
	const splits = new Map<string, string>();
	try {
		for (const word of words.slice(0, MAX_WORDS)) {
			if (HYPHENATED.test(word)) {
				const apart = await hyphenatedApart(word, begins);
				if (apart) splits.set(word, apart);
				continue;
			}
			for (const { modifier, head } of compoundCuts(word)) {
				if (!(await begins(head.toLowerCase()))) continue;
				if (await begins(modifier.toLowerCase())) splits.set(word, `${modifier} ${head}`);
				break;
			}
		}
	} catch {
		return query;
	}
	if (splits.size === 0) return query;
	return query
		.split(/(\s+)/)
		.map((part) => splits.get(part) ?? part)
		.join('');
}
