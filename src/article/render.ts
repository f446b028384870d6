/**
 * `renderArticle`: an article view to the HTML of the page body (hastscript + hast-util-to-html)
 * plus the table of contents headings.
 *
 * - The title (the first `#` heading) is not in the body: Starlight renders the page title.
 * - h2+ get `id` = the upstream English anchor, identical in every locale. Given `headingLinkLabel`, each h2 and h3 is
 *   wrapped with an anchor link as Starlight's are (`heading-links.ts`: `<div class="sl-heading-wrapper level-h2">`).
 * - Every segment carries the stable anchor `id="s-N"` (N its number in the view, `segmentAnchor`), which citations
 *   link to (`src/facts/citation-targets.ts`). A translated segment renders as
 *   `<span id="s-N" class="sxs" data-segment="N"><span class="sxs-translation">…</span><span class="sxs-original" lang="en" data-pagefind-weight="0.5">…</span></span>`,
 *   an untranslated one as `<span id="s-N" class="sxs sxs-untranslated" data-segment="N" lang="en">…</span>`,
 *   and in the English view a segment is `<span id="s-N">` around its English content.
 * - Callouts use Starlight's aside markup. DocFX kinds map to Starlight's four styles:
 *   note→note, tip→tip, important→note (titled "Important", not a warning: it flags information
 *   the reader needs, not a risk), warning→caution, caution→danger. `data-callout` keeps the kind.
 * - External (http/https) links get `rel="noopener"`, no target; links to other articles go where `linkHref` says
 *   (`articleLinkHref`: the local page of a published article, else Microsoft Learn).
 * - Table body cells carry their column's header text as `data-label` (the stacked phone layout shows it).
 */
import type { ElementContent, Element as HastElement, Properties } from 'hast';
import { h } from 'hastscript';
import type { Block, CalloutKind, ContentPart, Inline } from '../localization/schema.ts';
import type { ArticleView, ViewSegment } from './schema.ts';
import { contentText } from '../localization/inline.ts';
import { normalizeWhitespace, segmentText } from './text.ts';
import { segmentAnchor } from '../facts/segment-anchors.ts';
import { LINKED_HEADING_DEPTHS, withAnchorLink } from './heading-links.ts';
import { serializeSections, type SectionBounds } from './html-sections.ts';

export type CalloutLabels = Readonly<Record<CalloutKind, string>>;
type StarlightAsideStyle = 'note' | 'tip' | 'caution' | 'danger';

const calloutStyles: Readonly<Record<CalloutKind, StarlightAsideStyle>> = {
	note: 'note',
	tip: 'tip',
	important: 'note',
	warning: 'caution',
	caution: 'danger',
};

/** English callout titles; pass the localized ones for other views. */
export const englishCalloutLabels: CalloutLabels = {
	note: 'Note',
	tip: 'Tip',
	important: 'Important',
	warning: 'Warning',
	caution: 'Caution',
};

export interface RenderOptions {
	/** Callout titles in the view's language. */
	readonly calloutLabels: CalloutLabels;
	/** The address each vendor link gets on the page (`articleLinkHref`); unchanged when absent. */
	readonly linkHref?: (href: string) => string;
	/**
	 * The accessible name of the anchor link of an h2 or h3, from the heading's text, in the view's language
	 * (`site.article.headingLink`). Without it, headings get no anchor link (`heading-links.ts`).
	 */
	readonly headingLinkLabel?: (heading: string) => string;
}

interface TocHeading {
	readonly depth: number;
	readonly slug: string;
	readonly text: string;
}

export interface RenderedArticle {
	readonly html: string;
	readonly headings: readonly TocHeading[];
	/** Where each top-level section lies in `html` (`html-sections.ts`), so a page need not parse it again. */
	readonly sections: readonly SectionBounds[];
}

const NEWLINE: ElementContent = { type: 'text', value: '\n' };

/** Puts a newline between block elements, so their text never runs together. */
function lines(children: readonly ElementContent[]): ElementContent[] {
	return children.flatMap((child, index) => (index === 0 ? [child] : [NEWLINE, child]));
}

const isExternal = (href: string): boolean => /^https?:\/\//i.test(href);

function linkProperties(href: string, title: string | undefined): Properties {
	return { href, ...(title === undefined ? {} : { title }), ...(isExternal(href) ? { rel: ['noopener'] } : {}) };
}

function renderInline(nodes: readonly Inline[]): ElementContent[] {
	return renderContent(nodes, () => []);
}

function renderContent(parts: readonly ContentPart[], segment: (number: number) => ElementContent[]): ElementContent[] {
	return parts.flatMap((part): ElementContent[] => {
		switch (part.type) {
			case 'segment':
				return segment(part.number);
			case 'text':
				return [{ type: 'text', value: part.value }];
			case 'break':
				return [h('br')];
			case 'inlineCode':
				return [h('code', part.value)];
			case 'emphasis':
				return [h('em', renderContent(part.children, segment))];
			case 'strong':
				return [h('strong', renderContent(part.children, segment))];
			case 'link':
				return [h('a', linkProperties(part.href, part.title), renderContent(part.children, segment))];
		}
	});
}

