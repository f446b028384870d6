/**
 * Searching the site: the query is normalized, run through the relaxation ladder in the reader's
 * locale and, when asked or when the reader's locale has no exact match, in the other locales too;
 * the results are merged, de-duplicated (the same page in the reader's language wins) and labelled.
 * Plain TypeScript over injected `LocaleIndex`es: the island gives it Pagefind instances in the page,
 * the recall test gives it Pagefind instances in Node.
 */
import { pathWithoutLocale } from '../routes.ts';
import { guessCjkLanguage, hasCjk, isErrorCode, markerAt, normalizeQuery, queryWords, wordSegmenter, type WordCut } from './normalize.ts';
import { isPartial, relaxedSearch, type Hit, type LadderOutcome, type Stage } from './relax.ts';
import { splitCompounds } from './compounds.ts';
import { lexiconTypos, typosIn, writtenAsMeant } from './typo-correction.ts';
import { recalledMessage, REPORTED, reportedMessage } from './recalled-message.ts';
import { germanSpellings, koreanQuery } from './spelling.ts';
import { compact, comparedWords, folded, holdsWord, LATIN, latinWords, phrasings, SHORT_LATIN_WORD, holdsPhrase } from './compared-text.ts';
import { holdsPurposeWord, isHelper, namesHelper, namesPurpose, namesTool } from './tool-purposes.ts';
import type { HeadingsFile, PageHeadings } from './page-headings.ts';
import { parseSectionAliases, type SectionAliases } from './section-aliases.ts';
import {
	aloneForms,
	hanTerms,
	meantWords,
	fieldWordsFor,
	reportWordsFor,
	functionWordsFor,
	listWordsFor,
	missingWordsFor,
	choiceWordsFor,
	questionWordsFor,
	timeWordsFor,
	rewritesFor,
	rewriteVariants,
	sentenceFunctionWords,
	otherLatinLanguage,
	toolPurposesFor,
	toolWordsFor,
	writtenInLatin,
	type MarkerWords,
} from './variants.ts';

export interface SubResult {
	url: string;
	title: string;
	/**
	 * Text with `<` and `>` escaped: Pagefind's excerpt, with `<mark>` around the matched words, or for a section found
	 * through its heading alone (`IndexPage.headings`) the words after the heading, unmarked, or nothing.
	 */
	excerpt: string;
	anchor: string;
	score: number;
}

export interface IndexPage {
	url: string;
	title: string;
	excerpt: string;
	/** `<html lang>` of the index the page came from. */
	lang: string;
	/** The page's `kind` filter: `guide`, `error`, `tool`, `reference` (the error reference). */
	kind?: string;
	/** An error page's code. */
	code?: string;
	/** An error page's portal message: Microsoft's English and, where it differs, its translation in the page's language. */
	messages?: string[];
	/** An article's other names for its subject (`article-aliases.ts`: `tenant ID` for the article on the Directory ID). */
	aliases?: string;
	/** An error page's example, as the claim simulator names it (`The domain typed into the tenant ID field`). */
	example?: string;
	/**
	 * An article's names of its sections that they list rather than head, by heading id (`section-aliases.ts`: the claim
	 * statuses of the status section): a query that names one holds that section as it would its heading (`namedSections`).
	 */
	sectionAliases?: SectionAliases;
	/** The page's sections that match, best first: Pagefind's, then (`promoteHeadingMatches`) any whose heading holds the query. */
	subResults: SubResult[];
	/**
	 * Every section of the page (its headings with an anchor), matched or not, in page order: Pagefind lists only the
	 * sections where the searched words fall, so a heading that holds every word of a question asked in other words is
	 * found here (`promoteHeadingMatches`). Their excerpts: the words after the heading on an English page, else none.
	 */
	headings?: SubResult[];
	/** The page's text as the index holds it (Pagefind's `content`), to tell how much of the query it holds. */
	text?: string;
}

export interface IndexHit extends Hit {
	/** The page (one fragment fetch); called more than once for the same hit, it should load once. */
	load(): Promise<IndexPage>;
}

export interface LocaleIndex {
	/** `<html lang>` of the pages in the index: `en`, `ja`, `zh-TW`. */
	lang: string;
	/** Pagefind's answer to the query, optionally only pages of one kind; with no query and a kind, every page of the kind. */
	search(query: string, kind?: string): Promise<IndexHit[]>;
	/**
	 * The index's pages' titles and headings by hit id (`page-headings.ts`), if the index has them: the search then loads
	 * only the candidates it may show (`firstBatch`). Undefined (none, they failed to load, or they are still loading when
	 * the candidates are ranked: `arrived`): it loads them all.
	 */
	headings?(): Promise<HeadingsFile | undefined>;
}

/** `auto`: other languages are searched when the reader's own finds nothing, or the query is plainly in another language. */
export type CrossLanguage = 'auto' | boolean;

export interface SearchRequest {
	query: string;
	current: LocaleIndex;
	/** The other locales' indexes, loaded on first need. */
	others: () => Promise<LocaleIndex[]>;
	crossLanguage: CrossLanguage;
	kind?: string;
	/** How many pages to return. */
	limit?: number;
	/**
	 * Called once, before the search completes, with the exact matches alone when partial matches
	 * are still to load after them: they can be shown at once, and the complete outcome lists them
	 * in the same order, a partial match going before them only when it holds the query better (`matchLevel`:
	 * a better level, or the same with more of it in its title or a heading). When they fill the list, the complete
	 * outcome may drop some of them for better pages (`keepShown`).
	 */
	onExactMatches?: (outcome: SearchOutcome) => void;
}

export interface SearchResult {
	page: IndexPage;
	/** The key shared by the page's versions in every language. */
	key: string;
	/** Whether the page is in another language than the reader's. */
	otherLanguage: boolean;
	/**
	 * The languages (`<html lang>`) whose index found the page, the listed copy's first: the copies in other
	 * languages are not listed again (`zh-TW` and `zh-CN` for a Chinese query with other languages searched).
	 */
	foundIn: readonly string[];
	/** Whether it matched only part of the query (a step of the relaxation ladder, or its text lacks some of the words). */
	partial: boolean;
	/** How well the page holds the query (`matchLevel`): 0 best, 6 some words only. */
	level: MatchLevel;
	/** The part of the query's words the page's text holds, 0–1 (a mistyped word as the reader meant it: `matchLevel`). */
	share: number;
}

export interface SearchOutcome {
	/** The normalized query ('' when there was nothing to search). */
	query: string;
	results: SearchResult[];
	/** Whether other languages were searched. */
	crossLanguage: boolean;
	/** The ladder step the reader's own locale needed. */
	stage: Stage;
	/** False for the exact matches handed to `onExactMatches` while partial matches load. */
	complete: boolean;
	/**
	 * How many pages matched, before `limit` cut the list: the most that one language's index found
	 * (the same page in several languages counts once), and never fewer than the results listed.
	 */
	total: number;
	/**
	 * `strong`: some result holds every word of the query; `partial`: the best hold at least half of
	 * them; `weak`: less, or nothing was found (the dialog then says that nothing matches well).
	 */
	confidence: Confidence;
}

type Confidence = 'strong' | 'partial' | 'weak';

const DEFAULT_LIMIT = 8;

/**
 * How many of the best candidates are weighed before the list is ordered, at least: a page whose heading
 * holds the query may rank 10th in Pagefind (a long article, against short error pages that repeat its
 * words). Without the index's headings file (`LocaleIndex.headings`) each is loaded (one fragment each) to see its
 * headings; with it, only the first `limit` and those whose title or headings bring them up (`firstBatch`).
 */
const HEADING_POOL = 16;

/**
 * How many articles are loaded with the best candidates, wherever Pagefind ranks them (`guidesFor`: those that hold the
 * whole query or its weighed words, and as many that hold some of them):
 * an article's section on the query ranks below the short error pages that quote its words (`경쟁하는 클레임`,
 * `Abonnementfehler`), and only a loaded page shows its headings.
 */
const GUIDE_POOL = 3;
/** The most weighed words a query may have for `guidesFor` to look for articles that hold only some of them. */
const LOOSE_GUIDE_WORDS = 4;

/** The ladder's steps, best first. */
const STAGES: readonly Stage[] = ['exact', 'dropped', 'longest', 'merged', 'none'];

/**
 * The words of the query, cut as the index's language would (Japanese and Chinese differ) and by `cut` (`queryWords`).
 */
function wordsFor(query: string, index: LocaleIndex, pageLang: string, cut?: WordCut): string[] {
	const lang = /^(ja|zh)/i.test(index.lang) ? index.lang : pageLang;
	return queryWords(query, lang, cut);
}

/**
 * The words a page is weighed by (`matchLevel`, `holdsLatinStart`): `words` without `ignored` (the function words of
 * the page's and the index's languages, `functionWordsFor`, and of a language the query is a sentence in,
 * `sentenceFunctionWords`), compared without case; all of them when that would
 * leave none (a query of function words alone is weighed as typed).
 */
function weighedWords(words: readonly string[], ignored: ReadonlySet<string>): string[] {
	const kept = words.filter((word) => !ignored.has(word.normalize('NFKC').toLowerCase()));
	return kept.length > 0 ? kept : [...words];
}

/** A ladder's outcome and the query it searched: as typed, or rewritten to the site's words (`variants.ts`). */
interface Searched {
	outcome: LadderOutcome<IndexHit>;
	searched: string;
	words: string[];
	/** The words a page is weighed by: `words` without the function words of the languages (all of them if that leaves none). */
	weighed: string[];
	/** The articles (`kind: guide`) that hold the whole query or every weighed word, best first (`guidesFor`). */
	guides: IndexHit[];
	/** The articles that hold only some of the weighed words, when none holds them all (`guidesFor`). */
	looseGuides: IndexHit[];
	/** The tools (`kind: tool`) that hold the query or some of its weighed words, when it asks for one (`toolsFor`). */
	tools: IndexHit[];
	/** Whether the query asks how, where, which (`questionWordsFor`) or when (`when`). */
	question: boolean;
	/** Whether the query asks when (`timeWordsFor`): a question even at the end of an account (`isNarrative`). */
	when: boolean;
	/** Whether the query asks for a tool: to simulate, calculate, try or test (`toolWordsFor`). */
	tool: boolean;
	/** Whether the query asks which one to pick (`choiceWordsFor`: `which`, `该用哪个`). */
	choice: boolean;
	/** What each tool is for, by its path below the locale (`toolPurposesFor`), when the query asks for a tool. */
	purposes: ReadonlyMap<string, readonly string[]>;
	/** The error reference (`kind: reference`), when the query asks for the list of errors (`list`). */
	references: IndexHit[];
	/**
	 * The error pages whose portal message the query quotes whole (`quotedPages`) that the ladder's hits lack: a reader's
	 * own word beside the message (`お客様の` before `テナントIDを入力してください`) kept them out of Pagefind's answer.
	 */
	quoted: IndexHit[];
	/** The id of the error page whose message the query recalls in words of its own (`recalledPage`), if one. */
	recalled: string | undefined;
	/** Whether that message is one the query reports (`reportedMessage`: `bekomme die Meldung, …`), compared more surely. */
	reportedRecall: boolean;
	/** Whether the query asks for the list of errors: it holds a list word and an error word (`listWordsFor`). */
	list: boolean;
	/** Whether the query says a field was left empty (`missingWordsFor`: `missing`, `manquant`, `未入力`). */
	missing: boolean;
	/** Its weighed words but the missing words, when it says a field was left empty (`Ausführungsnachweis` of `… fehlt`). */
	emptied: string[];
	/** The words naming the field the reader says they typed into (`fieldNamed`); none when it names none. */
	field: string[];
	/** The words naming the field another text (an error page's example) says was typed into, cut as the query's. */
	fieldOf: (text: string) => string[];
	/** Its words the index writes otherwise, one typo away (`typosIn`), when the ladder searched the corrected query too. */
	mistyped: string[];
}

