import { describe, expect, it } from 'vitest';
import { presetSandbox } from '../../../src/claim/presets.ts';
import { parseSandbox } from '../../../src/claim/schema.ts';
import { refusalKeys, withMpn, withoutTenant, withSubscription, withTenant } from '../../../src/islands/claim-simulator/sandbox-edits.ts';
import { messagesFor } from '../../../src/i18n/messages.ts';

describe('the sandbox edits', () => {
	it('adds an MPN ID, a tenant and a subscription from their forms', () => {
		const mpn = parseSandbox(withMpn(presetSandbox, { id: ' 4419999 ', name: 'Fabrikam (Osaka)', enrolled: true, partnerType: '' }));
		expect(mpn.ok && mpn.value.mpnIds.at(-1)).toEqual({ id: '4419999', name: 'Fabrikam (Osaka)', enrolledInIncentives: true });
		const tenantId = '11111111-2222-4333-8444-555555555555';
		const tenant = parseSandbox(
			withTenant(presetSandbox, { tenantId, companyName: 'Tailspin', domains: 'tailspin.com, tailspin.onmicrosoft.com' }),
		);
		expect(tenant.ok && tenant.value.customerTenants.at(-1)).toEqual({
			tenantId,
			companyName: 'Tailspin',
			domains: ['tailspin.com', 'tailspin.onmicrosoft.com'],
		});
		const subscription = withSubscription(presetSandbox, {
			id: '22222222-2222-4333-8444-555555555555',
			tenantId: presetSandbox.customerTenants[0]!.tenantId,
			product: presetSandbox.products[0]!.id,
			channel: 'csp',
			status: 'active',
		});
		expect(parseSandbox(subscription).ok).toBe(true);
	});

	it('removes a tenant with its subscriptions', () => {
		const tenant = presetSandbox.customerTenants[0]!;
		const next = withoutTenant(presetSandbox, tenant);
		expect(next.customerTenants).not.toContain(tenant);
		expect(next.subscriptions.some((subscription) => subscription.tenantId.toLowerCase() === tenant.tenantId.toLowerCase())).toBe(false);
	});

	it("words each refusal once, in the catalog's messages", () => {
		const result = parseSandbox(withMpn(presetSandbox, { id: presetSandbox.mpnIds[0]!.id, name: 'Again' }));
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(refusalKeys(result.issues)).toEqual(['simulator.editor.problem.duplicateMpn']);
		expect(
			refusalKeys([
				{ path: '', message: 'something else' },
				{ path: 'x', message: 'something else' },
			]),
		).toEqual(['simulator.editor.invalid']);
		const english = messagesFor('en') as Readonly<Record<string, string>>;
		expect(english['simulator.editor.problem.duplicateMpn']).toBe('this MPN ID is already in the list');
	});
});
