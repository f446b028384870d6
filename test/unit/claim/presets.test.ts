import { existsSync } from 'node:fs';
import { locales } from '../../../src/i18n/locales.ts';
import { describe, expect, it } from 'vitest';
import { claimErrorCatalog } from '../../../src/claim/catalog.ts';
import { claimErrorCodes } from '../../../src/claim/errors.ts';
import { claimPresets, presetMessageKey, presetSandbox } from '../../../src/claim/presets.ts';
import { productCatalogue } from '../../../src/claim/products.ts';
import { parseDraft, parseSandbox, purchaseChannels, subscriptionStatuses } from '../../../src/claim/schema.ts';
import { validateClaim } from '../../../src/claim/steps.ts';
import { messagesFor, translator } from '../../../src/i18n/messages.ts';

/** The site's languages (`<html lang>`). */
const claimLangs = locales.map((locale) => locale.lang);

describe('the preset sandbox', () => {
	it('is a valid sandbox', () => {
		expect(parseSandbox(presetSandbox).ok).toBe(true);
	});

	it('has one partner with three MPN IDs: enrolled, not enrolled, FRP FastTrack', () => {
		expect(presetSandbox.mpnIds.map((mpn) => [mpn.enrolledInIncentives, mpn.partnerType ?? null])).toEqual([
			[true, null],
			[false, null],
			[true, 'FRP FastTrack'],
		]);
	});

	it('covers every subscription status, purchase channel and claimed case', () => {
		const subscriptions = presetSandbox.subscriptions;
		expect(new Set(subscriptions.map((subscription) => subscription.status))).toEqual(new Set(subscriptionStatuses));
		expect(new Set(subscriptions.map((subscription) => subscription.channel))).toEqual(new Set(purchaseChannels));
		expect(new Set(subscriptions.map((subscription) => subscription.alreadyClaimed))).toEqual(new Set([true, false]));
	});

	it('uses the product catalogue, with both solution areas and Dynamics and other products', () => {
		expect(presetSandbox.products).toEqual(productCatalogue);
		expect(new Set(productCatalogue.map((product) => `${product.solutionArea}/${product.dynamics}`))).toEqual(
			new Set(['business-applications/true', 'business-applications/false', 'microsoft-365/false']),
		);
	});
});

describe('the preset drafts', () => {
	it('have unique ids, valid drafts and a label in every language', () => {
		expect(new Set(claimPresets.map((preset) => preset.id)).size).toBe(claimPresets.length);
		for (const preset of claimPresets) {
			expect(parseDraft(preset.draft), preset.id).toEqual({ ok: true, value: preset.draft });
			const english = messagesFor('en') as Readonly<Record<string, string>>;
			expect(english[presetMessageKey(preset.id)], preset.id).toBeTruthy();
			// Its own label in every language that has a catalog (a language without one shows English until it has).
			const key = presetMessageKey(preset.id);
			const translated = claimLangs.filter((lang) => existsSync(new URL(`../../../src/i18n/messages/${lang}/`, import.meta.url)));
			// (zh-CN and zh-TW may share one: 搭配售前 is written alike in both scripts.)
			for (const lang of translated.filter((each) => each !== 'en')) {
				expect(translator(lang)(key), `${preset.id} ${lang}`).not.toBe(translator('en')(key));
			}
		}
	});

	it('include a happy path and one preset per code that a draft can produce', () => {
		expect(claimPresets[0]?.id).toBe('happy-path');
		const reproducible = claimErrorCodes.filter((code) => code !== 'INPUT_NOT_READABLE');
		expect(
			claimPresets
				.filter((preset) => preset.expected !== 'submitted')
				.map((preset) => preset.expected)
				.sort(),
		).toEqual([...reproducible].sort());
	});

	for (const preset of claimPresets) {
		it(`${preset.id} → ${preset.expected}`, () => {
			const result = validateClaim(preset.draft, presetSandbox);
			if (preset.expected === 'submitted') {
				expect(result).toEqual({ ok: true, warnings: [] });
				return;
			}
			const entry = claimErrorCatalog[preset.expected];
			if (entry.severity === 'warning') {
				// A warning lets the claim through, and it is the only thing reported.
				expect(result.ok).toBe(true);
				expect(result.warnings.map((warning) => warning.code)).toEqual([preset.expected]);
			} else {
				expect(result.ok).toBe(false);
				if (result.ok) return;
				expect(result.step).toBe(entry.step);
				expect(result.errors.map((error) => error.code)).toEqual([preset.expected]);
				expect(result.warnings).toEqual([]);
			}
		});
	}
});
