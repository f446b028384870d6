/**
 * What an error page says the simulator assumes (`src/error-reference/texts.ts`): an assumed check's assumption,
 * and, for a documented error, the simulator's reading of it (`reading` in the catalog): which cases lead to it or
 * whether the claim can go on, where the article doesn't say. Never a documented error's assumption left unsaid.
 */
import { describe, expect, it } from 'vitest';
import { catalogEntry } from '../../../src/claim/catalog.ts';
import { claimErrorCodes } from '../../../src/claim/errors.ts';
import { errorTexts, noArticleSectionKey } from '../../../src/error-reference/texts.ts';
import { catalogs, messagesFor } from '../../../src/i18n/messages.ts';

describe('the assumption an error page shows', () => {
	for (const lang of catalogs.langs) {
		const texts = errorTexts(lang);
		const messages = messagesFor(lang) as Readonly<Record<string, string>>;

		it(`is the assumption or the simulator's reading, in ${lang}`, () => {
			for (const code of claimErrorCodes) {
				const entry = catalogEntry(code);
				const expected = entry.assumption
					? messages[`errors.${code}.assumption`]
					: entry.reading
						? messages[`errors.${code}.reading`]
						: null;
				expect(texts(code).assumption, code).toBe(expected);
			}
		});
	}

	it('labels the cases the article leaves open: the claimed-subscription split, the domain comparison and a non-enrolled MPN', () => {
		for (const code of ['SUBSCRIPTION_ALREADY_CLAIMED', 'DOMAIN_TENANT_MISMATCH', 'MPN_NOT_ENROLLED'] as const) {
			expect(catalogEntry(code).basis, code).toBe('documented');
			expect(errorTexts('en')(code).assumption, code).toMatch(/doesn’t say/);
		}
		expect(errorTexts('en')('DOMAIN_TENANT_MISMATCH').cause).not.toMatch(/verified/);
	});

	it('says the competing-claim warning is the simulator’s: Microsoft tells you in the claim’s comments after creation (CAI#172)', () => {
		expect(catalogEntry('COMPETING_CLAIM').basis).toBe('assumed');
		expect(catalogEntry('COMPETING_CLAIM').citations).toEqual(expect.arrayContaining(['CAI#170', 'CAI#172–173']));
		const assumption = errorTexts('en')('COMPETING_CLAIM').assumption;
		expect(assumption).toMatch(/after the claim is created/);
		expect(assumption).toMatch(/comments/);
		expect(assumption).toMatch(/The simulator warns at the Products step/);
		// Still says which of the two documented outcomes the simulator gives when (CAI#123, #166).
		expect(assumption).toMatch(/The subscription has already been claimed/);
	});
});

describe('the line an error page shows when the article has no section on the check', () => {
	it('says "required field" only for documented required-field checks, and "no such check" for every assumed one (#14 review)', () => {
		const en = messagesFor('en') as Readonly<Record<string, string>>;
		const withoutSection = claimErrorCodes.filter((code) => catalogEntry(code).anchor === null);
		for (const code of withoutSection) {
			const line = en[noArticleSectionKey(code)]!;
			if (catalogEntry(code).basis === 'assumed') {
				expect(line, code).not.toMatch(/required/);
				expect(line, code).toMatch(/Microsoft documents no such check/);
			} else {
				expect(code, 'only a required field is documented without a section').toMatch(/_REQUIRED$/);
				expect(line, code).toMatch(/required fields/);
			}
		}
		// The reviewer's five pages, among them a format check and a list check.
		for (const code of [
			'TENANT_ID_NOT_GUID',
			'CONTACT_EMAIL_INVALID',
			'MPN_UNKNOWN',
			'PRODUCT_NOT_IN_SOLUTION_AREA',
			'REVENUE_ASSOCIATION_FIELD_REQUIRED',
		] as const)
			expect(noArticleSectionKey(code), code).toBe('errors.noArticleSectionAssumed');
	});
});
