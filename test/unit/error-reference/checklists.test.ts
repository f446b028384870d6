/** The checklists of the error pages (issue #14): the portal's situation, every reason the article gives, in every language. */
import { describe, expect, it } from 'vitest';
import { catalogEntry } from '../../../src/claim/catalog.ts';
import { checklistFor } from '../../../src/error-reference/checklists.ts';
import { locales } from '../../../src/i18n/locales.ts';
import { messagesFor } from '../../../src/i18n/messages.ts';

const subscriptionReasons = [
	'SUBSCRIPTION_PRODUCT_NOT_ON_TENANT',
	'SUBSCRIPTION_NOT_DYNAMICS',
	'SUBSCRIPTION_IS_CSP',
	'SUBSCRIPTION_NOT_PROVISIONED',
	'SUBSCRIPTION_ALREADY_CLAIMED',
	'SUBSCRIPTION_ID_INVALID',
] as const;

describe('error page checklists', () => {
	it('list the six reasons of CAI#119–124, in the article order, then the status check of CAI#117, on each subscription error page', () => {
		for (const code of [...subscriptionReasons, 'SUBSCRIPTION_NOT_ACTIVE'] as const) {
			expect(
				checklistFor(code)?.items.map((item) => item.code),
				code,
			).toEqual([...subscriptionReasons, 'SUBSCRIPTION_NOT_ACTIVE']);
		}
		// #14 fourth review: the not-active check isn't one of the article's reasons, so the simulator says it reads it.
		expect(catalogEntry('SUBSCRIPTION_NOT_ACTIVE').reading).toBe(true);
		expect(messagesFor('en')['errors.checklist.item.SUBSCRIPTION_NOT_ACTIVE']).toContain('CAI#117');
		// #14 fifth review: in the list of "each reason", the site's added item says it is none of the article's reasons.
		expect(messagesFor('en')['errors.checklist.item.SUBSCRIPTION_NOT_ACTIVE']).toMatch(/^Not one of the article’s reasons/);
		// CAI#123 doesn't say who claimed the subscription.
		expect(messagesFor('en')['errors.checklist.item.SUBSCRIPTION_ALREADY_CLAIMED']).toContain('an earlier one of your own');
		for (const code of subscriptionReasons) expect(catalogEntry(code).articleQuote?.isTitle, code).toBe(true);
	});

	it('list the domain and the tenant ID for the mismatch (CAI#113), and nothing for other errors', () => {
		expect(checklistFor('DOMAIN_TENANT_MISMATCH')?.items.map((item) => item.id)).toEqual(['domain', 'tenantId']);
		expect(checklistFor('MPN_REQUIRED')).toBeUndefined();
		expect(checklistFor('SUBSCRIPTION_ID_REQUIRED')).toBeUndefined();
	});

	it('have an introduction and a way to check each item in every language', () => {
		for (const { lang } of locales) {
			const messages = messagesFor(lang) as Readonly<Record<string, string>>;
			for (const checklist of [checklistFor('SUBSCRIPTION_IS_CSP')!, checklistFor('DOMAIN_TENANT_MISMATCH')!]) {
				expect(messages[`errors.checklist.${checklist.id}.intro`]?.trim(), `${lang} ${checklist.id}`).toBeTruthy();
				for (const item of checklist.items) expect(messages[`errors.checklist.item.${item.id}`]?.trim(), `${lang} ${item.id}`).toBeTruthy();
			}
		}
	});
});