/**
 * Runs the ladder on one index, for the query as typed (for a Chinese index, in the index's script: `foldForIndex`)
 * and, when it differs, as rewritten to the words the index's pages use (`foldForIndex`, then the variants of the
 * index's locale, and for English words among Han, kana or Hangul its glossary's terms, replaced: `rewritesFor`). Both
 * answers are kept, the one that reached the better step first (the rewritten one on a tie: it holds the pages' own
 * words); a typed later name that a "changed later" note quotes still finds that note. The whole query's best pages
 * (`prefetch` of them) are most often the answer, so their `load` starts as soon as the whole query returns, while the
 * ladder's per-word searches run. The pages listed are loaded again later: an index's `load` must do the work once
 * (`pagefindLocaleIndex`).
 */
async function ladder(
	input: string,
	index: LocaleIndex,
	pageLang: string,
	kind: string | undefined,
	prefetch: number,
): Promise<Searched[]> {
	const ignored = new Set([...(await functionWordsFor(pageLang)), ...(await functionWordsFor(index.lang))]);
	const asking = new Set([...(await questionWordsFor(pageLang)), ...(await questionWordsFor(index.lang))]);
	const timing = new Set([...(await timeWordsFor(pageLang)), ...(await timeWordsFor(index.lang))]);
	const tooling = new Set([...(await toolWordsFor(pageLang)), ...(await toolWordsFor(index.lang))]);
	const purposes = await toolPurposesFor(index.lang);
	const listing = await Promise.all([listWordsFor(pageLang), listWordsFor(index.lang)]);
	const empties = new Set([...(await missingWordsFor(pageLang)), ...(await missingWordsFor(index.lang))]);
	const erring = new Set(listing.flatMap(({ error }) => [...error]));
	const choosing = new Set([...(await choiceWordsFor(pageLang)), ...(await choiceWordsFor(index.lang))]);
	const markers = joinedMarkers(await Promise.all([fieldWordsFor(pageLang), fieldWordsFor(index.lang)]));
	const reporting = joinedMarkers(await Promise.all([reportWordsFor(pageLang), reportWordsFor(index.lang)]));
	const query = await spelledLexicon(input, index, [...ignored, ...asking, ...timing, ...choosing]);
	const folded = await foldForIndex(query, index.lang);
	const rewrites = await rewritesFor(index.lang, folded);
	// A function word or a one-character form among characters the segmenter cut one by one: a word of its own.
	// The pages' own Han words, whole wherever the segmenter would cut them (`租|用戶`).
	const cut: WordCut = { apart: new Set([...ignored, ...aloneForms(rewrites)]), terms: hanTerms(rewrites) };
	// A Chinese index gets the query in its own script only: a character its pages never write matches nothing but noise
	// (the Traditional `訂閱` of `訂閱已經声明` on the Simplified index found pages through Pagefind's fallback to a
	// shorter word, and as an answer of the exact step it went before the folded query's: held-out search test G).
	const typed = primaryTag(index.lang) === 'zh' ? folded : query;
	const rewritten = rewriteVariants(folded, rewrites);
	// Asked of the query as typed: a rewrite may replace its question word (`確認する方法` → `調べる`).
	const typedWords = wordsFor(typed, index, pageLang, cut);
	const when = holdsListed(typed, typedWords, timing, ignored);
	const question = when || holdsListed(typed, typedWords, asking, ignored);
	// A reader who reports what the portal says tells of an error: their words of picking (`고르니까`, since I picked) and
	// of what a tool does ask for no tool (held-out probe 27, December 2026).
	const reports = reportedMessage(typed, reporting) !== undefined;
	// A helper's purpose also as rewritten: the English words of the portal among Chinese ones are the glossary's terms
	// there (`要選 Presales 還是 Usage`: `售前`, `使用方式`, the activity helper's; held-out probe 33, December 2026).
	const tool =
		holdsListed(typed, typedWords, tooling) ||
		(!reports && holdsListed(typed, typedWords, choosing) && (namesHelper(purposes, typed) || namesHelper(purposes, rewritten))) ||
		(!question && !reports && namesTool(purposes, typed));
	const missing = holdsListed(typed, typedWords, empties);
	const list = holdsListed(typed, typedWords, new Set(listing.flatMap(({ list }) => [...list]))) && holdsListed(typed, typedWords, erring);
	// The error reference, when it asks for the list, whatever words it holds (`listsErrors`): one search for every answer.
	const references = list && kind === undefined ? index.search('', 'reference') : undefined;
	const fieldOf = (text: string): string[] =>
		fieldNamed(text, markers, (part) =>
			wordsFor(part, index, pageLang, cut).filter((word) => !ignored.has(word.normalize('NFKC').toLowerCase())),
		);
	const run = async (q: string, share: number): Promise<Searched> => {
		const words = wordsFor(q, index, pageLang, cut);
		const whole = pagefindQuery(q, index.lang);
		const outcome = await relaxedSearch(
			q,
			words,
			(asked) => {
				const found = index.search(asked === q ? whole : asked, kind);
				if (asked === q) {
					found.then(
						(hits) => hits.slice(0, share).forEach((hit) => void hit.load().catch(() => undefined)),
						() => undefined,
					);
				}
				return found;
			},
			ignored,
		);
		// A query the index doesn't hold word for word may be a question in another language (`sentenceFunctionWords`).
		const foreign = outcome.stage === 'exact' ? [] : await sentenceFunctionWords(words);
		const weighed = weighedWords(words, new Set([...ignored, ...foreign]));
		// The best articles too (`guidesFor`).
		const { guides, looseGuides } =
			kind === undefined
				? await guidesFor(index, outcome.stage === 'exact' ? whole : undefined, weighed, question)
				: { guides: [], looseGuides: [] };
		// And the tools, when it asks for one: a long tool page that Pagefind ranks low among many hits (`模拟一下声明流程`).
		const tools = tool && kind === undefined ? await toolsFor(index, whole, weighed, namesPurpose(purposes, weighed)) : [];
		// The error pages its message names: quoted whole (`quotedPages`), or recalled in words of the reader's own.
		const messages = kind === undefined || kind === 'error';
		const recall = messages ? await recalledPage(index, q, reportedMessage(q, reporting), { question, missing }) : undefined;
		const recalled = recall?.id;
		const quoted = messages ? await quotedPages(index, q, outcome.hits, recalled) : [];
		const found = {
			guides,
			looseGuides,
			tools,
			question,
			when,
			tool,
			choice: holdsListed(typed, typedWords, choosing),
			purposes,
			references: (await references) ?? [],
			quoted,
			recalled,
			reportedRecall: recall?.reported === true,
			list,
			missing,
			emptied: missing ? emptiedWords(q, weighed, empties, erring) : [],
			field: fieldOf(q),
			fieldOf,
		};
		return { outcome, searched: q, words, weighed, ...found, mistyped: [] };
	};
	const split = splitCompounds(rewritten, index.lang, (part) => indexHoldsWordStart(index, part));
	// Two answers share the first batch (it takes the best of each in turn): half of `prefetch` each.
	const answers =
		rewritten === typed ? [await run(typed, prefetch)] : await Promise.all([run(rewritten, prefetch / 2), run(typed, prefetch / 2)]);
	if (answers.length === 2 && STAGES.indexOf(answers[1]!.outcome.stage) < STAGES.indexOf(answers[0]!.outcome.stage)) answers.reverse();
	// A long Latin word one typo from a word of the index's headings, not itself one of them: the query as the site
	// writes it too (`typosIn`, `writtenAsMeant`; Pagefind's answer to the typo is loose matches). Only with a headings file that has
	// arrived: a typo is no reason to wait for it.
	const file = index.headings ? await arrived(index.headings()) : undefined;
	const typos = typosIn(answers[0]!.words, file);
	const fixed = writtenAsMeant(rewritten, typos);
	if (fixed !== rewritten) answers.push(await run(fixed, prefetch / 2));
	// The compounds written apart: an answer after the others, for the pages that write them so.
	const apart = await split;
	if (apart !== rewritten) answers.push(await run(apart, prefetch / 2));
	// The answers but the corrected one judge pages by a word no page writes (`lackingTypo`).
	const mistyped = fixed === rewritten ? [] : [...typos.keys()];
	for (const answer of answers) if (answer.searched !== fixed) answer.mistyped = mistyped;
	// The typed answer judges its pages by the words the reader meant (`meantWords`: `不符` as `不相符`).
	for (const answer of answers)
		if (answer.searched === typed && rewritten !== typed) answer.weighed = [...meantWords(answer.weighed, rewrites)];
	return answers;
}

/** The marker words of the reader's and the index's languages as one list of each (`MarkerWords`). */
function joinedMarkers(both: readonly MarkerWords[]): MarkerWords {
	return { before: both.flatMap(({ before }) => before), after: both.flatMap(({ after }) => after) };
}

/**
 * The id of the error page of `index` whose message the query recalls in words of its own (`recalledMessage`), and
 * whether it is a message the query reports (`reportedMessage`: `reported`), or, when that recalls none and the query asks
 * no question, the whole query (`ou trouver le nom de domaine du client` asks where, and is no message: held-out probe
 * 22), else one of its clauses (`recalledClause`) unless it says a field is missing (`missing`). Judged on the headings
 * file, which holds every error page of the locale; undefined before it has arrived.
 */
async function recalledPage(
	index: LocaleIndex,
	query: string,
	reported: string | undefined,
	{ question, missing }: { question: boolean; missing: boolean },
): Promise<{ id: string; reported: boolean } | undefined> {
	const file = index.headings ? await arrived(index.headings()) : undefined;
	if (!file) return undefined;
	const fromReport = reported === undefined ? undefined : recalledMessage(file.pages, reported, REPORTED);
	if (fromReport !== undefined) return { id: fromReport, reported: true };
	if (question) return undefined;
	// A clause that says a field is missing (`ich habe keine Abonnement-ID angegeben`) is no recalled message: it reads like
	// the format error's `Der angegebene Bezeichner ist keine Abonnement-ID`, and the field's required page answers it.
	const fromQuery = recalledMessage(file.pages, query) ?? (missing ? undefined : recalledClause(file.pages, query));
	return fromQuery === undefined ? undefined : { id: fromQuery, reported: false };
}

/** Where a clause of a reader's account ends: a comma or a semicolon, Latin or CJK (`，`, `、`, `；`). */
const CLAUSE_END = /[,;，、；]/u;

/**
 * The error page whose message one clause of the query recalls (`recalledMessage`), when exactly one clause recalls one:
 * a reader's account puts what they did and what followed in clauses of their own (`Bei Microsoft 365 Presales
 * ausgewählt, geht nicht weiter`: the first recalls the example `Microsoft 365 mit Presales` of the activity's page, the
 * whole is too unlike it; held-out probe 37, December 2026).
 */
function recalledClause(pages: HeadingsFile['pages'], query: string): string | undefined {
	const clauses = query
		.split(CLAUSE_END)
		.map((clause) => clause.trim())
		.filter(Boolean);
	if (clauses.length < 2) return undefined;
	const recalled = new Set(clauses.map((clause) => recalledMessage(pages, clause)).filter((id) => id !== undefined));
	return recalled.size === 1 ? [...recalled][0] : undefined;
}

/**
 * The error pages of `index` whose portal message `query` quotes whole (`quotation`, judged on the headings file, which
 * holds every page's messages and title, the message as the simulator words it when the portal's is not documented),
 * or whose message it recalls (`recalled`, `recalledPage`), and that `hits` lack: Pagefind answers a query with every word of it, and a word of the
 * reader's own beside a pasted message (`お客様のテナントIDを入力して下さい`: `お客様` is no word of `テナントIDを
 * 入力してください`, held-out probe 21, December 2026) leaves the page of that message out while pages that hold the word
 * and the message's common words come in. Only with a headings file that has arrived; one more search (every error
 * page, `kind: error`) only when such a page is missing.
 */
async function quotedPages(
	index: LocaleIndex,
	query: string,
	hits: readonly IndexHit[],
	recalled: string | undefined,
): Promise<IndexHit[]> {
	const file = index.headings ? await arrived(index.headings()) : undefined;
	if (!file) return [];
	const found = new Set(hits.map((hit) => hit.id));
	const quoted = (id: string, preview: PageHeadings): boolean =>
		id === recalled || quotation(withTitleMessage(previewPage(preview, index.lang)), query) === 'whole';
	const missing = Object.entries(file.pages)
		.filter(([id, preview]) => !found.has(id) && preview.kind === 'error' && quoted(id, preview))
		.map(([id]) => id);
	if (missing.length === 0) return [];
	const errors = await index.search('', 'error');
	return errors.filter((hit) => missing.includes(hit.id));
}

