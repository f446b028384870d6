/**
 * The lifecycle page's and island's own strings: every language says everything, with the same placeholders,
 * and `lifecycleStrings` hands the island one language only.
 */
import { describe, expect, it } from 'vitest';
import { claimLangs } from '../../../../src/claim/localized.ts';
import { deadlineKinds, lifecycleEventTypes, lifecycleStatuses, refusalCodes } from '../../../../src/claim/lifecycle/index.ts';
import { lifecycleStrings, pageStrings } from '../../../../src/islands/claim-lifecycle/strings.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('lifecycle UI strings', () => {
	it('exist in every language with the placeholders of the English text', () => {
		const english = lifecycleStrings('en');
		for (const lang of claimLangs) {
			const strings = lifecycleStrings(lang);
			for (const [key, text] of Object.entries(strings.ui)) {
				expect(text.trim(), `${lang} ui.${key}`).not.toBe('');
				expect(placeholders(text), `${lang} ui.${key}`).toEqual(placeholders(english.ui[key as keyof typeof english.ui]));
			}
			for (const status of lifecycleStatuses) expect(strings.statuses[status].name, `${lang} ${status}`).not.toBe('');
			for (const event of lifecycleEventTypes) expect(strings.events[event], `${lang} ${event}`).not.toBe('');
			for (const code of refusalCodes) expect(strings.refusals[code], `${lang} ${code}`).not.toBe('');
			for (const kind of deadlineKinds) expect(inLangRules(lang)[kind], `${lang} rule ${kind}`).not.toBe('');
			for (const [key, value] of Object.entries(pageStrings)) {
				if (key === 'rules') continue;
				const text = (value as Record<string, string>)[lang] ?? '';
				expect(text.trim(), `${lang} page.${key}`).not.toBe('');
				expect(placeholders(text), `${lang} page.${key}`).toEqual(placeholders((value as Record<string, string>)['en'] ?? ''));
			}
		}
	});

	it('gives the island the page’s language, and English for a language it doesn’t have', () => {
		expect(lifecycleStrings('ja').statuses['under-review'].name).toBe('レビュー中');
		expect(lifecycleStrings('zh-TW').statuses['under-review'].name).toBe('審核中');
		expect(lifecycleStrings('fr')).toEqual(lifecycleStrings('en'));
		// One language only: no Japanese in the English strings the island receives.
		expect(JSON.stringify(lifecycleStrings('en'))).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
	});
});

function inLangRules(lang: (typeof claimLangs)[number]) {
	return pageStrings.rules[lang];
}
