import { describe, expect, it } from 'vitest';
import { isSubscriptionAsked, productsAskingForSubscription } from '../../../src/claim/lookups.ts';
import { presetSandbox, presetSubscriptions as S, presetTenants } from '../../../src/claim/presets.ts';
import { subscriptionProblem } from '../../../src/claim/rules/subscription.ts';
import { subscriptionStatuses, type ClaimDraft, type Sandbox, type Subscription } from '../../../src/claim/schema.ts';
import { happy, presetDraft, stepCodes, stepProblems } from './helpers.ts';

/** A sandbox where one subscription is changed. */
function withSubscription(id: string, change: Partial<Subscription>): Sandbox {
	return {
		...presetSandbox,
		subscriptions: presetSandbox.subscriptions.map((subscription) =>
			subscription.id === id ? { ...subscription, ...change } : subscription,
		),
	};
}

const entering = (subscriptionId: string, draft: ClaimDraft = happy()): ClaimDraft => ({ ...draft, subscriptionId });

describe('when the flow asks for a subscription ID', () => {
	it('for a chosen Dynamics 365 product with more than one subscription on the tenant', () => {
		expect(productsAskingForSubscription(happy(), presetSandbox).map((product) => product.id)).toEqual(['dynamics-365-sales']);
		expect(isSubscriptionAsked(presetDraft('subscription-not-active'), presetSandbox)).toBe(true);
	});

	it('not for a Dynamics 365 product with one subscription, nor for other products', () => {
		expect(isSubscriptionAsked(presetDraft('revenue-association'), presetSandbox)).toBe(false);
		// Contoso has one Power BI and one Microsoft 365 subscription; several would still not ask (not Dynamics).
		expect(isSubscriptionAsked({ ...happy(), products: ['power-bi-pro'] }, presetSandbox)).toBe(false);
		const twoPowerBi: Sandbox = {
			...presetSandbox,
			subscriptions: [
				...presetSandbox.subscriptions,
				{ ...presetSandbox.subscriptions.find((s) => s.id === S.contosoPowerBi)!, id: '11111111-1111-4111-8111-111111111111' },
			],
		};
		expect(isSubscriptionAsked({ ...happy(), products: ['power-bi-pro'] }, twoPowerBi)).toBe(false);
	});

	it('ignores the subscription ID field when it is not asked for', () => {
		expect(stepCodes('subscription', entering('garbage', presetDraft('revenue-association')))).toEqual([]);
	});
});

