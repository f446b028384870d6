import { describe, expect, it } from 'vitest';
import { moveHeadingOriginals } from '../../../src/search/heading-originals.ts';

describe('moveHeadingOriginals', () => {
	it('moves a heading’s hidden English original out of the heading, to just after it, weight kept', () => {
		const html =
			'<h2 id="competing-claims"><span class="sxs" data-segment="3"><span class="sxs-translation">競合している要求</span>' +
			'<span class="sxs-original" lang="en" data-pagefind-weight="0.5">Competing <span class="x">claims</span></span></span></h2><p>本文</p>';
		expect(moveHeadingOriginals(html)).toBe(
			'<h2 id="competing-claims"><span class="sxs" data-segment="3"><span class="sxs-translation">競合している要求</span></span></h2>' +
				'<p lang="en"><span class="sxs-original" lang="en" data-pagefind-weight="0.5">Competing <span class="x">claims</span></span></p><p>本文</p>',
		);
	});

	it('moves every original of a heading, in order, and leaves other headings and the body alone', () => {
		const original = (text: string) => `<span class="sxs-original" lang="en">${text}</span>`;
		const html = `<h3 id="a">一${original('One')}二${original('Two')}</h3><h2 id="b">目次</h2><p>文${original('Body')}</p>`;
		expect(moveHeadingOriginals(html)).toBe(
			`<h3 id="a">一二</h3><p lang="en">${original('One')} ${original('Two')}</p><h2 id="b">目次</h2><p>文${original('Body')}</p>`,
		);
		expect(moveHeadingOriginals('<h2>Plain</h2>')).toBe('<h2>Plain</h2>');
	});
});
