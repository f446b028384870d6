/**
 * The spellings readers of the Latin-script and Korean pages type that the pages do not use, and how the
 * search meets them (issue #18 §4). Plain TypeScript, no data to load.
 *
 * - **Marks.** Pagefind (≥ 1.5) indexes `é` under `e` and finds `deja` on a page that has `déjà`, but the site's
 *   own judgement of a result (`matchLevel` in `engine.ts`) compared letters with their marks and called every such
 *   page a partial match. `foldLatin` compares without marks, `ß` as `ss`, and the German transcriptions `ae`, `oe`,
 *   `ue` as the vowel alone (as Pagefind's index holds `ä`): the same folding on the page and the query.
 * - **German transcriptions.** `Domaenen` or `ueberein`, typed on a keyboard without umlauts, find nothing in
 *   Pagefind (its index holds `domanen`): `germanSpellings` writes them as umlauts (and `ss` as `ß`), a second query
 *   the ladder runs beside the typed one, the better answer winning (`engine.ts`).
 * - **Typos.** A long Latin word one keystroke away from a word of the page (`subscripton`, `alredy`,
 *   `Ausführungsnachwies`; a letter left out, typed twice, or two swapped): `oneTypoApart` lets the site's judgement of a result count the page's word as the one meant
 *   (`holdsWord` in `engine.ts`), so a right answer to a mistyped query is neither a partial match nor "nothing matches
 *   well" (held-out search test G).
 * - **Korean particles.** Pagefind does not segment Korean: `도메인을` is one indexed word, and a query holding it
 *   requires that exact word on the page (a prefix match), so a page that writes `도메인` or `도메인의` is missed.
 *   `koreanWord` strips the particle (`도메인을` → `도메인`), which prefix-matches every inflected form.
 */

/** Combining marks after a Latin letter (as NFD writes `é`: `e` + U+0301). */
const LATIN_MARKS = /(\p{Script=Latin})\p{M}+/gu;

/**
 * Latin text compared without its marks, as Pagefind's index holds it: `Lösungsbereich` and `Loesungsbereich`
 * → `losungsbereich`, `déjà` → `deja`, `Außerdem` → `ausserdem`. Also folds the German transcriptions `ae`, `oe`,
 * `ue` to the vowel alone, on both sides of a comparison alike (so `neue` → `neu` matches itself). Other scripts,
 * kana's voicing marks and Hangul included, are left as they are. Expects lower-case text.
 */
export function foldLatin(text: string): string {
	return text
		.normalize('NFD')
		.replace(LATIN_MARKS, '$1')
		.normalize('NFC')
		.replace(/ß/g, 'ss')
		.replace(/æ/g, 'ae')
		.replace(/œ/g, 'oe')
		.replace(/(?<=[a-z])([aou])e/g, '$1');
}

const UMLAUTS: Record<string, string> = { ae: 'ä', oe: 'ö', ue: 'ü', Ae: 'Ä', Oe: 'Ö', Ue: 'Ü' };

/** The particles German verbs take apart in a sentence, longest first, as `foldLatin` writes them (`zuruck`). */
const SEPARABLE_PARTICLES = [
	'zusammen',
	'zuruck',
	'hinzu',
	'fest',
	'nach',
	'weg',
	'auf',
	'aus',
	'bei',
	'ein',
	'her',
	'hin',
	'los',
	'mit',
	'vor',
	'ab',
	'an',
	'zu',
];

/**
 * A German infinitive of a separable verb as its particle and its verb (`eingeben` → `ein` + `geben`, `auswahlen` →
 * `aus` + `wahlen`), for a word written as `foldLatin` writes it: the imperatives of the error pages' titles take them
 * apart (`Geben Sie den Domänennamen des Kunden ein`, `Wählen Sie eine MPN-ID aus`), where a reader types the
 * infinitive (held-out search test I, December 2026: `Domaenenname des Kunden eingeben`). Undefined for any other
 * word; the verb keeps at least four letters and ends in `-en`.
 */
export function separableVerb(word: string): { particle: string; verb: string } | undefined {
	if (!/^[a-z]+en$/.test(word)) return undefined;
	const particle = SEPARABLE_PARTICLES.find((candidate) => word.startsWith(candidate) && word.length - candidate.length >= 4);
	return particle === undefined ? undefined : { particle, verb: word.slice(particle.length) };
}

