/** Who acts for each lifecycle event (`actors.ts`): every event has one, and the groups keep the events' order. Issue #16. */
import { describe, expect, it } from 'vitest';
import { eventActors, eventsByActor } from '../../../../src/claim/lifecycle/actors.ts';
import { lifecycleEventTypes } from '../../../../src/claim/lifecycle/schema.ts';

describe('the lifecycle events by who acts', () => {
	it('puts every event in exactly one group, in the actors’ order', () => {
		const groups = eventsByActor(lifecycleEventTypes);
		expect(groups.map((group) => group.actor)).toEqual([...eventActors]);
		expect(groups.flatMap((group) => group.events).sort()).toEqual([...lifecycleEventTypes].sort());
	});

	it('the partner responds and disputes; Microsoft reviews and decides; the customer can deny consent', () => {
		const actorOf = (event: (typeof lifecycleEventTypes)[number]) => eventsByActor([event])[0]?.actor;
		expect(['respond', 'dispute', 'new-claim', 'submit'].map((event) => actorOf(event as never))).toEqual(Array(4).fill('partner'));
		expect(['start-review', 'request-more-proof', 'approve', 'reject'].map((event) => actorOf(event as never))).toEqual(
			Array(4).fill('microsoft'),
		);
		expect(actorOf('customer-denies-consent')).toBe('customer');
		expect(actorOf('response-deadline-passes')).toBe('other');
	});

	it('leaves out empty groups and keeps the events’ order within a group', () => {
		expect(eventsByActor(['approve', 'start-review'])).toEqual([{ actor: 'microsoft', events: ['approve', 'start-review'] }]);
		expect(eventsByActor([])).toEqual([]);
	});
});
