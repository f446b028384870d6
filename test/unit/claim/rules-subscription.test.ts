import { describe, expect, it } from 'vitest';
import { isSubscriptionAsked, productsAskingForSubscription } from '../../../src/claim/lookups.ts';
import { presetSandbox, presetSubscriptions as S, presetTenants } from '../../../src/claim/presets.ts';
import { claimErrorCatalog } from '../../../src/claim/catalog.ts';
import { subscriptionProblems } from '../../../src/claim/rules/subscription.ts';
import { validateClaim } from '../../../src/claim/steps.ts';
import { subscriptionStatuses, type ClaimDraft, type Sandbox, type Subscription } from '../../../src/claim/schema.ts';
import { happy, presetDraft, stepCodes, stepProblems } from './helpers.ts';
import { messagesFor } from '../../../src/i18n/messages.ts';

/** A sandbox where one subscription is changed. */
function withSubscription(id: string, change: Partial<Subscription>): Sandbox {
	return {
		...presetSandbox,
		subscriptions: presetSandbox.subscriptions.map((subscription) =>
			subscription.id === id ? { ...subscription, ...change } : subscription,
		),
	};
}

/** The draft with a subscription ID entered for Dynamics 365 Sales (or another product). */
const entering = (subscriptionId: string, draft: ClaimDraft = happy(), product = 'dynamics-365-sales'): ClaimDraft => ({
	...draft,
	subscriptionIds: { ...draft.subscriptionIds, [product]: subscriptionId },
});
const SALES = 'dynamics-365-sales';

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
		// Per product now (OSA#145): the error names the product whose subscription ID is missing.
		expect(stepProblems('subscription', entering(' '))).toEqual([
			{ code: 'SUBSCRIPTION_ID_REQUIRED', step: 'subscription', fields: ['subscriptionId'], params: { product: SALES } },
		]);
		expect(stepCodes('subscription', entering('', presetDraft('revenue-association')))).toEqual([]);
	});

	it('SUBSCRIPTION_ID_INVALID for something that is not a GUID, or no subscription has that ID', () => {
		for (const id of ['SUB-0001', presetTenants.contoso, '00000000-0000-0000-0000-000000000000', `${S.contosoSalesVolumeLicensing}x`]) {
			expect(stepProblems('subscription', entering(id)), id).toEqual([
				{
					code: 'SUBSCRIPTION_ID_INVALID',
					step: 'subscription',
					fields: ['subscriptionId'],
					params: { product: SALES, subscriptionId: id },
				},
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
		// Each product is asked for its own subscription (OSA#145), so one of another product doesn't do.
		expect(
			stepCodes('subscription', {
				...entering(S.contosoCustomerServiceRenewed),
				products: ['dynamics-365-sales', 'dynamics-365-customer-service'],
			}),
		).toEqual(['SUBSCRIPTION_PRODUCT_NOT_ON_TENANT', 'SUBSCRIPTION_ID_REQUIRED']);
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

	it('SUBSCRIPTION_NOT_ACTIVE for an expired subscription, whether or not the customer has a newer one (CAI#117)', () => {
		// CAI#163–164 describe what happens after an approved claim's subscription ends: not a check of the create flow.
		expect(stepCodes('subscription', presetDraft('subscription-not-active'))).toEqual(['SUBSCRIPTION_NOT_ACTIVE']);
		const ended = entering(
			S.contosoCustomerServiceEnded,
			{ ...happy(), products: ['dynamics-365-customer-service'] },
			'dynamics-365-customer-service',
		);
		expect(stepCodes('subscription', ended)).toEqual(['SUBSCRIPTION_NOT_ACTIVE', 'SUBSCRIPTION_ALREADY_CLAIMED']);
	});

	it('SUBSCRIPTION_ALREADY_CLAIMED exactly when a claimable subscription is already claimed', () => {
		expect(stepCodes('subscription', entering(S.contosoSalesClaimed))).toEqual(['SUBSCRIPTION_ALREADY_CLAIMED']);
		expect(
			stepCodes('subscription', entering(S.contosoSalesClaimed), withSubscription(S.contosoSalesClaimed, { alreadyClaimed: false })),
		).toEqual([]);
	});

	it('gives every reason that applies to a subscription, in the order of the article (CAI#118: "could be for several reasons")', () => {
		const everything = withSubscription(S.contosoSalesCsp, { status: 'expired', alreadyClaimed: true });
		expect(subscriptionProblems(S.contosoSalesCsp, SALES, happy(), everything)).toEqual([
			'SUBSCRIPTION_IS_CSP',
			'SUBSCRIPTION_NOT_ACTIVE',
			'SUBSCRIPTION_ALREADY_CLAIMED',
		]);
		const notProvisionedAndClaimed = withSubscription(S.contosoSalesNotProvisioned, { alreadyClaimed: true });
		expect(subscriptionProblems(S.contosoSalesNotProvisioned, SALES, happy(), notProvisionedAndClaimed)).toEqual([
			'SUBSCRIPTION_NOT_PROVISIONED',
			'SUBSCRIPTION_ALREADY_CLAIMED',
		]);
		expect(subscriptionProblems(S.contosoSalesVolumeLicensing, SALES, happy(), presetSandbox)).toEqual([]);
	});
});

/** The "Wrong answers from the engine" table of issue #14, one test per row (the Microsoft 365 lifecycle row is the lifecycle's). */
describe('the engine cases of issue #14', () => {
	// Adventure Works has one Dynamics 365 Sales subscription, so the flow doesn't ask for its ID (OSA#145).
	const oneSubscription = presetDraft('revenue-association');
	const onlySubscription = (change: Partial<Subscription>) => withSubscription(S.adventureWorksSales, change);

	it('a Dynamics product whose only subscription is not yet provisioned: error (CAI#128)', () => {
		const sandbox = onlySubscription({ status: 'not-provisioned' });
		expect(isSubscriptionAsked(oneSubscription, sandbox)).toBe(false);
		expect(stepProblems('subscription', oneSubscription, sandbox)).toEqual([
			{
				code: 'SUBSCRIPTION_NOT_PROVISIONED',
				step: 'subscription',
				fields: ['products'],
				params: { product: SALES, subscriptionId: S.adventureWorksSales },
			},
		]);
		expect(validateClaim(oneSubscription, sandbox).ok).toBe(false);
	});

	it('a Dynamics product whose only subscription expired: it must be active or in grace (CAI#117)', () => {
		const sandbox = onlySubscription({ status: 'expired' });
		expect(stepCodes('subscription', oneSubscription, sandbox)).toEqual(['SUBSCRIPTION_NOT_ACTIVE']);
		expect(validateClaim(oneSubscription, sandbox).ok).toBe(false);
		expect(stepCodes('subscription', oneSubscription, onlySubscription({ status: 'in-grace' }))).toEqual([]);
	});

	it('a subscription already claimed: one behaviour whatever the number of subscriptions (CAI#123)', () => {
		const one = validateClaim(oneSubscription, onlySubscription({ alreadyClaimed: true }));
		const several = validateClaim(entering(S.contosoSalesClaimed), presetSandbox);
		for (const result of [one, several]) {
			expect(result.ok).toBe(false);
			if (result.ok) continue;
			expect(result.step).toBe('subscription');
			expect(result.errors.map((error) => error.code)).toEqual(['SUBSCRIPTION_ALREADY_CLAIMED']);
			expect(result.warnings.map((warning) => warning.code)).not.toContain('COMPETING_CLAIM');
		}
		// The reader is told so: the assumption covers the only subscription the flow doesn't ask for (#14 fifth review).
		const en = messagesFor('en');
		for (const key of ['errors.SUBSCRIPTION_ALREADY_CLAIMED.reading', 'errors.COMPETING_CLAIM.assumption'] as const)
			expect(en[key], key).toMatch(/the customer’s only one, which the flow doesn’t ask for/);
		// A product other than Dynamics 365 held by another partner goes to arbitration (CAI#166): a warning.
		expect(validateClaim(presetDraft('competing-claim'), presetSandbox)).toMatchObject({
			ok: true,
			warnings: [{ code: 'COMPETING_CLAIM' }],
		});
	});

	it('two Dynamics products, each with several subscriptions: a subscription ID is asked per product (OSA#145)', () => {
		const both: ClaimDraft = { ...happy(), products: [SALES, 'dynamics-365-customer-service'] };
		expect(productsAskingForSubscription(both, presetSandbox).map((product) => product.id)).toEqual([
			SALES,
			'dynamics-365-customer-service',
		]);
		expect(stepProblems('subscription', both)).toEqual([
			{
				code: 'SUBSCRIPTION_ID_REQUIRED',
				step: 'subscription',
				fields: ['subscriptionId'],
				params: { product: 'dynamics-365-customer-service' },
			},
		]);
		const answered = entering(S.contosoCustomerServiceRenewed, both, 'dynamics-365-customer-service');
		expect(stepCodes('subscription', answered)).toEqual([]);
		// Each product's subscription is checked on its own.
		const expiredSecond = entering(S.contosoCustomerServiceEnded, both, 'dynamics-365-customer-service');
		expect(stepProblems('subscription', expiredSecond).map((problem) => [problem.code, problem.params?.product])).toEqual([
			['SUBSCRIPTION_NOT_ACTIVE', 'dynamics-365-customer-service'],
			['SUBSCRIPTION_ALREADY_CLAIMED', 'dynamics-365-customer-service'],
		]);
	});

	// #14 seventh and eighth reviews: CAI#118–124 are reasons of an error about "the subscription provided", CAI#128 about
	// a subscription claimed; OSA#145 asks for none when the customer has one subscription of the product, or none. The
	// errors the simulator gives then are its reading, shown as its assumption.
	it('an error about a subscription the flow didn’t ask for is the simulator’s reading', () => {
		const unasked = subscriptionStatuses.flatMap((status) =>
			(['volume-licensing', 'web-direct', 'csp'] as const).flatMap((channel) =>
				[false, true].map((alreadyClaimed) => onlySubscription({ status, channel, alreadyClaimed })),
			),
		);
		const noSubscription: Sandbox = {
			...presetSandbox,
			subscriptions: presetSandbox.subscriptions.filter((subscription) => subscription.id !== S.adventureWorksSales),
		};
		const codes = new Set(
			[...unasked, noSubscription].flatMap((sandbox) => {
				expect(isSubscriptionAsked(oneSubscription, sandbox)).toBe(false);
				return stepCodes('subscription', oneSubscription, sandbox);
			}),
		);
		expect([...codes].sort()).toEqual([
			'SUBSCRIPTION_ALREADY_CLAIMED',
			'SUBSCRIPTION_IS_CSP',
			'SUBSCRIPTION_NOT_ACTIVE',
			'SUBSCRIPTION_NOT_PROVISIONED',
			'SUBSCRIPTION_PRODUCT_NOT_ON_TENANT',
		]);
		const en = messagesFor('en');
		for (const code of codes) {
			expect(claimErrorCatalog[code].reading, code).toBe(true);
			expect(en[`errors.${code}.reading` as keyof typeof en], code).toMatch(/OSA#145|doesn’t ask for/);
		}
		expect(en['simulator.subscriptionNotAsked']).not.toMatch(/continue\.$/);
	});

	// #14 ninth review: another Dynamics 365 product's subscription on the same tenant gets CAI#119's words ("doesn't
	// exist on the customer's tenant"), which are false there: the reading says the simulator maps that case to it.
	it('another Dynamics 365 product’s subscription gives "not on the tenant", labelled as the simulator’s reading', () => {
		expect(stepCodes('subscription', entering(S.contosoCustomerServiceRenewed))).toEqual(['SUBSCRIPTION_PRODUCT_NOT_ON_TENANT']);
		expect(claimErrorCatalog.SUBSCRIPTION_PRODUCT_NOT_ON_TENANT.reading).toBe(true);
		expect(messagesFor('en')['errors.SUBSCRIPTION_PRODUCT_NOT_ON_TENANT.reading']).toMatch(/another Dynamics 365 product’s/);
	});

	it('a subscription both bought through CSP and not for Dynamics: every reason that applies (CAI#118, #120, #121)', () => {
		const sandbox = withSubscription(S.contosoPowerBi, { channel: 'csp' });
		expect(stepCodes('subscription', entering(S.contosoPowerBi), sandbox)).toEqual(['SUBSCRIPTION_NOT_DYNAMICS', 'SUBSCRIPTION_IS_CSP']);
	});
});
