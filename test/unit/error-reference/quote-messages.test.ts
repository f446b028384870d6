/**
 * The article's quotes (`errors.<CODE>.quote`) come from the assembled article, never from a copy in the catalogs:
 * a newer source version that renumbers the sentences still quotes the right one, and one that rewords a quoted
 * sentence stops the build instead of showing the old words.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleQuoteMessages } from '../../../src/error-reference/quote-messages.ts';
import { parseLocalizedFile } from '../../../src/localization/index.ts';
import { newerVersionChangingCompetingClaims } from '../article/fixtures.ts';
import { parseSeed, parseText } from '../localization/helpers.ts';

const cited = parseLocalizedFile(
	readFileSync(new URL('../../../content/facts/articles/ja-JP/incentives-customer-association-issues.md', import.meta.url), 'utf8'),
	'content/facts/articles/ja-JP/incentives-customer-association-issues.md',
);
const segmentOf = (document: ReturnType<typeof parseSeed>, english: string) =>
	document.segments.find((segment) => segment.english.map((node) => ('value' in node ? node.value : '')).join('') === english);

describe('the article quotes', () => {
	it('are the sentence each locale’s article page shows, and its English on the English page', () => {
		const ja = parseSeed('ja-JP');
		const files = articleQuoteMessages([ja, parseSeed('zh-TW')], cited);
		expect(files['en/quotes.json']?.['errors.SUBSCRIPTION_IS_CSP.quote']).toBe('The subscription provided is for CSP');
		expect(files['ja/quotes.json']?.['errors.SUBSCRIPTION_IS_CSP.quote']).toBe('指定されたサブスクリプションが CSP を対象としている');
		expect(files['zh-TW/quotes.json']?.['errors.SUBSCRIPTION_IS_CSP.quote']).toBe('提供的訂閱適用於 CSP');
		// A locale without a vendor file quotes the English page.
		expect(files['ko/quotes.json']?.['errors.SUBSCRIPTION_IS_CSP.quote']).toBe('The subscription provided is for CSP');
		// An apostrophe stays as written (the messages are ICU: one before a brace would be doubled).
		expect(files['en/quotes.json']?.['errors.SUBSCRIPTION_NOT_DYNAMICS.quote']).toBe("The subscription provided isn't for Dynamics");
	});

	it('find the quoted sentence by its English in a newer version that numbers it otherwise', () => {
		const newer = parseText(newerVersionChangingCompetingClaims(), 'zh-TW/newer.md'); // every segment renumbered +100
		expect(segmentOf(newer, 'The subscription provided is for CSP')?.number).toBe(221);
		const files = articleQuoteMessages([parseSeed('ja-JP'), newer], cited);
		expect(files['en/quotes.json']?.['errors.SUBSCRIPTION_IS_CSP.quote']).toBe('The subscription provided is for CSP');
		expect(files['zh-TW/quotes.json']?.['errors.SUBSCRIPTION_IS_CSP.quote']).toBe(
			segmentOf(newer, 'The subscription provided is for CSP')
				?.translation.map((node) => ('value' in node ? node.value : ''))
				.join(''),
		);
	});

	it('stop the build, naming the error, when a newer version rewords a quoted sentence', () => {
		const reworded = newerVersionChangingCompetingClaims().replace(
			'The subscription provided is for CSP</span>',
			'The subscription you entered is a CSP subscription</span>',
		);
		expect(() => articleQuoteMessages([parseSeed('ja-JP'), parseText(reworded, 'zh-TW/newer.md')], cited)).toThrow(
			/no longer has the sentence CAI#121 that SUBSCRIPTION_IS_CSP quotes/,
		);
	});
});
