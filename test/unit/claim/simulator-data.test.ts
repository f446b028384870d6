import { describe, expect, it } from 'vitest';
import { claimErrorCodes } from '../../../src/claim/errors.ts';
import { defaultLocale, locales } from '../../../src/i18n/locales.ts';
import {
	presetDrafts,
	simulatorData,
	simulatorErrorTexts,
	simulatorLaterTexts,
} from '../../../src/components/claim-simulator/simulator-data.ts';
import { claimPresets } from '../../../src/claim/presets.ts';
import { errorTexts } from '../../../src/islands/claim-simulator/ProblemList.tsx';
import { announcementText, checkedTexts, laterTranslator, simulatorTranslator } from '../../../src/islands/claim-simulator/translate.ts';

const article = { href: '/incentives-customer-association-issues/', sectionTitle: (anchor: string) => anchor };

describe('the simulator data', () => {
	it('ships only the messages the island renders, the error texts apart (only a check shows them)', () => {
		const data = simulatorData(defaultLocale);
		const keys = Object.keys(data.messages);
		expect(keys.some((key) => key.startsWith('simulator.page.'))).toBe(false);
		expect(keys.some((key) => key.startsWith('errors.'))).toBe(false);
		expect(keys).toContain('simulator.sandboxSummary');
		const checked = simulatorErrorTexts(defaultLocale, article);
		const errorKeys = Object.keys(checked.messages);
		expect(errorKeys.every((key) => /^errors\.([A-Z_]+|shared|checklist)\./.test(key))).toBe(true);
		expect(errorKeys.some((key) => key.endsWith('.quote') && !Object.values(checked.errors).some((facts) => facts.title === key))).toBe(
			false,
		);
		// The portal's checklists (each reason, how to check it with the customer), not the error pages' own words around them.
		expect(errorKeys).toContain('errors.checklist.subscription.intro');
		expect(errorKeys).toContain('errors.checklist.item.SUBSCRIPTION_IS_CSP');
		expect(errorKeys).not.toContain('errors.checklist.thisPage');
		// Of the lifecycle's messages, only the time-zone picker's, the name of its "Open a timeline saved as a file"
		// (which the note of a claim too long for a link to it names) and its 2020 deadline note (the review start): the
		// submitted claim's, which come with the later texts (#19).
		expect(keys.filter((key) => key.startsWith('lifecycle.'))).toEqual([]);
		const later = Object.keys(simulatorLaterTexts(defaultLocale));
		expect(later.filter((key) => key.startsWith('lifecycle.')).sort()).toEqual(
			['lifecycle.ui.timeZone', 'lifecycle.ui.browserZone', 'lifecycle.ui.openFile', 'lifecycle.ui.version.deadline'].sort(),
		);
	});

	it('gives every error a title, cause and fix in every locale, with the fix sentences filled in', () => {
		for (const locale of locales) {
			const { t, errors } = checkedTexts(simulatorData(locale), simulatorLaterTexts(locale), simulatorErrorTexts(locale, article));
			for (const code of claimErrorCodes) {
				const text = errorTexts(t, errors, code);
				for (const part of [text.title, text.cause, text.fix])
					expect(part, `${locale.lang} ${code}`).not.toMatch(/^(errors|simulator)\.|\{/);
			}
		}
	});

	it('shows the simulator’s reading of a documented error as its assumption, in every locale (#14)', () => {
		for (const locale of locales) {
			const texts = simulatorErrorTexts(locale, article);
			const { t, errors } = checkedTexts(simulatorData(locale), simulatorLaterTexts(locale), texts);
			for (const code of ['SUBSCRIPTION_ALREADY_CLAIMED', 'DOMAIN_TENANT_MISMATCH', 'MPN_NOT_ENROLLED'] as const) {
				expect(errors[code].reading, code).toBe(true);
				expect(errorTexts(t, errors, code).assumption, `${locale.lang} ${code}`).toBe(texts.messages[`errors.${code}.reading` as never]);
				expect(errorTexts(t, errors, code).assumption, `${locale.lang} ${code}`).toBeTruthy();
			}
			expect(errorTexts(t, errors, 'MPN_REQUIRED').assumption).toBeNull();
			// The competing-claim warning is the simulator's own (#14 review): its assumption, not a reading.
			expect(errorTexts(t, errors, 'COMPETING_CLAIM').assumption).toBe(texts.messages['errors.COMPETING_CLAIM.assumption' as never]);
		}
	});

	it("names the presets but leaves their drafts to preset-drafts.json, which has every preset's (#19)", () => {
		const data = simulatorData(defaultLocale);
		expect(data.presets.map((preset) => preset.id)).toEqual(claimPresets.map((preset) => preset.id));
		expect(data.presets.every((preset) => !('draft' in preset))).toBe(true);
		const drafts = presetDrafts();
		for (const preset of claimPresets) expect(drafts[preset.id], preset.id).toEqual(preset.draft);
	});

	it('says "1 MPN ID" but "2 MPN IDs" in English', () => {
		const t = simulatorTranslator(simulatorData(defaultLocale));
		expect(t('simulator.sandboxSummary', { partner: 'Fabrikam', mpn: 1, tenants: 2, subscriptions: 1 })).toBe(
			'Sandbox of Fabrikam: 1 MPN ID, 2 customer tenants, 1 subscription',
		);
	});

	it("announces a step's errors as one message, the titles listed the way the language lists them", () => {
		const codes = claimErrorCodes.slice(0, 3);
		const punctuation: Readonly<Record<string, readonly [string, string]>> = {
			en: [': ', ', and '],
			// Microsoft's Japanese style, as the vendor article writes it: half-width colon and brackets.
			ja: [': ', '、'],
			'zh-TW': ['：', '和'],
		};
		for (const locale of locales) {
			const [afterHeading, beforeLast] = punctuation[locale.lang] ?? [];
			if (afterHeading === undefined || beforeLast === undefined) continue;
			const data = simulatorData(locale);
			const t = laterTranslator(data, simulatorLaterTexts(locale));
			const checked = checkedTexts(data, simulatorLaterTexts(locale), simulatorErrorTexts(locale, article));
			const text = announcementText(t, data, { kind: 'errors', codes }, checked);
			expect(text, locale.lang).toContain(`${t('simulator.errorsHeading')}${afterHeading}`);
			expect(text, locale.lang).toContain(`${beforeLast}${checked.t(checked.errors[codes[2]!].title)}`);
			expect(text, locale.lang).not.toMatch(/; /);
		}
	});
});
