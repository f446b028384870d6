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
		for (const code of ['TENANT_ID_NOT_GUID', 'CONTACT_EMAIL_INVALID', 'MPN_UNKNOWN', 'PRODUCT_NOT_IN_SOLUTION_AREA'] as const)
			expect(noArticleSectionKey(code), code).toBe('errors.noArticleSectionAssumed');
		// One basis for the fields of OSA#114's list ("You'll need the following information to complete a claim"): the
		// revenue association fields (OSA#127) are required like the MPN ID (OSA#115) (#14 fifth review).
		expect(noArticleSectionKey('REVENUE_ASSOCIATION_FIELD_REQUIRED')).toBe(noArticleSectionKey('MPN_REQUIRED'));
	});
});

describe('what an error page tells the partner to do (review 14b, findings 2, 7)', () => {
	const en = messagesFor('en');

	it('says no more than the article: no switching to an enrolled MPN (CAI#155, #161), no “nothing to claim” without renewal (CAI#164)', () => {
		expect(en['errors.MPN_NOT_ENROLLED.fix']).toMatch(/you can manage that in the Incentives overview tab/);
		expect(en['errors.MPN_NOT_ENROLLED.fix']).not.toMatch(/select an enrolled/);
		expect(en['errors.SUBSCRIPTION_NOT_ACTIVE.fix']).not.toMatch(/renew/);
		expect(en['errors.SUBSCRIPTION_NOT_ACTIVE.fix']).toMatch(/^\{checkSubscriptionWithCustomer\}/);
		expect(en['errors.CLAIM_NAME_REQUIRED.fix']).not.toMatch(/find this claim later/);
		expect(en['errors.COMPETING_CLAIM.fix']).toMatch(/determine which partner to approve/);
		for (const lang of catalogs.langs)
			expect(messagesFor(lang)['errors.SUBSCRIPTION_NOT_ACTIVE.fix'], lang).toMatch(/^\{checkSubscriptionWithCustomer\}/);
	});

	it('labels the simulator’s checks in its field hints as assumptions (finding 9)', () => {
		expect(en['simulator.tenantIdHint']).toMatch(/simulator expects a GUID.*its assumption/);
		expect(en['simulator.productsHint']).toMatch(/its assumption/);
		expect(en['simulator.subscriptionNotAsked']).toMatch(/\(OSA#145\).*its assumption/);
		expect(en['simulator.technicalNotAsked']).toMatch(/\(OSA#121\).*its assumption/);
		for (const key of ['simulator.subscriptionNotAsked', 'simulator.technicalNotAsked', 'simulator.productsHint'] as const)
			expect(en[key], key).not.toMatch(/\bonly for\b|\bonly when\b|\ball of the\b/);
	});
});

describe('error texts say no more than their sources (#14 third review)', () => {
	it('name no example CAI#124 lacks, say what the article (not the portal) describes, and cite FCD#113 beside Azure Active Directory', () => {
		const en = messagesFor('en') as Readonly<Record<string, string>>;
		expect(en['errors.SUBSCRIPTION_ID_INVALID.cause']).not.toMatch(/order number/);
		expect(en['errors.SUBSCRIPTION_ID_INVALID.cause']).toMatch(/the simulator’s examples/);
		expect(en['errors.checklist.item.SUBSCRIPTION_ID_INVALID']).not.toMatch(/order number/);
		for (const key of ['errors.checklist.subscription.intro', 'errors.checklist.domain-tenant.intro'])
			expect(en[key], key).toMatch(/^The article describes/);
		for (const code of ['CUSTOMER_DOMAIN_REQUIRED', 'TENANT_ID_REQUIRED'] as const)
			expect(catalogEntry(code).fixCitations, code).toContain('FCD#113');
		expect(catalogEntry('TENANT_ID_NOT_GUID').citations).toContain('FCD#113');
	});
});

describe('the words readers search an error by', () => {
	it('are the page’s search words where English has them, in every language, and none elsewhere', () => {
		for (const lang of catalogs.langs) {
			// `invalid tenant ID` for `This doesn't look like a tenant ID` (held-out probe 26: `Mandantenid ungültig`).
			const words = errorTexts(lang)('TENANT_ID_NOT_GUID').searchWords;
			expect(words, lang).toBeTruthy();
			// Pagefind's meta field (`key:value, key:value`) holds no comma.
			expect(words, lang).not.toContain(',');
			expect(errorTexts(lang)('TENANT_ID_REQUIRED').searchWords, lang).toBeNull();
		}
		expect(errorTexts('de')('TENANT_ID_NOT_GUID').searchWords).toMatch(/ungültig/);
	});
});
