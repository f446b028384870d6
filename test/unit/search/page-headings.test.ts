import { describe, expect, it } from 'vitest';
import {
	HEADINGS_FILE,
	headingsOf,
	headingsUrlOf,
	loadPageHeadings,
	parsePageHeadings,
	type HeadingsFile,
} from '../../../src/search/page-headings.ts';
import { headingsFileSchema } from '../../../src/search/page-headings-schema.ts';

const article = {
	meta: { title: '顧客の関連付けに関する問題', aliases: 'テナント ID', sectionAliases: 'status=レビュー中|審査中|Under review' },
	filters: { kind: ['guide'] },
	anchors: [
		{ element: 'h1', id: '_top', text: '顧客の関連付けに関する問題' },
		{ element: 'h2', id: 'competing-claims', text: ' 競合している要求 ' },
		{ element: 'span', id: 'cai-166', text: '顧客と、既に別のパートナーに…' },
		{ element: 'h3', id: 'empty', text: '' },
		{ element: 'p', id: 'changed-later', text: 'その後の変更' },
	],
};
const error = {
	meta: {
		title: 'サブスクリプションは CSP 用です',
		code: 'SUBSCRIPTION_IS_CSP',
		message: 'The subscription provided is for CSP',
		messageLocal: '指定されたサブスクリプションが CSP を対象としている',
		example: 'CSP のサブスクリプション',
	},
	filters: { kind: ['error'] },
	anchors: [{ element: 'h2', id: 'fix', text: '対処方法' }],
};

describe('headingsOf', () => {
	it('keeps an article’s title, kind, aliases, section names and headings (not the h1, other elements or empty headings)', () => {
		expect(headingsOf(article)).toEqual({
			title: '顧客の関連付けに関する問題',
			kind: 'guide',
			aliases: 'テナント ID',
			sectionAliases: 'status=レビュー中|審査中|Under review',
			headings: ['競合している要求'],
		});
	});

	it('keeps an error page’s code, messages and example, and leaves out its template headings', () => {
		expect(headingsOf(error)).toEqual({
			title: 'サブスクリプションは CSP 用です',
			kind: 'error',
			code: 'SUBSCRIPTION_IS_CSP',
			messages: ['The subscription provided is for CSP', '指定されたサブスクリプションが CSP を対象としている'],
			example: 'CSP のサブスクリプション',
		});
	});

	it('makes entries the file’s schema accepts, even from a fragment without metadata', () => {
		const file: HeadingsFile = { pages: { ja_1: headingsOf(article), ja_2: headingsOf(error), ja_3: headingsOf({}) } };
		expect(headingsFileSchema.parse(file)).toEqual(file);
		expect(parsePageHeadings(JSON.parse(JSON.stringify(file)))).toEqual(file);
	});
});

describe('headingsUrlOf', () => {
	it('is the file the entry names, under the bundle', () => {
		expect(headingsUrlOf('/pagefind/ja/', { languages: {}, headings: `${HEADINGS_FILE}?v=6e60e3d988c9` })).toBe(
			'/pagefind/ja/headings.json?v=6e60e3d988c9',
		);
	});

	it('is undefined for an entry naming none, or anything else', () => {
		expect(headingsUrlOf('/pagefind/ja/', { languages: {} })).toBeUndefined();
		expect(headingsUrlOf('/pagefind/ja/', { headings: '../../elsewhere.json' })).toBeUndefined();
		expect(headingsUrlOf('/pagefind/ja/', null)).toBeUndefined();
	});
});

describe('parsePageHeadings', () => {
	it('refuses another shape', () => {
		expect(parsePageHeadings(null)).toBeUndefined();
		expect(parsePageHeadings({ pages: [] })).toBeUndefined();
		expect(parsePageHeadings({ pages: { a: { headings: [] } } })).toBeUndefined();
		expect(parsePageHeadings({ pages: { a: { title: 't', headings: [1] } } })).toBeUndefined();
		expect(parsePageHeadings({ pages: { a: { title: 't', messages: 'one' } } })).toBeUndefined();
		expect(parsePageHeadings({ pages: { a: { title: 't', sectionAliases: ['status=Rejected'] } } })).toBeUndefined();
		expect(parsePageHeadings({ pages: { a: { title: 't', example: ['A CSP subscription'] } } })).toBeUndefined();
	});
});

describe('loadPageHeadings', () => {
	const file = { pages: { ja_1: { title: 't', headings: ['h'] } } };
	const answer =
		(body: unknown, status = 200) =>
		async () =>
			new Response(JSON.stringify(body), { status });

	it('resolves to the file', async () => {
		expect(await loadPageHeadings('/h.json', 1000, answer(file))).toEqual(file);
	});

	it('resolves to undefined when the request fails, errs, hangs or the file has another shape', async () => {
		expect(await loadPageHeadings('/h.json', 1000, answer(file, 404))).toBeUndefined();
		expect(await loadPageHeadings('/h.json', 1000, () => Promise.reject(new TypeError('offline')))).toBeUndefined();
		expect(await loadPageHeadings('/h.json', 10, () => new Promise<Response>(() => undefined))).toBeUndefined();
		expect(await loadPageHeadings('/h.json', 1000, answer({ pages: 3 }))).toBeUndefined();
		expect(await loadPageHeadings('/h.json', 1000, async () => new Response('not json'))).toBeUndefined();
	});
});
