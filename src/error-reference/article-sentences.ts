/**
 * The troubleshooting article's sentences that name a claim error (each error's `articleQuote`, `CAI#n` in
 * `src/claim/catalog.ts`: the six subscription reasons CAI#119–124, the domain–tenant mismatch CAI#113, …), linked
 * to that error's page in the reader's language, each with an id (`cai-113`) the error page links back to.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { h } from 'hastscript';
import { claimErrorCatalog } from '../claim/catalog.ts';
import type { ClaimErrorCode } from '../claim/errors.ts';
import { ARTICLE_KEY, sentenceId } from './sentence-ids.ts';

/** The segment number of the article's sentence that names the error, or undefined when it has none. */
export function errorSentence(code: ClaimErrorCode): number | undefined {
	const citation = claimErrorCatalog[code].articleQuote?.citation;
	const match = citation && new RegExp(`^${ARTICLE_KEY}#(\\d+)$`).exec(citation);
	return match ? Number(match[1]) : undefined;
}

/**
 * Segment number → the error its sentence names, for every error with one. Where a documented error and a simulator
 * assumption quote the same sentence (CAI#157), the sentence links to the documented one: it states that check.
 */
function errorSentences(): ReadonlyMap<number, ClaimErrorCode> {
	const sentences = new Map<number, ClaimErrorCode>();
	for (const code of Object.keys(claimErrorCatalog) as ClaimErrorCode[]) {
		const segment = errorSentence(code);
		const taken = segment === undefined ? undefined : sentences.get(segment);
		if (segment === undefined || (taken && claimErrorCatalog[taken].basis === 'documented')) continue;
		sentences.set(segment, code);
	}
	return sentences;
}

export interface SentenceLinkOptions {
	/** The error page's URL in the reader's language (`localePath(locale, routes.error(code))`). */
	readonly href: (code: ClaimErrorCode) => string;
	/** The English text of the sentence naming the error: found in the English page, whose sentences have no wrapper. */
	readonly english: (code: ClaimErrorCode) => string | undefined;
}

const hasClass = (element: Element, name: string): boolean => {
	const className = element.properties['className'];
	return Array.isArray(className) && className.includes(name);
};

/**
 * A translated page: the sentence's shown text becomes the link, inside a span with the id (the sentence's own
 * `span.sxs[data-segment]` keeps its citation anchor `s-N`, `src/article/render.ts`).
 */
function linkTranslated(element: Element, code: ClaimErrorCode, segment: number, options: SentenceLinkOptions): void {
	const shown = hasClass(element, 'sxs-untranslated')
		? element
		: element.children.find((child): child is Element => child.type === 'element' && hasClass(child, 'sxs-translation'));
	if (shown) shown.children = [h('span', { id: sentenceId(segment) }, [h('a', { href: options.href(code) }, shown.children)])];
}

/** The English page: the text node holding the sentence is split around `<span id><a href>sentence</a></span>`. */
function linkEnglish(
	parent: Element | Root,
	sentences: Map<string, { code: ClaimErrorCode; segment: number }>,
	options: SentenceLinkOptions,
): void {
	parent.children = parent.children.flatMap((child): RootContent[] => {
		if (child.type !== 'text') return [child];
		for (const [text, { code, segment }] of sentences) {
			const at = child.value.indexOf(text);
			if (at === -1) continue;
			sentences.delete(text);
			const link = h('span', { id: sentenceId(segment) }, [h('a', { href: options.href(code) }, text)]);
			return [{ type: 'text', value: child.value.slice(0, at) }, link, { type: 'text', value: child.value.slice(at + text.length) }];
		}
		return [child];
	}) as typeof parent.children;
}

/** The article's HTML (`renderArticle`) with every sentence that names an error linked to its error page. */
export function linkErrorSentences(html: string, options: SentenceLinkOptions): string {
	const tree = fromHtml(html, { fragment: true });
	const bySegment = errorSentences();
	const english = new Map<string, { code: ClaimErrorCode; segment: number }>();
	for (const [segment, code] of bySegment) {
		const text = options.english(code);
		if (text) english.set(text, { code, segment });
	}
	const visit = (node: Element | Root): void => {
		if (node.type === 'element') {
			const segment = Number(node.properties['dataSegment']);
			const code = bySegment.get(segment);
			if (code && node.properties['dataSegment'] !== undefined) return linkTranslated(node, code, segment, options);
			if (node.tagName === 'a' || node.tagName === 'code') return;
		}
		if (english.size > 0) linkEnglish(node, english, options);
		for (const child of node.children as ElementContent[]) if (child.type === 'element') visit(child);
	};
	visit(tree);
	for (const [text, { segment }] of english) markContaining(tree, text, sentenceId(segment));
	return toHtml(tree);
}

const squeeze = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * An English sentence that spans several text nodes (a link or emphasis inside it) can't be wrapped: the
 * deepest element holding all of it gets its id instead, so the error page's link back still lands on it.
 */
function markContaining(node: Element | Root, text: string, id: string): boolean {
	for (const child of node.children) if (child.type === 'element' && markContaining(child, text, id)) return true;
	if (node.type !== 'element' || node.properties['id'] !== undefined || !squeeze(toString(node)).includes(squeeze(text))) return false;
	node.properties['id'] = id;
	return true;
}
