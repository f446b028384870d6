/**
 * The "Changed later" notes (issue #14): each later change cites a 2023 revision the fact sheet lists (§11), has
 * its words in every locale, and is shown where the reader meets the fact. The article dates are formatted per
 * language.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatArticleDate } from '../../../src/article/dates.ts';
import { sheetKeys } from '../../../src/facts/citations.ts';
import { referencedErrorCodes } from '../../../src/error-reference/codes.ts';
import { claimErrorCatalog, SUPPORT_URL } from '../../../src/claim/catalog.ts';
import { claimErrorCodes } from '../../../src/claim/errors.ts';
import { errorTexts } from '../../../src/error-reference/texts.ts';
import { laterChanges, laterChangesOn, laterChangesOnErrors, type LaterChangeId } from '../../../src/facts/later-changes.ts';
import { catalogs, messagesFor } from '../../../src/i18n/messages.ts';

const sheet = readFileSync(new URL('../../../content/facts/cpor-facts.md', import.meta.url), 'utf8');
const laterSection = sheet.slice(sheet.indexOf('## 11. Later changes')).replace(/\s+/g, ' ');

describe('later changes', () => {
	it('cite a 2023 revision of the fact sheet’s key table, and the section it names', () => {
		const keys = sheetKeys(sheet).map((row) => row.key);
		for (const [id, { citation }] of Object.entries(laterChanges)) {
			if (citation === null) {
				// The one change outside the cited articles: the sheet records it as such, and the note says so.
				expect(id).toBe('entra-id');
				expect(laterSection).toMatch(/Outside these articles: Azure Active Directory was renamed \*\*Microsoft Entra ID\*\*/);
				for (const lang of catalogs.langs) expect(messagesFor(lang)['facts.changedLater.entra-id'], lang).toContain('Microsoft Entra ID');
				continue;
			}
			const key = citation.split(' ')[0]!;
			expect(['EN2023', 'MCA2023'], id).toContain(key);
			expect(keys, id).toContain(key);
			const section = /“(.+)”/.exec(citation)?.[1];
			if (section) expect(laterSection, id).toContain(`"${section}"`);
		}
	});

	it('have a note in every locale', () => {
		for (const lang of catalogs.langs) {
			const messages = messagesFor(lang);
			for (const key of [
				'facts.changedLater.heading',
				'facts.changedLater.lead',
				...Object.keys(laterChanges).map((id) => `facts.changedLater.${id}`),
			])
				expect(messages[key as keyof typeof messages]?.trim(), `${key} in ${lang}`).toBeTruthy();
		}
	});

	it('are shown on the activity and MPN helpers and the lifecycle, with the new terms', () => {
		const en = messagesFor('en');
		const on = (ids: readonly LaterChangeId[]) => ids.map((id) => en[`facts.changedLater.${id}`]).join(' ');
		expect(on(laterChangesOn.activityHelper)).toContain('Partner role');
		expect(on(laterChangesOn.activityHelper)).toContain('Modern Work and Security');
		expect(on(laterChangesOn.mpnHelper)).toContain('Microsoft AI Cloud Partner Program');
		expect(on(laterChangesOn.lifecycle)).toMatch(/Rejected final[\s\S]*Disassociate customer/);
	});
});

describe('formatArticleDate', () => {
	it('writes ms.date as a long date in the reader’s language, in UTC', () => {
		expect(formatArticleDate('2020-06-29', 'en')).toBe('June 29, 2020');
		expect(formatArticleDate('2020-06-29', 'ja')).toBe('2020年6月29日');
		expect(formatArticleDate('2020-07-03', 'zh-TW')).toBe('2020年7月3日');
	});
});

describe('later changes on the error pages', () => {
	it('say "up to seven days to reflect" where a subscription isn’t provisioned, and that the "already claimed" reason was dropped', () => {
		expect(laterChangesOnErrors.SUBSCRIPTION_NOT_PROVISIONED).toContain('seven-days-to-reflect');
		expect(laterChangesOnErrors.SUBSCRIPTION_ALREADY_CLAIMED).toContain('already-claimed-dropped');
		expect(laterChangesOnErrors.MPN_NOT_ENROLLED).toContain('ai-cloud-partner-program');
		expect(laterChangesOnErrors.ACTIVITY_REQUIRED).toContain('partner-roles');
		for (const code of Object.keys(laterChangesOnErrors)) expect(referencedErrorCodes).toContain(code);
	});
});

describe('later changes where the reader meets the 2020 fact (#14 review)', () => {
	const en = messagesFor('en') as Readonly<Record<string, string>>;

	it('say the active/in-grace check happens post claim on the page about that check', () => {
		expect(laterChangesOnErrors.SUBSCRIPTION_NOT_ACTIVE).toContain('active-check-post-claim');
		expect(laterSection).toContain('"post claim … so that incentives can be earned"');
		expect(en['facts.changedLater.active-check-post-claim']).toContain('“post claim … so that incentives can be earned”');
	});

	it('give the 2023 support address beside every 2020 support link', () => {
		expect(laterSection).toContain('https://partner.microsoft.com/dashboard/v2/support/incentives/servicerequests?category=incentives');
		expect(en['facts.changedLater.support-link-moved']).toContain('/dashboard/v2/support/');
		for (const code of claimErrorCodes)
			expect(laterChangesOnErrors[code]?.includes('support-link-moved') ?? false, code).toBe(
				claimErrorCatalog[code].links.includes(SUPPORT_URL),
			);
	});

	it('stand on every error page and tool whose instructions use a term renamed later', () => {
		const renamed: Readonly<Record<string, RegExp>> = {
			'entra-id': /Azure Active Directory|Azure AD/,
			'ai-cloud-partner-program': /\bMPN/,
			'partner-roles': /\bactivit(y|ies)\b|Pre-sales|Revenue association/,
			'modern-work-and-security': /Microsoft 365/,
		};
		// "Microsoft 365" there names a product, not the solution area that was renamed.
		const productOnly = new Set(['SUBSCRIPTION_NOT_DYNAMICS modern-work-and-security']);
		const texts = errorTexts('en');
		for (const code of claimErrorCodes) {
			const { title, cause, fix, assumption } = texts(code);
			const words = [title, cause, fix, assumption ?? ''].join(' ');
			for (const [id, term] of Object.entries(renamed)) {
				if (!term.test(words) || productOnly.has(`${code} ${id}`)) continue;
				expect(laterChangesOnErrors[code] ?? [], `${code} uses a term ${id} renamed`).toContain(id);
			}
		}
		expect(laterChangesOnErrors.DOMAIN_TENANT_MISMATCH).toContain('entra-id');
		// The simulator's steps ask for an MPN ID, a solution area and an activity, and point to Azure Active Directory.
		const simulator = ['simulator.customerDomainHint', 'simulator.tenantIdHint', 'simulator.activityHint', 'simulator.mpnId']
			.map((key) => en[key] ?? '')
			.join(' ');
		for (const [id, term] of Object.entries(renamed)) if (term.test(simulator)) expect(laterChangesOn.simulator, id).toContain(id);
	});
});
