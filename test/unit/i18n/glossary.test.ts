import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ownMessages, readCatalogFiles, readGlossaries } from '../../../src/i18n/catalog-files.ts';
import { checkMessages, describeViolation, findWrongTerms, parseGlossary, type Glossary } from '../../../src/i18n/glossary.ts';
import { locales } from '../../../src/i18n/locales.ts';
import { SOURCES_DIR } from '../../../src/sources/library.ts';

const zh: Glossary = parseGlossary({
	lang: 'zh-TW',
	concepts: [
		{ id: 'review', en: 'review', term: '審核', source: 'test', wrong: ['審查', '檢閱'] },
		{ id: 'status-under-review', en: 'Under review', term: '檢閱中', source: 'test', wrong: ['審核中', '待審查'] },
		{ id: 'subdomain', en: 'subdomain', term: '子網域', source: 'test', wrong: ['子域'] },
	],
});
const ja: Glossary = parseGlossary({
	lang: 'ja',
	concepts: [
		{
			id: 'volume-licensing',
			en: 'Volume Licensing',
			term: 'ボリューム ライセンス',
			source: 'test',
			wrong: ['ボリュームライセンス', 'ボリュームライセンス契約'],
		},
		{ id: 'customer', en: 'customer', term: '顧客', source: 'test', wrong: ['お客様'], allowedIn: ['お客様の声'] },
	],
});
const en: Glossary = parseGlossary({
	lang: 'en',
	concepts: [{ id: 'mpn-id', en: 'MPN ID', term: 'MPN ID', source: 'test', wrong: ['MPN Id'] }],
});

const found = (text: string, glossary: Glossary) => findWrongTerms(text, glossary).map((hit) => `${hit.found}@${hit.index}→${hit.use}`);

describe('findWrongTerms', () => {
	it('finds each wrong variant with the term to use, in order', () => {
		expect(found('審查者會檢閱子域', zh)).toEqual(['審查@0→審核', '檢閱@4→審核', '子域@6→子網域']);
	});

	it('ignores a wrong variant inside a correct term (檢閱 in the status 檢閱中)', () => {
		expect(found('狀態為「檢閱中」', zh)).toEqual([]);
		expect(found('子網域', zh)).toEqual([]);
	});

	it('still reports a wrong variant that contains a correct term (審核中 contains 審核)', () => {
		expect(found('宣告處於「審核中」時會審核', zh)).toEqual(['審核中@5→檢閱中']);
	});

	it('reports the longer of two overlapping variants once', () => {
		expect(found('ボリュームライセンス契約で', ja)).toEqual(['ボリュームライセンス契約@0→ボリューム ライセンス']);
		expect(found('ボリュームライセンスで', ja)).toEqual(['ボリュームライセンス@0→ボリューム ライセンス']);
		expect(found('ボリューム ライセンス契約', ja)).toEqual([]);
	});

	it('keeps the article’s words in a 「quote」 only when the quote is verbatim', () => {
		const article = (quoted: string) => '請洽詢您的客戶，以確保您有正確的子域詳細資料。'.includes(quoted);
		const text = '文章指出「請洽詢您的客戶，以確保您有正確的子域詳細資料。」請檢查子域';
		expect(found(text, zh)).toHaveLength(2);
		expect(findWrongTerms(text, zh, article).map((hit) => hit.index)).toEqual([text.lastIndexOf('子域')]);
		expect(findWrongTerms('狀態為「審核中」', zh, article).map((hit) => hit.found)).toEqual(['審核中']);
	});

	it('honours allowedIn exceptions', () => {
		expect(found('お客様の声と、お客様', ja)).toEqual(['お客様@7→顧客']);
	});

	it('matches Latin variants as whole words only, case-sensitively', () => {
		expect(found('Your MPN Id', en)).toEqual(['MPN Id@5→MPN ID']);
		expect(found('MPN Identity, MPN id, MPN ID', en)).toEqual([]);
	});

	it('refuses a glossary whose wrong variant is another concept’s term, or a useless exception', () => {
		const concept = { en: 'x', source: 'test' };
		expect(() =>
			parseGlossary({
				lang: 'ja',
				concepts: [
					{ ...concept, id: 'a', term: '手順', wrong: ['ステップ'] },
					{ ...concept, id: 'b', term: 'ステップ' },
				],
			}),
		).toThrow(/term of another concept/);
		expect(() =>
			parseGlossary({ lang: 'ja', concepts: [{ ...concept, id: 'a', term: '手順', wrong: ['ステップ'], allowedIn: ['手順書'] }] }),
		).toThrow(/contains none/);
		expect(() =>
			parseGlossary({
				lang: 'ja',
				concepts: [
					{ ...concept, id: 'a', term: 'x' },
					{ ...concept, id: 'a', term: 'y' },
				],
			}),
		).toThrow(/twice/);
	});

	it('exempts verbatim quotes and prints violations as "lang key: found X, use Y"', () => {
		const violations = checkMessages('zh-TW', { 'errors.a.quote': '子域', 'errors.a.fix': '請確認子域' }, zh);
		expect(violations.map(describeViolation)).toEqual(['zh-TW errors.a.fix: found 子域, use 子網域']);
	});
});

