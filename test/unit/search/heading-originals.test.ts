import { describe, expect, it } from 'vitest';
import { sentenceId } from '../../../src/error-reference/sentence-ids.ts';
import { segmentAnchor } from '../../../src/facts/segment-anchors.ts';
import { moveHeadingOriginals, withoutSentenceAnchors } from '../../../src/search/heading-originals.ts';

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

describe('withoutSentenceAnchors', () => {
	it('drops the sentences’ anchors, the error sentences’ too, and keeps the headings’ and every other attribute', () => {
		const html =
			'<h2 id="competing-claims"><span id="s-3" class="sxs" data-segment="3">競合</span></h2>' +
			'<p><span id="s-4" class="sxs" data-segment="4">本文</span> <span class="x" id="s-5">Text</span> <span id="cai-113">Named</span> <span id="step-1">Kept</span></p>';
		expect(withoutSentenceAnchors(html)).toBe(
			'<h2 id="competing-claims"><span class="sxs" data-segment="3">競合</span></h2>' +
				'<p><span class="sxs" data-segment="4">本文</span> <span class="x">Text</span> <span>Named</span> <span id="step-1">Kept</span></p>',
		);
	});

	it('drops the ids the article renderer and the error sentences write, whatever their prefix is', () => {
		const html = `<p><span id="${segmentAnchor(7)}">One</span><span id="${sentenceId(119)}">Two</span></p>`;
		expect(withoutSentenceAnchors(html)).toBe('<p><span>One</span><span>Two</span></p>');
	});
});