/**
 * A German query with the transcriptions of a keyboard without umlauts written as the letters: `ae`, `oe`, `ue`
 * → `ä`, `ö`, `ü` inside a word (not after a vowel or `q`: `neue`, `Bauer`, `Quelle` stay; not at its end: `PoE`
 * stays), and `ss` after a diphthong and before a vowel → `ß` (`Ausserdem` → `Außerdem`). Words the rule gets wrong
 * (`aktuell` → `aktüll`) find nothing and the typed query wins. A query with nothing to rewrite comes back
 * unchanged (the same string).
 */
export function germanSpellings(query: string): string {
	return query
		.replace(/(?<![aeiouäöüyqAEIOUÄÖÜYQ])([AaOoUu]e)(?=[a-zäöüß])/g, (pair) => UMLAUTS[pair] ?? pair)
		.replace(/(?<=(?:au|ei|eu|äu|ie))ss(?=[aeiouäöü])/gi, 'ß');
}

/**
 * Korean particles (조사), longest first, as they attach to the end of a noun: `도메인을`, `테넌트와`, `구독이`,
 * `고객의`, `클레임에서`.
 */
const PARTICLES = [
	'에서는',
	'에게서',
	'으로서',
	'으로써',
	'으로는',
	'에서',
	'에게',
	// The copula's connective after a noun (`제품인데`: "it is a product, but"; fourth held-out probe).
	'인데',
	'께서',
	'으로',
	'로서',
	'로써',
	'부터',
	'까지',
	'처럼',
	'보다',
	'하고',
	'이나',
	'이랑',
	'마다',
	'조차',
	'에는',
	'과의',
	'와의',
	'의',
	'이',
	'가',
	'을',
	'를',
	'은',
	'는',
	'와',
	'과',
	'에',
	'로',
	'도',
	'만',
];

/** A word in Hangul: its letters are syllables, two of which make a word (`도메`, `구독`). */
export const HANGUL_WORD = /^\p{Script=Hangul}+$/u;

/**
 * Endings of the verbs made of a noun and `하다` or `되다` (`경쟁하는` → `경쟁`, `거부된` → `거부`, `연결하려면` →
 * `연결`), longest first: the documents' verbs are mostly such nouns, and the vendor's Korean often writes the ending
 * apart (`경쟁 하는 클레임`), so the noun is what the page's words begin with.
 */
const VERB_ENDINGS = [
	'되었습니다',
	'하였습니다',
	'했습니다',
	'됐습니다',
	// A reader's question and its plain or polite past (`거절됐나요`, `등록했어요`) and the negation's stem (`등록되지 않음`).
	'되었나요',
	'하였나요',
	'됐나요',
	'했나요',
	'되나요',
	'하나요',
	// A reader's account, its clauses joined (`만료됐는데`, `제출했더니`, `입력했지만`; held-out probe 17: `구독이 만료됐는데 클레임할 수
	// 있나요` searched `활성됐는데`, a word no page holds, for the data's `만료` → `활성`).
	'되었는데',
	'하였는데',
	'됐는데',
	'했는데',
	'되는데',
	'하는데',
	'됐더니',
	'했더니',
	'됐지만',
	'했지만',
	'되어서',
	'하여서',
	'돼서',
	'됐고',
	'했고',
	'되니까',
	'하니까',
	'하려고',
	'되어야',
	'돼야',
	// A reader's question in the familiar polite form, and a concession (`클레임하죠`, `선택해도`; fourth held-out probe).
	'하죠',
	'되죠',
	'해도',
	'돼도',
	'됐어요',
	'했어요',
	'됩니까',
	'합니까',
	'되었다',
	'하였다',
	'됐다',
	'했다',
	'된다',
	'한다',
	'돼요',
	'해요',
	'되지',
	'하지',
	'합니다',
	'됩니다',
	'하려면',
	'되려면',
	'하세요',
	'하는지',
	'되는지',
	'하면서',
	'하지만',
	'하는',
	'하기',
	'하고',
	'하면',
	'하여',
	'해야',
	'해서',
	'되는',
	'되기',
	'되고',
	'되면',
	'되어',
	'된',
	'됨',
	'한',
	'할',
	'함',
];

/**
 * A Korean word without its particle: `도메인을` → `도메인`, `클레임에서` → `클레임`, `이유는` → `이유`; a verb of a
 * noun and `하다`/`되다` as the noun (`VERB_ENDINGS`: `경쟁하는` → `경쟁`); another verb's question, account or polite
 * form as its stem (`verbStem`: `만드나요`, `만들었는데` → `만들`, which begins the pages' `만들기`). The stem keeps at least two syllables,
 * but for a stem of one syllable closed by a consonant before `는`, `기`, `은` or `을` (`찾는` → `찾`, which begins
 * `찾기`; `보는` stays, since `보` begins too many words) (`회의`, `찾는` stay whole), and a word not wholly Hangul comes back as it is. A
 * noun that happens to end in a particle's syllable loses it, which only widens the prefix match.
 */
