/**
 * Heading anchor links for the article's own HTML (`render.ts`). Starlight's `markdown.headingLinks` adds them to the
 * Markdown it renders; the articles are rendered here, so the same markup is built here and Starlight's style sheet
 * (`@astrojs/starlight/style/anchor-links.css`, on every page) places it: the link after the heading's last word,
 * shown on hover and on keyboard focus. Hidden in print (`src/styles/print.css`).
 *
 * `<div class="sl-heading-wrapper level-h2"><h2 id="…">…</h2><a class="sl-anchor-link" href="#…">
 * <span aria-hidden="true" class="sl-anchor-icon"><svg>…</svg></span><span class="sr-only" data-pagefind-ignore>label</span></a></div>`
 */
import type { Element as HastElement } from 'hast';
import { h, s } from 'hastscript';

/** The heading levels that get an anchor link: the sections and subsections of an article. */
export const LINKED_HEADING_DEPTHS: ReadonlySet<number> = new Set([2, 3]);

/** Starlight's `link-alt` icon (`@astrojs/starlight/components-internals/Icons`), which its own anchor links show. */
const LINK_ICON_PATH =
	'm12.11 15.39-3.88 3.88a2.52 2.52 0 0 1-3.5 0 2.47 2.47 0 0 1 0-3.5l3.88-3.88a1 1 0 1 0-1.42-1.42l-3.88 3.89a4.48 4.48 0 0 0 6.33 6.33l3.89-3.88a1 1 0 0 0-1.42-1.42m8.58-12.08a4.49 4.49 0 0 0-6.33 0l-3.89 3.88a1 1 0 1 0 1.42 1.42l3.88-3.88a2.52 2.52 0 0 1 3.5 0 2.47 2.47 0 0 1 0 3.5l-3.88 3.88a1 1 0 0 0 0 1.42 1 1 0 0 0 1.42 0l3.88-3.89a4.49 4.49 0 0 0 0-6.33M8.83 15.17a1 1 0 0 0 .71.29 1 1 0 0 0 .71-.29l4.92-4.92a1 1 0 1 0-1.42-1.42l-4.92 4.92a1 1 0 0 0 0 1.42';

/**
 * Wraps a heading with its anchor link, as Starlight does. `label` is the link's accessible name in the page's language
 * (`site.article.headingLink`, naming the heading); it is left out of the search index.
 */
export function withAnchorLink(heading: HastElement, label: string): HastElement {
	const id = String(heading.properties['id']);
	const icon = h('span', { ariaHidden: 'true', className: ['sl-anchor-icon'] }, [
		s('svg', { width: 16, height: 16, viewBox: '0 0 24 24', fill: 'currentColor' }, [s('path', { d: LINK_ICON_PATH })]),
	]);
	const link = h('a', { className: ['sl-anchor-link'], href: `#${id}` }, [
		icon,
		h('span', { className: ['sr-only'], dataPagefindIgnore: '' }, label),
	]);
	return h('div', { className: ['sl-heading-wrapper', `level-${heading.tagName}`] }, [heading, link]);
}

/** The heading a node is, or wraps (`withAnchorLink`); `undefined` for any other node. */
export function headingOf(node: HastElement): HastElement | undefined {
	if (/^h[1-6]$/.test(node.tagName)) return node;
	const classes = node.properties['className'];
	if (node.tagName !== 'div' || !Array.isArray(classes) || !classes.includes('sl-heading-wrapper')) return undefined;
	const first = node.children.find((child): child is HastElement => child.type === 'element');
	return first && /^h[1-6]$/.test(first.tagName) ? first : undefined;
}
