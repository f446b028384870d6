/**
 * Compound words a reader types whole and a page writes apart (issue #18 §4). The vendor's German translations often
 * split a compound with a space (`Abonnement Fehler`, `Kunden Zuordnung`) where a German reader types
 * `Abonnementfehler` or `Kundenzuordnung`. Pagefind indexes whole words and matches a query word as a prefix, so the
 * typed compound never finds the page that writes it apart. `splitCompounds` writes each long word of a query as the
 * two words the index knows, found by asking the index itself (no dictionary to ship or keep): the longest ending of
 * the word that begins some indexed word (the head, `fehler`), whose beginning (the modifier, `abonnement`) also
 * begins one. Plain TypeScript over an injected probe, tested without Pagefind.
 */

/** Languages (primary CLDR subtags) that write compounds as one word: German, Dutch, the Nordic languages. */
const COMPOUNDING = new Set(['de', 'nl', 'sv', 'da', 'nb', 'nn', 'no', 'fi', 'is']);

/** Letters of the shortest head or modifier a split may leave (`Amt` is too short to tell from a syllable). */
const MIN_PART = 4;

/** How many words of one query are split at most: each costs up to a dozen index probes. */
const MAX_WORDS = 2;

/** Whether queries in `lang` (a CLDR tag, `de-DE`, `nl`) are searched for their compounds' parts. */
export function splitsCompounds(lang: string): boolean {
	return COMPOUNDING.has(lang.toLowerCase().split('-')[0]!);
}

/**
 * The ways to cut `word` into a modifier and a head of at least `MIN_PART` letters each, longest head first:
 * `Abonnementfehler` → `Abon|nementfehler`, `Abonn|ementfehler`, … `Abonnement|fehler`, … . Words of other
 * characters than letters (`Mandanten-ID`, `365`) are not cut.
 */
export function compoundCuts(word: string): Array<{ modifier: string; head: string }> {
	const letters = [...word];
	if (!/^\p{L}+$/u.test(word) || letters.length < MIN_PART * 2) return [];
	const cuts: Array<{ modifier: string; head: string }> = [];
	for (let at = MIN_PART; at <= letters.length - MIN_PART; at++)
		cuts.push({ modifier: letters.slice(0, at).join(''), head: letters.slice(at).join('') });
	return cuts;
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
	const words = query.split(/\s+/).filter((word) => compoundCuts(word).length > 0);
	const splits = new Map<string, string>();
	try {
		for (const word of words.slice(0, MAX_WORDS)) {
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
