/**
 * Issue #14's rule for the lifecycle: every refusal (the table's and the guards') has exactly one basis, either
 * `documented` with `KEY#n` citations that resolve to the fact sheet (`content/facts/cpor-facts.md`, via
 * `src/facts/citations.ts`), or `assumed` with an assumption message in every locale. Never both, never neither.
 * The moves, deadlines and reasons cite exact segments that resolve too.
 */
import { describe, expect, it } from 'vitest';
import { factIndex } from '../../../support/fact-sources.ts';
import { parseCitations, unresolved } from '../../../../src/facts/citations.ts';
import { catalogs, messagesFor } from '../../../../src/i18n/messages.ts';
import {
	applyEvent,
	assumedRefusalCodes,
	deadlineKinds,
	deadlineRules,
	lifecycleEventTypes,
	lifecycleStatuses,
	moreProofReasonCitations,
	refusalBasis,
	refusalCodes,
	noteCitations,
	reasonCitation,
	rejectionReasonSources,
	startLifecycle,
	transitionTable,
	type LifecycleState,
} from '../../../../src/claim/lifecycle/index.ts';

/** Each citation written as one `KEY#n` or `KEY#n–m` that parses whole and resolves. */
function expectResolves(citations: readonly string[], label: string) {
	expect(citations.length, label).toBeGreaterThan(0);
	for (const text of citations) {
		const parsed = parseCitations(text);
		expect(
			parsed.map((citation) => citation.text),
			`${label}: ${text}`,
		).toEqual([text]);
		expect(unresolved(parsed[0]!, factIndex), `${label}: ${text}`).toBeUndefined();
	}
}

describe('the basis of every lifecycle refusal', () => {
	for (const code of refusalCodes) {
		it(`${code}: exactly one basis`, () => {
			const basis = refusalBasis(code);
			if (basis.kind === 'documented') {
				expect(assumedRefusalCodes as readonly string[]).not.toContain(code);
				expect(basis).not.toHaveProperty('assumption');
				expectResolves(basis.citations, code);
			} else {
				expect(basis).not.toHaveProperty('citations');
				expect(basis.assumption).toBe(`lifecycle.assumption.${code}`);
				for (const lang of catalogs.langs) expect(messagesFor(lang)[basis.assumption]?.trim(), `${code} in ${lang}`).toBeTruthy();
			}
		});
	}

	it('every refusal of the table carries its code’s basis', () => {
		for (const status of lifecycleStatuses) {
			for (const event of lifecycleEventTypes) {
				const transition = transitionTable[status][event];
				if (transition.kind === 'refuse') expect(transition.basis, `${status} × ${event}`).toEqual(refusalBasis(transition.refusal));
			}
		}
	});

	it('every assumption is a refusal code, and no assumption message is left without one', () => {
		expect(refusalCodes).toEqual(expect.arrayContaining([...assumedRefusalCodes]));
		const keys = Object.keys(messagesFor('en')).filter(
			(key) => key.startsWith('lifecycle.assumption.') && !key.startsWith('lifecycle.assumption.deadline.'),
		);
		expect(keys.sort()).toEqual(assumedRefusalCodes.map((code) => `lifecycle.assumption.${code}`).sort());
	});
});

