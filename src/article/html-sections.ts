/**
 * Splitting a rendered article into its top-level sections (an `<h2>` and everything up to the next one), so
 * pages can place tools at the end of the sections they exercise. Content before the first `<h2>` is the
 * section with anchor `''`. An `<h2>` wrapped with its anchor link (`heading-links.ts`) starts a section too. Each
 * section also comes as its heading and its body, so a page can place a note right after the heading
 * (`laterChangesOnArticles`).
 *
 * `renderArticle` serializes its body section by section (`serializeSections`) and the article loader stores where
 * each section lies (`SectionBounds`), so a page cuts the stored HTML (`sectionsAt`) instead of parsing it again: a
 * parse and a serialization per page were 5.5 s of a 300-article build. HTML from elsewhere (or changed after
 * rendering) is parsed with hast (`splitHtmlSections`), so the split never cuts an element in two.
 */
import type { ElementContent, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { z } from 'zod';
import { headingOf } from './heading-links.ts';

export interface HtmlSection {
	/** The `<h2>`'s id; `''` before the first heading. */
	readonly anchor: string;
	readonly html: string;
	/** The section's heading (with its anchor link where it has one); `''` before the first heading. */
	readonly head: string;
	/** Everything after the heading: `head + body` is `html`. */
	readonly body: string;
}

/** Where each section lies in an article's HTML: offsets in UTF-16 code units, `start ≤ bodyStart ≤ end`, in order. */
export const sectionBoundsSchema = z.array(
	z.object({
		anchor: z.string(),
		start: z.number().int().nonnegative(),
		bodyStart: z.number().int().nonnegative(),
		end: z.number().int().nonnegative(),
	}),
);
export type SectionBounds = z.infer<typeof sectionBoundsSchema>[number];

const serialize = (children: readonly RootContent[]): string => toHtml({ type: 'root', children: children as ElementContent[] });

/**
 * `nodes` (an article's top-level nodes) as HTML, the same HTML as serializing them together, with where each section
 * lies in it.
 */
export function serializeSections(nodes: readonly RootContent[]): { html: string; sections: SectionBounds[] } {
	const groups: { anchor: string; nodes: RootContent[]; headed: boolean }[] = [{ anchor: '', nodes: [], headed: false }];
	for (const node of nodes) {
		const heading = node.type === 'element' ? headingOf(node) : undefined;
		if (heading?.tagName === 'h2') groups.push({ anchor: String(heading.properties['id'] ?? ''), nodes: [], headed: true });
		groups.at(-1)?.nodes.push(node);
	}
	let html = '';
	const sections: SectionBounds[] = [];
	for (const { anchor, nodes: grouped, headed } of groups) {
		if (grouped.length === 0) continue;
		const head = headed ? 1 : 0;
		const start = html.length;
		html += serialize(grouped.slice(0, head));
		const bodyStart = html.length;
		html += serialize(grouped.slice(head));
		sections.push({ anchor, start, bodyStart, end: html.length });
	}
	return { html, sections };
}

/** The sections of `html` where `bounds` (from `serializeSections` on the same HTML) say they lie. */
export function sectionsAt(html: string, bounds: readonly SectionBounds[]): HtmlSection[] {
	return bounds.map(({ anchor, start, bodyStart, end }) => ({
		anchor,
		html: html.slice(start, end),
		head: html.slice(start, bodyStart),
		body: html.slice(bodyStart, end),
	}));
}

/** The sections of any article HTML, parsed. */
export function splitHtmlSections(html: string): HtmlSection[] {
	const serialized = serializeSections(fromHtml(html, { fragment: true }).children);
	return sectionsAt(serialized.html, serialized.sections);
}
