/**
 * #14 tenth review, item 11: the sandbox's "Already in another partner's claim" flag is a claim, not an association
 * (MCA#114: a partner is associated once the claim is approved). Every problem the flag alone brings about names it
 * as claimed: where a title or cause says "associated", it says "claimed" beside it (as CAI#168 does: "If you and
 * another partner claim the same customer and product/workload…").
 */
import { describe, expect, it } from 'vitest';
import { claimPresets, presetSandbox } from '../../../src/claim/presets.ts';
import type { ClaimErrorCode } from '../../../src/claim/errors.ts';
import type { Sandbox } from '../../../src/claim/schema.ts';
import { validateClaim } from '../../../src/claim/steps.ts';
import { messagesFor } from '../../../src/i18n/messages.ts';

const codes = (sandbox: Sandbox, draft: (typeof claimPresets)[number]['draft']): Set<ClaimErrorCode> => {
	const result = validateClaim(draft, sandbox);
	return new Set([...(result.ok ? [] : result.errors), ...result.warnings].map((problem) => problem.code));
};

/** The codes that come only when one subscription is flagged, over every preset draft and every subscription. */
function codesOfTheFlag(): Set<ClaimErrorCode> {
	const found = new Set<ClaimErrorCode>();
	for (const preset of claimPresets) {
		for (const subscription of presetSandbox.subscriptions) {
			const flagged = (alreadyClaimed: boolean): Sandbox => ({
				...presetSandbox,
				subscriptions: presetSandbox.subscriptions.map((s) => (s.id === subscription.id ? { ...s, alreadyClaimed } : s)),
			});
			const without = codes(flagged(false), preset.draft);
			for (const code of codes(flagged(true), preset.draft)) if (!without.has(code)) found.add(code);
		}
	}
	return found;
}

describe('a subscription already in another partner’s claim', () => {
	const en = messagesFor('en') as Record<string, string>;
	const flagged = [...codesOfTheFlag()];

	it('brings about the already-claimed error and the arbitration warning', () => {
		expect(flagged.sort()).toEqual(['COMPETING_CLAIM', 'SUBSCRIPTION_ALREADY_CLAIMED']);
	});

	it.each(flagged)('%s says "claimed" wherever it says "associated"', (code) => {
		for (const part of ['title', 'cause']) {
			const text = en[`errors.${code}.${part}`];
			if (text === undefined) continue;
			if (/associated/i.test(text)) expect(text, `errors.${code}.${part}`).toMatch(/claimed/i);
		}
	});
});