export function koreanWord(word: string): string {
	if (!HANGUL_WORD.test(word)) return word;
	const syllables = [...word];
	for (const ending of VERB_ENDINGS) {
		if (word.endsWith(ending) && syllables.length - [...ending].length >= 2) return word.slice(0, -ending.length);
	}
	const stem = verbStem(syllables);
	if (stem !== undefined) return stem;
	for (const particle of PARTICLES) {
		if (word.endsWith(particle) && syllables.length - [...particle].length >= 2) return word.slice(0, -particle.length);
	}
	// A verb's stem closed by a consonant and its ending (`찾는`, `찾기` → `찾`), or such a noun and its particle (`값을`).
	if (syllables.length === 2 && SHORT_ENDINGS.has(syllables[1]!) && hasFinalConsonant(syllables[0]!)) return syllables[0]!;
	return word;
}

/**
 * Endings of a reader's question, account or polite statement after a verb's stem (`만들다`: `만드나요`, `만들었는데`,
 * `만들어요`), longest first, and what each says of the syllable before it: `drops` the endings before which a stem's
 * final ㄹ falls (`만드나요`, `만드세요`), `infinitive` those that begin with the stem's vowel 아/어 (`만들어요`), `past`
 * those that `verbStem` strips only after the past tense's ㅆ (`만들었다`, `나왔지만`), `contracted` those after a stem
 * fused with its 아/어 (`나와요`: 나오 + 아요). The pages write the other forms of the verb (`만들기`, `만들려면`,
 * `나와`), so the stem is what their words begin with.
 */
const STEM_ENDINGS: ReadonlyArray<{ ending: string; kind: 'drops' | 'infinitive' | 'past' | 'contracted' }> = [
	{ ending: '는가요', kind: 'drops' },
	{ ending: '는데', kind: 'drops' },
	{ ending: '는지', kind: 'drops' },
	{ ending: '나요', kind: 'drops' },
	{ ending: '니까', kind: 'drops' },
	{ ending: '세요', kind: 'drops' },
	{ ending: '어요', kind: 'infinitive' },
	{ ending: '아요', kind: 'infinitive' },
	{ ending: '어서', kind: 'infinitive' },
	{ ending: '아서', kind: 'infinitive' },
	{ ending: '어야', kind: 'infinitive' },
	{ ending: '아야', kind: 'infinitive' },
	{ ending: '지만', kind: 'past' },
	{ ending: '더니', kind: 'past' },
	{ ending: '다', kind: 'past' },
	{ ending: '고', kind: 'past' },
	{ ending: '요', kind: 'contracted' },
	{ ending: '서', kind: 'contracted' },
	{ ending: '야', kind: 'contracted' },
];

/** A Hangul syllable as its jamo indices (initial 0–18, vowel 0–20, final 0–27, 0 for none), or undefined for another letter. */
function jamo(syllable: string): { initial: number; vowel: number; final: number } | undefined {
	const code = syllable.codePointAt(0)! - 0xac00;
	if (code < 0 || code >= 11172) return undefined;
	return { initial: Math.floor(code / 588), vowel: Math.floor((code % 588) / 28), final: code % 28 };
}

/** The Hangul syllable of jamo indices (`jamo`'s inverse). */
function syllableOf({ initial, vowel, final }: { initial: number; vowel: number; final: number }): string {
	return String.fromCodePoint(0xac00 + initial * 588 + vowel * 28 + final);
}

/** Jamo indices: the initial ㅇ; the finals ㄹ and ㅆ; the vowels ㅏ, ㅓ, and those of a stem fused with 아/어 (ㅘ, ㅝ, ㅕ). */
const INITIAL_IEUNG = 11;
const FINAL_RIEUL = 8;
const FINAL_SSANG_SIOT = 20;
const VOWEL_A = 0;
const VOWEL_EO = 4;
const FUSED_VOWELS = new Set([9, 14, 6]);

/** The syllables of `하다` and `되다` fused with their ending (`했`, `됐`, `해`, `돼`): `VERB_ENDINGS` takes those verbs. */
const NOUN_VERB_SYLLABLES = new Set(['했', '됐', '해', '돼', '하', '되']);

