/**
 * Splitting a rendered article into its top-level sections (an `<h2>` and everything up to the next one), so
 * pages can place tools at the end of the sections they exercise. Content before the first `<h2>` is the
 * section with anchor `''`. An `<h2>` wrapped with its anchor link (`heading-links.ts`) starts a section too. Parsed with
 * hast, so the split never cuts an element in two.
 */
import type { ElementContent, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { headingOf } from './heading-links.ts';

export interface HtmlSection {
	/** The `<h2>`'s id; `''` before the first heading. */
	readonly anchor: string;
	readonly html: string;
}

export function splitHtmlSections(html: string): HtmlSection[] {
	const tree = fromHtml(html, { fragment: true });
	const sections: { anchor: string; nodes: RootContent[] }[] = [{ anchor: '', nodes: [] }];
	for (const node of tree.children) {
		const heading = node.type === 'element' ? headingOf(node) : undefined;
		if (heading?.tagName === 'h2') sections.push({ anchor: String(heading.properties['id'] ?? ''), nodes: [] });
		sections.at(-1)?.nodes.push(node);
	}
	return sections
		.filter((section) => section.nodes.length > 0)
		.map(({ anchor, nodes }) => ({ anchor, html: toHtml({ type: 'root', children: nodes as ElementContent[] }) }));
}