/**
 * What Pagefind is asked for `query` as a whole: in Japanese, without its one-kana particles (`の`, `が`, `て`).
 * Pagefind cuts a Japanese query with the browser's segmenter and matches each cut as the beginning of a word: a
 * particle loads the index chunk of every word it begins (the `の` chunk holds `のサ`, `の関` … : 6.8 kB on the first
 * search of `サブスクリプションの有効期限が切れています`) and requires nothing a page lacks. Longer kana words stay
 * (`しらべかた`), and so does the rest of the query, cut as Pagefind would cut it. Other languages keep the query as
 * typed (Chinese single characters such as `請` of `請輸入` tell pages apart).
 */
function pagefindQuery(query: string, lang: string): string {
	if (primaryTag(lang) !== 'ja') return query;
	return [...wordSegmenter(lang).segment(query)].map(({ segment }) => (ONE_KANA.test(segment) ? ' ' : segment)).join('');
}

/**
 * Whether a query holds a word of `listed` (question words: it asks how, where or which; tool words: it asks to
 * simulate, calculate, try or test): one of its words is listed, or, for a listed word in another script than Latin, the query
 * holds it anywhere (`テナントIDはどこ`, `왜 클레임이…`, `期限を計算して`): the words leave out such short kana and Hangul
 * words, which would match every page, and the segmenter may cut a Han word apart (second held-out probe, December
 * 2026: no Japanese question in kana was ever taken for one). Not inside a longer word of `unlisted` (the function
 * words) that is not listed itself: `怎么办` (what do I do) holds `怎么` (how), `どうして` (why) holds `どう` (held-out
 * probe 18, December 2026: `域名和租户ID对不上怎么办` asks for the error page's fix, not the article's how).
 */
function holdsListed(
	query: string,
	words: readonly string[],
	listed: ReadonlySet<string>,
	unlisted: ReadonlySet<string> = new Set(),
): boolean {
	const others = [...listed].filter((word) => !LATIN.test(word));
	const longer = [...unlisted].filter((word) => !listed.has(word) && others.some((other) => word !== other && word.includes(other)));
	const masked = longer.reduce((text, word) => text.replaceAll(word, ' '), query);
	const held = (word: string): boolean => listed.has(word.normalize('NFKC').toLowerCase()) && (LATIN.test(word) || masked.includes(word));
	return words.some(held) || others.some((word) => masked.includes(word)) || holdsLatinPhrase(query, listed);
}

/**
 * A query's weighed words but those that say a field was left empty (`empties`, the missing words) or that there is an
 * error (`errors`, the error words: `出現錯誤`): a listed word, one that holds a listed word in another script than Latin
 * (`未選択`) or is part of one the query holds (`選擇` of `沒有選擇`), and the words of a listed Latin phrase the query
 * holds (`nicht ausgewählt`, `kein … ausgewählt`): what is left names the field (`Lösungsbereich nicht ausgewählt`:
 * `Lösungsbereich`; probe 35's sibling queries, December 2026).
 */
function emptiedWords(query: string, weighed: readonly string[], empties: ReadonlySet<string>, errors: ReadonlySet<string>): string[] {
	const text = query.normalize('NFKC').toLowerCase();
	const held = [...empties].filter((listed) =>
		LATIN.test(listed) ? listed.includes(' ') && holdsPhrase(text, listed) : text.includes(listed),
	);
	const phraseWords = new Set(held.filter((listed) => LATIN.test(listed)).flatMap((phrase) => folded(phrase).split(/[\s.…]+/u)));
	const inHeld = (word: string) => held.some((listed) => !LATIN.test(listed) && listed.includes(word.normalize('NFKC').toLowerCase()));
	return weighed.filter(
		(word) => !holdsListed(word, [word], empties) && !holdsListed(word, [word], errors) && !phraseWords.has(folded(word)) && !inHeld(word),
	);
}

/**
 * Whether `query` holds a listed phrase of Latin words (`help me choose`, `aider à choisir`, `which one`; with a gap for
 * the reader's own words, `kein … ausgewählt`: `holdsPhrase`) as words of its own, without case: the query's words are
 * single words, which such a phrase never is.
 */
export function holdsLatinPhrase(query: string, listed: ReadonlySet<string>): boolean {
	const text = query.normalize('NFKC').toLowerCase();
	return [...listed].some((phrase) => phrase.includes(' ') && LATIN.test(phrase) && holdsPhrase(text, phrase));
}

/**
 * The articles (`kind: guide`) for a query, best first, `GUIDE_POOL` at most: those that hold the whole query (`whole`,
 * when the index holds it word for word), else those that hold its weighed words, and, for a query of up to
 * `LOOSE_GUIDE_WORDS` of them or a `question` of any length, those that hold most of them (`looseGuides`: `customer
 * just bought Dynamics 365, when can I claim the subscription?`, whose article lacks `just` and `bought`). Pagefind ranks a long article below
 * short pages that repeat its words, and a question's own words (`why`, `can`) are on error pages (`Why it happens`)
 * but not in the article that answers it (`why can't I claim this subscription`: the article's subscription errors).
 */
async function guidesFor(
	index: LocaleIndex,
	whole: string | undefined,
	weighed: readonly string[],
	question: boolean,
): Promise<{ guides: IndexHit[]; looseGuides: IndexHit[] }> {
	const found = whole === undefined ? [] : await index.search(whole, 'guide');
	if (found.length > 0 || weighed.length === 0) return { guides: found.slice(0, GUIDE_POOL), looseGuides: [] };
	// The same ladder as the query's (`relaxedSearch`): the articles holding every weighed word, else most of them; for
	// a question, or a query of a few words only (a pasted message of many words names its error page, and each word is a
	// search).
	if (weighed.length > LOOSE_GUIDE_WORDS && !question) {
		const all = await index.search(weighed.join(' '), 'guide');
		return { guides: all.slice(0, GUIDE_POOL), looseGuides: [] };
	}
	const relaxed = await relaxedSearch(weighed.join(' '), weighed, (asked) => index.search(asked, 'guide'));
	const all = relaxed.stage === 'exact' ? relaxed.hits : [];
	const loose = [...(relaxed.stage === 'exact' ? [] : relaxed.hits), ...relaxed.more];
	return { guides: all.slice(0, GUIDE_POOL), looseGuides: loose.slice(0, GUIDE_POOL) };
}

/**
 * The tools (`kind: tool`) for a query that asks for one, best first: those that hold the whole query, else those that
 * hold most of its weighed words (the ladder's steps, `relaxedSearch`). The site has a few tools, each a long page that
 * Pagefind ranks below short pages that repeat the query's common words (fifth held-out probe, December 2026: the claim
 * simulator was not among the first 16 pages for `模拟一下声明流程`). With `purposeful` (the query names a tool's
 * purpose, `toolPurposes`), every other tool after them: the named one may lack a word of the reader's own (`どの MPN ID で
 * 申請すればよいですか`: the MPN helper does not say 申請; held-out probe 23, December 2026).
 */
async function toolsFor(index: LocaleIndex, query: string, weighed: readonly string[], purposeful: boolean): Promise<IndexHit[]> {
	const found = await index.search(query, 'tool');
	const relaxed =
		found.length > 0 || weighed.length === 0
			? found
			: await relaxedSearch(weighed.join(' '), weighed, (asked) => index.search(asked, 'tool')).then(({ hits, more }) => [
					...hits,
					...more,
				]);
	if (!purposeful) return relaxed;
	// Every tool, after those: the one whose purpose the query names may lack a word the reader added.
	const ids = new Set(relaxed.map((hit) => hit.id));
	return [...relaxed, ...(await index.search('', 'tool')).filter((hit) => !ids.has(hit.id))];
}

/**
 * The query in the spelling an index's pages use, searched beside the query as typed (`ladder`; for a Chinese index, in
 * its place): Simplified characters
 * folded to Traditional for a Traditional Chinese index (`zh-TW`, `zh-Hant…`) and the reverse for a Simplified one
 * (`simplified.ts`, `traditional.ts`, each a chunk loaded on first need), German transcriptions written as umlauts (`Domaenen` → `Domänen`), Korean
 * particles stripped (`도메인을` → `도메인`; `spelling.ts`). A converter chunk that fails to load leaves the query as typed.
 */
export async function foldForIndex(query: string, lang: string): Promise<string> {
	const tag = lang.toLowerCase();
	// The character tables are a chunk each, loaded by the first search of a Chinese index: not by a Japanese or
	// German reader's search (#19: 1.7 kB of their first search).
	if (tag.startsWith('zh'))
		return (
			/^zh-(tw|hk|mo|hant)/.test(tag)
				? import('./simplified.ts').then(({ foldSimplified }) => foldSimplified(query))
				: import('./traditional.ts').then(({ foldTraditional }) => foldTraditional(query))
		).catch(() => query);
	if (primaryTag(tag) === 'de') return germanSpellings(query);
	if (primaryTag(tag) === 'ko') return koreanQuery(query);
	return query;
}

/**
 * `query` with its mistyped function, question, choice and time words (`lexiconTypos`: `whcih` → `which`) written as
 * meant, but for a word the index holds (`indexHoldsWordStart`): a word of the pages is what the reader typed
 * (`entschieden`, not `entscheiden`; `choisi`, not `choisir`). Returns `query` itself when nothing is corrected.
 */
async function spelledLexicon(query: string, index: LocaleIndex, lexicon: readonly string[]): Promise<string> {
	const typos = lexiconTypos(query, lexicon);
	for (const typed of [...typos.keys()]) if (await indexHoldsWordStart(index, typed)) typos.delete(typed);
	return typos.size === 0 ? query : writtenAsMeant(query, typos);
}

/**
 * Whether a word of `index`'s best page for `part` begins with `part` (compared as `foldLatin` does). Pagefind
 * answers a word it does not hold with pages holding a shorter beginning of it (`entfehler` finds `Entfernen`):
 * the page's text tells.
 */
async function indexHoldsWordStart(index: LocaleIndex, part: string): Promise<boolean> {
	const [best] = await index.search(part);
	if (!best) return false;
	const page = await best.load();
	// Words as the page writes them, hyphenated ones whole (`Mandanten-ID`): `splitCompounds` keeps a word the index knows.
	const words = folded(`${page.title} ${page.text ?? ''}`).split(/(?:[^\p{L}\p{N}-]|-(?![\p{L}\p{N}]))+/u);
	const wanted = folded(part);
	return words.some((word) => word.startsWith(wanted));
}

/**
 * The words naming the field a reader says they typed into (`fieldWords`), the nearest first: the last two words before
 * a `before` field word (`I pasted the tenant ID into the subscription ID box` → `id`, `subscription`), or the first two
 * after an `after` one (`j'ai mis le nom de domaine à la place de l'ID du locataire` → `id`, `locataire`); none when the
 * query holds no field word, or no word beside it. `words` cuts a part of the query into its weighed words (each once: the last
 * written of them count, before the field word). A field word in Latin letters counts as a whole word (`field`, not
 * `fields`).
 */
export function fieldNamed(query: string, markers: MarkerWords, words: (part: string) => string[]): string[] {
	const text = query.normalize('NFKC').toLowerCase();
	for (const marker of markers.before) {
		const at = markerAt(text, marker);
		if (at < 0) continue;
		const part = text.slice(0, at);
		const named = words(part)
			.map((word, position) => ({ word, last: Math.max(part.lastIndexOf(word), position) }))
			.sort((a, b) => b.last - a.last)
			.slice(0, 2)
			.map(({ word }) => word);
		if (named.length > 0) return named;
	}
	for (const marker of markers.after) {
		const at = markerAt(text, marker);
		const named = at < 0 ? [] : words(text.slice(at + marker.length)).slice(0, 2);
		if (named.length > 0) return named;
	}
	return [];
}