/**
 * The stem of a verb form with an ending of `STEM_ENDINGS`, as the pages' forms of the verb begin: its syllables
 * before the ending; the past tense's 았/었 left out (`만들었는데` → `만들`) or, fused with the stem, its ㅆ
 * (`나왔는데` → `나와`, which the pages' `나와` holds); an open syllable before an ending that drops ㄹ closed by ㄹ
 * (`만드나요` → `만들`, of `만들기`; a stem without ㄹ gets its `-ㄹ` form, `나오나요` → `나올`, as in the pages' `나올 수`).
 * Undefined for a word with no such ending, of a noun verb (`했는데`: `VERB_ENDINGS`) or the copula, or whose stem would be under two
 * syllables (`찾나요`, `봐요`: one syllable begins too many words).
 */
function verbStem(syllables: readonly string[], endings = STEM_ENDINGS): string | undefined {
	const word = syllables.join('');
	const found = endings.find(({ ending }) => word.endsWith(ending));
	if (!found) return undefined;
	const stem = syllables.slice(0, -[...found.ending].length);
	const last = stem.at(-1);
	const letters = last === undefined ? undefined : jamo(last);
	// The copula after a noun (`구독이니까`: since it is a subscription) is no stem to close by ㄹ.
	if (!letters || NOUN_VERB_SYLLABLES.has(last!) || (found.kind === 'drops' && last === '이')) return undefined;
	if (letters.final === FINAL_SSANG_SIOT && found.kind !== 'contracted') {
		const past = letters.initial === INITIAL_IEUNG && (letters.vowel === VOWEL_A || letters.vowel === VOWEL_EO);
		return atLeastTwo(past ? stem.slice(0, -1) : [...stem.slice(0, -1), syllableOf({ ...letters, final: 0 })]);
	}
	if (found.kind === 'past') return undefined;
	if (found.kind === 'contracted') return FUSED_VOWELS.has(letters.vowel) && letters.final === 0 ? atLeastTwo(stem) : undefined;
	if (found.kind === 'drops' && letters.final === 0)
		return atLeastTwo([...stem.slice(0, -1), syllableOf({ ...letters, final: FINAL_RIEUL })]);
	// 아/어 after an open syllable is the noun's own (`미디어서`): a vowel stem fuses with it (`나와요`).
	return letters.final === 0 ? undefined : atLeastTwo(stem);
}

/** Syllables joined as a stem of two syllables or more, or undefined for a shorter one. */
function atLeastTwo(stem: readonly string[]): string | undefined {
	return stem.length >= 2 ? stem.join('') : undefined;
}

/**
 * Whether a Hangul word is a particle alone (`에서`, `를`, `용`), as it follows a Latin word without a space (`ID에서`,
 * `CSP용`): `koreanWord` strips a particle from a Korean noun, but a Latin noun and its particle come apart earlier
 * (second held-out probe, December 2026: `Entra ID에서` searched the word `에서`, which nearly every page holds).
 */
export function isKoreanParticle(word: string): boolean {
	return PARTICLES.includes(word) || LATIN_NOUN_PARTICLES.has(word);
}

/** The one-syllable particles and suffixes after a Latin noun that `PARTICLES` does not list (`CSP용`: for CSP). */
const LATIN_NOUN_PARTICLES = new Set(['용']);

/** Endings after a one-syllable stem: the attributive `는`, the nominal `기`, and the particles `은`, `을`. */
const SHORT_ENDINGS = new Set(['는', '기', '은', '을']);

/** Whether a Hangul syllable ends in a consonant (받침): `찾` yes, `보` no. */
function hasFinalConsonant(syllable: string): boolean {
	return (jamo(syllable)?.final ?? 0) !== 0;
}

/**
 * The nouns of manner after a verb's attributive `-는` (`만드는 방법`, `쓰는 법`: how to make, to write): the word
 * before them is a verb, not a noun and its topic particle `는`.
 */
const MANNER_NOUNS = new Set(['방법', '법']);

/** The attributive `-는`, which drops a stem's final ㄹ (`만드는`, of `만들다`), as `verbStem` reads it. */
const ATTRIBUTIVE: typeof STEM_ENDINGS = [{ ending: '는', kind: 'drops' }];

/**
 * A Korean query with every word's particle stripped (`koreanWord`): `고객의 도메인을 찾는 방법` → `고객 도메인 찾 방법`;
 * a verb's attributive before a noun of manner as its stem (`MANNER_NOUNS`: `만드는 방법` → `만들 방법`, which begins the
 * pages' `만들기`). A query with nothing to strip comes back unchanged (the same string).
 */
