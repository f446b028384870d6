import { describe, expect, it } from 'vitest';
import {
	excerptText,
	highlightExcerpt,
	highlightTerms,
	localePunctuation,
	markTerms,
	matchedOnlyInEnglish,
	startAtSentence,
} from '../../../src/search/highlight.ts';

const marked = (parts: { text: string; mark: boolean }[]): string[] => parts.filter((part) => part.mark).map((part) => part.text);

describe('highlightExcerpt', () => {
	it('marks a Chinese query term whole, wherever Pagefind cut it, and not an unrelated word sharing a character', () => {
		const parts = highlightExcerpt('網域與租用戶<mark>不相</mark>符，<mark>不</mark>像其他錯誤', '不相符', 'zh-TW');
		expect(marked(parts)).toEqual(['不相符']);
		expect(parts.map((part) => part.text).join('')).toBe('網域與租用戶不相符，不像其他錯誤');
	});

	it('never marks a Japanese particle alone', () => {
		const parts = highlightExcerpt(
			'<mark>サブスクリプション</mark><mark>が</mark>見つかり<mark>ません</mark>。ない',
			'サブスクリプションが ない',
			'ja',
		);
		expect(marked(parts)).toEqual(['サブスクリプション']);
	});

	it('marks Latin terms as whole words only, in any case', () => {
		expect(marked(highlightExcerpt('Network issues. Work with <mark>work</mark>ers at work', 'work', 'en'))).toEqual(['Work', 'work']);
		expect(marked(highlightExcerpt('The SUBSCRIPTION_IS_CSP error', 'subscription_is_csp', 'en'))).toEqual(['SUBSCRIPTION_IS_CSP']);
	});

	it('marks full-width queries in half-width text', () => {
		expect(marked(highlightExcerpt('テナント ID を入力', 'ＩＤ', 'ja'))).toEqual(['ID']);
	});

	it('removes Pagefind’s zero-width word separators and never returns HTML', () => {
		const parts = highlightExcerpt('顧客\u200Bの\u200B<mark>関連\u200B付け</mark> &lt;b&gt;', '関連付け', 'ja');
		expect(parts).toEqual([
			{ text: '顧客の', mark: false },
			{ text: '関連付け', mark: true },
			{ text: ' <b>', mark: false },
		]);
	});
});

describe('highlightTerms', () => {
	it('keeps a CJK run whole, then its words, longest first, without particles or lone characters', () => {
		const terms = highlightTerms('不相符', 'zh-TW');
		expect(terms[0]).toBe('不相符');
		expect(terms).not.toContain('不');
		expect(highlightTerms('が ない', 'ja')).toEqual([]);
	});
});

describe('markTerms', () => {
	it('never overlaps marks: the longer term wins', () => {
		expect(markTerms('不相符合', ['不相符', '相符'])).toEqual([
			{ text: '不相符', mark: true },
			{ text: '合', mark: false },
		]);
	});
});

describe('excerptText and localePunctuation', () => {
	it('uses 。 where Pagefind joined Japanese or Chinese text with an ASCII full stop, and leaves English alone', () => {
		expect(localePunctuation('顧客の関連付けに関する問題. Microsoft の記事の日付', 'ja')).toBe(
			'顧客の関連付けに関する問題。Microsoft の記事の日付',
		);
		expect(localePunctuation('租用戶不符. 請確認', 'zh-TW')).toBe('租用戶不符。請確認');
		expect(localePunctuation('ください。. 次へ', 'ja')).toBe('ください。次へ');
		// After a Latin word, when Japanese or Chinese text follows (break-k E1).
		expect(localePunctuation('要求の手順: サブスクリプション ID. このサイトの ID', 'ja')).toBe(
			'要求の手順: サブスクリプション ID。このサイトの ID',
		);
		expect(localePunctuation('输入订阅 ID. 声明步骤', 'zh-CN')).toBe('输入订阅 ID。声明步骤');
		expect(localePunctuation('Microsoft 365 E3. Dynamics', 'ja')).toBe('Microsoft 365 E3. Dynamics');
		expect(localePunctuation('Issues. Microsoft', 'en')).toBe('Issues. Microsoft');
		expect(excerptText('a\u200Bb')).toBe('ab');
	});
});

