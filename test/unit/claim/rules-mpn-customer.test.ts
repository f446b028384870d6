import { describe, expect, it } from 'vitest';
import { presetMpnIds, presetSandbox, presetTenants } from '../../../src/claim/presets.ts';
import type { Sandbox } from '../../../src/claim/schema.ts';
import { happy, stepCodes, stepProblems } from './helpers.ts';

describe('step "mpn"', () => {
	it('passes with an enrolled MPN ID of your company that has no partner type', () => {
		expect(stepCodes('mpn', happy())).toEqual([]);
		expect(stepCodes('mpn', { ...happy(), mpnId: ` ${presetMpnIds.enrolled} ` })).toEqual([]);
	});

	it('MPN_REQUIRED exactly when no MPN ID is given', () => {
		expect(stepCodes('mpn', { ...happy(), mpnId: '' })).toEqual(['MPN_REQUIRED']);
		expect(stepCodes('mpn', { ...happy(), mpnId: '   ' })).toEqual(['MPN_REQUIRED']);
		expect(stepCodes('mpn', { ...happy(), mpnId: '0' })).not.toContain('MPN_REQUIRED');
	});

	it('MPN_UNKNOWN exactly when the MPN ID is not in your list', () => {
		expect(stepProblems('mpn', { ...happy(), mpnId: '9999999' })).toEqual([
			{ code: 'MPN_UNKNOWN', step: 'mpn', fields: ['mpnId'], params: { mpnId: '9999999' } },
		]);
		expect(stepCodes('mpn', { ...happy(), mpnId: presetMpnIds.notEnrolled })).not.toContain('MPN_UNKNOWN');
	});

	it('MPN_NOT_ENROLLED is a warning: the step still passes', () => {
		const draft = { ...happy(), mpnId: presetMpnIds.notEnrolled };
		expect(stepCodes('mpn', draft)).toEqual(['MPN_NOT_ENROLLED']);
		expect(stepProblems('mpn', draft)[0]?.params).toEqual({ mpnId: presetMpnIds.notEnrolled });
		const enrolledAgain: Sandbox = {
			...presetSandbox,
			mpnIds: presetSandbox.mpnIds.map((mpn) => ({ ...mpn, enrolledInIncentives: true })),
		};
		expect(stepCodes('mpn', draft, enrolledAgain)).toEqual([]);
	});

	it('MPN_PARTNER_TYPE_NOT_SHOWN warns exactly when the MPN has a partner type', () => {
		const draft = { ...happy(), mpnId: presetMpnIds.fastTrack };
		expect(stepProblems('mpn', draft)).toEqual([
			{
				code: 'MPN_PARTNER_TYPE_NOT_SHOWN',
				step: 'mpn',
				fields: ['mpnId'],
				params: { mpnId: presetMpnIds.fastTrack, partnerType: 'FRP FastTrack' },
			},
		]);
		const withoutType: Sandbox = { ...presetSandbox, mpnIds: presetSandbox.mpnIds.map(({ partnerType: _, ...mpn }) => mpn) };
		expect(stepCodes('mpn', draft, withoutType)).toEqual([]);
	});

	it('reports both warnings for a non-enrolled MPN with a partner type', () => {
		const sandbox: Sandbox = {
			...presetSandbox,
			mpnIds: [{ id: '1', name: 'x', enrolledInIncentives: false, partnerType: 'FRP FastTrack' }],
		};
		expect(stepCodes('mpn', { ...happy(), mpnId: '1' }, sandbox)).toEqual(['MPN_NOT_ENROLLED', 'MPN_PARTNER_TYPE_NOT_SHOWN']);
	});
});

describe('step "customer"', () => {
	const contoso = presetTenants.contoso;

	it('passes for every verified domain of the tenant, in any case and with a trailing dot', () => {
		for (const domain of ['contoso.com', 'contoso.onmicrosoft.com', 'sales.contoso.com', 'Contoso.OnMicrosoft.com', ' contoso.com. ']) {
			expect(stepCodes('customer', { ...happy(), customerDomain: domain }), domain).toEqual([]);
		}
		expect(stepCodes('customer', { ...happy(), tenantId: contoso.toUpperCase() })).toEqual([]);
	});

	it('CUSTOMER_DOMAIN_REQUIRED and TENANT_ID_REQUIRED exactly when the field is blank', () => {
		expect(stepCodes('customer', { ...happy(), customerDomain: ' ' })).toEqual(['CUSTOMER_DOMAIN_REQUIRED']);
		expect(stepCodes('customer', { ...happy(), tenantId: '' })).toEqual(['TENANT_ID_REQUIRED']);
		expect(stepCodes('customer', { ...happy(), customerDomain: '', tenantId: '' })).toEqual([
			'CUSTOMER_DOMAIN_REQUIRED',
			'TENANT_ID_REQUIRED',
		]);
	});

	it('TENANT_ID_NOT_GUID exactly when a given tenant ID is not a GUID', () => {
		for (const tenantId of ['contoso.onmicrosoft.com', '80ab2899575141188834495cdd8ea185', `{${contoso}}`, `${contoso}0`]) {
			expect(stepCodes('customer', { ...happy(), tenantId }), tenantId).toEqual(['TENANT_ID_NOT_GUID']);
		}
		expect(stepCodes('customer', { ...happy(), tenantId: '00000000-0000-0000-0000-000000000000' })).not.toContain('TENANT_ID_NOT_GUID');
	});

	it('DOMAIN_TENANT_MISMATCH when the domain belongs to another tenant', () => {
		expect(stepProblems('customer', { ...happy(), customerDomain: 'northwindtraders.com' })).toEqual([
			{
				code: 'DOMAIN_TENANT_MISMATCH',
				step: 'customer',
				fields: ['customerDomain', 'tenantId'],
				params: { domain: 'northwindtraders.com', tenantId: contoso },
			},
		]);
	});

	it('DOMAIN_TENANT_MISMATCH when the domain is verified nowhere, or no tenant has the ID', () => {
		expect(stepCodes('customer', { ...happy(), customerDomain: 'contoso.net' })).toEqual(['DOMAIN_TENANT_MISMATCH']);
		expect(stepCodes('customer', { ...happy(), customerDomain: 'eu.contoso.com' })).toEqual(['DOMAIN_TENANT_MISMATCH']);
		expect(stepCodes('customer', { ...happy(), tenantId: '00000000-0000-0000-0000-000000000000' })).toEqual(['DOMAIN_TENANT_MISMATCH']);
	});

	it('does not compare domain and tenant while either is missing or malformed', () => {
		expect(stepCodes('customer', { ...happy(), customerDomain: 'northwindtraders.com', tenantId: 'contoso' })).toEqual([
			'TENANT_ID_NOT_GUID',
		]);
		expect(stepCodes('customer', { ...happy(), customerDomain: '' })).not.toContain('DOMAIN_TENANT_MISMATCH');
	});
});