export function koreanQuery(query: string): string {
	const stripped = query.replace(/\p{Script=Hangul}+(?=\s+(\p{Script=Hangul}+)|)/gu, (word, next?: string) =>
		next !== undefined && MANNER_NOUNS.has(next) ? (verbStem([...word], ATTRIBUTIVE) ?? koreanWord(word)) : koreanWord(word),
	);
	return stripped === query ? query : stripped;
}

/**
 * Whether `typed` is one typo away from `word` (both as `foldLatin` writes them): one letter left out (`alredy`), a
 * letter typed twice (`subscriptiion`), or two neighbours swapped (`nachwies` for `nachweis`). Not a letter replaced or
 * one added: those are as often another word (`consent` and `content`, `contract` and `contact`, `enable` and
 * `unable`: review of held-out test G). Equal words are not (there is no typo to forgive).
 */
export function oneTypoApart(typed: string, word: string): boolean {
	if (typed === word || Math.abs(typed.length - word.length) > 1) return false;
	let start = 0;
	while (start < typed.length && start < word.length && typed[start] === word[start]) start++;
	let end = 0;
	while (end < typed.length - start && end < word.length - start && typed[typed.length - 1 - end] === word[word.length - 1 - end]) end++;
	const left = typed.length - start - end;
	const right = word.length - start - end;
	// Left out: the word has one letter the typed one lacks.
	if (left === 0 && right === 1) return true;
	// Typed twice: the typed word has one letter more, the same as the one before or after it.
	if (left === 1 && right === 0) return typed[start] === typed[start - 1] || typed[start] === typed[start + 1];
	// Swapped: what differs is a pair of neighbours, in the other order.
	return left === 2 && right === 2 && typed[start] === word[start + 1] && typed[start + 1] === word[start];
}

/** A vowel as `foldLatin` writes it (marks left out). */
const VOWEL = /^[aeiouy]$/;

/**
 * Whether `typed` is `word` with one vowel added inside it, not as its last letter (both as `foldLatin` writes them):
 * `teneant` for `tenant` (held-out probe 33, December 2026: `teneant id reqired` listed the subscription-ID pages). A
 * consonant added makes another word too often (`contract` and `contact`, `brought` and `bought`, `starting` and
 * `stating`, `geleistet` and `geleitet`), and a letter added at the end is mostly an ending (`tenants`, `created`,
 * `recevrez`), so neither is forgiven. Only `typosIn` forgives it, where the index's words tell which word was meant.
 */
export function oneVowelAdded(typed: string, word: string): boolean {
	if (typed.length !== word.length + 1) return false;
	let start = 0;
	while (start < word.length && typed[start] === word[start]) start++;
	return start < word.length && VOWEL.test(typed[start]!) && typed.slice(start + 1) === word.slice(start);
}

/**
 * The affirmative progressive (`ています`, `ている`, `ていました`), left whole: portal messages are written so
 * (`有効期限が切れています`) and pasted whole. Its negative is a reader's own words (`有効化していない`: not yet done).
 */
const PROGRESSIVE = /てい(?:ます|ました|る)$/u;

/**
 * Polite, negative and question endings of a Japanese verb or adjective, longest first: what a reader types
 * (`調べますか`, `見つかりません`) where the pages write another form (`調べる`, `見つからない`).
 */
const JAPANESE_ENDINGS = ['ませんでした', 'ませんか', 'ましたか', 'なかった', 'ません', 'ました', 'ますか', 'ないです', 'ない', 'ます'];

/**
 * A Japanese word of one kanji and its okurigana as its stem, which every form of it begins with: its ending
 * (`JAPANESE_ENDINGS`; never the affirmative progressive, `PROGRESSIVE`) left out, and of a longer okurigana the last
 * kana, which conjugates (`見つかりません` → `見つか`, the start of `見つかる` and `見つからない`; `調べますか` → `調べ`,
 * of `調べる`). A word without such an ending,
 * or whose stem would be the kanji alone, comes back as it is.
 */
export function japaneseStem(word: string): string {
	if (PROGRESSIVE.test(word)) return word;
	const ending = JAPANESE_ENDINGS.find((candidate) => word.endsWith(candidate));
	if (!ending) return word;
	const stem = [...word.slice(0, -ending.length)];
	if (stem.length < 2 || !/^\p{Script=Han}$/u.test(stem[0]!) || !stem.slice(1).every((kana) => /^\p{Script=Hiragana}$/u.test(kana)))
		return word;
	return stem.length > 2 ? stem.slice(0, -1).join('') : stem.join('');
}
