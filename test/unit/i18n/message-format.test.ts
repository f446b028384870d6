import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it, vi } from 'vitest';
import { locales } from '../../../src/i18n/locales.ts';
import {
	createTranslator,
	formatList,
	formatMessage,
	formatMessageToParts,
	LATIN_DIGIT_LANGUAGES,
	messageArguments,
	MessageSyntaxError,
	parseMessage,
} from '../../../src/i18n/message-format.ts';

/** What the reference implementation makes of the same message. */
function reference(message: string, values: Record<string, string | number>, lang: string): string {
	return String(new IntlMessageFormat(message, lang).format(values));
}

describe('formatMessage', () => {
	const cases: Array<[string, Record<string, string | number>, string]> = [
		['No results for “{query}”.', { query: 'テナント' }, 'en'],
		['{count, plural, one {# result} other {# results}}', { count: 1 }, 'en'],
		['{count, plural, one {# result} other {# results}}', { count: 1234 }, 'en'],
		['{count, plural, =0 {No business days left.} one {# business day left.} other {# business days left.}}', { count: 0 }, 'en'],
		['{count, plural, other {# 件の結果}}', { count: 8 }, 'ja'],
		['{count, plural, one {# résultat} other {# résultats}}', { count: 0 }, 'fr'],
		['{status, select, approved {Approved on {date}} other {Not approved}}', { status: 'approved', date: 'May 2' }, 'en'],
		["It''s '{'literal'}' and can't be {x}", { x: 'X' }, 'en'],
		['{count, plural, one {# day, {date}} other {# days, {date}}}', { count: 2, date: '2026年12月1日' }, 'ja'],
		['{count, plural, one {a # b} other {{count} c}}', { count: 5 }, 'ko'],
	];
	it.each(cases)('formats %s as intl-messageformat does', (message, values, lang) => {
		expect(formatMessage(message, values, lang)).toBe(reference(message, values, lang));
	});

	it('writes whole numbers in each site language as Intl.NumberFormat does, without one below 1,000 (#19)', () => {
		const { NumberFormat } = Intl;
		const made = vi.spyOn(Intl, 'NumberFormat');
		try {
			// Every site language writes numbers as Intl does; a listed one, below 1,000, without making a formatter (a
			// language added to the site and not listed goes through Intl: `test/integration/add-language.test.ts`).
			for (const lang of [...locales.map((locale) => locale.lang), ...LATIN_DIGIT_LANGUAGES]) {
				made.mockClear();
				for (const n of [0, 7, 42, 999]) expect(formatMessage('{n}', { n }, lang)).toBe(new NumberFormat(lang).format(n));
				if (LATIN_DIGIT_LANGUAGES.has(lang.toLowerCase().split('-')[0]!)) expect(made).not.toHaveBeenCalled();
				for (const n of [1000, 12345, -3, -0, 2.5]) expect(formatMessage('{n}', { n }, lang)).toBe(new NumberFormat(lang).format(n));
			}
			// A language not listed, or a tag that asks for other digits, is formatted as Intl does (Persian writes ۴۲).
			for (const lang of ['fa', 'ja-u-nu-hanidec']) {
				expect(formatMessage('{n}', { n: 42 }, lang)).toBe(new NumberFormat(lang).format(42));
				expect(formatMessage('{n}', { n: 42 }, lang)).not.toBe('42');
			}
		} finally {
			made.mockRestore();
		}
	});

	it('uses the plural forms of the language', () => {
		const message = '{n, plural, one {# day left} other {# days left}}';
		expect(formatMessage(message, { n: 1 }, 'en')).toBe('1 day left');
		expect(formatMessage(message, { n: 2 }, 'en')).toBe('2 days left');
		expect(formatMessage('{n, plural, one {# jour} other {# jours}}', { n: 1.5 }, 'fr')).toBe('1,5 jour');
	});

	it('leaves an argument without a value as it is', () => {
		expect(formatMessage('Hello {name}', {})).toBe('Hello {name}');
	});

	it('gives parts, so an element can stand where the translation puts an argument', () => {
		const link = { href: '/x/' };
		expect(formatMessageToParts('{title} の {link} を参照', { title: 'T', link }, 'ja')).toEqual(['T の ', link, ' を参照']);
	});

	it('refuses what it cannot read, with where it stopped', () => {
		for (const bad of [
			'{',
			'{count, plural, one {#}}',
			'{n, number}',
			'{n, plural, other {x}',
			'a } b',
			'{ 1 }',
			'{n, plural, offset:1 other {#}}',
		]) {
			expect(() => parseMessage(bad), bad).toThrow(MessageSyntaxError);
		}
	});

	it('lists the arguments a message uses, in plural and select cases too', () => {
		expect(messageArguments('{count, plural, one {# day by {date}} other {# days by {date}}} {who}')).toEqual(['count', 'date', 'who']);
		expect(messageArguments('No arguments')).toEqual([]);
	});

	it('translates keys, and shows a missing key as the key', () => {
		const t = createTranslator(
			{ 'search.resultCount': '{count, plural, one {# result} other {# results}}' } as Record<string, string>,
			'en',
		);
		expect(t('search.resultCount', { count: 1 })).toBe('1 result');
		expect(t('search.nothing')).toBe('search.nothing');
	});
});

describe('formatList', () => {
	it('writes a list of things the way each language does', () => {
		expect(formatList(['Sales', 'Field Service', 'Power BI'], 'en')).toBe('Sales, Field Service, and Power BI');
		expect(formatList(['Sales', 'Field Service'], 'en')).toBe('Sales and Field Service');
		expect(formatList(['Sales', 'Field Service', 'Power BI'], 'ja')).toBe('Sales、Field Service、Power BI');
		expect(formatList(['Sales', 'Field Service', 'Power BI'], 'zh-TW')).toBe('Sales、Field Service和Power BI');
	});

	it('lists codes such as citations without a conjunction', () => {
		expect(formatList(['CAI#121', 'CAI#125', 'MCA#7'], 'en', 'unit')).toBe('CAI#121, CAI#125, MCA#7');
		expect(formatList(['CAI#121', 'CAI#125'], 'ja', 'unit')).toBe('CAI#121 CAI#125');
		expect(formatList(['CAI#121', 'CAI#125'], 'zh-TW', 'unit')).toBe('CAI#121 CAI#125');
		// zh-CN's unit lists put nothing between the items: its list of domains ran together (break-l M2).
		expect(formatList(['contoso.com', 'contoso.onmicrosoft.com'], 'zh-CN', 'unit')).toBe('contoso.com、contoso.onmicrosoft.com');
		for (const locale of ['en', 'ja', 'zh-TW', 'ko', 'zh-CN', 'de', 'fr'])
			expect(formatList(['a', 'b'], locale, 'unit'), locale).not.toBe('ab');
	});

	it('gives nothing for no items and the item for one', () => {
		expect(formatList([], 'en')).toBe('');
		expect(formatList(['CAI#121'], 'ja', 'unit')).toBe('CAI#121');
	});
});
