/**
 * CC BY 4.0 on every page that shows Microsoft's text (#14 twelfth and thirteenth reviews): a page that cites an
 * article's sentences (`KEY#n`: its quotes, the basis it gives a rule, the sentences a simulator rests on, in the HTML or
 * in an island's data) names that article in its attribution note (`p[data-article]`, `Attribution.astro`), in every
 * locale. An article page names itself. No browser: the built files are read as they are served.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root, RootContent } from 'hast';
import { sourceArticles } from '../../src/facts/articles.ts';
import { builtPages } from '../support/built-pages.ts';

/** The articles an attribution note names (`p[data-article]` inside `aside.article-attribution`). */
function attributedFiles(tree: Root | Element, inNote = false): string[] {
	return tree.children.flatMap((child: RootContent): string[] => {
		if (child.type !== 'element') return [];
		const classes = child.properties['className'];
		const note = inNote || (child.tagName === 'aside' && Array.isArray(classes) && classes.includes('article-attribution'));
		const own =
			note && child.tagName === 'p' && child.properties['dataArticle'] !== undefined ? [String(child.properties['dataArticle'])] : [];
		return [...own, ...attributedFiles(child, note)];
	});
}

/** The articles whose pages the site builds (the fact sheet's keys), by key. */
const articles = sourceArticles.filter((article) => article.cpor);
const CITED = new RegExp(`\\b(${articles.map((article) => article.key).join('|')})#\\d`, 'g');

test('every page that cites an article’s sentences names that article in its attribution', () => {
	const missing: string[] = [];
	let checked = 0;
	for (const page of builtPages()) {
		const html = readFileSync(page.path, 'utf8');
		const cited = new Set([...html.matchAll(CITED)].map((match) => match[1]!));
		if (page.article) cited.add(articles.find((article) => article.file === page.article)!.key);
		if (cited.size === 0) continue;
		checked++;
		const named = new Set(attributedFiles(fromHtml(html)));
		for (const key of cited) {
			const file = articles.find((article) => article.key === key)!.file;
			if (!named.has(file)) missing.push(`${page.url}: cites ${key} (${file}) but its attribution doesn’t name it`);
		}
	}
	expect(checked, 'pages that cite an article').toBeGreaterThan(100);
	expect(missing).toEqual([]);
});
