/**
 * The claim simulator on its page: one browser history entry per step (`history.ts`), the link's requests on
 * arrival (`arrivalOf`: the error pages' "Try it"), the check run there (`checkOnArrival`), and the customer's
 * subscriptions the subscription step offers (`customerSubscriptions`). Issue #16.
 */
import { describe, expect, it } from 'vitest';
import { customerSubscriptions } from '../../../src/claim/lookups.ts';
import { claimPresets, presetSandbox, presetTenants } from '../../../src/claim/presets.ts';
import * as checks from '../../../src/claim/steps.ts';
import { initialStateOn, presetQuery } from '../../../src/claim/url-encoding.ts';
import { historyWrite } from '../../../src/islands/claim-simulator/history.ts';
import { arrivalOf } from '../../../src/islands/claim-simulator/load.ts';
import * as state from '../../../src/islands/claim-simulator/state.ts';
import { happy } from './helpers.ts';

const start = initialStateOn(presetSandbox);
const presetIds = claimPresets.map((preset) => preset.id);

describe('the simulator page’s history', () => {
	it('adds an entry when the step changes, so Back returns to it', () => {
		expect(historyWrite(start, { ...start, step: 'customer' })).toBe('push');
		expect(historyWrite({ ...start, step: 'customer' }, start)).toBe('push');
	});

	it('adds an entry when the claim is submitted or taken back', () => {
		const atSubmit = { ...start, step: 'submit' as const };
		expect(historyWrite(atSubmit, { ...atSubmit, submitted: '2026-11-20' })).toBe('push');
		expect(historyWrite({ ...atSubmit, submitted: '2026-11-20' }, atSubmit)).toBe('push');
	});

	it('rewrites the current entry for anything typed or picked within a step', () => {
		expect(historyWrite(start, { ...start, draft: happy() })).toBe('replace');
		expect(historyWrite(start, { ...start, timeZone: 'Asia/Tokyo' })).toBe('replace');
		const submitted = { ...start, step: 'submit' as const, submitted: '2026-11-20' };
		expect(historyWrite(submitted, { ...submitted, submitted: '2026-11-21', timeZone: 'Asia/Tokyo' })).toBe('replace');
	});
});

describe('a link’s requests on arrival', () => {
	it('the error pages’ links ask for their step to be checked, with their preset chosen', () => {
		const query = presetQuery('subscription-is-csp', 'subscription');
		expect(query.get('check')).toBe('1');
		expect(arrivalOf(query, presetIds)).toEqual({ presetId: 'subscription-is-csp', check: true });
	});

	it('a preset without a step is opened, not checked; a draft or an unknown preset is no preset', () => {
		expect(arrivalOf(presetQuery('happy-path'), presetIds)).toEqual({ presetId: 'happy-path', check: false });
		expect(arrivalOf(new URLSearchParams('preset=happy-path&draft=e30&step=mpn'), presetIds).presetId).toBeNull();
		expect(arrivalOf(new URLSearchParams('preset=nope&step=mpn&check=1'), presetIds)).toEqual({ presetId: null, check: true });
		expect(arrivalOf(new URLSearchParams(''), presetIds)).toEqual({ presetId: null, check: false });
	});

	it('the check on arrival shows the step’s errors there and announces them, touching nothing', () => {
		const preset = claimPresets.find((candidate) => candidate.id === 'domain-tenant-mismatch')!;
		const view = state.loadedView({ ...start, draft: preset.draft, step: 'customer' });
		const checked = state.checkOnArrival(view, checks);
		expect(checked.sim).toBe(view.sim);
		expect(checked.touched).toBe(false);
		expect(checked.check?.errors.map((error) => error.code)).toEqual(['DOMAIN_TENANT_MISMATCH']);
		expect(checked.announcement).toEqual({ kind: 'errors', codes: ['DOMAIN_TENANT_MISMATCH'] });
		expect(state.stepCheck(checked)?.step).toBe('customer');
	});

	it('a step that passes shows its warnings in place; a submitted claim is left as it is', () => {
		const view = state.loadedView({ ...start, draft: happy(), step: 'mpn' });
		const checked = state.checkOnArrival(view, checks);
		expect(checked.sim.step).toBe('mpn');
		expect(checked.check?.errors).toEqual([]);
		expect(checked.announcement).toEqual({ kind: 'none' });
		const submitted = state.loadedView({ ...start, draft: happy(), step: 'submit', submitted: '2026-11-20' });
		expect(state.checkOnArrival(submitted, checks)).toBe(submitted);
	});
});

describe('the customer’s subscriptions to pick from', () => {
	it('are those of the customer’s tenant, the asked product’s first', () => {
		const offered = customerSubscriptions(presetSandbox, presetTenants.contoso, 'dynamics-365-sales');
		expect(offered.length).toBeGreaterThan(0);
		expect(offered.every((subscription) => subscription.tenantId.toLowerCase() === presetTenants.contoso.toLowerCase())).toBe(true);
		const firstOther = offered.findIndex((subscription) => subscription.product !== 'dynamics-365-sales');
		if (firstOther >= 0)
			expect(offered.slice(firstOther).every((subscription) => subscription.product !== 'dynamics-365-sales')).toBe(true);
		expect(customerSubscriptions(presetSandbox, ` ${presetTenants.contoso.toUpperCase()} `, 'x')).toHaveLength(offered.length);
	});

	it('are none for a tenant the sandbox doesn’t have', () => {
		expect(customerSubscriptions(presetSandbox, '00000000-0000-4000-8000-000000000000', 'dynamics-365-sales')).toEqual([]);
	});
});
