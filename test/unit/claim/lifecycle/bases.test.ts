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
	statusAssumptions,
	lifecycleEventTypes,
	lifecycleStatuses,
	moreProofReasonCitations,
	refusalBasis,
	refusalCodes,
	noteCitations,
	reasonCitations,
	rejectionReasonSources,
	startLifecycle,
	statusMeaningCitations,
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
			(key) =>
				key.startsWith('lifecycle.assumption.') &&
				!key.startsWith('lifecycle.assumption.deadline.') &&
				!key.startsWith('lifecycle.assumption.status.'),
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
		for (const [reason, { citations }] of Object.entries(rejectionReasonSources)) expectResolves(citations, reason);
	});

	it('shows no citation beside a reason that is the simulator’s assumption, and the cited one beside the others', () => {
		for (const [reason, { citations, assumed }] of Object.entries(rejectionReasonSources))
			expect(reasonCitations('rejected', reason as keyof typeof rejectionReasonSources), reason).toEqual(assumed ? [] : citations);
		expect(reasonCitations('rejected', 'other-partner-chosen')).toEqual([]);
	});

	it('cites the sentence of each timeline note that states a rule', () => {
		for (const [kind, citations] of Object.entries(noteCitations)) if (citations.length > 0) expectResolves(citations, kind);
		// #14 tenth review: CAI#164 says a new subscription needs a separate claim; CAI#163 (the approved claim shows the
		// subscription ID) says nothing the note says.
		expect(noteCitations['subscription-ended']).toEqual(['CAI#164']);
	});

	it('cites arbitration to CAI#168 and one partner per workload or subscription to OSA#131, with OSA’s program names (review 14b, finding 5)', () => {
		expect(noteCitations['competing-claim']).toEqual(['CAI#168', 'OSA#131']);
		const en = messagesFor('en')['lifecycle.note.competing-claim'];
		expect(en).toMatch(/determine which partner to approve/);
		expect(en).toMatch(/OSU-Microsoft 365/);
		expect(en).toMatch(/OSA-Sell and OSU-Business Applications/);
		expect(en).not.toMatch(/Arbitration: one partner/);
	});

	it('shows every status meaning with the sentences that state it, and no consent window in it (review 14b, finding 10)', () => {
		for (const status of lifecycleStatuses) expectResolves(statusMeaningCitations[status], status);
		expect(statusMeaningCitations.approved).toEqual(['MCA#144', 'MCA#147']);
		// The window is where MCA#126 and OSA#112 disagree: the consent deadline shows it as the simulator's assumption.
		for (const lang of catalogs.langs) expect(messagesFor(lang)['lifecycle.status.approved.meaning'], lang).not.toMatch(/7/);
		expect(deadlineRules.consent.assumption).toBe('lifecycle.assumption.deadline.consent');
	});

	it('says “should” where Microsoft does: the reviewers’ response to a dispute (MCA#167, review 14b, finding 8)', () => {
		const en = messagesFor('en');
		expect(en['lifecycle.deadline.dispute-review']).toMatch(/\bshould respond\b/);
		expect(en['lifecycle.page.rule.dispute-review']).toMatch(/\bshould respond\b/);
		expect(messagesFor('ja')['lifecycle.page.rule.dispute-review']).not.toMatch(/回答します。$/);
	});

	it('calls a competing claim decided only by arbitration the simulator’s assumption: CAI#168 bars no other rejection (finding 11)', () => {
		expect(refusalBasis('arbitration-pending')).toEqual({ kind: 'assumed', assumption: 'lifecycle.assumption.arbitration-pending' });
		for (const lang of catalogs.langs) expect(messagesFor(lang)['lifecycle.refusal.arbitration-pending'], lang).not.toMatch(/Microsoft/);
	});
});