describe('the glossaries', () => {
	const glossaries = readGlossaries();

	it('belong to site locales (a new locale may start without one), with the same concepts and English terms', () => {
		expect([...glossaries.keys()]).toEqual(expect.arrayContaining(['en', 'ja', 'zh-TW']));
		for (const lang of glossaries.keys()) expect(locales.map((locale) => locale.lang)).toContain(lang);
		const english = glossaries.get('en')!;
		for (const glossary of glossaries.values()) {
			expect(glossary.concepts.map((concept) => [concept.id, concept.en])).toEqual(
				english.concepts.map((concept) => [concept.id, concept.en]),
			);
		}
	});

	it('give each status the name the lifecycle shows it by (#14 thirteenth review: ja パートナーのアクションが必要 without です)', () => {
		const messages = ownMessages(readCatalogFiles());
		for (const [lang, glossary] of glossaries) {
			for (const concept of glossary.concepts.filter((entry) => entry.id.startsWith('status-'))) {
				const key = `lifecycle.status.${concept.id.slice('status-'.length)}.name`;
				expect(messages.get(lang)?.[key], `${lang} ${key}`).toBe(concept.term);
			}
		}
	});

	it('name the concepts of issue #13', () => {
		const ids = glossaries.get('en')!.concepts.map((concept) => concept.id);
		for (const id of [
			'claim',
			'review',
			'reviewer',
			'subscription',
			'subscription-id',
			'tenant-id',
			'subdomain',
			'proof-of-execution',
			'customer',
			'partner',
			'partner-type',
			'activity',
			'solution-area',
			'mpn-id',
			'usage',
			'revenue-association',
			'web-direct',
			'business-applications',
			'step',
			'volume-licensing',
			'business-day',
			'status-editing',
			'status-submitted',
			'status-under-review',
			'status-partner-action-required',
			'status-approved',
			'status-rejected',
		]) {
			expect(ids).toContain(id);
		}
	});

	it('hold the terms issue #13 prescribes', () => {
		const term = (lang: string, id: string) => glossaries.get(lang)!.concepts.find((concept) => concept.id === id)?.term;
		expect(term('zh-TW', 'status-under-review')).toBe('檢閱中');
		expect(term('zh-TW', 'review')).toBe('審核');
		expect(term('zh-TW', 'subdomain')).toBe('子網域');
		expect(term('ja', 'status-submitted')).toBe('送信済み');
		expect(term('ja', 'status-rejected')).toBe('拒否');
		expect(term('ja', 'customer')).toBe('顧客');
	});

	it('hold the words issue #14 corrects: arbitration is 仲裁 (Microsoft decides), never 調停; a claim goes to arbitration', () => {
		const concept = (lang: string) => glossaries.get(lang)!.concepts.find((entry) => entry.id === 'arbitration');
		expect(concept('ja')).toMatchObject({ term: '仲裁', wrong: ['調停'] });
		expect(concept('zh-TW')).toMatchObject({ term: '仲裁', wrong: ['通過仲裁'] });
	});

	it('write the dispute as the localized articles and their button do: ja 争議 (MCA#161, #164), never the site’s former 異議申し立て', () => {
		const concept = (lang: string) => glossaries.get(lang)!.concepts.find((entry) => entry.id === 'dispute');
		expect(concept('ja')).toMatchObject({ term: '争議', wrong: expect.arrayContaining(['異議申し立て']) });
		expect(concept('zh-TW')?.term).toBe('爭議');
		expect(concept('zh-CN')?.term).toBe('争议');
		expect(concept('ko')?.term).toBe('분쟁');
	});

	it('write the activity as Microsoft’s English articles do: Pre-sales (OSA#119, OSA#139, MCA#172), never Presales (CAI#141 alone)', () => {
		const concept = (lang: string) => glossaries.get(lang)!.concepts.find((entry) => entry.id === 'activity-pre-sales');
		expect(concept('en')).toMatchObject({ term: 'Pre-sales', wrong: ['Presales'] });
		// ja and zh-TW show the English label beside their own word.
		expect(concept('ja')?.wrong).toContain('Presales');
		expect(concept('zh-TW')?.wrong).toContain('Presales');
	});
});

