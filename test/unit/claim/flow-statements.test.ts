/**
 * What the claim simulator and the helpers say the claim flow does, or what a wrong choice costs, is Microsoft's to say
 * (#14 thirteenth and fourteenth reviews): every English simulator or helper message that states what the flow (or
 * Partner Center's flow) shows, asks or offers, or warns of missed eligibility, cites the sentence that says so
 * (`KEY#n`), or is the simulator's own assumption. The preset names (the scenarios) are labels, not statements.
 */
import { describe, expect, it } from 'vitest';
import { parseCitations } from '../../../src/facts/citations.ts';
import { messagesFor } from '../../../src/i18n/messages.ts';

/** A sentence stating the flow's behaviour: "the flow shows/asks/offers…", "the claim flow of Partner Center". */
const FLOW_STATEMENT =
	/\bthe (?:claim )?flow (?:shows|asks|offers|will|identifies|does|of Partner Center)\b|Partner Center’s claim flow|missed eligibility/i;
const ASSUMPTION = /the simulator’s assumption|its assumption/i;

describe('the claim simulator’s and the helpers’ statements about the claim flow', () => {
	it('cite their sentence or say they are the simulator’s assumption', () => {
		const english = messagesFor('en');
		const statements = Object.entries(english).filter(
			([key, text]) =>
				(key.startsWith('simulator.') || key.startsWith('helpers.page.')) &&
				!key.startsWith('simulator.preset.') &&
				FLOW_STATEMENT.test(text),
		);
		expect(statements.length, 'statements found').toBeGreaterThanOrEqual(3);
		const bare = statements.filter(([, text]) => parseCitations(text).length === 0 && !ASSUMPTION.test(text)).map(([key]) => key);
		expect(bare).toEqual([]);
	});
});
