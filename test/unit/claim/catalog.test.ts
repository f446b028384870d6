import { describe, expect, it } from 'vitest';
import { locales } from '../../../src/i18n/locales.ts';
import { catalogEntry, claimErrorCatalog, errorText, SUPPORT_URL } from '../../../src/claim/catalog.ts';
import { catalogEntrySchema } from '../../../src/claim/catalog-schema.ts';
import { articleAnchors, claimErrorCodes, type ClaimErrorCode } from '../../../src/claim/errors.ts';
import { claimLangs } from '../../../src/claim/localized.ts';
import { seedDocument, segmentTexts } from './helpers.ts';

const entries = claimErrorCodes.map((code) => [code, claimErrorCatalog[code]] as const);
const ja = seedDocument('ja-JP');
const zh = seedDocument('zh-TW');
const jaSegments = segmentTexts(ja);
const zhSegments = segmentTexts(zh);
const articleText = { ja: [...jaSegments.values()].map((s) => s.translation).join('\n'), 'zh-TW': [...zhSegments.values()].map((s) => s.translation).join('\n') };

/** `CAI#119` → [119]; `CAI#128–131` → [128, 131]. */
const segmentNumbers = (citation: string) => citation.replace(/^CAI#/, '').split('–').map(Number);

describe('the error catalog', () => {
	it('has exactly one entry per code, and every entry fits the schema', () => {
		expect(Object.keys(claimErrorCatalog).sort()).toEqual([...claimErrorCodes].sort());
		for (const [code, { severity: _severity, ...written }] of entries) {
			expect(catalogEntrySchema.safeParse(written).error?.issues ?? [], code).toEqual([]);
		}
	});

	it('is written in exactly the site languages', () => {
		expect([...claimLangs]).toEqual(locales.map((locale) => locale.lang));
	});

	it('has a title, explanation and fix in every language, and ja and zh-TW are translations, not English', () => {
		for (const [code, { text }] of entries) {
			for (const part of ['title', 'explanation', 'fix'] as const) {
				for (const lang of claimLangs) expect(text[lang][part].trim(), `${code} ${lang} ${part}`).not.toBe('');
				expect(text.ja[part], `${code} ja ${part}`).not.toBe(text.en[part]);
				expect(text['zh-TW'][part], `${code} zh-TW ${part}`).not.toBe(text.en[part]);
				expect(text.ja[part], `${code} ja ${part}`).toMatch(/[\u3040-\u30ff]/); // kana
				expect(text['zh-TW'][part], `${code} zh-TW ${part}`).toMatch(/[\u4e00-\u9fff]/);
				expect(text['zh-TW'][part], `${code} zh-TW ${part}`).not.toMatch(/[\u3040-\u30ff]/);
			}
		}
	});

	it('has distinct titles, so the error pages can tell the codes apart', () => {
		for (const lang of claimLangs) {
			const titles = entries.map(([, entry]) => entry.text[lang].title);
			expect(new Set(titles).size, lang).toBe(titles.length);
		}
	});

	it('links only to anchors that are headings of the article in every locale', () => {
		for (const document of [ja, zh]) {
			const headings = new Set(document.blocks.flatMap((block) => (block.type === 'heading' && block.anchor ? [block.anchor] : [])));
			for (const anchor of articleAnchors) expect(headings.has(anchor), anchor).toBe(true);
		}
		const used = new Set(entries.map(([, entry]) => entry.anchor));
		for (const anchor of articleAnchors) expect(used.has(anchor), `an entry links ${anchor}`).toBe(true);
	});

	it('cites segments of the troubleshooting article that exist', () => {
		for (const [code, entry] of entries) {
			for (const citation of entry.citations.filter((c) => c.startsWith('CAI#'))) {
				for (const number of segmentNumbers(citation)) expect(jaSegments.has(number) && zhSegments.has(number), `${code} ${citation}`).toBe(true);
			}
		}
	});

	it("quotes the article's own sentence, verbatim in every locale", () => {
		for (const [code, { articleQuote }] of entries) {
			if (articleQuote === null) continue;
			const [number] = segmentNumbers(articleQuote.citation);
			expect(articleQuote.citation, code).toMatch(/^CAI#\d+$/);
			expect(articleQuote.text.en, code).toBe(jaSegments.get(number!)?.english);
			expect(articleQuote.text.en, code).toBe(zhSegments.get(number!)?.english);
			expect(articleQuote.text.ja, code).toBe(jaSegments.get(number!)?.translation);
			expect(articleQuote.text['zh-TW'], code).toBe(zhSegments.get(number!)?.translation);
		}
	});

	it('has an article quote for each of the six subscription errors of the article (CAI#119–124)', () => {
		const reasons: Record<string, ClaimErrorCode> = {
			'CAI#119': 'SUBSCRIPTION_PRODUCT_NOT_ON_TENANT',
			'CAI#120': 'SUBSCRIPTION_NOT_DYNAMICS',
			'CAI#121': 'SUBSCRIPTION_IS_CSP',
			'CAI#122': 'SUBSCRIPTION_NOT_PROVISIONED',
			'CAI#123': 'SUBSCRIPTION_ALREADY_CLAIMED',
			'CAI#124': 'SUBSCRIPTION_ID_INVALID',
		};
		for (const [citation, code] of Object.entries(reasons)) {
			const entry = claimErrorCatalog[code as ClaimErrorCode];
			expect(entry.articleQuote?.citation, code).toBe(citation);
			// The reason is the title in every language.
			for (const lang of claimLangs) expect(entry.text[lang].title, `${code} ${lang}`).toBe(entry.articleQuote?.text[lang]);
		}
	});

	it('quotes the localized article verbatim wherever a ja or zh-TW text quotes a sentence 「…」', () => {
		for (const [code, { text }] of entries) {
			for (const lang of ['ja', 'zh-TW'] as const) {
				for (const part of [text[lang].explanation, text[lang].fix]) {
					for (const match of part.matchAll(/「([^「」]{15,})」/g)) expect(articleText[lang], `${code} ${lang}`).toContain(match[1]);
				}
			}
		}
	});

	it("uses the localized article's terms", () => {
		const terms = [
			{ en: /subscription/i, ja: 'サブスクリプション', zh: /訂用帳戶|訂閱/ },
			{ en: /tenant ID/, ja: 'テナント ID', zh: /租用戶識別碼|租使用者識別碼/ },
			{ en: /subdomain/, ja: 'サブドメイン', zh: /子域/ },
			{ en: /in grace/, ja: '猶予状態', zh: /寬限/ },
			{ en: /CPOR association claim flow/, ja: 'CPOR アソシエーション要求フロー', zh: /CPOR 關聯宣告流程/ },
		];
		for (const [code, { text }] of entries) {
			for (const part of ['title', 'explanation', 'fix'] as const) {
				for (const term of terms) {
					if (!term.en.test(text.en[part])) continue;
					expect(text.ja[part], `${code} ja ${part}`).toContain(term.ja);
					expect(text['zh-TW'][part], `${code} zh-TW ${part}`).toMatch(term.zh);
				}
			}
		}
	});

	it('says which rules are simulator assumptions, in every language', () => {
		const assumed = entries.filter(([, entry]) => entry.basis === 'assumed').map(([code]) => code);
		expect(assumed.sort()).toEqual(
			['CONTACT_EMAIL_INVALID', 'INPUT_NOT_READABLE', 'MPN_UNKNOWN', 'PRODUCT_NOT_IN_SOLUTION_AREA', 'REVENUE_ASSOCIATION_FIELD_REQUIRED', 'TENANT_ID_NOT_GUID'].sort(),
		);
		for (const [code, entry] of entries) {
			if (entry.basis === 'documented') expect(entry.citations.length, code).toBeGreaterThan(0);
			if (entry.assumption !== null) for (const lang of claimLangs) expect(entry.assumption[lang].trim(), `${code} ${lang}`).not.toBe('');
		}
	});

	it('marks as warnings exactly the conditions that do not stop the claim', () => {
		const warnings = entries.filter(([, entry]) => entry.severity === 'warning').map(([code]) => code);
		expect(warnings).toEqual(['MPN_NOT_ENROLLED', 'MPN_PARTNER_TYPE_NOT_SHOWN', 'COMPETING_CLAIM']);
	});

	it('never claims to know the exact portal text', () => {
		for (const [, entry] of entries) expect(entry.portalText).toBe('not-documented');
	});

	it('links support wherever the English fix sends the partner to support', () => {
		for (const [code, entry] of entries) expect(entry.links.includes(SUPPORT_URL), code).toBe(/contact support/.test(entry.text.en.fix));
	});
});

describe('errorText', () => {
	it('gives the text in a page language, English for a language the catalog lacks', () => {
		expect(errorText('SUBSCRIPTION_IS_CSP', 'ja').title).toBe('指定されたサブスクリプションが CSP を対象としている');
		expect(errorText('SUBSCRIPTION_IS_CSP', 'zh-TW').title).toBe('提供的訂閱適用於 CSP');
		expect(errorText('SUBSCRIPTION_IS_CSP', 'ko').title).toBe('The subscription provided is for CSP');
		expect(catalogEntry('DOMAIN_TENANT_MISMATCH').anchor).toBe('domain-tenant-mismatch');
	});
});
