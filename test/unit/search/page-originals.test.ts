import { describe, expect, it } from 'vitest';
import { splitOriginals } from '../../../src/search/page-originals.ts';

const sentence = (n: number, translation: string, original: string) =>
	`<span class="sxs" data-segment="${n}"><span class="sxs-translation">${translation}</span><span class="sxs-original" lang="en" data-pagefind-weight="0.5">${original}</span></span>`;

describe('splitOriginals', () => {
	it('moves every original out of the page, by segment number, nested markup included', () => {
		const html = `<h2 id="a">${sentence(3, '競合', 'Competing <em>claims</em>')}</h2><p>${sentence(4, '<a href="/x/">リンク</a>', '<a href="/x/">A <span>link</span></a>')}</p>`;
		const { html: page, originals } = splitOriginals(html);
		expect(page).toBe(
			'<h2 id="a"><span class="sxs" data-segment="3"><span class="sxs-translation">競合</span></span></h2><p><span class="sxs" data-segment="4"><span class="sxs-translation"><a href="/x/">リンク</a></span></span></p>',
		);
		expect(originals).toEqual({ '3': 'Competing <em>claims</em>', '4': '<a href="/x/">A <span>link</span></a>' });
	});

	it('leaves a page without originals as it is', () => {
		const html = '<p><span class="sxs sxs-untranslated" data-segment="1" lang="en">Not yet</span></p>';
		expect(splitOriginals(html)).toEqual({ html, originals: {} });
	});
});
