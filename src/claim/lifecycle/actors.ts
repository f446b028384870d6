/**
 * Who makes each lifecycle event happen, so the simulator can group what can happen next by who acts (issue #16):
 * the partner (you), Microsoft (its reviewers and arbitration), the customer, or no one in particular (a deadline
 * passing, another partner's claim). The events are `lifecycleEventTypes` (fact sheet §7–9).
 */
import type { LifecycleEventType } from './schema.ts';

/** Who acts, in the order the simulator shows the groups. */
export const eventActors = ['partner', 'microsoft', 'customer', 'other'] as const;
export type EventActor = (typeof eventActors)[number];

const actorOf: Readonly<Record<LifecycleEventType, EventActor>> = {
	submit: 'partner',
	respond: 'partner',
	dispute: 'partner',
	'new-claim': 'partner',
	'start-review': 'microsoft',
	'request-more-proof': 'microsoft',
	approve: 'microsoft',
	reject: 'microsoft',
	'arbitration-won': 'microsoft',
	'arbitration-lost': 'microsoft',
	'customer-denies-consent': 'customer',
	'subscription-ends': 'customer',
	'response-deadline-passes': 'other',
	'competing-claim': 'other',
};

/** The events grouped by who acts, in `eventActors` order, each group in the events' order; empty groups left out. */
export function eventsByActor(events: readonly LifecycleEventType[]): Array<{ actor: EventActor; events: LifecycleEventType[] }> {
	return eventActors
		.map((actor) => ({ actor, events: events.filter((event) => actorOf[event] === actor) }))
		.filter((group) => group.events.length > 0);
}
