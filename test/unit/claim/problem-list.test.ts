import { describe, expect, it } from 'vitest';
import { claimError } from '../../../src/claim/errors.ts';
import { problemEntries } from '../../../src/islands/claim-simulator/ProblemList.tsx';

describe('the simulator’s problem list', () => {
	it('shows the errors the portal reports as one situation together, under their checklist, every reason that applies', () => {
		const csp = claimError('SUBSCRIPTION_IS_CSP', 'subscription', ['subscriptionId']);
		const notDynamics = claimError('SUBSCRIPTION_NOT_DYNAMICS', 'subscription', ['subscriptionId']);
		const required = claimError('SUBSCRIPTION_ID_REQUIRED', 'subscription', ['subscriptionId']);
		const entries = problemEntries([required, notDynamics, csp]);
		expect(entries).toHaveLength(2);
		expect(entries[0]).toEqual({ kind: 'problem', item: { problem: required, index: 0 } });
		const group = entries[1]!;
		expect(group.kind === 'checklist' && group.checklist.id).toBe('subscription');
		// Each problem keeps its index: the fields' aria-describedby name it.
		expect(group.kind === 'checklist' && group.items).toEqual([
			{ problem: notDynamics, index: 1 },
			{ problem: csp, index: 2 },
		]);
		expect(group.kind === 'checklist' && group.checklist.items.map((item) => item.id)).toContain('SUBSCRIPTION_IS_CSP');
	});

	it('shows the domain–tenant mismatch with its own checklist', () => {
		const [entry] = problemEntries([claimError('DOMAIN_TENANT_MISMATCH', 'customer', ['customerDomain', 'tenantId'])]);
		expect(entry?.kind === 'checklist' && entry.checklist.id).toBe('domain-tenant');
	});
});
