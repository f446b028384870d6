import { describe, expect, it } from 'vitest';
import {
	cutTerms,
	guessCjkLanguage,
	isErrorCode,
	longestWords,
	normalizeQuery,
	queryWords,
	segmentForIndex,
} from '../../../src/search/normalize.ts';

describe('normalizeQuery', () => {
	it('folds full-width Latin and digits to ASCII, and half-width katakana to full-width', () => {
		expect(normalizeQuery('ＩＤ')).toBe('ID');
		expect(normalizeQuery('ｻﾌﾞｽｸﾘﾌﾟｼｮﾝ')).toBe('サブスクリプション');
		expect(normalizeQuery('ＭＰＮ１２３')).toBe('MPN123');
	});

	it('keeps error codes whole, also typed full-width', () => {
		expect(normalizeQuery('ＳＵＢＳＣＲＩＰＴＩＯＮ＿ＮＯＴ＿ＡＣＴＩＶＥ')).toBe('SUBSCRIPTION_NOT_ACTIVE');
		expect(normalizeQuery('  SUBSCRIPTION_NOT_ACTIVE ')).toBe('SUBSCRIPTION_NOT_ACTIVE');
	});

	it('folds every run of white space (ideographic space, tabs, new lines) to one space and drops zero-width characters', () => {
		expect(normalizeQuery('テナント\u3000ID\n\tが\u200B一致しません  ')).toBe('テナント ID が一致しません');
		expect(normalizeQuery(' \n ')).toBe('');
	});
});

describe('queryWords', () => {
	it('keeps codes, IDs and GUIDs whole and lower-cases Latin words', () => {
		expect(queryWords('SUBSCRIPTION_NOT_ACTIVE for 12345678-aaaa-bbbb-cccc-123456789abc', 'en')).toEqual([
			'subscription_not_active',
			'12345678-aaaa-bbbb-cccc-123456789abc',
		]);
	});

	it('keeps a Japanese katakana loanword whole and drops particles', () => {
		expect(queryWords('サブスクリプションの有効期限が切れています', 'ja')).toEqual(['サブスクリプション', '有効期限', '切れています']);
		expect(queryWords('テナントIDとドメインが一致しません', 'ja')).toEqual(['テナント', 'id', 'ドメイン', '一致']);
		// A verb as the reader types it, as the stem the pages' forms begin with (`japaneseStem`): 調べる.
		expect(queryWords('顧客のテナント ID はどこで調べますか', 'ja')).toEqual(['顧客', 'テナント', 'id', '調べ']);
	});

	it('splits Chinese into words and joins the single characters the segmenter leaves', () => {
		const words = queryWords('訂用帳戶不是使用中的狀態', 'zh-TW');
		expect(words).toContain('帳戶');
		expect(words).toContain('狀態');
		expect(words.every((word) => [...word].length >= 2)).toBe(true);
	});

	it('cuts a word of the pages whole in a Chinese query, wherever the segmenter would cut it', () => {
		// Held-out probe 31 (December 2026): ICU cuts 輸入|租|用戶, and tenant (租用戶) was searched as user (用戶).
		const terms = new Set(['租用戶', '識別碼']);
		expect(queryWords('我只填了網域，說要輸入租用戶識別碼', 'zh-TW', { terms })).toEqual(
			expect.arrayContaining(['輸入', '租用戶', '識別碼']),
		);
		expect(queryWords('我只填了網域，說要輸入租用戶識別碼', 'zh-TW', { terms })).not.toContain('用戶');
		// A term the segmenter cuts into words (訂|用|帳戶, glued 訂用|帳戶) keeps them: a page may write them apart.
		expect(queryWords('訂用帳戶宣告一直失敗', 'zh-TW', { terms: new Set(['訂用帳戶']) })).toEqual(expect.arrayContaining(['訂用', '帳戶']));
	});

	it('keeps a Chinese character that is a word of its own apart from the single characters it would glue to', () => {
		// The segmenter cuts 查|客户|的|域|名: glued, 的 and 域名 made the junk word 的域名, which no page holds.
		expect(queryWords('查客户的域名', 'zh-CN')).toContain('的域名');
		expect(queryWords('查客户的域名', 'zh-CN', { apart: new Set(['的', '查']) })).toEqual(['客户', '域名']);
		expect(queryWords('怎么改认领的活动', 'zh-CN', { apart: new Set(['怎么', '的', '改']) })).toEqual(['怎么', '认领', '活动']);
	});

	it('drops English stop words unless nothing else is left', () => {
		expect(queryWords('the subscription is not active', 'en')).toEqual(['subscription', 'active']);
		expect(queryWords('the', 'en')).toEqual(['the']);
	});
});

describe('longestWords', () => {
	it('puts error codes first, then longer words (a CJK character counting as much as a short word)', () => {
		expect(longestWords(['tenant', 'DOMAIN_TENANT_MISMATCH', 'subscription', '有効期限切れ'])).toEqual([
			'DOMAIN_TENANT_MISMATCH',
			'有効期限切れ',
			'subscription',
			'tenant',
		]);
	});
});

describe('isErrorCode', () => {
	it('recognizes upper- or lower-case words joined by underscores', () => {
		expect(isErrorCode('SUBSCRIPTION_NOT_ACTIVE')).toBe(true);
		expect(isErrorCode('subscription_is_csp')).toBe(true);
		expect(isErrorCode('subscription')).toBe(false);
		expect(isErrorCode('_x')).toBe(false);
	});
});

