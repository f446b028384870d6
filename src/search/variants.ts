/**
 * Spelling variants, paraphrases, regional words and renamed portal terms, as data: a query is
 * searched once as typed and once rewritten to the words the site's pages use (`rewriteVariants`),
 * and the better answer wins (see `engine.ts`). The pairs live in `src/search/variants/<lang>.json`
 * (shape: `variants-schema.ts`), one file per locale, so a translator edits data, not code. Each file is a
 * chunk of its own, loaded the first time a search reaches its locale: a page carries none of them.
 */
import { wordSegmenter } from './normalize.ts';
import type { Glossary } from '../i18n/glossary.ts';
import type { VariantData } from './variants-schema.ts';

/** A form and the term it is searched as; `latin` forms match whole words only, without case. */
interface Rewrite {
	form: string;
	term: string;
	latin: boolean;
	/**
	 * For a form of one Han character (zh `改`, `查`) and a Chinese form without Latin letters (`域名`): the language
	 * whose word segmenter must cut the text where the form begins and ends for it to be rewritten, so that the `改` of
	 * `更改`, the `查` of `检查` and the `域名` across `網域|名稱` stay as they are. Undefined for other forms.
	 */
	boundaries: string | undefined;
}

const LATIN_WORD = /[\p{Script=Latin}\p{Nd}]/u;
/** A run of letters and digits, apostrophes inside (`isn't`): a word as the function-word lists write it. */
const LETTER_RUN = /[\p{L}\p{Nd}]+(?:['’][\p{L}]+)*/gu;
/** A character of a Latin word, an error code's `_` included (`SUBSCRIPTION_IS_CSP` holds no word `subscription`). */
const IN_LATIN_WORD = /[\p{Script=Latin}\p{Nd}_]/u;
const ONE_HAN = /^\p{Script=Han}$/u;

/** The language whose word boundaries a form must begin and end on (`Rewrite.boundaries`), if any. */
function boundaryLang(form: string, lang: string): string | undefined {
	if (ONE_HAN.test(form)) return lang;
	return lang.toLowerCase().startsWith('zh') && !LATIN_WORD.test(form) ? lang : undefined;
}

/** A hyphen between two Latin letters (`pre-sales`, `e-mail`). */
const LATIN_HYPHEN = /(?<=\p{Script=Latin})-(?=\p{Script=Latin})/u;

/**
 * A form as readers write it: as given, and a form in Latin letters with a hyphen also written without it and with a
 * space for it (`Pre-sales`: `Presales`, `Pre sales`; held-out probe 30, December 2026).
 */
function writings(form: string): string[] {
	const parts = form.split(LATIN_HYPHEN);
	return parts.length > 1 ? [form, parts.join(''), parts.join(' ')] : [form];
}

/** The rewrites of a locale's data, longest form first (`Modern Work and Security` before `Modern Work`). */
export function compileVariants(data: VariantData): Rewrite[] {
	return data.entries
		.flatMap((entry) =>
			entry.forms.flatMap(writings).map((form) => {
				const folded = form.normalize('NFKC').toLowerCase();
				return { form: folded, term: entry.term, latin: LATIN_WORD.test(form), boundaries: boundaryLang(folded, data.lang) };
			}),
		)
		.sort((a, b) => b.form.length - a.form.length);
}

/**
 * A locale's glossary read as variant data: each concept's English term (`Pre-sales`, `tenant ID`) is a form of the
 * locale's term (`售前`, `租用戶識別碼`), for the English words of the portal and of the English pages that readers
 * type among their own (sixth held-out probe, December 2026: `Modern Work 可以選 Pre-sales 嗎` on `/zh-tw/`). Concepts
 * whose term is the English word, or whose English term is a description (`Comments (the claim's section)`), give none.
 */
export function glossaryVariants(glossary: Glossary): VariantData {
	return {
		lang: glossary.lang,
		entries: glossary.concepts
			.filter(({ en, term }) => en.toLowerCase() !== term.toLowerCase() && !/[()]/.test(en))
			.map(({ en, term, id }) => ({ term, forms: [en], kind: 'paraphrase' as const, source: `glossary ${glossary.lang}: ${id}` })),
	};
}

/**
 * The one-character forms of `rewrites` (zh `改`): words of their own in a query (`queryWords`' `apart`), never glued
 * to the characters next to them.
 */
export function aloneForms(rewrites: readonly Rewrite[]): Set<string> {
	return new Set(rewrites.filter((rewrite) => ONE_HAN.test(rewrite.form)).map((rewrite) => rewrite.form));
}

/** A word written in Han characters alone. */
const HAN_WORD = /^\p{Script=Han}+$/u;

/**
 * The pages' own words among the terms of `rewrites` that are written in Han characters (`租用戶`, `識別碼`): words a
 * Chinese query is cut into whole (`queryWords`' `terms`).
 */
export function hanTerms(rewrites: readonly Rewrite[]): Set<string> {
	return new Set(rewrites.map((rewrite) => rewrite.term.normalize('NFKC').toLowerCase()).filter((term) => HAN_WORD.test(term)));
}

/**
 * `words` (a typed query's, as the engine weighs them) with each that is a Han form of `rewrites` cut as a word of its
 * own (`Rewrite.boundaries`: `不符`) written as its term (`不相符`): the word the reader meant, which the typed
 * query's answer judges its pages by. The form itself may be the start of another word of a page (`不符合`, does not
 * conform: `輸入的值不符合此格式` on the tenant-ID format page), which held it for the reader's `不符` and came before the
 * page the rewritten query found (held-out probe 33, December 2026: `…網域跟租用戶識別碼不符` listed the tenant-ID
 * format page before the domain-tenant mismatch). Returns `words` itself when none is such a form.
 */
export function meantWords(words: readonly string[], rewrites: readonly Rewrite[]): readonly string[] {
	const terms = new Map(
		rewrites
			.filter((rewrite) => rewrite.boundaries !== undefined && HAN_WORD.test(rewrite.form))
			.map((rewrite) => [rewrite.form, rewrite.term]),
	);
	return words.some((word) => terms.has(word)) ? words.map((word) => terms.get(word) ?? word) : words;
}

// One chunk per locale's file (`./variants/en.json` …), the character lists left out (see `simplified.ts`, `traditional.ts`).
// The JSON's `kind` reads as a string; `test/unit/search/variants.test.ts` checks each file against the schema.
const FILES = import.meta.glob<VariantData>(
	['./variants/*.json', '!./variants/simplified-chars.json', '!./variants/traditional-chars.json'],
	{
		import: 'default',
	},
);
// One chunk per locale's glossary but English's (`../i18n/glossary/ja.json` …), loaded by the first query that mixes a
// Latin word with Han, kana or Hangul (`rewritesFor`).
const GLOSSARIES = byLanguage(import.meta.glob<Glossary>(['../i18n/glossary/*.json', '!../i18n/glossary/en.json'], { import: 'default' }));
const DATA = byLanguage(FILES);

/** Globbed files keyed by their language, lower case (`../i18n/glossary/zh-TW.json` → `zh-tw`). */
function byLanguage<T>(files: Record<string, () => Promise<T>>): Record<string, () => Promise<T>> {
	return Object.fromEntries(
		Object.entries(files).map(([file, load]) => [file.slice(file.lastIndexOf('/') + 1, -'.json'.length).toLowerCase(), load]),
	);
}

/** The loader of `key` (a lower-case locale) in `table`, else of its language (`de-at` → `de`); undefined for neither. */
function loaderFor<T>(table: Record<string, () => Promise<T>>, key: string): (() => Promise<T>) | undefined {
	return table[key] ?? table[key.split('-')[0]!];
}

const loaded = new Map<string, Promise<VariantData | undefined>>();
const compiled = new Map<string, Promise<Rewrite[]>>();

/** A locale's data file (`en`, `ja`, `zh-TW`; matched without case), loaded once; a failed load is asked for again next time. */
function dataFor(lang: string): Promise<VariantData | undefined> {
	const key = lang.toLowerCase();
	let data = loaded.get(key);
	if (!data) {
		const load = loaderFor(DATA, key);
		data = load ? load() : Promise.resolve(undefined);
		data.catch(() => loaded.delete(key));
		loaded.set(key, data);
	}
	return data;
}

/**
 * The compiled rewrites for `lang`, made once; none for a locale without data. A file that fails to load gives none
 * (the query is searched as typed).
 */
export function variantsFor(lang: string): Promise<Rewrite[]> {
	const key = lang.toLowerCase();
	let rewrites = compiled.get(key);
	if (!rewrites) {
		rewrites = dataFor(key).then((data) => (data ? compileVariants(data) : []));
		rewrites.catch(() => compiled.delete(key));
		compiled.set(key, rewrites);
	}
	return rewrites.catch(() => []);
}

const withGlossary = new Map<string, Promise<Rewrite[]>>();

/**
 * The variants of `lang` and its glossary's English terms (`glossaryVariants`), merged once; undefined for English
 * and for a locale without a glossary. A glossary that fails to load is asked for again next time.
 */
function variantsWithGlossary(lang: string): Promise<Rewrite[]> | undefined {
	const key = lang.toLowerCase();
	const load = loaderFor(GLOSSARIES, key);
	if (!load) return undefined;
	let merged = withGlossary.get(key);
	if (!merged) {
		merged = Promise.all([variantsFor(key), load()]).then(([variants, glossary]) =>
			[...variants, ...compileVariants(glossaryVariants(glossary))].sort((a, b) => b.form.length - a.form.length),
		);
		merged.catch(() => withGlossary.delete(key));
		withGlossary.set(key, merged);
	}
	return merged;
}

/**
 * The rewrites for a query in `lang`: the locale's variants (`variantsFor`) and, for a query that holds a Latin word
 * among words of another script (`Pre-sales 还是…`, `subscription ID 欄に…`) in a locale other than English, its
 * glossary's English terms (`glossaryVariants`), a chunk loaded on that first need. A query in Latin letters alone is
 * left to the variants: an English sentence pasted on `/ja/` is searched as English (its index holds the articles'
 * English originals), and a German or French query's English words are rare (every query there would otherwise be
 * searched twice, and load the glossary with the first). The variant data's own forms go first among forms of one
 * length. A glossary that fails to load gives the variants alone.
 */
export async function rewritesFor(lang: string, query: string): Promise<Rewrite[]> {
	const variants = await variantsFor(lang);
	const mixed = LATIN_LETTERS.test(query) && OTHER_SCRIPT.test(query);
	const merged = mixed ? variantsWithGlossary(lang) : undefined;
	return merged ? merged.catch(() => variants) : variants;
}

/** A letter of a script other than Latin that the site's languages write: Han, kana, Hangul. */
const OTHER_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Two Latin letters in a row: a word the glossary may know (`ID` is one; `a` alone, or a digit, is not). */
const LATIN_LETTERS = /\p{Script=Latin}{2}/u;

/** A word list of `lang`'s data, lower case; none without data or when the file fails to load. */
function wordsOf(
	lang: string,
	list: 'functionWords' | 'questionWords' | 'timeWords' | 'toolWords' | 'listWords' | 'errorWords' | 'missingWords' | 'choiceWords',
): Promise<ReadonlySet<string>> {
	return dataFor(lang).then(
		(data) => new Set((data?.[list] ?? []).map((word) => word.normalize('NFKC').toLowerCase())),
		() => new Set<string>(),
	);
}

/** The function words of `lang`'s data (`functionWords`), lower case; none without data or when the file fails to load. */
export function functionWordsFor(lang: string): Promise<ReadonlySet<string>> {
	return wordsOf(lang, 'functionWords');
}

/** The question words of `lang`'s data (`questionWords`), lower case; none without data or when the file fails to load. */
export function questionWordsFor(lang: string): Promise<ReadonlySet<string>> {
	return wordsOf(lang, 'questionWords');
}

/** The words of `lang`'s data that ask when (`timeWords`), lower case; none without data or when the file fails to load. */
export function timeWordsFor(lang: string): Promise<ReadonlySet<string>> {
	return wordsOf(lang, 'timeWords');
}

/** The words of `lang`'s data that ask for a tool (`toolWords`), lower case; none without data or when the file fails to load. */
export function toolWordsFor(lang: string): Promise<ReadonlySet<string>> {
	return wordsOf(lang, 'toolWords');
}

/**
 * The words of `lang`'s data that ask for a list (`listWords`) and those for an error (`errorWords`), lower case: a
 * query holding one of each asks for the error reference. None without data or when the file fails to load.
 */
export async function listWordsFor(lang: string): Promise<{ list: ReadonlySet<string>; error: ReadonlySet<string> }> {
	const [list, error] = await Promise.all([wordsOf(lang, 'listWords'), wordsOf(lang, 'errorWords')]);
	return { list, error };
}

/** The words of `lang`'s data that say a field was left empty (`missingWords`), lower case; none without data or when the file fails to load. */
export function missingWordsFor(lang: string): Promise<ReadonlySet<string>> {
	return wordsOf(lang, 'missingWords');
}

/** The words of `lang`'s data that ask which one to pick (`choiceWords`), lower case; none without data or when the file fails to load. */
export function choiceWordsFor(lang: string): Promise<ReadonlySet<string>> {
	return wordsOf(lang, 'choiceWords');
}

/**
 * What each tool of `lang`'s data is for (`toolPurposes`): the tool's path below the locale (`claim-simulator/`) → its
 * purpose words and phrases (`deadline`, `business days`), lower case. Empty without data or when the file fails to load.
 */
export function toolPurposesFor(lang: string): Promise<ReadonlyMap<string, readonly string[]>> {
	return dataFor(lang).then(
		(data) =>
			new Map(
				Object.entries(data?.toolPurposes ?? {}).map(([path, words]) => [path, words.map((word) => word.normalize('NFKC').toLowerCase())]),
			),
		() => new Map(),
	);
}

/** A locale's words that mark what stands just before them or just after them (`fieldWords`, `reportWords`), lower case. */
export interface MarkerWords {
	readonly before: readonly string[];
	readonly after: readonly string[];
}

/** The marker words of `lang`'s data under `key`, lower case; none without data or when the file fails to load. */
function markerWordsFor(lang: string, key: 'fieldWords' | 'reportWords'): Promise<MarkerWords> {
	const lower = (words: readonly string[] | undefined) => (words ?? []).map((word) => word.normalize('NFKC').toLowerCase());
	return dataFor(lang).then(
		(data) => ({ before: lower(data?.[key]?.before), after: lower(data?.[key]?.after) }),
		() => ({ before: [], after: [] }),
	);
}

/** The words of `lang` that name a field by the words before them or after them (`fieldWords`). */
export function fieldWordsFor(lang: string): Promise<MarkerWords> {
	return markerWordsFor(lang, 'fieldWords');
}

/** The words of `lang` that a reader reports a message with, before it or after it (`reportWords`). */
export function reportWordsFor(lang: string): Promise<MarkerWords> {
	return markerWordsFor(lang, 'reportWords');
}

/**
 * The function words of every language of the data that the query's `words` write a sentence in: each language whose
 * words are written in Latin letters (`en`, `de`, `fr`), and of whose function words the query holds at least two
 * (`how do I bake a cake`: how, do, i, a). An off-topic question in one of them, asked on another language's page, is
 * then weighed by its content words (`bake`, `cake`), not by the function words every index holds somewhere (the
 * English originals are in every locale's index; break-l L7). One word of another language (`comment` in `add a
 * comment`) is not a sentence. Loads those languages' files; none for words without a Latin letter.
 */
export async function sentenceFunctionWords(words: readonly string[]): Promise<ReadonlySet<string>> {
	const typed = words.map((word) => word.normalize('NFKC').toLowerCase()).filter((word) => LATIN_WORD.test(word));
	if (typed.length < 2) return new Set();
	const languages = Object.keys(DATA).filter(writtenInLatin);
	const lists = await Promise.all(languages.map(functionWordsFor));
	return new Set(lists.flatMap((list) => (typed.filter((word) => list.has(word)).length >= 2 ? [...list] : [])));
}

/**
 * The Latin-script language, other than `pageLang`, that `query` is plainly written in: the one whose function words
 * (`functionWordsFor`) it holds at least two of, and more of than of the page language's (en `Another partner has
 * claimed or is associated with this product` on a German or a Chinese page: `or`, `is`, `with`, `this`); `undefined`
 * when none is. A portal message pasted in English on another language's page is answered by the English index, whose
 * error page holds it as its title, before the reader's, whose article holds it only in its hidden English original
 * (held-out probe 37, December 2026).
 */
export async function otherLatinLanguage(query: string, pageLang: string): Promise<string | undefined> {
	const typed = (query.normalize('NFKC').toLowerCase().match(LETTER_RUN) ?? []).filter((word) => LATIN_WORD.test(word));
	if (typed.length < 2) return undefined;
	const held = async (lang: string) => {
		const list = await functionWordsFor(lang);
		return typed.filter((word) => list.has(word)).length;
	};
	const own = writtenInLatin(pageLang) ? await held(pageLang) : 0;
	const page = pageLang.toLowerCase().split('-')[0];
	for (const lang of Object.keys(DATA).filter((tag) => writtenInLatin(tag) && tag.toLowerCase().split('-')[0] !== page)) {
		const count = await held(lang);
		if (count >= 2 && count > own) return lang;
	}
	return undefined;
}

/** Whether a language is written in Latin letters (`en`, `de`, `fr`; not `ja`, `zh-TW`, `ko`), by its likely script. */
export function writtenInLatin(lang: string): boolean {
	try {
		return new Intl.Locale(lang).maximize().script === 'Latn';
	} catch {
		return false;
	}
}

/**
 * The query with every variant form replaced by its term, scanning left to right and taking the longest
 * form at each position: `このサブスクリプションはすでに要求されています` → `…は既に要求されています`,
 * `Modern Work and Security` → `Microsoft 365`. A form is not rewritten where the text holds its term already
 * (`シミュレータ` → `シミュレーター`, but `シミュレーター` and the `メール` of `電子メール` stay). Latin forms match whole
 * words (an error code's `_` joins its words), without case; a form of one Han
 * character, and a Chinese form, only where the segmenter cuts the text before and after it (zh `怎么改声明` →
 * `怎么 编辑 声明`, the term a word of its own as its form was, but `更改` stays, and so does the `域名` across
 * `網域|名稱`); other forms anywhere. A query with
 * nothing to rewrite comes back unchanged (the same string).
 */
export function rewriteVariants(query: string, rewrites: readonly Rewrite[]): string {
	if (rewrites.length === 0) return query;
	const lower = query.toLowerCase();
	// Case folding that changes lengths (rare letters) would misalign the positions: match case-sensitively then.
	const text = lower.length === query.length ? lower : query;
	let out = '';
	let changed = false;
	// Where the segmenter of a language cuts the text (made once, when a form that must begin and end on a cut is met).
	const cuts = new Map<string, Set<number>>();
	const cutAt = (lang: string, i: number): boolean => {
		let at = cuts.get(lang);
		if (!at) {
			at = new Set([...wordSegmenter(lang).segment(text)].flatMap(({ index, segment }) => [index, index + segment.length]));
			cuts.set(lang, at);
		}
		return at.has(i);
	};
	for (let i = 0; i < query.length;) {
		const found = rewrites.find(
			({ form, latin, boundaries }) =>
				text.startsWith(form, i) &&
				(!latin || (!IN_LATIN_WORD.test(text[i - 1] ?? '') && !IN_LATIN_WORD.test(text[i + form.length] ?? ''))) &&
				(boundaries === undefined || (cutAt(boundaries, i) && cutAt(boundaries, i + form.length))),
		);
		// A form inside its term (`シミュレータ` of `シミュレーター`, `模擬` of `模擬器`, `メール` of `電子メール`, or a form kept as
		// typed: ko `아이디어`) where the text holds the term already: kept as it is.
		const inTerm = found ? found.term.toLowerCase().indexOf(found.form) : -1;
		if (found && inTerm >= 0 && inTerm <= i && text.startsWith(found.term.toLowerCase(), i - inTerm)) {
			out += query.slice(i, i + found.form.length);
			i += found.form.length;
		} else if (found) {
			// A form the segmenter cut as a word of its own is replaced by a word of its own: written among other Han
			// characters, the term would be cut otherwise (`不能選預售` → `不能選 售前`, not `選售前`; held-out probe 17).
			const apart = found.boundaries !== undefined;
			const before = apart && out !== '' && !/\s$/.test(out) ? ' ' : '';
			const after = apart && i + found.form.length < query.length && !/^\s/.test(query.slice(i + found.form.length)) ? ' ' : '';
			out += `${before}${found.term}${after}`;
			i += found.form.length;
			changed = true;
		} else {
			out += query[i];
			i++;
		}
	}
	return changed ? out : query;
}
