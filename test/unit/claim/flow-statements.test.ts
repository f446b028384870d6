/**
 * What the claim simulator says the claim flow does is Microsoft's to say (#14 thirteenth review): every English
 * simulator message that states what the flow (or Partner Center's flow) shows, asks or offers cites the sentence that
 * says so (`KEY#n`), or is the simulator's own assumption. The preset names (the scenarios) are labels, not statements.
 */
import { describe, expect, it } from 'vitest';
import { parseCitations } from '../../../src/facts/citations.ts';
import { messagesFor } from '../../../src/i18n/messages.ts';

/** A sentence stating the flow's behaviour: "the flow shows/asks/offers…", "the claim flow of Partner Center". */
const FLOW_STATEMENT = /\bthe (?:claim )?flow (?:shows|asks|offers|will|identifies|does|of Partner Center)\b/i;
const ASSUMPTION = /the simulator’s assumption|its assumption/i;

describe('the claim simulator’s statements about the claim flow', () => {
	it('cite their sentence or say they are the simulator’s assumption', () => {
		const english = messagesFor('en');
		const statements = Object.entries(english).filter(
			([key, text]) => key.startsWith('simulator.') && !key.startsWith('simulator.preset.') && FLOW_STATEMENT.test(text),
		);
		expect(statements.length, 'statements found').toBeGreaterThanOrEqual(3);
		const bare = statements.filter(([, text]) => parseCitations(text).length === 0 && !ASSUMPTION.test(text)).map(([key]) => key);
		expect(bare).toEqual([]);
	});
});