describe('segmentForIndex', () => {
	it('splits CJK text into space-separated words for a Japanese or Chinese index, and leaves Latin text alone', () => {
		const segmented = segmentForIndex('テナントIDとドメインが一致しません', 'ja');
		expect(segmented.split(' ').length).toBeGreaterThan(3);
		expect(segmented.replaceAll(' ', '')).toBe('テナントIDとドメインが一致しません');
		expect(segmentForIndex('SUBSCRIPTION_NOT_ACTIVE tenant', 'ja')).toBe('SUBSCRIPTION_NOT_ACTIVE tenant');
	});

	it('leaves queries for an English index unchanged', () => {
		expect(segmentForIndex('テナントIDとドメイン', 'en')).toBe('テナントIDとドメイン');
	});
});

describe('guessCjkLanguage', () => {
	it('tells Japanese by its kana and Chinese by a long Han run without kana', () => {
		expect(guessCjkLanguage('サブスクリプションが既に要求されている')).toBe('ja');
		expect(guessCjkLanguage('訂用帳戶不是使用中或寬限期狀態')).toBe('zh');
		expect(guessCjkLanguage('猶予状態')).toBeUndefined();
		expect(guessCjkLanguage('subscription')).toBeUndefined();
	});
});

describe('queryWords with a number', () => {
	it('keeps a number with the counter after it, which alone would be a lone character (7일, 30日, 30天)', () => {
		expect(queryWords('고객 옵트아웃 7일', 'ko')).toEqual(['고객', '옵트아웃', '7일']);
		expect(queryWords('30 日以内に異議', 'ja')).toEqual(['30日', '以内', '異議']);
		expect(queryWords('30天内提出争议', 'zh-CN')).toEqual(['30天', '提出', '争议']);
		// Latin words after a number stay words of their own.
		expect(queryWords('30 Tage', 'de')).toEqual(['30', 'tage']);
		// Only a counter joins the number, and never the number of a product's name (second held-out probe).
		expect(queryWords('Dynamics 365 구독 ID 입력', 'ko')).toEqual(['dynamics', '구독', 'id', '입력']);
		expect(queryWords('Microsoft 365 活动选哪个', 'zh-CN')).not.toContain('365活');
		expect(queryWords('5営業日', 'ja')).toEqual(['営業日']);
		expect(queryWords('MPN 4412345', 'en')).toEqual(['mpn', '4412345']);
	});

	it('weighs a product by its name, not by the number that Microsoft 365 and Dynamics 365 share', () => {
		expect(queryWords('technischer Ansprechpartner fehlt bei Dynamics 365', 'de')).not.toContain('365');
		expect(queryWords('Dynamics 365 の技術担当者', 'ja')).toEqual(['dynamics', '技術担当者']);
		expect(queryWords('Dynamics 365에서 추가', 'ko')).toEqual(['dynamics', '추가']);
		// A count after a word is no name: `30` goes with `jours`.
		expect(queryWords('contester le rejet dans les 30 jours', 'fr')).toContain('30');
	});
});

describe('queryWords with a Japanese question word in a kanji run', () => {
	it('takes 何 apart from the kanji after it, which the pages write with a number (何日以内 → 日以内)', () => {
		expect(queryWords('顧客は何日以内にオプトアウトできますか', 'ja')).toEqual(['顧客', '日以内', 'オプトアウト']);
		// Two kanji (何日) leave one: a lone kanji, which is weak, as before.
		expect(queryWords('何日', 'ja')).toEqual(['何日']);
	});
});

describe('queryWords in Korean after a Latin word', () => {
	it('leaves out the particle written onto a Latin word (ID에서, CSP용), which every page holds', () => {
		expect(queryWords('Entra ID에서 도메인 이름 확인', 'ko')).toEqual(['entra', 'id', '도메인', '이름', '확인']);
		expect(queryWords('CSP용 구독', 'ko')).toEqual(['csp', '구독']);
		// A Korean word written onto a Latin one is no particle: it stays.
		expect(queryWords('MPN파트너', 'ko')).toEqual(['mpn', '파트너']);
	});
});

describe('queryWords in Korean', () => {
	it('cuts Korean at spaces and strips particles and endings (Pagefind does not segment Korean; 찾는 → 찾, one syllable, is weak)', () => {
		expect(queryWords('고객의 도메인을 찾는 방법', 'ko')).toEqual(['고객', '도메인', '방법']);
		expect(queryWords('테넌트와 도메인이 일치하지 않습니다', 'ko')).toEqual(['테넌트', '도메인', '일치', '않습니다']);
	});

	it('leaves one-syllable words out unless nothing else is left', () => {
		expect(queryWords('검토 중', 'ko')).toEqual(['검토']);
		expect(queryWords('PoE 검토자와', 'ko')).toEqual(['poe', '검토자']);
	});
});

describe('cutTerms', () => {
	it('cuts the shortest word of the list where two begin at one character, and keeps the text between in order', () => {
		const terms = new Set(['租用戶', '租用戶識別碼', '識別碼']);
		expect(cutTerms('輸入租用戶識別碼吧', terms)).toEqual([
			{ text: '輸入', term: false },
			{ text: '租用戶', term: true },
			{ text: '識別碼', term: true },
			{ text: '吧', term: false },
		]);
		expect(cutTerms('輸入租用戶識別碼', new Set(['租用戶識別碼']))).toEqual([
			{ text: '輸入', term: false },
			{ text: '租用戶識別碼', term: true },
		]);
		expect(cutTerms('租用戶與識別碼', new Set(['租用戶', '識別碼']))).toEqual([
			{ text: '租用戶', term: true },
			{ text: '與', term: false },
			{ text: '識別碼', term: true },
		]);
	});

	it('leaves words shorter than three characters to the segmenter', () => {
		expect(cutTerms('客户域名', new Set(['域名']))).toEqual([{ text: '客户域名', term: false }]);
		expect(cutTerms('客户域名', new Set())).toEqual([{ text: '客户域名', term: false }]);
	});
});
