/**
 * #14 tenth review (notes/review14j.md), lifecycle items 8 and 12: a status the simulator assumes says so wherever the
 * claim has it; citations no wider than the sentences that say the thing.
 */
import { describe, expect, it } from 'vitest';
import { currentEntry, refusalBasis, rejectionReasonSources, replay } from '../../../../src/claim/lifecycle/index.ts';
import { statusAssumptionOf } from '../../../../src/claim/lifecycle/rules.ts';
import { catalogs, messagesFor } from '../../../../src/i18n/messages.ts';

describe('item 8’s kind: a status the simulator assumes says so wherever the claim has it', () => {
	it('a disputed claim keeps its status assumption when a competing claim replaces the dispute’s deadline', () => {
		const disputed = replay(
			{ status: 'submitted', date: '2026-05-01' },
			[
				{ type: 'start-review', date: '2026-05-04' },
				{ type: 'reject', reason: 'insufficient-poe', date: '2026-05-05' },
				{ type: 'dispute', date: '2026-05-06' },
				{ type: 'competing-claim', date: '2026-05-07' },
			],
			{ dynamics: false, dynamicsOnly: false },
		);
		expect(disputed.ok).toBe(true);
		expect(currentEntry(disputed.state)).toMatchObject({ status: 'under-review', cause: 'dispute', deadline: { kind: 'arbitration' } });
		expect(statusAssumptionOf(currentEntry(disputed.state))).toBe('lifecycle.assumption.status.after-dispute');
		// The start and a documented move name no assumption.
		expect(statusAssumptionOf(disputed.state.entries[1]!)).toBeUndefined();
	});
});

describe('item 12: each citation names the sentences that say the thing, no wider', () => {
	it('cites MCA#175 (the reason’s name) and MCA#177 (its rule) for an insufficient proof of execution, not MCA#176', () => {
		expect(rejectionReasonSources['insufficient-poe'].citations).toEqual(['MCA#175', 'MCA#177']);
	});

	it('cites MCA#134 (it stays in Editing until submitted) for “already submitted”, not MCA#133 (“has been created”)', () => {
		expect(refusalBasis('already-submitted')).toEqual({ kind: 'documented', citations: ['MCA#134', 'MCA#150'] });
	});

	it('cites MCA#199–200 (reviewers and partners write in Comments) for the comments, not the heading MCA#197 or MCA#198', () => {
		for (const lang of catalogs.langs) {
			const note = messagesFor(lang)['lifecycle.ui.commentsNote'];
			expect(note, lang).toContain('MCA#199–200');
			expect(note, lang).not.toContain('MCA#197');
		}
	});
});