describe('step "subscription"', () => {
	it('passes for an active or in-grace, Volume Licensing or Web-Direct, unclaimed subscription of the product on the tenant', () => {
		expect(stepCodes('subscription', happy())).toEqual([]);
		expect(stepCodes('subscription', entering(S.contosoSalesWebDirectInGrace))).toEqual([]);
		expect(stepCodes('subscription', entering(` ${S.contosoSalesVolumeLicensing.toUpperCase()} `))).toEqual([]);
	});

	it('SUBSCRIPTION_ID_REQUIRED exactly when asked and blank', () => {
		expect(stepProblems('subscription', entering(' '))).toEqual([
			{ code: 'SUBSCRIPTION_ID_REQUIRED', step: 'subscription', fields: ['subscriptionId'] },
		]);
		expect(stepCodes('subscription', entering('', presetDraft('revenue-association')))).toEqual([]);
	});

	it('SUBSCRIPTION_ID_INVALID for something that is not a GUID, or no subscription has that ID', () => {
		for (const id of ['SUB-0001', presetTenants.contoso, '00000000-0000-0000-0000-000000000000', `${S.contosoSalesVolumeLicensing}x`]) {
			expect(stepProblems('subscription', entering(id)), id).toEqual([
				{ code: 'SUBSCRIPTION_ID_INVALID', step: 'subscription', fields: ['subscriptionId'], params: { subscriptionId: id } },
			]);
		}
	});

	it('SUBSCRIPTION_NOT_DYNAMICS exactly when the subscription is of a product that is not Dynamics', () => {
		expect(stepCodes('subscription', entering(S.contosoPowerBi))).toEqual(['SUBSCRIPTION_NOT_DYNAMICS']);
		expect(stepCodes('subscription', entering(S.contosoMicrosoft365))).toEqual(['SUBSCRIPTION_NOT_DYNAMICS']);
		const powerBiAsDynamics: Sandbox = {
			...presetSandbox,
			products: presetSandbox.products.map((product) => (product.id === 'power-bi-pro' ? { ...product, dynamics: true } : product)),
		};
		expect(stepCodes('subscription', entering(S.contosoPowerBi), powerBiAsDynamics)).toEqual(['SUBSCRIPTION_PRODUCT_NOT_ON_TENANT']);
	});

	it('SUBSCRIPTION_PRODUCT_NOT_ON_TENANT for a subscription of another tenant or of a product not chosen', () => {
		expect(stepCodes('subscription', entering(S.adventureWorksSales))).toEqual(['SUBSCRIPTION_PRODUCT_NOT_ON_TENANT']);
		expect(stepCodes('subscription', entering(S.contosoCustomerServiceRenewed))).toEqual(['SUBSCRIPTION_PRODUCT_NOT_ON_TENANT']);
		expect(
			stepCodes('subscription', {
				...entering(S.contosoCustomerServiceRenewed),
				products: ['dynamics-365-sales', 'dynamics-365-customer-service'],
			}),
		).toEqual([]);
	});

	it('SUBSCRIPTION_PRODUCT_NOT_ON_TENANT for a chosen Dynamics 365 product without any subscription on the tenant, asked or not', () => {
		const adventure = presetDraft('revenue-association');
		expect(stepProblems('subscription', { ...adventure, products: ['dynamics-365-sales', 'dynamics-365-customer-service'] })).toEqual([
			{
				code: 'SUBSCRIPTION_PRODUCT_NOT_ON_TENANT',
				step: 'subscription',
				fields: ['products'],
				params: { product: 'dynamics-365-customer-service' },
			},
		]);
		expect(stepCodes('subscription', { ...adventure, products: ['power-bi-pro', 'microsoft-teams'] })).toEqual([]);
	});

	it('SUBSCRIPTION_IS_CSP exactly when the subscription was bought through CSP', () => {
		expect(stepCodes('subscription', entering(S.contosoSalesCsp))).toEqual(['SUBSCRIPTION_IS_CSP']);
		expect(stepCodes('subscription', entering(S.contosoSalesCsp), withSubscription(S.contosoSalesCsp, { channel: 'web-direct' }))).toEqual(
			[],
		);
	});

	it('SUBSCRIPTION_NOT_PROVISIONED exactly when the subscription is not provisioned yet', () => {
		expect(stepCodes('subscription', entering(S.contosoSalesNotProvisioned))).toEqual(['SUBSCRIPTION_NOT_PROVISIONED']);
		expect(
			stepCodes(
				'subscription',
				entering(S.contosoSalesNotProvisioned),
				withSubscription(S.contosoSalesNotProvisioned, { status: 'active' }),
			),
		).toEqual([]);
	});

	it('active and in grace are claimable; expired and not provisioned are not', () => {
		const claimable = subscriptionStatuses.filter(
			(status) =>
				stepCodes('subscription', entering(S.contosoSalesVolumeLicensing), withSubscription(S.contosoSalesVolumeLicensing, { status }))
					.length === 0,
		);
		expect(claimable).toEqual(['active', 'in-grace']);
	});

	describe('an expired subscription', () => {
		const ended = presetDraft('new-subscription-needs-separate-claim');
		const notActive = presetDraft('subscription-not-active');

		it('NEW_SUBSCRIPTION_NEEDS_SEPARATE_CLAIM when the tenant has another active or in-grace subscription of the product', () => {
			expect(stepCodes('subscription', ended)).toEqual(['NEW_SUBSCRIPTION_NEEDS_SEPARATE_CLAIM']);
			expect(stepCodes('subscription', ended, withSubscription(S.contosoCustomerServiceRenewed, { status: 'in-grace' }))).toEqual([
				'NEW_SUBSCRIPTION_NEEDS_SEPARATE_CLAIM',
			]);
		});

		it('SUBSCRIPTION_NOT_ACTIVE when it has none (the other one expired or is not provisioned)', () => {
			expect(stepCodes('subscription', notActive)).toEqual(['SUBSCRIPTION_NOT_ACTIVE']);
			for (const status of ['expired', 'not-provisioned'] as const) {
				expect(stepCodes('subscription', ended, withSubscription(S.contosoCustomerServiceRenewed, { status })), status).toEqual([
					'SUBSCRIPTION_NOT_ACTIVE',
				]);
			}
			expect(stepCodes('subscription', notActive, withSubscription(S.northwindCustomerServiceExpiredToo, { status: 'active' }))).toEqual([
				'NEW_SUBSCRIPTION_NEEDS_SEPARATE_CLAIM',
			]);
		});
	});

	it('SUBSCRIPTION_ALREADY_CLAIMED exactly when a claimable subscription is already claimed', () => {
		expect(stepCodes('subscription', entering(S.contosoSalesClaimed))).toEqual(['SUBSCRIPTION_ALREADY_CLAIMED']);
		expect(
			stepCodes('subscription', entering(S.contosoSalesClaimed), withSubscription(S.contosoSalesClaimed, { alreadyClaimed: false })),
		).toEqual([]);
	});

	it('gives one subscription one reason, the first that applies', () => {
		const everything = withSubscription(S.contosoSalesCsp, { status: 'expired', alreadyClaimed: true });
		expect(subscriptionProblem(entering(S.contosoSalesCsp), everything)).toBe('SUBSCRIPTION_IS_CSP');
		const notProvisionedAndClaimed = withSubscription(S.contosoSalesNotProvisioned, { alreadyClaimed: true });
		expect(subscriptionProblem(entering(S.contosoSalesNotProvisioned), notProvisionedAndClaimed)).toBe('SUBSCRIPTION_NOT_PROVISIONED');
		// The ended Customer Service subscription is also claimed: the separate-claim reason comes first.
		expect(subscriptionProblem(presetDraft('new-subscription-needs-separate-claim'), presetSandbox)).toBe(
			'NEW_SUBSCRIPTION_NEEDS_SEPARATE_CLAIM',
		);
		expect(subscriptionProblem(happy(), presetSandbox)).toBeNull();
	});
});