describe('the citations of moves, deadlines and reasons', () => {
	it('every move cites exact segments that resolve', () => {
		for (const status of lifecycleStatuses) {
			for (const event of lifecycleEventTypes) {
				const transition = transitionTable[status][event];
				if (transition.kind === 'move') expectResolves(transition.citations, `${status} × ${event}`);
			}
		}
	});

	it('every deadline cites the sentences that state it, not the section around them, or is an assumption without citations', () => {
		for (const kind of deadlineKinds) {
			const { citations, assumption } = deadlineRules[kind];
			if (assumption) {
				expect(citations, kind).toEqual([]);
				for (const lang of catalogs.langs)
					expect((messagesFor(lang) as Record<string, string>)[assumption], `${kind} in ${lang}`).toBeTruthy();
				continue;
			}
			expectResolves(citations, kind);
			for (const citation of deadlineRules[kind].citations.flatMap(parseCitations))
				expect(citation.to - citation.from, `${kind}: ${citation.text}`).toBeLessThanOrEqual(2);
		}
	});

	it('calls the consent window, on which the articles disagree (MCA#126 vs OSA#112), the simulator’s assumption', () => {
		expect(deadlineRules.consent.assumption).toBe('lifecycle.assumption.deadline.consent');
		expect(refusalBasis('consent-window-over').kind).toBe('assumed');
		expect(refusalBasis('consent-after-approval').kind).toBe('assumed');
	});

	it('every reason cites its own segments', () => {
		for (const [reason, citation] of Object.entries(moreProofReasonCitations)) expectResolves([citation], reason);
		for (const [reason, { citation }] of Object.entries(rejectionReasonSources)) expectResolves([citation], reason);
	});

	it('shows no citation beside a reason that is the simulator’s assumption, and the cited one beside the others', () => {
		for (const [reason, { citation, assumed }] of Object.entries(rejectionReasonSources))
			expect(reasonCitation('rejected', reason as keyof typeof rejectionReasonSources), reason).toBe(assumed ? undefined : citation);
		expect(reasonCitation('rejected', 'other-partner-chosen')).toBeUndefined();
	});

	it('cites the sentence of each timeline note that states a rule', () => {
		for (const [kind, citation] of Object.entries(noteCitations)) if (citation) expectResolves([citation], kind);
		expect(noteCitations['competing-claim']).toBe('OSA#131');
		expect(noteCitations['subscription-ended']).toBe('CAI#163–164');
	});
});

describe('the engine cases of issue #14', () => {
	function approvedClaim(dynamics: boolean): LifecycleState {
		let state = startLifecycle({ status: 'submitted', date: '2024-06-03' }, { dynamics });
		for (const event of [
			{ type: 'start-review', date: '2024-06-04' },
			{ type: 'approve', date: '2024-06-07' },
		]) {
			const result = applyEvent(state, event);
			if (!result.ok) throw new Error(result.refusal.code);
			state = result.state;
		}
		return state;
	}

	it('an approved claim without Dynamics 365 (Microsoft 365 or Power BI), then a new claim: no subscription is involved', () => {
		const result = applyEvent(approvedClaim(false), { type: 'new-claim', date: '2025-06-07' });
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.refusal.code).not.toBe('subscription-active');
		expect(result.refusal.code).toBe('approved-no-subscription');
		expect(result.refusal.basis.kind).toBe('assumed');
		for (const lang of catalogs.langs)
			expect(messagesFor(lang)['lifecycle.refusal.approved-no-subscription']).not.toMatch(/still active|まだ有効|仍然有效|Microsoft 365/);
	});

	it('an approved Dynamics 365 claim keeps its subscription rule, shown as the simulator’s assumption', () => {
		const result = applyEvent(approvedClaim(true), { type: 'new-claim', date: '2025-06-07' });
		expect(!result.ok && result.refusal.code).toBe('subscription-active');
		expect(!result.ok && result.refusal.basis.kind).toBe('assumed');
	});

	it('a new claim after a rejection is not held back until the 30 days to dispute are over (no sentence says so)', () => {
		let state = approvedClaim(true);
		const denied = applyEvent(state, { type: 'customer-denies-consent', date: '2024-06-10' });
		if (!denied.ok) throw new Error(denied.refusal.code);
		state = denied.state;
		expect(applyEvent(state, { type: 'new-claim', date: '2024-06-11' }).ok).toBe(true);
	});

	it('no refusal says that only the customer can act on an approved claim', () => {
		for (const lang of catalogs.langs) {
			const text = messagesFor(lang)['lifecycle.refusal.already-approved'];
			expect(text).not.toMatch(/only the customer|顧客が同意を拒否する.*だけ|只可能由客戶/);
		}
	});
});
