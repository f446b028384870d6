/**
 * #14 twelfth review (notes/review14l.md), item 1: whether a new claim competes follows what another partner still has
 * on the product, not the event history's wording. A claim that competed and ended without an arbitration decision
 * leaves the other partner's claim standing (CAI#168), a lost arbitration leaves its association (CAI#166), a won one
 * leaves nothing; every new claim starts from that. Where the simulator reviews a dispute without an arbitration while
 * another partner's claim or association stands, "there is no arbitration to decide" is its assumption, not documented.
 */
import { describe, expect, it } from 'vitest';
import { addCalendarDays } from '../../../../src/claim/business-days.ts';
import {
	applyEvent,
	claimFacts,
	claimSummary,
	currentEntry,
	replay,
	startLifecycle,
	type ApplyResult,
	type ClaimFacts,
	type LifecycleEvent,
	type LifecycleEventType,
	type LifecycleState,
} from '../../../../src/claim/lifecycle/index.ts';
import { noteCitations } from '../../../../src/claim/lifecycle/reasons.ts';
import { findPreset, presetSandbox } from '../../../../src/claim/presets.ts';
import { catalogs, messagesFor } from '../../../../src/i18n/messages.ts';

const competingFacts = claimFacts(claimSummary(findPreset('competing-claim')!.draft, presetSandbox));
const start = { status: 'submitted', date: '2026-05-04' } as const;
const competingNotes = ['associated-elsewhere', 'competing-undecided'] as const;
type CompetingNote = (typeof competingNotes)[number];

/** The notes of a new claim's first entry that say why it competes. */
const competingNotesOf = (state: LifecycleState): string[] =>
	currentEntry(state)
		.notes.map((note) => note.kind)
		.filter((kind) => (competingNotes as readonly string[]).includes(kind));

function played(events: LifecycleEvent[], facts: ClaimFacts = competingFacts): LifecycleState {
	const result = replay(start, events, facts);
	if (!result.ok) throw new Error(`event ${result.index} refused: ${result.refusal.code}`);
	return result.state;
}

function tried(events: LifecycleEvent[], event: LifecycleEvent, facts: ClaimFacts = competingFacts): ApplyResult {
	return applyEvent(played(events, facts), event);
}

describe('the review’s sequences', () => {
	it('is the claim simulator’s competing claim', () => {
		expect(competingFacts).toMatchObject({ competing: true, dynamics: false });
	});

	it('(a) a competing claim rejected without a response: the new claim competes with the other partner’s claim still standing', () => {
		const undecided: LifecycleEvent[] = [
			{ type: 'start-review', date: '2026-05-05' },
			{ type: 'request-more-proof', date: '2026-05-06', reason: 'missing-all-poe' },
			{ type: 'response-deadline-passes', date: '2026-05-14' },
			{ type: 'new-claim', date: '2026-06-20' },
			{ type: 'submit', date: '2026-06-21' },
			{ type: 'start-review', date: '2026-06-22' },
		];
		const state = played(undecided);
		const claim2 = state.entries.filter((entry) => entry.claimNumber === 2);
		expect(claim2[0]?.notes).toEqual([{ kind: 'competing-undecided', date: '2026-06-20' }]);
		expect(currentEntry(state).deadline?.kind).toBe('arbitration');
		const won = applyEvent(state, { type: 'arbitration-won', date: '2026-06-23' });
		expect(won.ok && won.state.status).toBe('approved');
		const approve = applyEvent(state, { type: 'approve', date: '2026-06-23' });
		expect(approve.ok ? 'approved' : approve.refusal.code).toBe('arbitration-pending');
		// The note says why with the sentences of the competing claim's notes, in every locale.
		expect(noteCitations['competing-undecided']).toEqual(noteCitations['competing-at-submission']);
		for (const lang of catalogs.langs) expect(messagesFor(lang)['lifecycle.note.competing-undecided'], lang).toContain('{date}');
	});

	it('(a) a competing claim rejected at the partner’s request during the arbitration: the same', () => {
		const withdrawn: LifecycleEvent[] = [
			{ type: 'start-review', date: '2026-05-05' },
			{ type: 'reject', date: '2026-05-06', reason: 'partner-request' },
			{ type: 'new-claim', date: '2026-06-20' },
			{ type: 'submit', date: '2026-06-21' },
			{ type: 'start-review', date: '2026-06-22' },
		];
		const approve = tried(withdrawn, { type: 'approve', date: '2026-06-23' });
		expect(approve.ok ? 'approved' : approve.refusal.code).toBe('arbitration-pending');
		expect(tried(withdrawn, { type: 'arbitration-lost', date: '2026-06-23' }).ok).toBe(true);
	});

	it('(b) lost, then won on a new claim, then the customer denies consent: the next claim meets no arbitration', () => {
		const events: LifecycleEvent[] = [
			{ type: 'start-review', date: '2026-05-05' },
			{ type: 'arbitration-lost', date: '2026-05-06' },
			{ type: 'new-claim', date: '2026-06-10' },
			{ type: 'submit', date: '2026-06-11' },
			{ type: 'start-review', date: '2026-06-12' },
			{ type: 'arbitration-won', date: '2026-06-15' },
			{ type: 'customer-denies-consent', date: '2026-06-17' },
			{ type: 'new-claim', date: '2026-07-20' },
			{ type: 'submit', date: '2026-07-21' },
			{ type: 'start-review', date: '2026-07-22' },
		];
		const state = played(events);
		// Claim 2 still competes with the winner of claim 1's arbitration; claim 3 with no one.
		expect(state.entries.find((entry) => entry.claimNumber === 2)?.notes.map((note) => note.kind)).toContain('associated-elsewhere');
		expect(state.entries.filter((entry) => entry.claimNumber === 3).flatMap((entry) => entry.notes)).toEqual([]);
		const approve = applyEvent(state, { type: 'approve', date: '2026-07-23' });
		expect(approve.ok && approve.state.status).toBe('approved');
	});

	it('a dispute of a lost arbitration: "no arbitration to decide" is the simulator’s assumption, not CAI#166/#168', () => {
		const disputed: LifecycleEvent[] = [
			{ type: 'start-review', date: '2026-05-05' },
			{ type: 'arbitration-lost', date: '2026-05-06' },
			{ type: 'dispute', date: '2026-05-07' },
		];
		const won = tried(disputed, { type: 'arbitration-won', date: '2026-05-08' });
		expect(won.ok).toBe(false);
		if (won.ok) return;
		expect(won.refusal.code).toBe('arbitration-not-reopened');
		expect(won.refusal.basis).toEqual({ kind: 'assumed', assumption: 'lifecycle.assumption.arbitration-not-reopened' });
		// Without any other partner, a dispute's "no competing claim" stays documented.
		const alone = { dynamics: false, dynamicsOnly: false };
		const plain = tried(
			[
				{ type: 'start-review', date: '2026-05-05' },
				{ type: 'reject', date: '2026-05-06', reason: 'insufficient-poe' },
				{ type: 'dispute', date: '2026-05-07' },
			],
			{ type: 'arbitration-won', date: '2026-05-08' },
			alone,
		);
		expect(plain.ok ? null : plain.refusal.basis).toEqual({ kind: 'documented', citations: ['CAI#166', 'CAI#168'] });
	});
});

