import { parseFragment, type DefaultTreeAdapterTypes } from 'parse5';
import { describe, expect, it } from 'vitest';
import { allViews, assembleArticle } from '../../../src/article/assemble.ts';
import { sectionsAt, splitHtmlSections } from '../../../src/article/html-sections.ts';
import { englishCalloutLabels, renderArticle, type CalloutLabels } from '../../../src/article/render.ts';
import type { ArticleView } from '../../../src/article/schema.ts';
import { articleText, normalizeWhitespace } from '../../../src/article/text.ts';
import { parseSeed, parseText, VENDOR_MARKUP } from '../localization/helpers.ts';
import { SECTION_ANCHORS as ANCHORS, SUPPORT_URL } from '../../fixtures/seed-article.ts';
import { ADDED_SENTENCE, newerVersionChangingCompetingClaims } from './fixtures.ts';

type Node = DefaultTreeAdapterTypes.ChildNode;
type Element = DefaultTreeAdapterTypes.Element;

const japaneseLabels: CalloutLabels = { note: '注', tip: 'ヒント', important: '重要', warning: '警告', caution: '注意' };

const isElement = (node: Node): node is Element => 'tagName' in node;
const attribute = (element: Element, name: string): string | undefined => element.attrs.find((attr) => attr.name === name)?.value;
const classes = (element: Element): string[] => (attribute(element, 'class') ?? '').split(' ').filter(Boolean);

function elements(nodes: readonly Node[], into: Element[] = []): Element[] {
	for (const node of nodes) {
		if (isElement(node)) {
			into.push(node);
			elements(node.childNodes, into);
		}
	}
	return into;
}

/** Visible text of the HTML, leaving out elements with any of the `skip` classes. */
function textOf(nodes: readonly Node[], skip: readonly string[]): string {
	return nodes
		.map((node) => {
			if (node.nodeName === '#text' && 'value' in node) return node.value;
			if (isElement(node) && !classes(node).some((name) => skip.includes(name))) return textOf(node.childNodes, skip);
			return '';
		})
		.join('');
}

const parse = (html: string): Node[] => parseFragment(html).childNodes;

const article = assembleArticle([parseSeed('ja-JP'), parseSeed('zh-TW')]);
const views = allViews(article);
const rendered = new Map(
	views.map((view) => [view, renderArticle(view, { calloutLabels: view.kind === 'english' ? englishCalloutLabels : japaneseLabels })]),
);
const htmlOf = (view: ArticleView | undefined): string => (view ? (rendered.get(view)?.html ?? '') : '');
const [english, jaView, zhView] = views;

describe.each(views.map((view) => [view.locale.lang, view] as const))('rendering the %s view', (_, view) => {
	const { html, headings } = renderArticle(view, { calloutLabels: englishCalloutLabels });
	const tree = parse(html);
	const all = elements(tree);

	it('says where each section lies, as parsing its HTML would cut it (the page then need not parse it)', () => {
		const linked = renderArticle(view, { calloutLabels: englishCalloutLabels, headingLinkLabel: (text) => `Section ${text}` });
		for (const output of [{ html, sections: renderArticle(view, { calloutLabels: englishCalloutLabels }).sections }, linked]) {
			expect(sectionsAt(output.html, output.sections)).toEqual(splitHtmlSections(output.html));
		}
		expect(linked.sections.map((section) => section.anchor)).toEqual([
			'',
			...headings.filter((heading) => heading.depth === 2).map((heading) => heading.slug),
		]);
	});

	it('has no vendor markup', () => {
		for (const markup of VENDOR_MARKUP) expect(html).not.toContain(markup);
	});

	it('leaves the h1 title out of the body', () => {
		expect(all.some((element) => element.tagName === 'h1')).toBe(false);
		expect(html).not.toContain('data-segment="103"');
		expect(html).not.toContain('Customer association issues');
	});

	it('gives every h2 the upstream English anchor as id, and lists them as headings', () => {
		expect(all.filter((element) => element.tagName === 'h2').map((element) => attribute(element, 'id'))).toEqual(ANCHORS);
		expect(headings.map((heading) => [heading.depth, heading.slug])).toEqual(ANCHORS.map((anchor) => [2, anchor]));
	});

	it('renders the table: 3 columns, a header row and 4 body rows', () => {
		const [table] = all.filter((element) => element.tagName === 'table');
		const rows = elements(table?.childNodes ?? []).filter((element) => element.tagName === 'tr');
		expect(rows).toHaveLength(5);
		for (const row of rows) expect(row.childNodes.filter(isElement)).toHaveLength(3);
	});

	it('renders the ordered list with its four items', () => {
		const [ol] = all.filter((element) => element.tagName === 'ol');
		expect(ol?.childNodes.filter(isElement).map((element) => element.tagName)).toEqual(['li', 'li', 'li', 'li']);
	});

	it('keeps external links with href and rel="noopener", without target', () => {
		const links = all.filter((element) => element.tagName === 'a');
		expect(links.filter((link) => attribute(link, 'href') === SUPPORT_URL).length).toBeGreaterThanOrEqual(2);
		for (const link of links) {
			expect(attribute(link, 'rel')).toBe('noopener');
			expect(attribute(link, 'target')).toBeUndefined();
		}
	});

	it('shows every segment text once and drops nothing (text of the HTML = articleText)', () => {
		const shown = textOf(tree, ['sxs-original', 'starlight-aside__title']);
		expect(normalizeWhitespace(shown)).toBe(normalizeWhitespace(articleText(view, 'translation')));
		const original = textOf(tree, ['sxs-translation', 'starlight-aside__title']);
		expect(normalizeWhitespace(original)).toBe(normalizeWhitespace(articleText(view, 'english')));
	});
});