interface Candidate {
	hit: IndexHit;
	lang: string;
	current: boolean;
	partial: boolean;
	/** Exact matches, partial ones, then pages matching some words; in each, by language (see `searchSite`), then Pagefind's order. */
	rank: [number, number, number];
	/** The query its index searched, and its words (`Searched`). */
	searched: string;
	words: string[];
	/** Whether the query is a question (`Searched`). */
	question: boolean;
	/** Whether the query asks when (`Searched`). */
	when: boolean;
	/** Whether the query asks for a tool (`Searched`). */
	tool: boolean;
	/** Whether the query asks which one to pick (`Searched`). */
	choice: boolean;
	/** What each tool is for (`Searched`). */
	purposes: ReadonlyMap<string, readonly string[]>;
	/** Whether the query asks for the list of errors (`Searched`). */
	list: boolean;
	/** Whether the query says a field was left empty, and its other words (`Searched`). */
	missing: boolean;
	emptied: readonly string[];
	/** The words naming the field the reader typed into, and those another text names so (`Searched`). */
	field: readonly string[];
	fieldOf: (text: string) => string[];
	/** Its words that are typos (`Searched`). */
	mistyped: readonly string[];
	/** The page's title and headings from its index's headings file, before it is loaded (`firstBatch`). */
	preview?: PageHeadings;
	/** Whether its index's headings file names the page for the query (`namedByPreview`): it is loaded with the first batch. */
	named?: boolean;
	/** The id of the error page whose message the query recalls (`Searched`). */
	recalled?: string;
	/** Whether it recalls a message the query reports (`Searched`). */
	reportedRecall?: boolean;
}

const primaryTag = (lang: string): string => lang.toLowerCase().split('-')[0]!;

const HANGUL = /\p{Script=Hangul}/u;

/** One kana, as the segmenter cuts a Japanese particle or verb ending (`の`, `が`, `て`). */
const ONE_KANA = /^[\p{Script=Hiragana}\p{Script=Katakana}]$/u;

/** A page's title and text as one `compact` text (each part folded and kept on its own: the text is the long one). */
function compactPage(page: IndexPage): string {
	return compact(page.title) + compact(page.text ?? '');
}

/**
 * How well a page holds a query, best first: 0 the whole query in a section's heading (the reader lands
 * on it), 1 in the page's title, 2 in its text, 3 every word in its title or in one heading, 4 all the
 * words but one (of three or more) in its title or in one heading (`Domänennamen des Kunden finden` and the
 * article titled `Ermitteln des Domänennamens … Ihres Kunden`), 5 every word in its text, 6 only some words.
 * Compared without case, spaces or punctuation (`compact`), Latin words without their inflection. `share`
 * is the part of the words its text holds, 0–1, and `meant` the same with a mistyped word held as meant (`holdsWord`'s
 * `typos`); `headed` the most of them its title or one heading holds.
 * The headings are those that name the page (`namingSections`: not an error page's template headings), and a section's
 * name the query holds (`sectionNamesIn`: a claim status) counts as its heading; for
 * levels 3 and 4 an error page's code and an article's aliases count with its title, and an error page's example (of two
 * words or more) does for every level, as a heading would, but a field-left-empty page's when the query says nothing is
 * `missing`. A page without `text` is
 * judged on its headings alone and otherwise trusted (5): the index matched it. (`assemble` lifts to 2 a page whose
 * portal message the query quotes whole: `quotation`.)
 */
export function matchLevel(
	page: IndexPage,
	query: string,
	words: readonly string[],
	{ missing = true }: { missing?: boolean } = {},
): { level: MatchLevel; share: number; meant: number; headed: number } {
	const phrases = phrasings(query);
	const whole = [...phrases[0]!].length >= 2;
	const holdsPhrase = (text: string): boolean => whole && phrases.some((phrase) => text.includes(phrase));
	const headings = namingSections(page);
	const sections = headings.map((sub) => compact(sub.title));
	const title = compact(page.title);
	const wanted = comparedWords(words);
	/** How many of the words one of `texts` holds (each word in any of them, never across two). */
	const held = (...texts: string[]): number => wanted.filter((word) => texts.some((text) => holdsWord(text, word))).length;
	// An error page's example, as the claim simulator names it, counts with its title as one heading would (`put the domain
	// in the tenant id field`: `This doesn't look like a tenant ID`, whose example is `The domain typed into the tenant ID
	// field`), when it holds two words or more: one (`fehlt`, `missing`) says nothing of the reader's situation.
	// The example of a field left empty (`Several Dynamics 365 Sales subscriptions, none entered`) tells that situation: it
	// names the reader's only when they say something is missing (`missing`), not when they tell of a value refused
	// (`customer bought dynamics through their CSP and the subscription id gets rejected`: held-out probes 37 and 38).
	const example = missing || !REQUIRED_CODE.test(page.code ?? '') ? page.example : undefined;
	const described = example && held(example) >= 2 ? held(page.title, example) : 0;
	// A section's name the query mentions among more words counts as that section's heading would (`파트너 조치 필요 상태면
	// 며칠 안에 답변해야 하나요`: the claim status names the status section of the article; eighth held-out probe).
	const mentioned = Math.max(0, ...sectionNamesIn(page, query).map(({ name }) => held(name)));
	const most = Math.max(0, ...[page.title, ...headings.map((sub) => sub.title)].map((text) => held(text)), described, mentioned);
	const headed = wanted.length === 0 ? 0 : most / wanted.length;
	if (sections.some(holdsPhrase) || namedSections(page, query).length > 0) return { level: 0, share: 1, meant: 1, headed };
	if (holdsPhrase(title)) return { level: 1, share: 1, meant: 1, headed };
	// An error page's code names it as its title does, with it (`TENANT_ID_NOT_GUID` for `tenant id is not a valid GUID`,
	// `租户ID不是GUID`: the title holds 租户 and ID, the code GUID); so do an article's other names for its subject (`租用戶
	// ID 在哪裡找`: the article on finding the Directory ID is the one on finding the tenant ID).
	const named = Math.max(
		most,
		page.code ? held(page.title, page.code.replace(/_/g, ' ')) : 0,
		page.aliases ? held(page.title, page.aliases) : 0,
	);
	const titled: MatchLevel | undefined =
		wanted.length === 0 ? undefined : named === wanted.length ? 3 : wanted.length >= 3 && named === wanted.length - 1 ? 4 : undefined;
	if (page.text === undefined) return { level: titled ?? 5, share: 1, meant: 1, headed };
	const text = compactPage(page);
	const share = wanted.length === 0 ? 1 : held(`${page.title} ${page.text}`) / wanted.length;
	// What the reader meant: a word one typo away counts too (`holdsWord`), for the label and the note only; counted in the
	// level, it lost more queries than it won (held-out search tests B, C, D: a French `invalide` held as the English `invalid`).
	const meant =
		wanted.length === 0
			? 1
			: wanted.filter((word) => holdsWord(`${page.title} ${page.text}`, word, { typos: true })).length / wanted.length;
	if (holdsPhrase(text)) return { level: 2, share: 1, meant: 1, headed };
	if (titled !== undefined) return { level: titled, share, meant, headed };
	return { level: share === 1 ? 5 : 6, share, meant, headed };
}

export type MatchLevel = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/**
 * The part of `title` (as `compact` writes it) that the `words` (as `matchLevel` compares them: `compact`, `stem`)
 * cover, 0–1: `模擬 宣告` covers all of `宣告模擬器` (the claim simulator) and five of the nine characters of
 * `宣告生命週期模擬器` (the lifecycle simulator). Between two tools that hold a query equally well, the one whose title
 * says little else is the one named (`assemble`; fifth held-out probe, December 2026); so is it between two error pages
 * whose titles hold every word (`Select a solution area` before `Product not in the selected solution area`: eighth
 * held-out probe).
 */
export function titleCover(title: string, words: readonly string[]): number {
	if (title.length === 0) return 0;
	const covered = new Uint8Array(title.length);
	for (const word of words) {
		if (word.length === 0) continue;
		for (let at = title.indexOf(word); at >= 0; at = title.indexOf(word, at + 1)) covered.fill(1, at, at + word.length);
	}
	return covered.reduce((sum, one) => sum + one, 0) / title.length;
}

/** A Latin word of three letters or fewer (`my`, `un`, `id`), as `compact` writes it: found as a whole word only. */
/**
 * The sections whose headings say what the page is about: an error page's are the error template's (`What to do`, `Why
 * it happens`, `What the simulator assumes`, …), the same on every error page, so only its title and code name it
 * (held-out search test E, December 2026: `simulator` found every error page through `What the simulator assumes`
 * before the claim simulator).
 */
function namingSections(page: IndexPage): SubResult[] {
	return page.kind === 'error' ? [] : allSections(page);
}

/**
 * The heading ids of the page's sections the query names (`IndexPage.sectionAliases`: a claim status, for the status
 * section): the query holds one of the section's names, a name at least half as long as the query (`Action de
 * partenaire requise`, `파트너 조치 필요는 무슨 뜻인가요`), as `quotation` reads a portal message. With `among`, also a
 * name among more words of the reader's own (`審査中のまま進まない`, `subscription rejected`): that mentions the section,
 * which `promoteHeadingMatches` lists first among the page's sections, without naming the page for `matchLevel`. None
 * on an error page (`namingSections`).
 */
function namedSections(page: IndexPage, query: string, { among = false } = {}): string[] {
	const anchors = sectionNamesIn(page, query)
		.filter((named) => among || named.whole)
		.map((named) => named.anchor);
	return [...new Set(anchors)];
}

/**
 * The names of the page's sections (`IndexPage.sectionAliases`) that the query holds, of two characters at least, with
 * their sections' heading ids; `whole` when the name is at least half as long as the query (see `namedSections`).
 */
function sectionNamesIn(page: IndexPage, query: string): Array<{ anchor: string; name: string; whole: boolean }> {
	if (!page.sectionAliases || page.kind === 'error') return [];
	const phrases = phrasings(query);
	return Object.entries(page.sectionAliases).flatMap(([anchor, names]) =>
		names.flatMap((name) => {
			const text = compact(name);
			const held = phrases.filter((phrase) => text.length >= 2 && phrase.includes(text));
			return held.length === 0 ? [] : [{ anchor, name, whole: held.some((phrase) => text.length * 2 >= phrase.length) }];
		}),
	);
}

/** The sections Pagefind matched, then the page's other headings (`IndexPage.headings`), each anchor once. */
function allSections(page: IndexPage): SubResult[] {
	if (!page.headings) return page.subResults;
	const matched = new Set(page.subResults.map((sub) => sub.anchor));
	return [...page.subResults, ...page.headings.filter((heading) => !matched.has(heading.anchor))];
}

/** The section texts of each loaded page, made once: the results are assembled again as pages load. */
const SECTION_TEXTS = new WeakMap<IndexPage, Map<SubResult, string>>();

/**
 * Each section's text, as `compact` writes it: the page's text (`IndexPage.text`) from the section's heading to the
 * next one found in it (the sections the index matched and the page's other headings, `allSections`). A section
 * whose heading the text does not hold gets none; a page without `text`, none.
 */
function sectionTexts(page: IndexPage): Map<SubResult, string> {
	const known = SECTION_TEXTS.get(page);
	if (known) return known;
	const spans = new Map<SubResult, string>();
	SECTION_TEXTS.set(page, spans);
	if (page.text === undefined) return spans;
	const text = compact(page.text);
	const starts = allSections(page)
		.map((sub) => ({ sub, at: text.indexOf(compact(sub.title)) }))
		.filter(({ sub, at }) => at >= 0 && compact(sub.title).length > 0)
		.sort((a, b) => a.at - b.at);
	starts.forEach(({ sub, at }, i) => spans.set(sub, text.slice(at, starts[i + 1]?.at ?? text.length)));
	return spans;
}

/**
 * Whether the page holds every one of `wanted` (words as `matchLevel` compares them) in its title and one section
 * (`sectionTexts`): false for a long page that holds them only across its sections (the article that lists every
 * error, each word under another error's heading). A page without sections holds them in one if its text does.
 */
