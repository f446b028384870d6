import { describe, expect, it } from 'vitest';
import { presetSandbox } from '../../../src/claim/presets.ts';
import { inputProblems, parseSandbox, type InputProblem } from '../../../src/claim/schema.ts';
import { refusalKeys, withMpn, withoutTenant, withSubscription, withTenant } from '../../../src/islands/claim-simulator/sandbox-edits.ts';
import { messagesFor } from '../../../src/i18n/messages.ts';
import { halfWidth } from '../../../src/claim/format.ts';

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

	it('takes IDs and domains typed with a Japanese or Chinese input method: full-width, and domains separated by 、，； (break-k B2)', () => {
		const tenant = parseSandbox(
			withTenant(presetSandbox, {
				tenantId: '１１１１１１１１－２２２２－４３３３－８４４４－５５５５５５５５５５５５',
				companyName: 'Ｃｏｎｔｏｓｏ JP',
				domains: 'contoso.co.jp、contoso-jp.onmicrosoft.com，ｃｏｎｔｏｓｏ．ｊｐ；fabrikam。jp　tailspin.jp',
			}),
		);
		expect(tenant.ok && tenant.value.customerTenants.at(-1)).toEqual({
			tenantId: '11111111-2222-4333-8444-555555555555',
			// A name is kept as typed.
			companyName: 'Ｃｏｎｔｏｓｏ JP',
			domains: ['contoso.co.jp', 'contoso-jp.onmicrosoft.com', 'contoso.jp', 'fabrikam.jp', 'tailspin.jp'],
		});
		const mpn = parseSandbox(withMpn(presetSandbox, { id: '４４１９９９８', name: 'Osaka', enrolled: false }));
		expect(mpn.ok && mpn.value.mpnIds.at(-1)?.id).toBe('4419998');
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

	/** An edit that causes each problem the schema reports by code. */
	const tenant = presetSandbox.customerTenants[0]!;
	const newTenantId = '11111111-2222-4333-8444-555555555555';
	const causes: Record<InputProblem, unknown> = {
		duplicateMpn: withMpn(presetSandbox, { id: presetSandbox.mpnIds[0]!.id, name: 'Again' }),
		mpnDigitsOnly: withMpn(presetSandbox, { id: '44-1999', name: 'Dashed' }),
		duplicateTenant: withTenant(presetSandbox, { tenantId: tenant.tenantId.toUpperCase(), companyName: 'Again', domains: 'again.example' }),
		notGuid: withTenant(presetSandbox, { tenantId: 'not-a-guid', companyName: 'Tailspin', domains: 'tailspin.com' }),
		domainInSeveralTenants: withTenant(presetSandbox, { tenantId: newTenantId, companyName: 'Copy', domains: tenant.domains[0]! }),
		duplicateSubscription: withSubscription(presetSandbox, {
			id: presetSandbox.subscriptions[0]!.id,
			tenantId: tenant.tenantId,
			product: presetSandbox.products[0]!.id,
			channel: 'csp',
			status: 'active',
		}),
	};

	it.each(inputProblems)('words the problem %s by its code, not by its English text', (problem) => {
		const result = parseSandbox(causes[problem]);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.issues.map((issue) => issue.problem)).toContain(problem);
		expect(refusalKeys(result.issues)).toContain(`simulator.editor.problem.${problem}`);
		const english = messagesFor('en') as Readonly<Record<string, string>>;
		expect(english[`simulator.editor.problem.${problem}`]).toBeTruthy();
		// A reworded English message changes nothing: only the code counts.
		expect(refusalKeys(result.issues.map((issue) => ({ ...issue, message: 'reworded' })))).toContain(`simulator.editor.problem.${problem}`);
	});
});

describe('halfWidth', () => {
	it('turns what an input method types for a GUID, a domain or an MPN ID into ASCII, and leaves ASCII alone', () => {
		expect(halfWidth('８０ａｂ２８９９－５７５１－４１１８－ｂ８３４－４９５ｃｄｄ８ｅａ１８５')).toBe(
			'80ab2899-5751-4118-b834-495cdd8ea185',
		);
		// Kana mode types ー for -, 。 for .
		expect(halfWidth('80ab2899ー5751ー4118ーb834ー495cdd8ea185')).toBe('80ab2899-5751-4118-b834-495cdd8ea185');
		expect(halfWidth('ｃｏｎｔｏｓｏ。ｏｎｍｉｃｒｏｓｏｆｔ．ｃｏｍ')).toBe('contoso.onmicrosoft.com');
		expect(halfWidth('ａｌｅｘ＠ｃｏｎｔｏｓｏ．ｃｏｍ')).toBe('alex@contoso.com');
		expect(halfWidth('４４１２３４５')).toBe('4412345');
		expect(halfWidth('contoso.onmicrosoft.com')).toBe('contoso.onmicrosoft.com');
		// A Japanese domain name keeps its ー (break-l L2); its full stop is still a dot.
		expect(halfWidth('ゲーム。ｊｐ')).toBe('ゲーム.jp');
	});
});