function segmentRenderer(view: ArticleView, segments: ReadonlyMap<number, ViewSegment>): (number: number) => ElementContent[] {
	return (number) => {
		const segment = segments.get(number);
		if (!segment) return [];
		const id = segmentAnchor(number);
		if (view.kind === 'english') return [h('span', { id }, renderInline(segment.english))];
		if (segment.translation === null) {
			return [
				h('span', { id, className: ['sxs', 'sxs-untranslated'], dataSegment: String(number), lang: 'en' }, renderInline(segment.english)),
			];
		}
		return [
			h('span', { id, className: ['sxs'], dataSegment: String(number) }, [
				h('span', { className: ['sxs-translation'] }, renderInline(segment.translation)),
				h('span', { className: ['sxs-original'], lang: 'en', dataPagefindWeight: '0.5' }, renderInline(segment.english)),
			]),
		];
	};
}

interface RenderState {
	readonly view: ArticleView;
	readonly options: RenderOptions;
	readonly segment: (number: number) => ElementContent[];
	readonly segments: ReadonlyMap<number, ViewSegment>;
	readonly headings: TocHeading[];
	titlePending: boolean;
}

function renderBlocks(blocks: readonly Block[], state: RenderState, tight = false): ElementContent[] {
	return lines(blocks.flatMap((block) => renderBlock(block, state, tight)));
}

function renderBlock(block: Block, state: RenderState, tight: boolean): ElementContent[] {
	const content = (parts: readonly ContentPart[]): ElementContent[] => renderContent(parts, state.segment);
	switch (block.type) {
		case 'heading': {
			if (block.depth === 1 && state.titlePending) {
				state.titlePending = false;
				return [];
			}
			const depth = Math.max(2, block.depth);
			const half = state.view.kind === 'english' ? 'english' : 'translation';
			const text = normalizeWhitespace(contentText(block.content, (number) => segmentText(state.segments.get(number), half)));
			state.headings.push({ depth, slug: block.anchor, text });
			const heading = h(`h${depth}`, { id: block.anchor }, content(block.content));
			const label = state.options.headingLinkLabel;
			return [label && LINKED_HEADING_DEPTHS.has(depth) ? withAnchorLink(heading, label(text)) : heading];
		}
		case 'paragraph':
			return tight ? content(block.content) : [h('p', content(block.content))];
		case 'list': {
			const items = block.items.map((item) => h('li', renderBlocks(item, state, !block.spread)));
			const start = block.ordered && block.start !== undefined && block.start !== 1 ? { start: block.start } : {};
			return [h(block.ordered ? 'ol' : 'ul', start, lines(items))];
		}
		case 'table': {
			// Each body cell names its column (`data-label`): on a phone the rows stack and the label shows before the cell.
			const half = state.view.kind === 'english' ? 'english' : 'translation';
			const labels = block.header.map((parts) =>
				normalizeWhitespace(contentText(parts, (number) => segmentText(state.segments.get(number), half))),
			);
			const cell = (tag: 'th' | 'td', parts: readonly ContentPart[], column: number): HastElement => {
				const align = block.align[column];
				const label = tag === 'td' && labels[column] ? { dataLabel: labels[column] } : {};
				return h(tag, { ...(align ? { align } : {}), ...label }, content(parts));
			};
			const row = (tag: 'th' | 'td', cells: readonly (readonly ContentPart[])[]): HastElement =>
				h('tr', lines(cells.map((parts, column) => cell(tag, parts, column))));
			return [
				h(
					'table',
					{ className: ['article-table'] },
					lines([h('thead', [row('th', block.header)]), h('tbody', lines(block.rows.map((cells) => row('td', cells))))]),
				),
			];
		}
		case 'callout': {
			const style = calloutStyles[block.kind];
			const label = state.options.calloutLabels[block.kind];
			return [
				h('aside', { className: ['starlight-aside', `starlight-aside--${style}`], ariaLabel: label, dataCallout: block.kind }, [
					h('p', { className: ['starlight-aside__title'], ariaHidden: 'true' }, label),
					h('div', { className: ['starlight-aside__content'] }, renderBlocks(block.blocks, state)),
				]),
			];
		}
		case 'quote':
			return [h('blockquote', renderBlocks(block.blocks, state))];
		case 'code':
			return [h('pre', [h('code', block.lang ? { className: [`language-${block.lang}`] } : {}, block.value)])];
		case 'thematicBreak':
			return [h('hr')];
	}
}

/** Gives every `<a href>` below `nodes` the address `linkHref` says, in place. */
function rewriteLinks(nodes: readonly ElementContent[], linkHref: (href: string) => string): void {
	for (const node of nodes) {
		if (node.type !== 'element') continue;
		if (node.tagName === 'a' && typeof node.properties['href'] === 'string') {
			const href = linkHref(node.properties['href']);
			node.properties['href'] = href;
			if (isExternal(href)) node.properties['rel'] = ['noopener'];
			else delete node.properties['rel'];
		}
		rewriteLinks(node.children, linkHref);
	}
}

/** Renders a view's body HTML, its table-of-contents headings (h2 and deeper) and where its sections lie in the HTML. */
export function renderArticle(view: ArticleView, options: RenderOptions): RenderedArticle {
	const segments = new Map(view.segments.map((segment) => [segment.number, segment]));
	const state: RenderState = { view, options, segment: segmentRenderer(view, segments), segments, headings: [], titlePending: true };
	const body = renderBlocks(view.blocks, state);
	if (options.linkHref) rewriteLinks(body, options.linkHref);
	return { ...serializeSections(body), headings: state.headings };
}