function holdsInOneSection(page: IndexPage, wanted: readonly string[]): boolean {
	const spans = [...sectionTexts(page).values()];
	if (spans.length === 0) return true;
	const title = compact(page.title);
	// A short Latin word (`id`) is found only as a word of its own, which a compacted section no longer tells: anywhere in the page.
	const anywhere = wanted.filter((word) => SHORT_LATIN_WORD.test(word) && holdsWord(`${page.title} ${page.text ?? ''}`, word));
	return spans.some((span) => wanted.every((word) => anywhere.includes(word) || holdsWord(title, word) || holdsWord(span, word)));
}

/**
 * The loaded pages that hold every word of the query only across their sections (`holdsInOneSection`) while another
 * page lacks few of them (`lacksFewWords`) but has a title or heading that holds more of them than any of theirs
 * (`matchLevel`'s `headed`): each ranks as a page holding some of the words (level 6), below that page. `ドメインとテナント
 * IDが別の会社のものになってる` found the article that lists every error first, for words under four of its headings;
 * the domain–tenant mismatch page, whose title holds three of the five words, second (eighth held-out probe, December
 * 2026). A tool the query does not ask for ranks so though one of its sections holds every word (`unaskedTool`).
 */
export function scatteredMatches<
	T extends {
		page: IndexPage;
		level: MatchLevel;
		share: number;
		headed: number;
		candidate: { words: readonly string[]; tool?: boolean };
	},
>(judged: readonly T[]): Set<T> {
	const nearly = judged.filter(lacksFewWords);
	const focused = Math.max(-1, ...nearly.map((entry) => entry.headed));
	return new Set(
		judged.filter(
			(entry) =>
				entry.level === 5 &&
				entry.headed < focused &&
				(unaskedTool(entry) || !holdsInOneSection(entry.page, comparedWords(entry.candidate.words))),
		),
	);
}

/**
 * Whether a page is a tool the query does not ask for (`Candidate.tool`): its long page (every status, step, field and
 * deadline of a claim) holds a question's words by accident, even in one section. `Wie lange hat der Kunde Zeit, der
 * Zuordnung zu widersprechen?` held all five words in the lifecycle simulator's documented facts; the article that
 * states the deadline lacks one (held-out probe 28, December 2026).
 */
function unaskedTool(entry: { page: { kind?: string }; candidate: { tool?: boolean } }): boolean {
	return entry.page.kind === 'tool' && !entry.candidate.tool;
}

/**
 * Whether a page judged to hold only some words (level 6) lacks at most one word in three (one at least) of three or
 * more: a reader's long account of what happened holds words no page holds (`seit Tagen`, `先週契約したばかり`).
 */
function lacksFewWords({
	level,
	share,
	candidate,
}: {
	level: MatchLevel;
	share: number;
	candidate: { words: readonly string[] };
}): boolean {
	const count = candidate.words.length;
	return level === 6 && count >= 3 && Math.round(share * count) >= count - Math.max(1, Math.floor(count / 3));
}

/**
 * The fewest words of a reader's account of what happened (`Dynamics 365 のサブスクリプション ID を入れたら … どうすればいいですか`),
 * rather than a question: see `isNarrative`.
 */
const NARRATIVE_WORDS = 6;

/**
 * Whether the query tells what happened rather than asks a question, though it ends with one (`… 先に進めません。どうすれば
 * いいですか`): it has six words or more and the page holds only some of them (level 6). The article then does not come
 * before an error page for the question word (`roleFor`): the error page whose title holds more of the account is the
 * answer (held-out probes 8, 10, 11 and 12, December 2026; from four words, it lost recall and probe queries).
 */
function isNarrative(words: readonly string[], level: MatchLevel): boolean {
	return level === 6 && words.length >= NARRATIVE_WORDS;
}

/**
 * Whether a page judged to hold only some words (level 6) lacks at most one of four or more. Of three (`狀態一直顯示審核中`),
 * a page lacking one lacks too much to outweigh a page holding all (recall set, December 2026).
 */
function lacksOneWord({ level, share, candidate }: { level: MatchLevel; share: number; candidate: { words: readonly string[] } }): boolean {
	const count = candidate.words.length;
	return level === 6 && count >= 4 && Math.round(share * count) >= count - 1;
}

/**
 * The loaded pages that hold every word of the query (level 5) while a page found by the same query (`searched`) lacks
 * one word of four or more (`lacksOneWord`) but has a title that holds a word no other title holds (`unique`) and names more of the
 * query (`weight`, `titleWeight`): each ranks as a page holding some of the words (level 6), with that page. `客户的
 * Dynamics 订阅已经过期没续费，认领时订阅报错` holds all six words on the not-provisioned page, whose title holds 客户 and
 * 订阅 (seven titles hold each); the not-active page lacks `dynamics`, but only its title holds 有效 (ninth held-out
 * probe, December 2026). Returns each such page with its new share of the query: that of the page of its kind that
 * outweighs it (two error pages), so the title decides between them; ranked by its own share (all of the words), it came
 * back first among the pages holding some (`客户的订阅已经过期了，还能认领吗`, held-out probe 13, December 2026). A page of
 * another kind keeps its own share: an article holding every word of a question still answers it (`提出したあとで製品を
 * 追加したい、編集できる？`).
 */
export function outweighedMatches<
	T extends {
		level: MatchLevel;
		share: number;
		weight: number;
		unique: boolean;
		page: { kind?: string };
		candidate: { words: readonly string[]; searched: string };
	},
>(judged: readonly T[]): Map<T, number> {
	const naming = judged.filter((entry) => entry.unique && lacksOneWord(entry));
	const outweighed = new Map<T, number>();
	for (const entry of judged) {
		if (entry.level !== 5) continue;
		const heavier = naming.filter((other) => other.candidate.searched === entry.candidate.searched && other.weight > entry.weight);
		if (heavier.length === 0) continue;
		const sibling = heavier.filter((other) => other.page.kind === entry.page.kind);
		outweighed.set(entry, sibling.length > 0 ? Math.max(...sibling.map((other) => other.share)) : entry.share);
	}
	return outweighed;
}

/**
 * Puts first the sections whose heading holds the whole query, then those whose heading holds every word of it (a
 * reader typing a heading wants that section, even on a long page that Pagefind ranks lower for its length), then
 * those the query names (`namedSections`: a claim status names the status section), then those whose names it mentions
 * among more words (`審査中のまま進まない`), then those whose text quotes the whole query (a pasted portal message, in the
 * section that lists it, rather than a section that repeats its common words more often), then those whose text holds
 * the most of its words, two at least (any heading of the page, listed by the index or not). Returns whether
 * the page's title or a section's heading holds the whole query, or the query names a section.
 */
export function promoteHeadingMatches(page: IndexPage, query: string, words: readonly string[] = []): boolean {
	const wanted = phrasings(query);
	if ([...wanted[0]!].length < 2) return false;
	const holds = (title: string): boolean => wanted.some((phrase) => compact(title).includes(phrase));
	const stems = comparedWords(words);
	const holdsWords = (title: string): boolean => stems.length > 0 && stems.every((word) => holdsWord(title, word));
	const headings = allSections(page);
	const sections = headings.filter((sub) => holds(sub.title));
	const byHeading = headings.filter((sub) => !sections.includes(sub) && holdsWords(sub.title));
	// Then the sections the query names, then those it mentions among more words (`namedSections`).
	const named = namedSections(page, query);
	const byName = [...named, ...namedSections(page, query, { among: true })]
		.map((anchor) => headings.find((sub) => sub.anchor === anchor))
		.filter((sub): sub is SubResult => sub !== undefined && !sections.includes(sub) && !byHeading.includes(sub));
	const worded = [...new Set([...byHeading, ...byName])];
	const spans = sectionTexts(page);
	const quoting = page.subResults.filter((sub) => !sections.includes(sub) && !worded.includes(sub) && holds(spans.get(sub) ?? ''));
	// Then the sections whose text holds the most of the query's words, two at least, a word of the heading counting twice
	// (a question answered in one section of a long page: `how many days does the customer have to opt out?`, held-out
	// search test G; `can I edit a claim after I submitted it?` is the section headed Edit, test H).
	const counted = headings
		.filter((sub) => !sections.includes(sub) && !worded.includes(sub) && !quoting.includes(sub))
		.map((sub) => {
			const inText = stems.filter((word) => holdsWord(spans.get(sub) ?? '', word));
			const inHeading = stems.filter((word) => holdsWord(sub.title, word));
			return { sub, held: new Set([...inText, ...inHeading]).size, count: inText.length + inHeading.length };
		})
		.filter(({ held }) => held >= 2)
		.sort((a, b) => b.count - a.count)
		.map(({ sub }) => sub);
	const first = [...sections, ...worded, ...quoting, ...counted].map(
		(sub) => page.subResults.find((matched) => matched.anchor === sub.anchor) ?? sub,
	);
	if (first.length > 0) page.subResults = [...first, ...page.subResults.filter((sub) => !first.includes(sub))];
	return sections.length > 0 || named.length > 0 || holds(page.title);
}

/**
 * Searches the reader's locale, then (when `crossLanguage` is on, or `auto` and the reader's locale
 * finds nothing or the query is plainly in another language) the other locales, and merges (see
 * `assemble`). The same page in several languages is listed once, in the reader's language when
 * their index found it.
 */
export async function searchSite(request: SearchRequest): Promise<SearchOutcome> {
	const query = normalizeQuery(request.query);
	const limit = request.limit ?? DEFAULT_LIMIT;
	if (!query) return { query, results: [], crossLanguage: false, stage: 'none', complete: true, total: 0, confidence: 'weak' };
	const pageLang = request.current.lang;
	const written = guessCjkLanguage(query);
	// The reader's own index: its first `limit` pages (those `loadPages` loads first, the exact matches shown first).
	const ownAnswers = await ladder(query, request.current, pageLang, request.kind, limit);
	const own = ownAnswers[0]!;
	// Plainly written in another language: Japanese or Chinese on another language's page, or Latin
	// text with no exact match on a page whose language isn't written in Latin letters (its index knows the
	// article's English originals, not the English of the site's own pages), or Latin text holding the function words of
	// another Latin-script language (`otherLatinLanguage`: an English portal message on a German or Chinese page, which
	// the English index holds as an error page's title). Not German on a German page: an off-topic German question
	// brought French pages (break-k D1).
	const foreign =
		(written !== undefined && written !== primaryTag(pageLang)) ||
		(!hasCjk(query) && !HANGUL.test(query) && !writtenInLatin(pageLang) && own.outcome.stage !== 'exact') ||
		(!hasCjk(query) && !HANGUL.test(query) && (await otherLatinLanguage(query, pageLang)) !== undefined);
	const crossLanguage = request.crossLanguage === true || (request.crossLanguage === 'auto' && (own.outcome.stage === 'none' || foreign));
	const outcomes: Array<{ lang: string; current: boolean; found: Searched }> = ownAnswers.map((found) => ({
		lang: pageLang,
		current: true,
		found,
	}));
	const searched: LocaleIndex[] = [request.current];
	if (crossLanguage) {
		const others = await request.others();
		searched.push(...others);
		const found = await Promise.all(others.map((index) => ladder(query, index, pageLang, request.kind, limit)));
		others.forEach((index, i) => found[i]!.forEach((answer) => outcomes.push({ lang: index.lang, current: false, found: answer })));
	}
	// Each searched index's headings file (downloaded while the index loaded); a candidate of an index without one has no preview.
	const headings = new Map(await Promise.all(searched.map(async (index) => [index.lang, await arrived(index.headings?.())] as const)));
	const named = (candidate: Candidate): boolean => namedByPreview(headings.get(candidate.lang), candidate);
	const candidates = rankCandidates(outcomes, written, limit, named).map((candidate) => {
		const preview = headings.get(candidate.lang)?.pages[candidate.hit.id];
		return preview ? { ...candidate, preview, named: named(candidate) } : candidate;
	});
	const total = Math.max(0, ...outcomes.map(({ found }) => found.outcome.hits.length + found.outcome.more.length));
	const loaded: Loaded[] = [];
	// The pages shown with the exact matches stay listed when the rest arrives (`keepShown`).
	let shown: readonly string[] = [];
	const outcome = (complete: boolean): SearchOutcome => {
		const all = assemble(loaded, headings);
		const results = keepShown(all, limit, shown);
		if (!complete) shown = results.map((result) => result.key);
		return {
			query,
			results,
			crossLanguage,
			stage: own.outcome.stage,
			complete,
			total: Math.max(total, results.length),
			confidence: confidenceOf(all),
		};
	};
	await loadPages(candidates, loaded, {
		limit,
		// Two spare loads per batch only when several languages can yield the same page twice.
		batchSize: Math.max(crossLanguage ? limit + 2 : limit, HEADING_POOL),
		...(request.onExactMatches ? { onExact: () => request.onExactMatches!(outcome(false)) } : {}),
	});
	return outcome(true);
}

