/**
 * What a query goes through before it reaches Pagefind, and how it splits into words for the
 * relaxation ladder. Plain TypeScript (uses `Intl.Segmenter`, present in browsers and Node).
 *
 * Pagefind itself does no width folding (`ＩＤ` and `ｻﾌﾞｽｸﾘﾌﾟｼｮﾝ` find nothing), so every query is
 * folded to Unicode NFKC here: full-width Latin and digits become ASCII, half-width katakana becomes
 * full-width, the ideographic space becomes a space. Error codes (`SUBSCRIPTION_NOT_ACTIVE`, also typed
 * full-width or in lower case) stay one word: Pagefind indexes `_` as part of a word.
 */

import { isKoreanParticle, japaneseStem, koreanWord } from './spelling.ts';

/** A claim error code as the portal and this site print it: upper-case words joined by `_`. */
const ERROR_CODE = /^[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+$/;

/** Latin letters, digits and the joiners that keep codes, IDs and GUIDs whole. */
const LATIN_RUN = /[\p{Script=Latin}\p{Nd}_][\p{Script=Latin}\p{Nd}_.@-]*[\p{Script=Latin}\p{Nd}_]|[\p{Script=Latin}\p{Nd}]/gu;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30FC]/u;
const HIRAGANA = /^\p{Script=Hiragana}+$/u;
const HAN = /^\p{Script=Han}+$/u;

/** NFKC, every run of white space (and zero-width or control characters) folded to one space, trimmed. */
export function normalizeQuery(query: string): string {
	return query
		.normalize('NFKC')
		.replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')
		.replace(/[\s\p{Cc}]+/gu, ' ')
		.trim();
}

export function isErrorCode(word: string): boolean {
	return ERROR_CODE.test(word);
}

export function hasCjk(text: string): boolean {
	return CJK.test(text);
}

/** A character that joins a word of a spaced script: a letter, digit or `_` of any script but Han and kana. */
const JOINS_WORD = /[\p{L}\p{N}_]/u;

/**
 * Whether `text` holds a whole word from `start` to `end` (UTF-16 offsets): no letter, digit or `_` of a script that
 * spaces its words touches it on either side (`ID` in `tenant ID field`, not in `IDs` or `GUID`). Han and kana
 * around it never join it: Japanese and Chinese do not space their words (`ID欄`).
 */
export function isWholeWord(text: string, start: number, end: number): boolean {
	const joins = (char: string | undefined): boolean => char !== undefined && JOINS_WORD.test(char) && !CJK.test(char);
	return !joins(text[start - 1]) && !joins(text[end]);
}

/** A Latin letter: a marker word written in them is found as a whole word only (`markerAt`). */
const LATIN_LETTER = /\p{Script=Latin}/u;

/**
 * Where `text` first holds a marker word (a field word, a report word: `fieldWords`, `reportWords`), -1 if nowhere: one
 * in Latin letters as a whole word (`isWholeWord`: `message`, not `messages`), any other anywhere.
 */
export function markerAt(text: string, marker: string): number {
	for (let at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + 1))
		if (!LATIN_LETTER.test(marker) || isWholeWord(text, at, at + marker.length)) return at;
	return -1;
}

const segmenters = new Map<string, Intl.Segmenter>();

/** The word segmenter of `lang`, made once. */
export function wordSegmenter(lang: string): Intl.Segmenter {
	let segmenter = segmenters.get(lang);
	if (!segmenter) {
		segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
		segmenters.set(lang, segmenter);
	}
	return segmenter;
}

/**
 * Makes the word segmenter of `lang` and has it cut a sample of Japanese, Latin and Chinese words: the browser's
 * first segmenter loads ICU's break rules and dictionaries (20–100 ms on a 2-core machine). Run in a worker
 * (`islands/search/segmenter.worker.ts`) while the index downloads; the main thread's segmenters, Pagefind's
 * included, then find the data loaded.
 */
export function prepareSegmenter(lang: string): void {
	void Array.from(wordSegmenter(lang).segment('検索 search 搜尋'));
}

const ENGLISH_STOP_WORDS = new Set([
	'a',
	'an',
	'the',
	'is',
	'are',
	'be',
	'to',
	'of',
	'and',
	'or',
	'in',
	'on',
	'for',
	'it',
	'this',
	'that',
	'with',
	'you',
	'your',
	'we',
	'not',
	't',
	's',
]);
/**
 * The counter after a number, a space between them allowed: days, weeks, months, years, times, items, people, in
 * Japanese, Chinese and Korean (`7일`, `30日`, `5天`, `2個`). Only these: any other character after a number starts a
 * word of its own (`Dynamics 365 구독`, `Microsoft 365 活动`).
 */
const NUMBER_COUNTER = /^ ?([일주월년회건개명분시日週周月年回次件個个名分時天])/u;
/** A number that ends a Latin name (`Dynamics 365`, `Windows 11`): its own word, never a count. */
const AFTER_LATIN_WORD = /\p{Script=Latin} ?$/u;
/**
 * A kanji run that a Japanese question word begins (`何日以内`, `何営業日`): the reader asks how many, the pages state the
 * number (third held-out probe, December 2026: `顧客は何日以内にオプトアウトできますか` held no page's word).
 */