describe('the thirteenth review’s sequence: a dispute approved while another partner’s association stands', () => {
	const disputedApproval: LifecycleEvent[] = [
		{ type: 'start-review', date: '2026-05-05' },
		{ type: 'arbitration-lost', date: '2026-05-06' },
		{ type: 'dispute', date: '2026-05-07' },
		{ type: 'approve', date: '2026-05-08' },
	];

	it('says at the approval that it rests on the simulator’s assumption, in every locale', () => {
		const state = played(disputedApproval);
		expect(currentEntry(state).notes).toEqual([{ kind: 'decided-in-dispute', date: '2026-05-08' }]);
		expect(noteCitations['decided-in-dispute']).toEqual([]);
		for (const lang of catalogs.langs) {
			const label = messagesFor(lang)['lifecycle.note.dispute-again'].split(/[:：]/)[0]!;
			expect(messagesFor(lang)['lifecycle.note.decided-in-dispute'].startsWith(label), lang).toBe(true);
		}
	});

	it('leaves no association of the other partner for a later claim to meet: the approval decided for this partner', () => {
		const later = played([
			...disputedApproval,
			{ type: 'customer-denies-consent', date: '2026-05-09' },
			{ type: 'new-claim', date: '2026-06-20' },
		]);
		expect(competingNotesOf(later)).toEqual([]);
		expect(later.competing).toBe(false);
	});
});

// ---------------------------------------------------------------------------------------------
// Every sequence
// ---------------------------------------------------------------------------------------------

/**
 * What another partner has on the product after `events`, folded over the history in the reviews' words: its claim from
 * a competing start or a competing claim (kept if it already had the association), its association once it won an
 * arbitration, nothing once this partner won one or was approved (in a dispute, that approval sets the other partner
 * aside: the simulator's assumption, `setAside`, until the next competing claim or arbitration; #14 thirteenth and
 * fourteenth reviews).
 */
function otherPartnerAfter(facts: ClaimFacts, events: readonly LifecycleEvent[]): { other: CompetingNote | null; setAside: boolean } {
	let other: 'claim' | 'association' | null = facts.competing === true ? 'claim' : null;
	let setAside = false;
	for (const event of events) {
		if (event.type === 'arbitration-won' || event.type === 'arbitration-lost') {
			other = event.type === 'arbitration-won' ? null : 'association';
			setAside = false;
		} else if (event.type === 'competing-claim') {
			other ??= 'claim';
			setAside = false;
		} else if (event.type === 'approve') {
			if (other !== null) setAside = true;
			other = null;
		}
	}
	const note = other === 'association' ? 'associated-elsewhere' : other === 'claim' ? 'competing-undecided' : null;
	return { other: note, setAside };
}