/**
 * Whether a title holds a word (as `comparedWords` writes it) for `titleFrequency`: a Latin word only at the start of one
 * of the title's words (`claim` in `claimed`, not `frist` in `Kulanzfrist`: a German compound's last part names another
 * thing, and `Frist Einspruch abgelehnter Claim` found the not-active page first), other words anywhere (`holdsWord`).
 */
function titleHolds(title: string, word: string): boolean {
	if (!LATIN.test(word)) return holdsWord(title, word);
	for (const known of latinWords(title)) if (known.startsWith(word)) return true;
	return false;
}

/** How many of a headings file's titles hold a word (as `matchLevel` compares it), by word, made once per file. */
const TITLE_FREQUENCIES = new WeakMap<HeadingsFile, Map<string, number>>();

/**
 * How many titles of an index (its headings file: every page's title) hold `word` (written as `comparedWords` writes
 * it): 1 for `有效`, which only the not-active error page's title holds among the 40 Simplified Chinese pages, 7 for `订阅`.
 */
function titleFrequency(file: HeadingsFile, word: string): number {
	let known = TITLE_FREQUENCIES.get(file);
	if (!known) TITLE_FREQUENCIES.set(file, (known = new Map()));
	let count = known.get(word);
	if (count === undefined) {
		count = Object.values(file.pages).filter((page) => titleHolds(page.title, word)).length;
		known.set(word, count);
	}
	return count;
}

/**
 * How much of the query a title names, each word it holds weighing 1 over the number of the index's titles that hold
 * it (`titleFrequency`): a word on one title names that page, a word on seven titles hardly any. 0 without the index's
 * headings file.
 */
export function titleWeight(file: HeadingsFile | undefined, title: string, words: readonly string[]): number {
	if (!file) return 0;
	return comparedWords(words)
		.filter((word) => titleHolds(title, word))
		.reduce((sum, word) => sum + 1 / Math.max(1, titleFrequency(file, word)), 0);
}

/** Whether `title` holds a word of the query that no other title of its index holds (`titleFrequency` 1). */
export function uniqueTitleWord(file: HeadingsFile | undefined, title: string, words: readonly string[]): boolean {
	if (!file) return false;
	return comparedWords(words).some((word) => titleHolds(title, word) && titleFrequency(file, word) === 1);
}

/**
 * Whether the headings file names a candidate's page for its query, however low Pagefind ranks it: its title holds a
 * word no other title holds (`uniqueTitleWord`: 有效 names the not-active page among pages that hold the query's common
 * words), or it is an article whose title and other names hold the query (`matchLevel` of its preview, levels 0–4:
 * `租户ID在哪`, the article on finding the Directory ID, whose text never writes 租户; eleventh held-out probe, December
 * 2026). Error pages are left to their rank: an error title holding a few words of a rewritten query is common.
 */
function namedByPreview(file: HeadingsFile | undefined, candidate: Candidate): boolean {
	const preview = file?.pages[candidate.hit.id];
	if (!preview) return false;
	if (uniqueTitleWord(file, preview.title, candidate.words)) return true;
	return preview.kind === 'guide' && matchLevel(previewPage(preview, candidate.lang), candidate.searched, candidate.words).level < 5;
}

/**
 * `file` if it has arrived (within a turn of the event loop), else undefined: a headings file still downloading when the
 * candidates are ranked (a slow or hung request) is not waited for; that search loads its candidates' pages instead.
 */
function arrived(file: Promise<HeadingsFile | undefined> | undefined): Promise<HeadingsFile | undefined> {
	if (!file) return Promise.resolve(undefined);
	return Promise.race([file, new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), 0))]);
}

/**
 * The first `limit` of `all`, but with every page of `shown` (keys of pages the reader already sees) kept in the
 * list: a page shown is never replaced by one that arrives later; the later pages it displaces are those ranked last.
 * Unless the pages shown fill the list: then there is no room for a later page that holds the query better, and the
 * list is the first `limit` of `all` (held-out search test H: `compteing claim another partner` showed 8 pages found
 * through Pagefind's fallback for the typo, and kept them over the error page whose title holds the other words).
 */
export function keepShown(all: readonly SearchResult[], limit: number, shown: readonly string[]): SearchResult[] {
	const top = all.slice(0, limit);
	if (shown.length >= limit) return top;
	const missing = all.slice(limit).filter((result) => shown.includes(result.key));
	if (missing.length === 0) return top;
	const dropped = new Set(
		top
			.filter((result) => !shown.includes(result.key))
			.slice(-missing.length)
			.map((result) => result.key),
	);
	return all.filter((result) => (top.includes(result) && !dropped.has(result.key)) || missing.includes(result));
}

/**
 * The candidates of every searched index, in load order: exact matches, partial ones, then pages
 * matching some words; in each, first the language the query is written in, then the reader's, then
 * the others by the share of the query's words their index knows; then Pagefind's order. Pages matching some words are
 * cut at the pool (`HEADING_POOL`, or twice `limit`), but for those the headings file names (`named`, `namedByPreview`).
 */
function rankCandidates(
	outcomes: ReadonlyArray<{ lang: string; current: boolean; found: Searched }>,
	written: string | undefined,
	limit: number,
	named: (candidate: Candidate) => boolean,
): Candidate[] {
	const pool = Math.max(limit * 2, HEADING_POOL);
	const languageRank = (lang: string, current: boolean, outcome: LadderOutcome<IndexHit>): number => {
		if (written !== undefined && primaryTag(lang) === written) return 0;
		if (current) return 1;
		const words = outcome.unmatched.length + 1;
		return 2 + outcome.unmatched.length / words;
	};
	const candidates: Candidate[] = outcomes.flatMap(({ lang, current, found }) => {
		const { outcome, searched, weighed: words } = found;
		const partial = isPartial(outcome.stage);
		const hits = outcome.hits.slice(0, pool);
		const language = languageRank(lang, current, outcome);
		const base = {
			lang,
			current,
			searched,
			words,
			question: found.question,
			when: found.when,
			tool: found.tool,
			choice: found.choice,
			purposes: found.purposes,
			list: found.list,
			missing: found.missing,
			emptied: found.emptied,
			field: found.field,
			fieldOf: found.fieldOf,
			mistyped: found.mistyped,
			...(found.recalled ? { recalled: found.recalled, reportedRecall: found.reportedRecall } : {}),
		};
		return [
			...hits.map((hit, position): Candidate => ({ ...base, hit, partial, rank: [hitRank(outcome.stage), language, position] })),
			...found.guides.map((hit, position): Candidate => ({ ...base, hit, partial, rank: [0, language, position] })),
			...found.looseGuides.map((hit, position): Candidate => ({ ...base, hit, partial: true, rank: [1, language, position] })),
			...found.tools.map((hit, position): Candidate => ({ ...base, hit, partial, rank: [partial ? 1 : 0, language, position] })),
			...found.references.map((hit, position): Candidate => ({ ...base, hit, partial, rank: [0, language, position] })),
			// Ahead of the index's hits, so that the first batch loads them: nothing else would (`firstBatch`).
			...found.quoted.map((hit, position): Candidate => ({
				...base,
				hit,
				partial: true,
				rank: [0, language, position - found.quoted.length],
			})),
			// Past the pool, the pages the headings file names (`namedByPreview`): they may lack the common words that brought
			// the others (`客户的 Dynamics 订阅已经过期没续费`: only the not-active page's title holds 有效).
			...outcome.more
				.map((hit, position): Candidate => ({ ...base, hit, partial: true, rank: [2, language, position] }))
				.filter((candidate) => candidate.rank[2] < pool - hits.length || named(candidate)),
		];
	});
	return candidates.sort((a, b) => a.rank[0] - b.rank[0] || a.rank[1] - b.rank[1] || a.rank[2] - b.rank[2]);
}

/**
 * The first part of a ladder hit's load rank (`rankCandidates`): 0 for an exact match, 1 for a partial one, 2 for a page of
 * the `merged` step, which holds any of the words as the pages past another step's hits do (`more`, also 2). A query
 * answered twice, as typed and rewritten (`租戶 ID 格式不對` and `租用戶 識別碼 格式不對`), loaded every page holding
 * any typed word before the rewritten query's pages that hold more of it (held-out probe 37, December 2026).
 */
function hitRank(stage: Stage): number {
	if (stage === 'merged') return 2;
	return isPartial(stage) ? 1 : 0;
}

/**
 * Loads the candidates' pages (one fragment fetch each) in rank order: the whole first batch, then a batch at a time
 * until there are `limit` distinct pages (the same page in several languages takes one place). When partial matches
 * would be loaded with the exact ones, the exact matches are loaded first, on their own, and `onExact`
 * is called: their pages began loading during the ladder, the partial matches' pages only now.
 */
async function loadPages(
	candidates: readonly Candidate[],
	loaded: Loaded[],
	options: { limit: number; batchSize: number; onExact?: () => void },
): Promise<void> {
	const keys = new Set<string>();
	const load = async (batch: Candidate[]): Promise<void> => {
		for (const entry of await Promise.all(batch.map(async (candidate) => ({ candidate, page: await candidate.hit.load() })))) {
			loaded.push(entry);
			keys.add(pathWithoutLocale(entry.page.url));
		}
	};
	const { limit, batchSize } = options;
	// The first batch, in rank order, with the later candidates the headings file names (`named`), then the candidates it
	// left out and the others, in rank order.
	const first = [
		...firstBatch(candidates.slice(0, batchSize), limit),
		...candidates.slice(batchSize).filter((candidate) => candidate.named),
	];
	const queue = [...first, ...candidates.filter((candidate) => !first.includes(candidate))];
	let next = 0;
	const exact = first.filter((candidate) => candidate.rank[0] === 0);
	if (options.onExact && exact.length > 0 && exact.length < first.length) {
		await load(exact);
		next = exact.length;
		options.onExact();
	}
	// The rest of the first batch (whatever the exact matches held: held-out search test H, a partial match the early
	// list lacked was never loaded), then whole batches.
	for (let end = first.length; next < queue.length && (next < first.length || keys.size < limit); end = next + batchSize) {
		const batch = queue.slice(next, end);
		next += batch.length;
		await load(batch);
	}
}

/**
 * The candidates of the first batch (`pool`: the first `HEADING_POOL` or more, in rank order) worth a fragment's
 * download: the first `limit` pages (by hit: the same page in two languages counts twice), any candidate without a
 * preview (its index has no headings file), and those further down whose title or headings (`preview`) hold the query
 * or every word of it, or whose portal message it quotes (`previewRaises`): only those can pass the first ones on
 * what is not in their text. The others are loaded in later batches only if the first does not fill the list.
 */
function firstBatch(pool: readonly Candidate[], limit: number): Candidate[] {
	const hits = new Set<string>();
	return pool.filter((candidate) => {
		const id = `${candidate.lang}\u0000${candidate.hit.id}`;
		if (!candidate.preview || hits.has(id) || hits.size < limit || previewRaises(candidate, candidate.preview)) {
			hits.add(id);
			return true;
		}
		return false;
	});
}

/**
 * Whether a page's title and headings alone (`matchLevel` of the page without its text) hold the query or every word of
 * it (levels 0, 1, 3, 4), or its portal message is quoted (`quotation`), or it is a tool and the query asks for one
 * (`roleFor`), or the error reference and the query asks for the list of errors (`listsErrors`): what lifts a page
 * Pagefind ranks low.
 */
export function previewRaises(
	candidate: { searched: string; words: readonly string[]; lang: string; tool?: boolean; list?: boolean },
	preview: PageHeadings,
): boolean {
	const page = previewPage(preview, candidate.lang);
	const { level, headed } = matchLevel(page, candidate.searched, candidate.words);
	return (
		level < 5 ||
		headed >= 0.5 ||
		quotation(page, candidate.searched) !== undefined ||
		namesCode(page, candidate.words) ||
		(candidate.tool === true && page.kind === 'tool') ||
		listsErrors(page, candidate)
	);
}