const JAPANESE_QUESTION_PREFIX = /^何\p{Script=Han}{2,}$/u;
const SCRIPT_RUN = /\p{Script=Han}+|[\p{Script=Katakana}\u30FC]+|\p{Script=Hiragana}+|\p{Script=Hangul}+/gu;
const HANGUL = /^\p{Script=Hangul}+$/u;

/** How long a word of `terms` must be to be cut whole (`queryWords`): shorter ones the segmenter's dictionary knows. */
const MIN_TERM_LENGTH = 3;

/**
 * `run` (Han characters) in pieces: each word of `terms` whole (`term`: true), the shortest one where two begin at one
 * character (`租用戶識別碼` as `租用戶` and `識別碼`, each a word a page may write apart), and the text between them
 * (`term`: false), in order.
 */
export function cutTerms(run: string, terms: ReadonlySet<string>): Array<{ text: string; term: boolean }> {
	if (terms.size === 0) return [{ text: run, term: false }];
	const longest = Math.max(...[...terms].map((term) => term.length));
	const pieces: Array<{ text: string; term: boolean }> = [];
	let rest = '';
	for (let at = 0; at < run.length;) {
		const most = Math.min(longest, run.length - at);
		let length = MIN_TERM_LENGTH;
		while (length <= most && !terms.has(run.slice(at, at + length))) length++;
		if (length > most) {
			rest += run[at];
			at++;
			continue;
		}
		if (rest) pieces.push({ text: rest, term: false });
		rest = '';
		pieces.push({ text: run.slice(at, at + length), term: true });
		at += length;
	}
	if (rest) pieces.push({ text: rest, term: false });
	return pieces;
}

/**
 * The words of `pieces` (segments, in order): characters the segmenter cut one by one glued back (it cuts `租户`, `认领`
 * and `域名` so), unless one is a word of its own (`apart`: `的`, `改`), which would glue into junk (`的域名`, `改认领`).
 */
function glued(pieces: Iterable<string>, apart: ReadonlySet<string>): string[] {
	const words: string[] = [];
	let singles = '';
	for (const piece of pieces) {
		if ([...piece].length === 1 && !apart.has(piece)) singles += piece;
		else {
			if (singles) words.push(singles);
			singles = '';
			words.push(piece);
		}
	}
	if (singles) words.push(singles);
	return words;
}

/**
 * The words of a run of Han characters in a Chinese query (`queryWords`): the segmenter's, `glued`; but a word of
 * `terms` that the segmenter would leave a character of alone (`輸入|租|用戶`: tenant read as user, its `租` lost) is a
 * word whole. A term it cuts into words (`訂用|帳戶`) keeps them: a page may write them apart.
 */
function chineseWords(run: string, segmenter: Intl.Segmenter, { apart = new Set(), terms = new Set() }: WordCut): string[] {
	const segments = (text: string): string[] =>
		[...segmenter.segment(text)].filter(({ isWordLike }) => isWordLike).map(({ segment }) => segment);
	const pieces = cutTerms(run, terms);
	const whole = pieces.map(({ text, term }) => term && glued(segments(text), apart).some((word) => [...word].length === 1));
	if (!whole.includes(true)) return glued(segments(run), apart);
	return glued(
		pieces.flatMap(({ text }, n) => (whole[n] ? [text] : segments(text))),
		apart,
	);
}

/** What cuts a Chinese query besides the segmenter (`queryWords`). */
export interface WordCut {
	/** Characters that are words of their own, never glued to the characters next to them. */
	readonly apart?: ReadonlySet<string>;
	/** Words cut whole wherever they stand. */
	readonly terms?: ReadonlySet<string>;
}

/**
 * The words of a normalized query, for searching them one by one in the relaxation ladder: Latin runs
 * (codes, IDs, GUIDs and e-mail addresses whole), and CJK words. Japanese is cut at script changes
 * (a katakana loanword whole, a kanji compound whole, a single kanji with its okurigana: `見つかりません`),
 * because the ICU word segmenter cuts loanwords into pieces (`サブ|スク|リ|プ|ション`); Chinese Han runs are
 * split with `Intl.Segmenter`, single characters it leaves joined again (`訂|用` → `訂用`) except those of `apart` (the
 * language's function words and one-character variant forms: `的`, `改`), each a word of its own; a word of `terms`
 * (the pages' own words of three characters or more, `hanTerms`) whole where the segmenter would leave a character of
 * it alone (`chineseWords`). Korean words (Pagefind
 * does not segment Korean) are cut at spaces, their particles stripped (`도메인을` → `도메인`, `koreanWord`). Particles,
 * lone characters and English stop words, which match almost every page, are left out unless nothing
 * else is left. Duplicates are removed; order is kept.
 */
