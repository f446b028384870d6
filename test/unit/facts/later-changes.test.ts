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
import { laterChanges, laterChangesOn, laterChangesOnErrors, type LaterChangeId } from '../../../src/facts/later-changes.ts';
import { catalogs, messagesFor } from '../../../src/i18n/messages.ts';

const sheet = readFileSync(new URL('../../../content/facts/cpor-facts.md', import.meta.url), 'utf8');
const laterSection = sheet.slice(sheet.indexOf('## 11. Later changes')).replace(/\s+/g, ' ');

describe('later changes', () => {
	it('cite a 2023 revision of the fact sheet’s key table, and the section it names', () => {
		const keys = sheetKeys(sheet).map((row) => row.key);
		for (const [id, { citation }] of Object.entries(laterChanges)) {
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