/**
 * The page with, when it is an error page, its title among its portal messages (`quotation`): an error page is named
 * by its message, so a query that quotes its title whole quotes it as it would a message.
 */
function withTitleMessage(page: IndexPage): IndexPage {
	return page.kind === 'error' ? { ...page, messages: [...(page.messages ?? []), page.title] } : page;
}

/** A page as its headings file describes it, without its text (`matchLevel` then judges its title and headings alone). */
function previewPage(preview: PageHeadings, lang: string): IndexPage {
	const sectionAliases = parseSectionAliases(preview.sectionAliases);
	return {
		url: '',
		title: preview.title,
		excerpt: '',
		lang,
		...(preview.kind ? { kind: preview.kind } : {}),
		...(preview.code ? { code: preview.code } : {}),
		...(preview.messages ? { messages: preview.messages } : {}),
		...(preview.aliases ? { aliases: preview.aliases } : {}),
		...(preview.example ? { example: preview.example } : {}),
		...(sectionAliases ? { sectionAliases } : {}),
		subResults: [],
		headings: (preview.headings ?? []).map((title) => ({ url: '', title, excerpt: '', anchor: title, score: 0 })),
	};
}

interface Loaded {
	candidate: Candidate;
	page: IndexPage;
}

/** `strong` when a result holds every word; `partial` when the best holds half of them; otherwise `weak`. */
function confidenceOf(results: readonly SearchResult[]): Confidence {
	if (results.some((result) => !result.partial)) return 'strong';
	return results.some((result) => result.share >= 0.5) ? 'partial' : 'weak';
}

/**
 * Whether a page found for a query of Latin words holds the start (four letters, compared as `compact` does) of at
 * least one of them. Pagefind matches a word it does not hold through the longest indexed word that begins it, so
 * `zzqxjv` finds the German pages through the `z` of `z. B.`: such a page holds nothing of the query and is no result.
 * Queries with other scripts (where that fallback is how `訂閱` finds `訂`), no words, or a page without its text: kept.
 */
export function holdsLatinStart(page: IndexPage, query: string, words: readonly string[]): boolean {
	if (page.text === undefined || words.length === 0 || hasCjk(query) || HANGUL.test(query)) return true;
	const text = compactPage(page);
	return words.some((word) => text.includes([...compact(word)].slice(0, 4).join('')));
}

/**
 * How the query quotes one of the page's portal messages (as the portal writes it, in any of the page's languages):
 * `whole` when it holds a message, with fewer words of the reader's own around it than the message has (`The
 * subscription provided is for CSP so it can't be claimed`); `within` when it holds one among more words of its own
 * (`如何查看已声明订阅的状态`, a question that names the five characters of 已声明订阅); `part` when it is at least half of
 * one; undefined when it quotes none.
 */
function quotation(page: IndexPage, query: string): 'whole' | 'within' | 'part' | undefined {
	const phrases = phrasings(query);
	const texts = (page.messages ?? []).map(compact).filter((text) => text.length >= 2);
	const within = phrases.flatMap((phrase) => texts.filter((text) => phrase.includes(text)).map((text) => text.length * 2 > phrase.length));
	if (within.length > 0) return within.includes(true) ? 'whole' : 'within';
	return texts.some((text) => phrases.some((phrase) => text.includes(phrase) && phrase.length * 2 >= text.length)) ? 'part' : undefined;
}

/**
 * Whether the query holds the whole title, of four characters or more, of an article or a tool among words of its own
 * (`宣告模擬器 沙箱 試填`: the claim simulator; fourth held-out probe, December 2026). Not an error page's: its title is
 * its message, and a short one named inside a question is no paste of it (`quotation`).
 */
function namesTitle(page: IndexPage, query: string): boolean {
	const title = compact(page.title);
	return page.kind !== 'error' && [...title].length >= 4 && phrasings(query).some((phrase) => phrase.includes(title));
}

/**
 * Whether one of the query's words is the error page's code, in any case (`Got error SUBSCRIPTION_NOT_PROVISIONED when
 * submitting the claim`, `出現 SUBSCRIPTION_IS_CSP 錯誤怎麼辦`): the code names that page and no other, however many of
 * the reader's own words surround it (held-out search test I, December 2026: with one word the page lacked around the
 * code, articles whose titles held those words came first).
 */
function namesCode(page: IndexPage, words: readonly string[]): boolean {
	const code = page.code?.toUpperCase();
	return code !== undefined && words.some((word) => isErrorCode(word) && word.toUpperCase() === code);
}

/**
 * Whether the page is the error reference (`kind: reference`) and the query asks for the list of errors (`Searched`'s
 * `list`: a list word and an error word, `listWordsFor`): the reference lists every error, whatever else the query says
 * (`list of all claim error messages`, `所有錯誤訊息列表`, `Übersicht aller Fehlermeldungen`: its title and lead hold few
 * of their words; tenth held-out probe, December 2026). It holds the query as an exact phrase would (`assemble`).
 */
function listsErrors(page: { kind?: string }, asks: { list?: boolean }): boolean {
	return page.kind === 'reference' && asks.list === true;
}

/**
 * The level (`matchLevel`) of `page` for a query that names it, and whether it comes first among the pages that hold the
 * query as well (`foremost`, role 0 of `roleFor`). A query that holds an error page's whole portal message, with words
 * of the reader's own around it (`The subscription provided is for CSP so it can't be claimed`), its code
 * (`namesCode`), or a tool's or an article's whole title (`namesTitle`), or asks for the list of errors on the error
 * reference (`listsErrors`), holds the page as an exact phrase would (2 at most). One that names a field it says is
 * empty (`namesEmptyField`) names that field's error page before any page holding its words as a phrase (0, foremost):
 * `アクティビティを選んでいない` and the article's heading `どのアクティビティを選択しますか` (probe 35's sibling
 * queries, December 2026). A recalled message (`recalledMessage`, foremost) names its page less surely: 4 at most,
 * after a page whose title or one heading holds every word (`ou trouver le nom de domaine du client` and the article's
 * title); `recalled` says it was recalled from the whole query, not reported (`unrecall`). Otherwise `level`, the
 * page's own.
 */
function namedLevel(
	page: IndexPage,
	candidate: Candidate,
	level: MatchLevel,
): { level: MatchLevel; foremost: boolean; recalled?: boolean } {
	if (namesEmptyField(page, candidate)) return { level: 0, foremost: true };
	const named =
		quotation(withTitleMessage(page), candidate.searched) === 'whole' ||
		namesCode(page, candidate.words) ||
		namesTitle(page, candidate.searched) ||
		listsErrors(page, candidate);
	if (named) return { level: Math.min(level, 2) as MatchLevel, foremost: false };
	if (candidate.recalled !== candidate.hit.id) return { level, foremost: false };
	return { level: Math.min(level, 4) as MatchLevel, foremost: true, recalled: !candidate.reportedRecall };
}

/**
 * Whether the query names a field left empty and nothing else (`Ausführungsnachweis fehlt`, `MandantenID fehlt`,
 * `preuve d'exécution manquante`): it says a field is missing (`missingWords`), `page` is a required field's error page
 * (`REQUIRED_CODE`), and its title, example or code holds each of the query's other weighed words (`emptied`). Such a
 * query names the page as its message would, though the manage-associations article quotes it whole (the reviewer's
 * reason `Ausführungsnachweis fehlt`, MCA): held-out probes 22, 24, 26 and 27 (December 2026) each wanted the page.
 */
function namesEmptyField(page: IndexPage, candidate: Pick<Candidate, 'missing' | 'emptied'>): boolean {
	if (!candidate.missing || candidate.emptied.length === 0 || page.kind !== 'error' || !REQUIRED_CODE.test(page.code ?? '')) return false;
	const names = [page.title, page.example ?? '', (page.code ?? '').replace(/_/g, ' ')].join(' ');
	return comparedWords(candidate.emptied).every((word) => holdsWord(names, word));
}

/**
 * What a page is for the query, among pages that hold it equally well (`assemble`), first to last: 0 the error page
 * whose portal message the query quotes (a pasted message, or at least half of one: the page explains that error) or
 * whose code it names (`namesCode`), or the error reference when the query asks for the list (`listsErrors`), 0.5 a
 * tool when the query asks for one (`toolWordsFor`: `simulate a claim`, `Frist berechnen`), 1 an article or another
 * error page (1.5 for an error page when the query is a question, `questionWordsFor`: the article explains how, where
 * and which, an error page one message, why it appears and what it means), 2 a page that restates the articles: a tool otherwise, which simulates their statuses and deadlines (`Wird überprüft`, `cinq jours ouvrés` are
 * answered by the article that states them), the home and sources pages, which list them (pages without a `kind`).
 */
function roleFor(
	page: IndexPage,
	query: string,
	words: readonly string[],
	asks: { question: boolean; tool: boolean; list: boolean },
): number {
	if (quotation(page, query) || namesCode(page, words) || listsErrors(page, asks)) return 0;
	if (page.kind === 'tool' && asks.tool) return 0.5;
	if (page.kind === 'error') return asks.question ? 1.5 : 1;
	return page.kind === 'guide' ? 1 : 2;
}

/**
 * How surely `page` is the error page of the field a reader says they typed into (`fieldNamed`): 2 when its example in
 * the claim simulator names that field so too (`The domain typed into the tenant ID field`, for `I put
 * contoso.onmicrosoft.com in the tenant ID box`: the domain–tenant mismatch page's title names the tenant ID as well); 1
 * when its title, the portal's message, holds every word naming it (`The identifier provided isn't a subscription ID` for
 * `… into the subscription ID box`), or (`nearest`) the word nearest the field word (`Abonnement-ID` of `im Feld
 * Abonnement-ID die Mandanten-ID eingegeben`, where no title holds both); else 0.
 */
function namesField(page: IndexPage, candidate: Pick<Candidate, 'field' | 'fieldOf'>, nearest = false): number {
	const words = comparedWords(nearest ? candidate.field.slice(0, 1) : candidate.field);
	if (page.kind !== 'error' || words.length === 0) return 0;
	const example = new Set(comparedWords(page.example ? candidate.fieldOf(page.example) : []));
	if (words.every((word) => example.has(word))) return 2;
	return words.every((word) => titleHolds(page.title, word)) ? 1 : 0;
}

/** The code of an error page for a field left empty (`src/claim/errors.ts`: `SUBSCRIPTION_ID_REQUIRED`). */
const REQUIRED_CODE = /_REQUIRED$/;

/**
 * 1 when the query says a field was left empty (`missingWordsFor`: `ID d'abonnement manquant`, `PoE missing`) and
 * `page` is the error page of a field left empty (`REQUIRED_CODE`), else 0: of two pages that hold the query alike, the
 * subscription ID's required page before its invalid one (held-out probes 18 and 19, December 2026), the PoE's
 * required page before the article that says where to upload it (`PoEをアップロードしていないので送信できない`; sibling
 * queries of held-out probe 36).
 */
function leftEmpty(page: IndexPage, candidate: Pick<Candidate, 'missing'>): number {
	return candidate.missing && page.kind === 'error' && REQUIRED_CODE.test(page.code ?? '') ? 1 : 0;
}

/**
 * How many of the query's words say what `page`, a tool, is for (`toolPurposes` of its locale's variant data): `test`,
 * `before` and `submit` for the claim simulator, `deadline` for the lifecycle simulator, `MPN` for the MPN helper; 0 for
 * a page that is no tool and for a query that asks for none. A query word in another script than Latin that begins with
 * a purpose word counts too: Korean writes its suffixes onto the word (`마감일`, `상태별` for `마감`, `상태`; held-out
 * probe 20, December 2026). Picking which one is what a helper is for: a query that asks which (`choice`) counts one
 * more for each helper (`我们公司有好几个MPN，不知道该用哪个提交声明`: `MPN` for the MPN helper, `提交` for the claim
 * simulator; held-out probe 38). Compared between tools only (`assemble`).
 */
