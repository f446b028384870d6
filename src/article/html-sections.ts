/**
 * Splitting a rendered article into its top-level sections (an `<h2>` and everything up to the next one), so
 * pages can place tools at the end of the sections they exercise. Content before the first `<h2>` is the
 * section with anchor `''`. An `<h2>` wrapped with its anchor link (`heading-links.ts`) starts a section too. Parsed with
 * hast, so the split never cuts an element in two. Each section also comes as its heading and its body, so a page can
 * place a note right after the heading (`laterChangesOnArticles`).
 */
import type { ElementContent, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
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

export function splitHtmlSections(html: string): HtmlSection[] {
	const tree = fromHtml(html, { fragment: true });
	const sections: { anchor: string; nodes: RootContent[]; headed: boolean }[] = [{ anchor: '', nodes: [], headed: false }];
	for (const node of tree.children) {
		const heading = node.type === 'element' ? headingOf(node) : undefined;
		if (heading?.tagName === 'h2') sections.push({ anchor: String(heading.properties['id'] ?? ''), nodes: [], headed: true });
		sections.at(-1)?.nodes.push(node);
	}
	return sections
		.filter((section) => section.nodes.length > 0)
		.map(({ anchor, nodes, headed }) => {
			const html = (children: RootContent[]): string => toHtml({ type: 'root', children: children as ElementContent[] });
			const head = headed ? 1 : 0;
			return { anchor, html: html(nodes), head: html(nodes.slice(0, head)), body: html(nodes.slice(head)) };
		});
}