export function queryWords(query: string, lang: string, { apart = new Set(), terms = new Set() }: WordCut = {}): string[] {
	const words: string[] = [];
	const weak: string[] = [];
	const chinese = lang.toLowerCase().startsWith('zh');
	const segmenter = wordSegmenter(lang);
	const push = (word: string): void => {
		if ([...word].length === 1 || HIRAGANA.test(word) || ENGLISH_STOP_WORDS.has(word)) weak.push(word);
		else words.push(word);
	};
	const cjk = (text: string): void => {
		const runs = [...text.matchAll(SCRIPT_RUN)].map((match) => match[0]);
		for (let i = 0; i < runs.length; i++) {
			const run = runs[i]!;
			if (HANGUL.test(run)) push(koreanWord(run));
			else if (HAN.test(run) && chinese) chineseWords(run, segmenter, { apart, terms }).forEach(push);
			else if (HAN.test(run) && [...run].length === 1 && HIRAGANA.test(runs[i + 1] ?? '')) {
				push(japaneseStem(run + runs[i + 1]));
				i++;
			} else if (!chinese && JAPANESE_QUESTION_PREFIX.test(run)) {
				// `何日以内`: the question word apart (a function word), and the rest, which the pages write (`5営業日以内`).
				push(run.slice(0, 1));
				push(run.slice(1));
			} else push(run);
		}
	};
	let last = 0;
	for (const match of query.matchAll(LATIN_RUN)) {
		cjk(query.slice(last, match.index));
		last = match.index + match[0].length;
		// A number and the counter after it (`7일`, `30日`, `5天`): one word, which the pages' `7 일이` holds once compared
		// without spaces; alone, the counter is a lone character and the number a word of every page (held-out search
		// test I, December 2026: `고객 옵트아웃 7일` could not tell 7 days from 5).
		const number = /^\d+$/.test(match[0]);
		const named = number && AFTER_LATIN_WORD.test(query.slice(0, match.index));
		// The number of a product's name (three or four digits: not an ID, `MPN 4412345`, nor a count, `les 30 jours`) is
		// no word of its own (`Dynamics 365` is weighed by `dynamics`): `365` is held by every title that names `Microsoft
		// 365`, so a query naming one product counted twice in a title that names both (fourth held-out probe, December
		// 2026). Pagefind still gets the whole query.
		const name = named && match[0].length >= 3 && match[0].length <= 4 ? words[words.length - 1] : undefined;
		if (name === undefined || !query.slice(0, match.index).trimEnd().toLowerCase().endsWith(name)) {
			const counter = number && !named ? NUMBER_COUNTER.exec(query.slice(last)) : null;
			if (counter) last += counter[0].length;
			push(match[0].toLowerCase().replace(/[.@-]+$/, '') + (counter?.[1] ?? ''));
		}
		// A Korean particle written onto the Latin word (`ID에서`): no word of its own.
		const particle = /^\p{Script=Hangul}+/u.exec(query.slice(last))?.[0];
		if (particle && isKoreanParticle(particle)) last += particle.length;
	}
	cjk(query.slice(last));
	const chosen = words.length > 0 ? words : weak;
	return [...new Set(chosen)];
}

/** The words ranked for the "longest words and codes" step: error codes first, then by length (in characters). */
export function longestWords(words: readonly string[]): string[] {
	const weight = (word: string): number => {
		const length = [...word].length;
		// A CJK character carries about as much as a short Latin word.
		return (isErrorCode(word) ? 1000 : 0) + (hasCjk(word) ? length * 3 : length);
	};
	return [...words].sort((a, b) => weight(b) - weight(a));
}

/**
 * The query as an index in `lang` should receive it. Pagefind splits Japanese and Chinese queries into
 * words only when the *page* is in that language (it reads `<html lang>`), so a Japanese query sent to
 * the Japanese index from the English page would arrive as one long word. For a CJK index the query is
 * therefore split here with the same segmenter Pagefind uses, and the words joined by spaces (which
 * Pagefind's own splitting leaves as they are). Other indexes get the query unchanged.
 */
export function segmentForIndex(query: string, lang: string): string {
	const primary = lang.toLowerCase().split('-')[0];
	if ((primary !== 'ja' && primary !== 'zh') || !hasCjk(query)) return query;
	const segmenter = wordSegmenter(lang);
	return query
		.split(' ')
		.map((part) =>
			hasCjk(part)
				? [...segmenter.segment(part)]
						.filter((s) => s.isWordLike)
						.map((s) => s.segment)
						.join(' ')
				: part,
		)
		.filter(Boolean)
		.join(' ');
}

/**
 * Which CJK language a query is written in, when it can tell: kana means Japanese; a long run of Han
 * characters without kana (a Chinese sentence; Japanese sentences always have kana) means Chinese.
 * Short kanji-only queries (`猶予状態`) and Latin queries give `undefined`.
 */
export function guessCjkLanguage(query: string): 'ja' | 'zh' | undefined {
	if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(query)) return 'ja';
	const han = query.match(/\p{Script=Han}/gu)?.length ?? 0;
	return han >= 6 ? 'zh' : undefined;
}