describe('the English view', () => {
	const anchored = htmlOf(english);
	// Each segment is its English in a span with its citation anchor (`s-N`), nothing else.
	const html = anchored.replace(/<span id="s-\d+">|<\/span>/g, '');

	it('gives every segment its anchor, s-N', () => {
		// All but the title's, which Starlight renders as the page title.
		expect(anchored.match(/<span id="s-\d+">/g)).toHaveLength(english!.segments.length - 1);
		expect(anchored).toContain('<span id="s-113">If you receive an error stating that they don’t match');
	});

	it('renders segments as plain English, separated by one space', () => {
		expect(html).not.toContain('sxs');
		expect(html).toContain(
			'<p>In the Claimed Partner of Record (CPOR) association claim flow, you will be asked to provide the customer tenant ID and subdomain. If you receive an error',
		);
		expect(html).toContain('its status may stay as <em>Under Review</em> for a longer period of time.');
	});

	it('renders the IMPORTANT callout as a Starlight aside (note style, "Important" title)', () => {
		expect(html).toContain(
			'<aside class="starlight-aside starlight-aside--note" aria-label="Important" data-callout="important"><p class="starlight-aside__title" aria-hidden="true">Important</p><div class="starlight-aside__content"><p>If we require additional information',
		);
	});

	it('lists the English headings', () => {
		expect(rendered.get(english as ArticleView)?.headings.at(-1)).toEqual({ depth: 2, slug: 'competing-claims', text: 'Competing claims' });
	});
});

describe('a translated view', () => {
	const html = htmlOf(jaView);
	const tree = parse(html);

	it('wraps every segment in sxs / sxs-translation / sxs-original spans', () => {
		const segments = elements(tree).filter((element) => classes(element).includes('sxs'));
		expect(segments).toHaveLength(70);
		for (const segment of segments) {
			const [translation, original, ...rest] = segment.childNodes;
			expect(rest).toEqual([]);
			expect(translation && isElement(translation) && classes(translation)).toEqual(['sxs-translation']);
			expect(original && isElement(original) && original.attrs).toEqual([
				{ name: 'class', value: 'sxs-original' },
				{ name: 'lang', value: 'en' },
				{ name: 'data-pagefind-weight', value: '0.5' },
			]);
		}
		expect(html).toContain(
			'<span id="s-113" class="sxs" data-segment="113"><span class="sxs-translation">一致しないというエラーが表示された場合は、お客様に適切な詳細情報があることを確認してください。</span><span class="sxs-original" lang="en" data-pagefind-weight="0.5">If you receive an error stating that they don’t match, contact your customer to ensure you have the correct details.</span></span>',
		);
	});

	it('keeps the source text between segments, but no ASCII space between two Japanese sentences (#16)', () => {
		expect(html).toContain('</span></span><span id="s-113" class="sxs" data-segment="113">');
	});

	it('renders emphasis in the translation with no stray underscores', () => {
		expect(html).toContain('長期間にわたって<em>レビュー中</em>のまま');
		expect(textOf(tree, [])).not.toContain('_');
	});

	it('uses the localized callout label', () => {
		expect(html).toContain(
			'<aside class="starlight-aside starlight-aside--note" aria-label="重要" data-callout="important"><p class="starlight-aside__title" aria-hidden="true">重要</p>',
		);
	});

	it('has the same heading ids as the other locales and headings in its language', () => {
		const headings = rendered.get(jaView as ArticleView)?.headings ?? [];
		expect(headings.map((heading) => heading.slug)).toEqual(rendered.get(zhView as ArticleView)?.headings.map((heading) => heading.slug));
		expect(headings[0]).toEqual({ depth: 2, slug: 'domain-tenant-mismatch', text: 'ドメインテナントの不一致' });
	});
});

