/**
 * The documented facts partners need (issue #14, `src/facts/partner-facts.ts`): each cites the sentences that
 * state it (resolving to a fact sheet statement), has its words in every locale, and is shown where the reader
 * meets it; the editing rules of MCA and OSA's conflicting sentence are shown together.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCitations } from '../../../src/facts/citations.ts';
import { sheetStatements } from '../../../src/facts/fact-sheet.ts';
import { partnerFacts, partnerFactsOn, partnerFactsOnErrors, type PartnerFactId } from '../../../src/facts/partner-facts.ts';
import { referencedErrorCodes } from '../../../src/error-reference/codes.ts';
import { catalogs, messagesFor } from '../../../src/i18n/messages.ts';

const sheet = readFileSync(new URL('../../../content/facts/cpor-facts.md', import.meta.url), 'utf8');

describe('documented facts partners need', () => {
	for (const [id, { citations }] of Object.entries(partnerFacts)) {
		it(`${id}: cites a fact sheet statement and has its words in every locale`, () => {
			for (const written of citations) {
				const [citation, ...more] = parseCitations(written);
				expect(more, written).toEqual([]);
				expect(citation?.text, written).toBe(written);
				expect(sheetStatements(sheet, citation!).length, written).toBeGreaterThan(0);
			}
			for (const lang of catalogs.langs) {
				const messages = messagesFor(lang) as Readonly<Record<string, string>>;
				expect(messages[`facts.documented.${id}`]?.trim(), lang).toBeTruthy();
				expect(messages[`facts.documented.${id}`], `no citation inside the words (${lang})`).not.toMatch(/[A-Z]+#\d/);
			}
		});
	}

	it('cites the segments issue #14 names', () => {
		const cited = (id: PartnerFactId) => partnerFacts[id].citations;
		expect(cited('association-not-payout')).toEqual(['MCA#114–118']);
		expect(cited('editing-after-submit')).toEqual(['MCA#184–191']);
		expect(cited('editing-osa-says-no')).toEqual(['OSA#150']);
		expect(cited('usage-and-or-presales')).toEqual(['OSA#139']);
		expect(cited('rejection-email')).toEqual(['MCA#159']);
		expect(cited('dispute-steps')).toEqual(['MCA#162–166']);
		expect(cited('history-button')).toEqual(['MCA#202']);
		expect(cited('decision-within-10-days')).toEqual(['MCA#123']);
		expect(cited('customer-email-on-submit')).toEqual(['OSA#149']);
		expect(cited('re-associate-existing')).toEqual(['OSA#129–130']);
		expect(cited('usage-data-after-consent')).toEqual(['OSA#113']);
		expect(cited('roles-claim')).toEqual(['CAI#107–110']);
		expect(cited('roles-find-domain')).toEqual(['FCD#107–112']);
	});

	it('shows every fact somewhere, and the conflicting editing rules side by side', () => {
		const shown = new Set([...Object.values(partnerFactsOn).flat(), ...Object.values(partnerFactsOnErrors).flat()]);
		expect([...shown].sort()).toEqual(Object.keys(partnerFacts).sort());
		expect(partnerFactsOn.lifecycleEditing).toEqual(['editing-after-submit', 'editing-osa-says-no']);
		for (const code of Object.keys(partnerFactsOnErrors)) expect(referencedErrorCodes).toContain(code);
	});

	it('the English review deadline reads as a deadline, as ja and zh-TW do', () => {
		const en = messagesFor('en');
		expect(en['lifecycle.deadline.review-decision']).toMatch(/^Review deadline: \{deadline\}/);
		expect(en['lifecycle.deadline.arbitration']).toMatch(/^Review deadline: \{deadline\}/);
	});
});
