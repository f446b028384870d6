/**
 * Where a citation `KEY#n` leads on the site: the sentence it names on the article page in the reader's language.
 *
 * Every segment of an article page carries the anchor `id="s-N"` (`segmentAnchor`, `src/article/render.ts`), N being
 * its number in the page's source version. Citations are numbered in the cited version (`src/facts/cited-articles.ts`),
 * so each article's cited numbers reach the page's numbers through runs (`SegmentRun`, made by `segment-map.ts` from
 * the English sentences). A single citation links to `…/<article>/#s-162`; a range to `…/<article>/?cite=162-166#s-162`:
 * the fragment lands on its first sentence without JavaScript, the `cite` parameter tells the page's arrival script
 * (`src/islands/citations/arrival.ts`) which sentences to highlight (`segment-anchors.ts`).
 *
 * Plain TypeScript without I/O or catalogs: the pages and the islands (which receive `CitationTargets` in their
 * props) share it.
 */
import { formatMessageToParts, listFormat, type MessageValue } from '../i18n/message-format.ts';
import { parseCitations, type Citation } from './citations.ts';
import { CITE_PARAMETER, segmentAnchor } from './segment-anchors.ts';

/**
 * Consecutive cited segments that are consecutive on the page too: `[cited first, page first, count]`, so
 * `[105, 104, 48]` says OSA#105–152 are the page's segments 104–151.
 */
export type SegmentRun = readonly [cited: number, published: number, count: number];

/** One article as its citations reach it in one locale. */
export interface ArticleTarget {
	/** The article page in the reader's language: `/ja/incentives-manage-customer-associations/`. */
	readonly href: string;
	/** The links' accessible description, naming the article in the reader's language (`facts.citation.title`). */
	readonly title: string;
	/** Cited segment numbers to the page's numbers. */
	readonly runs: readonly SegmentRun[];
}

/** The articles the site publishes, by key (`MCA`), in one locale. A key without a page here (EN2023, POE) is absent. */
export type CitationTargets = Readonly<Record<string, ArticleTarget>>;

/** The page's number of cited segment `cited`, or undefined when the page has no sentence for it. */
export function publishedNumber(runs: readonly SegmentRun[], cited: number): number | undefined {
	const run = runs.find(([first, , count]) => cited >= first && cited < first + count);
	return run ? run[1] + (cited - run[0]) : undefined;
}

/** A citation as a link: its text as written (`MCA#162–166`, `#146`), where it leads and its accessible description. */
export interface CitationLink {
	readonly text: string;
	readonly href: string;
	readonly title: string;
}

/**
 * The link of one citation, or undefined when its article has no page in `targets` (EN2023, POE: the citation
 * stays text) or the page has none of its sentences. A range links to its first sentence and carries the range in
 * the `cite` parameter: `/ja/incentives-manage-customer-associations/?cite=162-166#s-162`. A range that starts at
 * the article's title (`OSA#105–152`: the title is the page's own heading, not a sentence of its body) starts at its
 * first sentence on the page.
 */
export function citationLink(citation: Pick<Citation, 'key' | 'from' | 'to' | 'text'>, targets: CitationTargets): CitationLink | undefined {
	const target = targets[citation.key];
	if (!target) return undefined;
	const numbers: number[] = [];
	for (let cited = citation.from; cited <= citation.to; cited++) {
		const number = publishedNumber(target.runs, cited);
		if (number !== undefined) numbers.push(number);
	}
	const [from, to] = [numbers[0], numbers.at(-1)];
	if (from === undefined || to === undefined || to < from) return undefined;
	const query = to === from ? '' : `?${CITE_PARAMETER}=${from}-${to}`;
	return { text: citation.text, href: `${target.href}${query}#${segmentAnchor(from)}`, title: target.title };
}

/** A piece of text: plain, or a citation with its link. */
export type CitedPart = string | CitationLink;

/**
 * `text` split around its citations, each one with a page becoming a link: `Sources: MCA#125–126, #146` →
 * `['Sources: ', {MCA#125–126}, ', ', {#146}]`. A citation without a page stays in the text.
 */
export function citedParts(text: string, targets: CitationTargets): CitedPart[] {
	const parts: CitedPart[] = [];
	let at = 0;
	for (const citation of parseCitations(text)) {
		const link = citationLink(citation, targets);
		if (!link) continue;
		if (citation.index > at) parts.push(text.slice(at, citation.index));
		parts.push(link);
		at = citation.index + citation.text.length;
	}
	if (at < text.length) parts.push(text.slice(at));
	return parts;
}

/**
 * Citations as one list in the reader's language (`Intl.ListFormat`, never joined with ASCII punctuation), each one
 * with a page a link: `['MCA#121', 'MCA#140']` → `[{MCA#121}, ', ', {MCA#140}]` in English, `MCA#121、MCA#140` in
 * Japanese. A narrow conjunction, not a `unit` list: Chinese `unit` lists put nothing between the items
 * (`MCA#121MCA#140`).
 */
export function citedList(citations: readonly string[], lang: string, targets: CitationTargets): CitedPart[] {
	return listFormat(lang, 'conjunction', 'narrow')
		.formatToParts(citations)
		.flatMap((part) => (part.type === 'element' ? citedParts(part.value, targets) : [part.value]));
}

/** Marks the `{citations}` argument of a message for `citedMessage`. */
const CITATIONS = { citations: true } as const;

/**
 * A message whose `{citations}` argument is a list of citations (`facts.documented.line`: `{fact} ({citations})`),
 * as parts: the list through `citedList`, and any citation the message's own text or its other values write
 * (`MCA#176` in `lifecycle.page.reviewConflict`) linked too (`formatMessageToParts`, never string splicing).
 */
export function citedMessage(
	message: string,
	values: Readonly<Record<string, MessageValue>>,
	citations: readonly string[],
	lang: string,
	targets: CitationTargets,
): CitedPart[] {
	return formatMessageToParts(message, { ...values, citations: CITATIONS }, lang).flatMap((part) =>
		typeof part === 'string' ? citedParts(part, targets) : citedList(citations, lang, targets),
	);
}