describe('the message catalogs', () => {
	it('use no wrong variant of the glossary (keys ending in .quote, and 「quotes」 found word for word in the article, are exempt)', () => {
		const glossaries = readGlossaries();
		const violations = [...ownMessages(readCatalogFiles())].flatMap(([lang, messages]) => {
			const glossary = glossaries.get(lang);
			return glossary ? checkMessages(lang, messages, glossary, verbatimIn(lang)).map(describeViolation) : [];
		});
		if (violations.length > 0) console.error(`Glossary violations (${violations.length}):\n${violations.join('\n')}`);
		expect(violations).toEqual([]);
	});
});

/** Whether a quoted sentence stands word for word in one of the locale's vendor files (`content/sources/<locale>/`). */
function verbatimIn(lang: string): (quoted: string) => boolean {
	const locale = locales.find((candidate) => candidate.lang === lang);
	const folder = locale && readdirSync(SOURCES_DIR).find((name) => name.toLowerCase() === locale.sourceLocale.toLowerCase());
	if (!folder) return () => false;
	const texts = readdirSync(`${SOURCES_DIR}${folder}`).map((file) => readFileSync(`${SOURCES_DIR}${folder}/${file}`, 'utf8'));
	return (quoted) => quoted.length > 0 && texts.some((text) => text.includes(quoted));
}

// #14 seventh review: the 2020 create flow's one option "Usage and/or Pre-sales" (OSA#139) had three names on the same
// de, ko and zh-CN pages (the article's machine translation, the site's words and the English label), which read as
// three options. Each locale names it one way: the way its documented fact does.
describe('the 2020 option “Usage and/or Pre-sales”', () => {
	it('has one name per locale, wherever the English names it', () => {
		const byLang = ownMessages(readCatalogFiles());
		const english = byLang.get('en')!;
		const keys = Object.keys(english).filter((key) => english[key]!.includes('Usage and/or Pre-sales'));
		expect(keys.length).toBeGreaterThan(3);
		for (const locale of locales) {
			// A locale without its own fact falls back to English, which names the option one way.
			const messages = byLang.get(locale.lang);
			if (!messages?.['facts.documented.usage-and-or-presales']) continue;
			const quoted = /[„“”«「"\u201c]\s?([^„“”«»「」"]*\/[^„“”«»「」"]*?)\s?[“”»」"]/u.exec(
				messages['facts.documented.usage-and-or-presales'] ?? '',
			);
			expect(quoted, locale.lang).not.toBeNull();
			const name = quoted![1]!;
			for (const key of keys) expect(messages[key], `${locale.lang} ${key}`).toContain(name);
		}
	});
});
