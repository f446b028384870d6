/**
 * A walk over the lifecycle's reachable states for the kind tests (#14 tenth review): from a claim submitted with each
 * kind of facts (Dynamics or not, Dynamics only, a competing claim at the start), every event of every type, reason and
 * telling date (the latest event's day, the next day, the current deadline's day and the day after it, 45 days on),
 * breadth first, until no new kind of state turns up. Yields every try, accepted or refused, with the state it was
 * tried in.
 */
import { addCalendarDays } from '../../../../src/claim/business-days.ts';
import {
	applyEvent,
	currentEntry,
	lifecycleEventTypes,
	moreProofReasons,
	reviewerRejectionReasons,
	startLifecycle,
	type ApplyResult,
	type ClaimFacts,
	type LifecycleEvent,
	type LifecycleState,
} from '../../../../src/claim/lifecycle/index.ts';

export interface WalkStep {
	readonly state: LifecycleState;
	readonly event: LifecycleEvent;
	readonly result: ApplyResult;
}

const startFacts: readonly ClaimFacts[] = [
	{ dynamics: false, dynamicsOnly: false },
	{ dynamics: true, dynamicsOnly: false },
	{ dynamics: true, dynamicsOnly: true },
	{ dynamics: false, dynamicsOnly: false, competing: true },
	{ dynamics: true, dynamicsOnly: false, competing: true },
];

/** The dates worth trying an event on in a state: around the latest event and around the current deadline. */
function datesFor(state: LifecycleState): string[] {
	const deadline = currentEntry(state).deadline?.date;
	const dates = [state.lastDate, addCalendarDays(state.lastDate, 1), addCalendarDays(state.lastDate, 45)];
	if (deadline) dates.push(deadline, addCalendarDays(deadline, 1));
	return [...new Set(dates)].filter((date) => date >= state.lastDate);
}

function eventsFor(state: LifecycleState): LifecycleEvent[] {
	return datesFor(state).flatMap((date) =>
		lifecycleEventTypes.flatMap((type): LifecycleEvent[] => {
			if (type === 'request-more-proof') return moreProofReasons.map((reason) => ({ type, date, reason }));
			if (type === 'reject') return reviewerRejectionReasons.map((reason) => ({ type, date, reason }));
			return [{ type, date } as LifecycleEvent];
		}),
	);
}

/** What sets a state apart for the engine's rules (its dates only as they stand to the current deadline). */
function kindOf(state: LifecycleState): string {
	const entry = currentEntry(state);
	const disputed = state.entries.some((earlier) => earlier.claimNumber === state.claimNumber && earlier.cause === 'dispute');
	return JSON.stringify([
		state.facts,
		state.status,
		state.competing,
		state.otherPartner,
		state.setAside,
		state.subscriptionEnded !== null,
		state.claimNumber > 1,
		entry.cause,
		entry.deadline?.kind ?? null,
		entry.deadline ? state.lastDate > entry.deadline.date : null,
		disputed,
	]);
}

/** Every try of the walk, at most `depth` accepted events from the start. */
export function* walkLifecycle(depth = 8): Generator<WalkStep> {
	const seen = new Set<string>();
	let frontier = startFacts.map((facts) => startLifecycle({ status: 'submitted', date: '2024-06-03' }, facts));
	for (let level = 0; level < depth && frontier.length > 0; level += 1) {
		const next: LifecycleState[] = [];
		for (const state of frontier) {
			for (const event of eventsFor(state)) {
				const result = applyEvent(state, event);
				yield { state, event, result };
				if (!result.ok) continue;
				const kind = kindOf(result.state);
				if (seen.has(kind)) continue;
				seen.add(kind);
				next.push(result.state);
			}
		}
		frontier = next;
	}
}