describe('review #14: lines that said more than their citations (findings 3, 8, 12)', () => {
	it('no documented refusal says a step happens “once”: the sources never do, and a claim is resubmitted (MCA#150)', () => {
		const en = messagesFor('en');
		for (const code of refusalCodes) {
			if (refusalBasis(code).kind === 'documented') expect(en[`lifecycle.refusal.${code}`], code).not.toMatch(/\bonce\b|\bonly\b/i);
		}
	});

	it('calls “only a Dynamics 365 claim shows a subscription ID” the simulator’s assumption: CAI#163 doesn’t say “only”', () => {
		expect(refusalBasis('not-dynamics')).toEqual({ kind: 'assumed', assumption: 'lifecycle.assumption.not-dynamics' });
		expect(refusalBasis('approved-no-subscription').kind).toBe('assumed');
	});

	it('shows a dispute’s status after submitting it as an assumption, beside the cited response time (MCA#167)', () => {
		expect(deadlineRules['dispute-review']).toMatchObject({
			citations: ['MCA#167'],
			statusAssumption: 'lifecycle.assumption.status.after-dispute',
		});
		for (const lang of catalogs.langs) expect(messagesFor(lang)['lifecycle.assumption.status.after-dispute']?.trim(), lang).toBeTruthy();
		expect(messagesFor('en')['lifecycle.page.rule.dispute-review']).not.toMatch(/Under review/);
	});

	it('gives the consent window its own version note, names MCA2023 for the windows, and none on CAI’s arbitration (#14 third review)', () => {
		expect(deadlineRules.consent.version).toBe('lifecycle.ui.version.consent');
		expect(deadlineRules.arbitration.version).toBe('lifecycle.ui.version.article');
		const en = messagesFor('en');
		expect(en['lifecycle.ui.version.consent']).toMatch(/disagree/);
		expect(en['lifecycle.ui.version.consent']).not.toMatch(/2020 articles’ deadline/);
		expect(en['lifecycle.ui.version.deadline']).toMatch(/MCA2023/);
		expect(en['lifecycle.ui.version.article']).not.toMatch(/14/);
		// The refusal names the contested window as the simulator's count, and the review SLA says no more than MCA#121, #140.
		expect(en['lifecycle.refusal.already-approved']).toMatch(/simulator counts 7 days/);
		expect(en['lifecycle.page.rule.review-decision']).not.toMatch(/may take longer/);
	});

	it('shows the status and the new review period after a response as an assumption (MCA#150 says only “resubmit”)', () => {
		expect(statusAssumptions['lifecycle.assumption.status.after-response']).toEqual({ after: 'respond', status: 'under-review' });
		for (const lang of catalogs.langs) expect(messagesFor(lang)['lifecycle.assumption.status.after-response']?.trim(), lang).toBeTruthy();
	});

	it('says on every deadline that it follows the 2020 articles, and on the dispute’s which 2023 changes touch it', () => {
		for (const kind of deadlineKinds) expect(deadlineRules[kind].version, kind).toMatch(/^lifecycle\.ui\.version\./);
		expect(deadlineRules.dispute.version).toBe('lifecycle.ui.version.dispute');
		expect(deadlineRules['dispute-review'].version).toBe('lifecycle.ui.version.dispute');
		for (const lang of catalogs.langs) {
			const messages = messagesFor(lang);
			expect(messages['lifecycle.ui.version.dispute'], lang).toMatch(/2023/);
			expect(messages['lifecycle.ui.version.dispute'], lang).toMatch(/14/);
			expect(messages['lifecycle.ui.version.deadline'], lang).toMatch(/2020/);
		}
	});

	it('a second dispute after a disputed claim is rejected again is marked as the simulator’s assumption (MCA2023 allows one)', () => {
		let state = startLifecycle({ status: 'submitted', date: '2024-06-03' }, { dynamics: false, dynamicsOnly: false });
		const steps = [
			{ type: 'start-review', date: '2024-06-04' },
			{ type: 'reject', date: '2024-06-05', reason: 'insufficient-poe' },
			{ type: 'dispute', date: '2024-06-06' },
			{ type: 'reject', date: '2024-06-07', reason: 'insufficient-poe' },
		];
		for (const [index, event] of steps.entries()) {
			const result = applyEvent(state, event);
			if (!result.ok) throw new Error(result.refusal.code);
			state = result.state;
			const notes = state.entries.at(-1)!.notes.map((note) => note.kind);
			if (index === 1) expect(notes).not.toContain('dispute-again');
		}
		expect(state.entries.at(-1)!.notes).toEqual([{ kind: 'dispute-again', date: '2024-06-07' }]);
		expect(noteCitations['dispute-again']).toEqual([]);
		for (const lang of catalogs.langs)
			expect(messagesFor(lang)['lifecycle.note.dispute-again'], lang).toContain(
				messagesFor(lang)['lifecycle.ui.assumption'].split('{')[0]!.trim(),
			);
	});
});

describe('#14 fifth review: a documented refusal cites the rule, not the status around it', () => {
	it('documents only the refusals whose sentences say the event can’t happen', () => {
		// Each stays documented because a cited sentence states the rule: Editing lasts until the claim is submitted
		// (MCA#134), and submitting is what ends it; a started review has started (MCA#138); a response is due within 5 business days, after which the claim
		// is rejected (MCA#150); a dispute's 30 days end (MCA#158, #160); an
		// arbitration decides a competing claim (CAI#166, #168). Any other refusal is the simulator's assumption: add a
		// code here only with the sentence that states its rule.
		const documented = refusalCodes.filter((code) => refusalBasis(code).kind === 'documented');
		expect([...documented].sort()).toEqual(
			[
				'already-submitted',
				'not-submitted',
				'review-in-progress',
				'response-too-late',
				'deadline-not-passed',
				'dispute-window-over',
				'no-competing-claim',
			].sort(),
		);
	});

	it('calls waiting for the partner’s proof and a rejected claim’s other events the simulator’s assumption (MCA#150, #158, #160 describe the status)', () => {
		// #14 sixth review: Microsoft may ask for more details while a claim stays Under review (MCA#139, CAI#169–170), and
		// MCA#158 describes disputing a rejection without barring other statuses.
		for (const code of [
			'waiting-for-partner',
			'already-rejected',
			'dynamics-no-arbitration',
			'nothing-to-respond',
			'dispute-only-rejected',
		] as const) {
			expect(refusalBasis(code), code).toEqual({ kind: 'assumed', assumption: `lifecycle.assumption.${code}` });
			for (const lang of catalogs.langs)
				expect(messagesFor(lang)[`lifecycle.assumption.${code}`]?.trim(), `${code} in ${lang}`).toBeTruthy();
		}
		// Arbitration also concerns an association already approved (CAI#166): the assumption no longer says the sources are silent.
		expect(messagesFor('en')['lifecycle.assumption.competing-only-open']).toMatch(/CAI#166/);
		expect(messagesFor('en')['lifecycle.page.assumptions']).not.toMatch(/whether a competing claim can arrive after a decision/);
		// A partner's request to reject is no longer named among the rejections an arbitration holds back (MCA#170).
		for (const lang of catalogs.langs)
			expect(messagesFor(lang)['lifecycle.assumption.arbitration-pending'], lang).not.toMatch(
				/partner request|パートナーの依頼など|合作夥伴要求\)|파트너 요청 같은|合作伙伴请求）|Anfrage des Partners|demande du partenaire/,
			);
	});
});

describe('the engine cases of issue #14', () => {
	function approvedClaim(dynamics: boolean): LifecycleState {
		let state = startLifecycle({ status: 'submitted', date: '2024-06-03' }, { dynamics, dynamicsOnly: false });
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