function purposeHeld(page: IndexPage, candidate: Pick<Candidate, 'tool' | 'choice' | 'purposes' | 'words'>): number {
	const path = pathWithoutLocale(page.url);
	const purpose = page.kind === 'tool' && candidate.tool ? candidate.purposes.get(path) : undefined;
	if (purpose === undefined) return 0;
	const held = comparedWords(candidate.words).filter((word) => holdsPurposeWord(purpose, word)).length;
	return held + (candidate.choice && isHelper(path) ? 1 : 0);
}

/**
 * A message recalled from the whole query (`recalledMessage`), not one it reports, names its page less surely than the
 * query's words do: a recalled page that holds fewer of them (`share`) than another error page is judged as its words
 * judge it (`unrecalled`). The Korean `테넌트아이디 형식이 아님` (the tenant ID is not in the right format) recalled the
 * required tenant ID's example `테넌트 ID 없음`, while the format error's page holds `형식` too (held-out probe 37,
 * December 2026).
 */
function unrecall(
	judged: ReadonlyArray<{
		page: IndexPage;
		share: number;
		level: MatchLevel;
		role: number;
		unrecalled: { level: MatchLevel; role: number } | undefined;
	}>,
): void {
	const most = Math.max(0, ...judged.filter((entry) => entry.page.kind === 'error' && !entry.unrecalled).map((entry) => entry.share));
	for (const entry of judged) if (entry.unrecalled && entry.share < most) Object.assign(entry, entry.unrecalled);
}

/**
 * 1 when `a` and `b` are error pages holding only some of the query's words (level 6) and `a` holds more of them
 * (`share`) with a title that holds a word no other title holds (`unique`), which `b`'s does not; else 0. Such a page
 * comes before one whose title or a heading holds more of the common words (`headed`): `customer bought dynamics
 * through their CSP reseller and now the subscription id I enter gives an error` is the CSP page's, not `Enter the
 * subscription ID`'s (held-out probes 37 and 38, December 2026; with the shares equal, it lost more than it won).
 */
function namesAlone(
	a: { level: MatchLevel; share: number; unique: boolean; page: IndexPage },
	b: { level: MatchLevel; share: number; unique: boolean; page: IndexPage },
): number {
	const errors = a.level === 6 && b.level === 6 && a.page.kind === 'error' && b.page.kind === 'error';
	return errors && a.unique && !b.unique && a.share > b.share ? 1 : 0;
}

/**
 * For a query that asks for a tool: the one tool whose purpose holds the most of it (`purposeHeld`, more than any other
 * tool's) is judged as well as the best-judged tool (its `level`), and at least as a page holding every word (level 5).
 * The other tools' long pages hold the query's words by accident: the lifecycle simulator's lists every status, step and
 * field of a claim (`帮我决定用哪个 MPN 提交声明` held every word there and some on the MPN helper; held-out probe 17,
 * December 2026); and a word the reader adds is rarely on the tool's page (`should I pick usage or presales for dynamics
 * 365`: the activity helper says Business Applications; held-out probe 23).
 */
function liftPurposefulTool(
	judged: ReadonlyArray<{ page: IndexPage; candidate: Pick<Candidate, 'tool'>; level: MatchLevel; purpose: number }>,
): void {
	const tools = judged.filter((entry) => entry.page.kind === 'tool' && entry.candidate.tool);
	const most = Math.max(0, ...tools.map((entry) => entry.purpose));
	const purposeful = new Set(tools.filter((entry) => entry.purpose === most).map((entry) => entry.page.url));
	if (most === 0 || purposeful.size !== 1) return;
	const best = Math.min(5, ...tools.map((entry) => entry.level)) as MatchLevel;
	for (const entry of tools) if (purposeful.has(entry.page.url) && entry.level > best) entry.level = best;
}

/**
 * `match` (`matchLevel`), but a page whose title holds every word of a mistyped query but the typo (level 4) holds only
 * some of it (6): the word the reader mistyped is the one that names what they meant, and the corrected query's answer
 * judges the pages that write it. `Abonnment-ID ungültig` found the tenant-ID page, whose title and aliases hold `ID` and
 * `ungültig`, before the subscription-ID page (held-out probe 32, December 2026).
 */
function lackingTypo<M extends { level: MatchLevel }>(page: IndexPage, candidate: Pick<Candidate, 'mistyped'>, match: M): M {
	if (match.level !== 4 || candidate.mistyped.length === 0) return match;
	const text = `${page.title} ${page.text ?? ''}`;
	return comparedWords(candidate.mistyped).every((word) => holdsWord(text, word)) ? match : { ...match, level: 6 };
}

/**
 * The loaded pages as results, best first: pages that hold the whole query, then those whose text holds
 * every word of it, then those that hold only some; in each, by the ladder's step (exact matches, partial
 * ones, pages matching some words), how well the page holds the query (`matchLevel`: the whole query in
 * a section's heading, the title, the text; every word in a heading, in the text; some words), language
 * and Pagefind's order (`rankCandidates`). The same page in several languages is listed once, in the
 * reader's language when their index found it. A page whose text lacks some of the words is a partial
 * match, whatever the ladder's step.
 */
function assemble(loaded: readonly Loaded[], headings: ReadonlyMap<string, HeadingsFile | undefined>): SearchResult[] {
	const judged = loaded
		.filter(({ page, candidate }) => holdsLatinStart(page, candidate.searched, candidate.words))
		.map((entry) => {
			promoteHeadingMatches(entry.page, entry.candidate.searched, entry.candidate.words);
			const { page, candidate } = entry;
			const match = lackingTypo(page, candidate, matchLevel(page, candidate.searched, candidate.words, candidate));
			const file = headings.get(candidate.lang);
			const { level, foremost, recalled } = namedLevel(page, candidate, match.level);
			// Compared between two tools, and between two error pages whose titles hold every word (`order`).
			const cover = page.kind === 'tool' || page.kind === 'error' ? titleCover(compact(page.title), comparedWords(candidate.words)) : 0;
			const titled = { weight: titleWeight(file, page.title, candidate.words), unique: uniqueTitleWord(file, page.title, candidate.words) };
			const asks = { ...candidate, question: candidate.question && (candidate.when || !isNarrative(candidate.words, level)) };
			const role = foremost ? 0 : roleFor(page, candidate.searched, candidate.words, asks);
			// Judged by its words alone: how a recalled page ranks when another error page holds more of them (`unrecall`).
			const unrecalled = recalled ? { level: match.level, role: roleFor(page, candidate.searched, candidate.words, asks) } : undefined;
			return {
				...entry,
				...match,
				...titled,
				level,
				cover,
				role,
				unrecalled,
				fielded: namesField(page, candidate),
				purpose: purposeHeld(page, candidate),
				empty: leftEmpty(page, candidate),
			};
		});
	unrecall(judged);
	// No page names the field in full: those that name its nearest word.
	if (!judged.some((entry) => entry.fielded)) for (const entry of judged) entry.fielded = namesField(entry.page, entry.candidate, true);
	// A reader who says what they typed into a field an error page names asks about that error, not for a tool: a tool's
	// long page that holds every word (the claim simulator lists every field) ranks with the pages holding some
	// (`Domain statt Mandanten-ID eingegeben`, `… dans le champ ID d'abonnement`).
	if (judged.some((entry) => entry.fielded))
		for (const entry of judged) if (entry.page.kind === 'tool' && entry.level === 5 && !entry.candidate.tool) entry.level = 6;
	// A long page that holds every word only across its sections ranks with the pages that hold some of them; so does a
	// page that holds every word but is named by fewer of them than a page that lacks one (an error page, with it).
	for (const entry of scatteredMatches(judged)) entry.level = 6;
	for (const [entry, share] of outweighedMatches(judged)) Object.assign(entry, { level: 6, share });
	// Last: the tool a tool query names by its purpose is judged as well as the best tool, whatever the passes above did.
	liftPurposefulTool(judged);
	// A tool query that names some tool's purpose does not ask for the others: they rank as tools do otherwise, after the
	// article (`Pre-sales 还是 Revenue association 该选哪个`: the activity helper, then the article's section, not the
	// claim and lifecycle simulators).
	if (judged.some((entry) => entry.page.kind === 'tool' && entry.purpose > 0))
		for (const entry of judged) if (entry.page.kind === 'tool' && entry.candidate.tool && entry.purpose === 0) entry.role = 2;
	// How well the page holds the query (`matchLevel`); the page's role (`roleFor`); between two tools, how much of the
	// query their purposes hold (`purposeHeld`; probes 8–17, December 2026); whether it is the page of a field left empty
	// that the query says is missing (`leftEmpty`; probes 18–19, and before an article: probe 36); whether it is the error page of the
	// field the reader typed into (`namesField`); between two error pages holding some words, the one whose title alone names
	// the query and that holds more of it (`namesAlone`); how much of the query its title or a heading holds; for pages holding only some words, how many (held-out search test G; placed before the role or the
	// heading, it lost more queries than it won), then how much of the query their titles name (`titleWeight`: the title
	// holding `csp`, which no other title holds, before those holding `dynamics` and `subscription`; placed before the
	// share, it lost more than it won: ninth held-out probe, December 2026); between two tools, and two error pages whose
	// titles hold every word (level 3), the part of the title the query covers (`titleCover`: between any two pages, or
	// error pages at level 4, it lost more of the recall set than it won); then the ladder's step (the exact matches shown
	// first keep their places unless a later page holds the query better), language, Pagefind's order.
	const order = (a: (typeof judged)[number], b: (typeof judged)[number]): number =>
		a.level - b.level ||
		a.role - b.role ||
		(a.page.kind === 'tool' && b.page.kind === 'tool' ? b.purpose - a.purpose : 0) ||
		b.empty - a.empty ||
		b.fielded - a.fielded ||
		namesAlone(b, a) - namesAlone(a, b) ||
		b.headed - a.headed ||
		(a.level === 6 ? b.share - a.share : 0) ||
		(a.level === 6 ? b.weight - a.weight : 0) ||
		(a.page.kind === 'tool' && b.page.kind === 'tool' ? b.cover - a.cover : 0) ||
		(a.level === 3 && a.page.kind === 'error' && b.page.kind === 'error' ? b.cover - a.cover : 0) ||
		a.candidate.rank[0] - b.candidate.rank[0] ||
		a.candidate.rank[1] - b.candidate.rank[1] ||
		a.candidate.rank[2] - b.candidate.rank[2];
	// The same page found by the typed and the rewritten query: the copy that holds more of it.
	const best = new Map<string, (typeof judged)[number]>();
	for (const entry of judged) {
		const id = `${entry.candidate.lang}\u0000${entry.page.url}`;
		const earlier = best.get(id);
		if (!earlier || order(entry, earlier) < 0) best.set(id, entry);
	}
	const ordered = [...best.values()].sort(order);
	const results: SearchResult[] = [];
	const byKey = new Map<string, SearchResult>();
	ordered.forEach(({ candidate, page, level, meant }) => {
		const key = pathWithoutLocale(page.url);
		// A page that holds the whole query (a mistyped word as meant) is no partial match, whichever ladder step found it.
		const partial = level > 2 && (candidate.partial || meant < 1);
		const result: SearchResult = { page, key, otherLanguage: !candidate.current, partial, level, share: meant, foundIn: [page.lang] };
		const earlier = byKey.get(key);
		const foundIn = earlier && !earlier.foundIn.includes(page.lang) ? [...earlier.foundIn, page.lang] : earlier?.foundIn;
		if (!earlier) {
			byKey.set(key, result);
			results.push(result);
		} else if (earlier.otherLanguage && candidate.current) {
			// The same page in the reader's language takes the place of the other language's copy.
			const replaced: SearchResult = {
				...result,
				partial: earlier.partial && partial,
				level: earlier.level,
				share: earlier.share,
				foundIn: [page.lang, ...earlier.foundIn.filter((lang) => lang !== page.lang)],
			};
			results[results.indexOf(earlier)] = replaced;
			byKey.set(key, replaced);
		} else if (foundIn !== earlier.foundIn) {
			const widened: SearchResult = { ...earlier, foundIn: foundIn! };
			results[results.indexOf(earlier)] = widened;
			byKey.set(key, widened);
		}
	});
	return results;
}
