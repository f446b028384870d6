import { describe, expect, it } from 'vitest';
import type { RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { sectionBoundsSchema, sectionsAt, serializeSections, splitHtmlSections } from '../../../src/article/html-sections.ts';

describe('splitHtmlSections', () => {
	it('cuts the article at its top-level headings and keeps every byte of content', () => {
		const html =
			'<p>Applies to</p>\n<h2 id="a">A</h2><p>one <em>two</em></p><h3 id="a1">A.1</h3><ul><li>x</li></ul><h2 id="b">B</h2><table><tr><td>t</td></tr></table>';
		const sections = splitHtmlSections(html);
		expect(sections.map((section) => section.anchor)).toEqual(['', 'a', 'b']);
		expect(sections[1]!.html).toBe('<h2 id="a">A</h2><p>one <em>two</em></p><h3 id="a1">A.1</h3><ul><li>x</li></ul>');
		expect(sections.map((section) => section.html).join('')).toContain('<td>t</td>');
	});

	it('never splits inside an element, even when an <h2> is nested', () => {
		const sections = splitHtmlSections('<aside><h2 id="inner">Note</h2><p>p</p></aside><h2 id="outer">Outer</h2>');
		expect(sections.map((section) => section.anchor)).toEqual(['', 'outer']);
		expect(sections[0]!.html).toBe('<aside><h2 id="inner">Note</h2><p>p</p></aside>');
	});

	it('gives one section for an article without headings', () => {
		expect(splitHtmlSections('<p>only</p>')).toEqual([{ anchor: '', html: '<p>only</p>', head: '', body: '<p>only</p>' }]);
	});

	it('gives each section its heading and its body apart, so a note can stand right after the heading (#14)', () => {
		const sections = splitHtmlSections('<p>intro</p><h2 id="a">A</h2><p>one</p><h2>No id</h2><p>two</p>');
		expect(sections.map(({ head, body }) => [head, body])).toEqual([
			['', '<p>intro</p>'],
			['<h2 id="a">A</h2>', '<p>one</p>'],
			['<h2>No id</h2>', '<p>two</p>'],
		]);
		for (const section of sections) expect(section.head + section.body).toBe(section.html);
	});
});

describe('splitHtmlSections with heading anchor links (#16)', () => {
	it('starts a section at an <h2> wrapped with its anchor link', () => {
		const wrapped = (id: string): string =>
			`<div class="sl-heading-wrapper level-h2"><h2 id="${id}">${id}</h2><a class="sl-anchor-link" href="#${id}"><span class="sr-only">${id}</span></a></div>`;
		const sections = splitHtmlSections(
			`<p>intro</p>${wrapped('a')}<p>one</p><div class="sl-heading-wrapper level-h3"><h3 id="a1">A.1</h3></div>${wrapped('b')}<p>two</p>`,
		);
		expect(sections.map((section) => section.anchor)).toEqual(['', 'a', 'b']);
		expect(sections[1]!.html).toContain('<h3 id="a1">A.1</h3>');
		expect(sections[2]!.html).toBe(`${wrapped('b')}<p>two</p>`);
	});
});

describe('serializeSections', () => {
	const nodes: RootContent[] = [
		h('p', 'intro & more'),
		{ type: 'text', value: '\n' },
		h('div', { className: ['sl-heading-wrapper', 'level-h2'] }, [h('h2', { id: 'a' }, 'A'), h('a', { href: '#a' }, 'link')]),
		h('p', ['one ', h('em', 'two')]),
		h('h2', { id: 'b' }, 'B <b>'),
		h('table', [h('tbody', [h('tr', [h('td', 't')])])]),
	];

	it('writes the same HTML as serializing the nodes together, and where each section lies in it', () => {
		const { html, sections } = serializeSections(nodes);
		expect(html).toBe(toHtml({ type: 'root', children: nodes as never }));
		expect(sections.map((section) => section.anchor)).toEqual(['', 'a', 'b']);
		expect(sectionsAt(html, sections)).toEqual(splitHtmlSections(html));
		expect(sectionsAt(html, sections)[2]).toEqual({
			anchor: 'b',
			html: '<h2 id="b">B &#x3C;b></h2><table><tbody><tr><td>t</td></tr></tbody></table>',
			head: '<h2 id="b">B &#x3C;b></h2>',
			body: '<table><tbody><tr><td>t</td></tr></tbody></table>',
		});
	});

	it('gives bounds the stored shape accepts, and nothing for an empty article', () => {
		expect(sectionBoundsSchema.parse(serializeSections(nodes).sections)).toHaveLength(3);
		expect(serializeSections([])).toEqual({ html: '', sections: [] });
	});
});