describe('an outdated translated view', () => {
	const newer = assembleArticle([parseSeed('ja-JP'), parseText(newerVersionChangingCompetingClaims(), 'zh-TW/newer.md')]);
	const view = newer.translations.find((candidate) => candidate.locale.sourceLocale === 'ja-JP') as ArticleView;
	const { html } = renderArticle(view, { calloutLabels: japaneseLabels });

	it('shows untranslated segments in English, marked', () => {
		expect(html).toContain(`<span id="s-300" class="sxs sxs-untranslated" data-segment="300" lang="en">${ADDED_SENTENCE}</span>`);
		expect(html).toContain('<span id="s-271" class="sxs sxs-untranslated" data-segment="271" lang="en">This can happen when');
	});

	it('drops nothing and doubles nothing', () => {
		const tree = parse(html);
		expect(normalizeWhitespace(textOf(tree, ['sxs-original', 'starlight-aside__title']))).toBe(
			normalizeWhitespace(articleText(view, 'translation')),
		);
		expect(normalizeWhitespace(articleText(view, 'translation'))).toContain(ADDED_SENTENCE);
	});
});

describe('heading anchor links (#16)', () => {
	const label = (heading: string): string => `このセクションへのリンク: ${heading}`;
	const { html } = renderArticle(jaView as ArticleView, { calloutLabels: japaneseLabels, headingLinkLabel: label });
	const all = elements(parse(html));
	const wrappers = all.filter((element) => classes(element).includes('sl-heading-wrapper'));

	it('wraps every h2 with a link to its own anchor, as Starlight does, named in the view’s language', () => {
		expect(wrappers.map((wrapper) => classes(wrapper))).toEqual(ANCHORS.map(() => ['sl-heading-wrapper', 'level-h2']));
		for (const wrapper of wrappers) {
			const [heading, link] = wrapper.childNodes.filter(isElement);
			expect(heading?.tagName).toBe('h2');
			expect(link?.tagName).toBe('a');
			expect(classes(link!)).toEqual(['sl-anchor-link']);
			expect(attribute(link!, 'href')).toBe(`#${attribute(heading!, 'id')}`);
			const [icon, name] = link!.childNodes.filter(isElement);
			expect(attribute(icon!, 'aria-hidden')).toBe('true');
			expect(classes(name!)).toEqual(['sr-only']);
			expect(name!.attrs.some((attr) => attr.name === 'data-pagefind-ignore')).toBe(true);
		}
		expect(html).toContain('<span class="sr-only" data-pagefind-ignore="">このセクションへのリンク: ドメインテナントの不一致</span>');
	});

	it('keeps the heading ids and the text of the page: the link adds only its hidden name', () => {
		expect(all.filter((element) => element.tagName === 'h2').map((element) => attribute(element, 'id'))).toEqual(ANCHORS);
		expect(normalizeWhitespace(textOf(parse(html), ['sxs-original', 'starlight-aside__title', 'sr-only']))).toBe(
			normalizeWhitespace(textOf(parse(htmlOf(jaView)), ['sxs-original', 'starlight-aside__title'])),
		);
	});

	it('gives no anchor link without a label', () => {
		expect(htmlOf(jaView)).not.toContain('sl-anchor-link');
	});
});