describe('startAtSentence', () => {
	it('starts after an early sentence end when no mark is lost', () => {
		expect(startAtSentence('付けを操作します。次の問題を解決します。そして', 30).text).toBe('次の問題を解決します。そして');
		expect(startAtSentence('rk with them. Then the claim is approved and you are done here', 60).text).toBe(
			'Then the claim is approved and you are done here',
		);
	});

	it('keeps the start when a mark comes first or no sentence ends early, with an ellipsis for a cut start', () => {
		expect(startAtSentence('を操作します。次', 1).text).toBe('…を操作します。次');
		expect(startAtSentence('付けを操作します。次', 1).text).toBe('付けを操作します。次');
		expect(startAtSentence('The claim', 0).text).toBe('The claim');
	});

	it('drops no mark when an excerpt is moved to a sentence start', () => {
		const parts = highlightExcerpt('を操作します。次の<mark>問題</mark>を解決します。さらに長い文がここに続きます。', '問題', 'ja');
		expect(parts[0]).toEqual({ text: '次の', mark: false });
		expect(marked(parts)).toEqual(['問題']);
	});
});

describe('highlightExcerpt on a page with hidden English originals', () => {
	const text = (parts: readonly { text: string }[]) => parts.map((part) => part.text).join('');
	it('leaves out the originals between the sentences when the query matched the page’s own language', () => {
		// Held-out search test I: the hidden original of a heading, then of a question, shown between Japanese and Chinese text.
		const ja = 'PoE のレビュー担当者と通信する方法. How to communicate with PoE reviewers. 受講者が確認します。';
		expect(text(highlightExcerpt(ja, 'レビュー担当者', 'ja', true))).toBe('PoE のレビュー担当者と通信する方法。受講者が確認します。');
		const zh = '我要選擇哪一個活動？ Which activity do I choose? CPOR 聲稱的活動';
		expect(text(highlightExcerpt(zh, '活動', 'zh-TW', true))).toBe('我要選擇哪一個活動？CPOR 聲稱的活動');
	});

	it('keeps them where the query matched them, on other pages, and in other languages', () => {
		const ja = 'PoE のレビュー担当者と通信する方法. How to communicate with PoE reviewers. 受講者が確認します。';
		expect(text(highlightExcerpt(ja, 'communicate with PoE reviewers', 'ja', true))).toContain('How to communicate with PoE reviewers');
		expect(text(highlightExcerpt(ja, 'レビュー担当者', 'ja'))).toContain('How to communicate with PoE reviewers');
		const en = 'How to communicate with PoE reviewers. The reviewer answers.';
		expect(text(highlightExcerpt(en, 'reviewer', 'en', true))).toBe(en);
	});
});

describe('matchedOnlyInEnglish', () => {
	const ja = { lang: 'ja', kind: 'guide' };
	it('is true when every mark is in English prose of a Japanese or Chinese article', () => {
		expect(
			matchedOnlyInEnglish(highlightExcerpt('競合している要求 Competing claims are resolved by the partner', 'competing claims', 'ja'), ja),
		).toBe(true);
		expect(matchedOnlyInEnglish(highlightExcerpt('MPN ID を入力します', 'MPN ID', 'ja'), ja)).toBe(false);
		// An error code beside a citation is no English original (zh-TW sources page, SUBSCRIPTION_IS_CSP).
		expect(
			matchedOnlyInEnglish(
				highlightExcerpt('[CAI#125–126] SUBSCRIPTION_IS_CSP 訂用帳戶識別碼 提供的訂閱適用於 CSP', 'SUBSCRIPTION_IS_CSP', 'zh-TW'),
				{ lang: 'zh-TW', kind: 'guide' },
			),
		).toBe(false);
		expect(matchedOnlyInEnglish(highlightExcerpt('競合している要求 Competing claims are resolved', '競合', 'ja'), ja)).toBe(false);
		expect(
			matchedOnlyInEnglish(highlightExcerpt('Competing claims are resolved by the partner', 'competing', 'en'), {
				lang: 'en',
				kind: 'guide',
			}),
		).toBe(false);
	});

	it('is false on the site’s own pages, which carry no hidden original: their English is shown', () => {
		// Held-out search test I: an error page whose Chinese text quotes the later name was labelled.
		const quoted = highlightExcerpt('已變更：Modern Work and Security 解決方案領域', 'Modern Work and Security', 'zh-TW');
		expect(matchedOnlyInEnglish(quoted, { lang: 'zh-TW', kind: 'guide' })).toBe(true);
		for (const kind of ['error', 'tool', undefined]) expect(matchedOnlyInEnglish(quoted, { lang: 'zh-TW', kind })).toBe(false);
	});
});