const tries: readonly { readonly type: LifecycleEventType; readonly reason?: string }[] = [
	{ type: 'submit' },
	{ type: 'start-review' },
	{ type: 'request-more-proof', reason: 'missing-all-poe' },
	{ type: 'respond' },
	{ type: 'response-deadline-passes' },
	{ type: 'approve' },
	{ type: 'reject', reason: 'partner-request' },
	{ type: 'reject', reason: 'insufficient-poe' },
	{ type: 'customer-denies-consent' },
	{ type: 'dispute' },
	{ type: 'new-claim' },
	{ type: 'competing-claim' },
	{ type: 'arbitration-won' },
	{ type: 'arbitration-lost' },
	{ type: 'subscription-ends' },
];

/**
 * Every sequence of up to `depth` accepted events from a submitted claim: each kind of event (and reason) tried on the
 * day after the latest event and on the day after the current deadline, the first date accepted taken. Yields every
 * try with the state it was tried in.
 */
function* everySequence(
	facts: ClaimFacts,
	depth: number,
): Generator<{ state: LifecycleState; event: LifecycleEvent; result: ApplyResult }> {
	const stack: LifecycleState[] = [startLifecycle(start, facts)];
	while (stack.length > 0) {
		const state = stack.pop()!;
		const deadline = currentEntry(state).deadline?.date;
		const dates = [addCalendarDays(state.lastDate, 1), ...(deadline ? [addCalendarDays(deadline, 1)] : [])];
		for (const shape of tries) {
			for (const date of dates) {
				const event = { ...shape, date } as LifecycleEvent;
				const result = applyEvent(state, event);
				yield { state, event, result };
				if (!result.ok) continue;
				if (result.state.events.length < depth) stack.push(result.state);
				break;
			}
		}
	}
}

describe('every sequence of events: a new claim competes exactly while another partner’s claim or association stands', () => {
	const starts: ClaimFacts[] = [
		competingFacts,
		{ dynamics: true, dynamicsOnly: false, competing: true },
		{ dynamics: true, dynamicsOnly: false },
	];

	for (const facts of starts) {
		it(`from ${JSON.stringify(facts)}`, () => {
			let newClaims = 0;
			const seenNotes = new Set<string>();
			let refusedArbitrations = 0;
			let decidedInDispute = 0;
			for (const { state, event, result } of everySequence(facts, 9)) {
				const { other, setAside } = otherPartnerAfter(facts, state.events);
				const history = JSON.stringify(state.events.map((earlier) => earlier.type).concat(event.type));
				// A reviewer's decision of a dispute while another partner's claim or association stands says it rests on
				// the simulator's assumption, where it happens; no other decision does.
				const decided = event.type === 'approve' || (event.type === 'reject' && event.reason !== 'partner-request');
				const disputed = state.entries.some((entry) => entry.claimNumber === state.claimNumber && entry.cause === 'dispute');
				if (result.ok && decided) {
					const noted = currentEntry(result.state).notes.some((note) => note.kind === 'decided-in-dispute');
					expect(noted, history).toBe(disputed && other !== null);
					if (noted) decidedInDispute += 1;
				}
				if (result.ok && event.type === 'new-claim') {
					newClaims += 1;
					expect(result.state.competing, history).toBe(other !== null);
					expect(competingNotesOf(result.state), history).toEqual(other ? [other] : []);
					if (other) seenNotes.add(other);
				}
				// "There is no competing claim" is documented only where no other partner's claim or association stands.
				const arbitrationRefusals = ['no-competing-claim', 'arbitration-not-reopened', 'other-partner-set-aside'];
				if (!result.ok && arbitrationRefusals.includes(result.refusal.code)) {
					refusedArbitrations += 1;
					const expected = other ? 'arbitration-not-reopened' : setAside ? 'other-partner-set-aside' : 'no-competing-claim';
					expect(result.refusal.code, history).toBe(expected);
					expect(result.refusal.basis.kind, history).toBe(expected === 'no-competing-claim' ? 'documented' : 'assumed');
				}
				// In a dispute's review while another partner stands, a competing claim starts no arbitration (the simulator's
				// assumption): the event is refused, never accepted (#14 fourteenth review).
				if (event.type === 'competing-claim' && !state.competing && other !== null) {
					expect(result.ok ? 'accepted' : result.refusal.code, history).toMatch(
						/arbitration-not-reopened|dynamics-no-arbitration|^(?!accepted)/,
					);
					expect(result.ok, history).toBe(false);
				}
			}
			// The walk reaches new claims of both kinds and both refusals, so the checks above ran.
			expect(newClaims).toBeGreaterThan(10);
			expect([...seenNotes].sort()).toEqual([...competingNotes].sort());
			expect(refusedArbitrations).toBeGreaterThan(10);
			if (facts.competing) expect(decidedInDispute).toBeGreaterThan(0);
		});
	}
});
