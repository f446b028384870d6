import { describe, expect, it } from 'vitest';
import { presetSandbox, presetSubscriptions, presetTenants } from '../../../src/claim/presets.ts';
import { activities, solutionAreas, type Sandbox } from '../../../src/claim/schema.ts';
import { happy, presetDraft, stepCodes, stepProblems } from './helpers.ts';

describe('step "activity" (solution area, activity, claim name)', () => {
	it('passes for every activity the article offers per solution area', () => {
		const offered = [
			['business-applications', 'presales'],
			['business-applications', 'usage'],
			['microsoft-365', 'usage'],
		] as const;
		for (const [solutionArea, activity] of offered) expect(stepCodes('activity', { ...happy(), solutionArea, activity })).toEqual([]);
	});

	it('ACTIVITY_NOT_FOR_SOLUTION_AREA exactly for Microsoft 365 with anything but Usage', () => {
		for (const solutionArea of solutionAreas) {
			for (const activity of activities) {
				const codes = stepCodes('activity', { ...presetDraft('revenue-association'), solutionArea, activity });
				expect(codes.includes('ACTIVITY_NOT_FOR_SOLUTION_AREA'), `${solutionArea} / ${activity}`).toBe(
					solutionArea === 'microsoft-365' && activity !== 'usage',
				);
			}
		}
		expect(stepProblems('activity', { ...happy(), solutionArea: 'microsoft-365', activity: 'presales' })[0]?.params).toEqual({
			solutionArea: 'microsoft-365',
			activity: 'presales',
		});
	});

	it('SOLUTION_AREA_REQUIRED and ACTIVITY_REQUIRED exactly when the choice is missing', () => {
		expect(stepCodes('activity', { ...happy(), solutionArea: null })).toEqual(['SOLUTION_AREA_REQUIRED']);
		expect(stepCodes('activity', { ...happy(), activity: null })).toEqual(['ACTIVITY_REQUIRED']);
		expect(stepCodes('activity', { ...happy(), solutionArea: null, activity: null })).toEqual([
			'SOLUTION_AREA_REQUIRED',
			'ACTIVITY_REQUIRED',
		]);
	});

	it('CLAIM_NAME_REQUIRED exactly when the name is blank', () => {
		expect(stepCodes('activity', { ...happy(), claimName: '\t' })).toEqual(['CLAIM_NAME_REQUIRED']);
		expect(stepCodes('activity', { ...happy(), claimName: 'x' })).toEqual([]);
	});

	it('REVENUE_ASSOCIATION_FIELD_REQUIRED names each blank field, only for Revenue association', () => {
		const draft = presetDraft('revenue-association');
		const blank = { solutionSellerName: '', customerName: ' ', isvProductName: 'Fabrikam Dealer Hub' };
		expect(stepProblems('activity', { ...draft, revenueAssociation: blank })).toEqual([
			{
				code: 'REVENUE_ASSOCIATION_FIELD_REQUIRED',
				step: 'activity',
				fields: ['revenueAssociation.solutionSellerName', 'revenueAssociation.customerName'],
			},
		]);
		expect(stepCodes('activity', { ...draft, activity: 'usage', revenueAssociation: blank })).toEqual([]);
		expect(stepCodes('activity', draft)).toEqual([]);
	});
});

describe('step "products"', () => {
	it('PRODUCT_REQUIRED exactly when no product is selected', () => {
		expect(stepCodes('products', { ...happy(), products: [] })).toEqual(['PRODUCT_REQUIRED']);
		expect(stepCodes('products', happy())).toEqual([]);
	});

	it('PRODUCT_NOT_IN_SOLUTION_AREA for each product of the other area or unknown to the catalogue', () => {
		expect(
			stepProblems('products', { ...happy(), products: ['dynamics-365-sales', 'microsoft-365-e3', 'dynamics-365-marketing'] }),
		).toEqual([
			{ code: 'PRODUCT_NOT_IN_SOLUTION_AREA', step: 'products', fields: ['products'], params: { product: 'microsoft-365-e3' } },
			{ code: 'PRODUCT_NOT_IN_SOLUTION_AREA', step: 'products', fields: ['products'], params: { product: 'dynamics-365-marketing' } },
		]);
		expect(stepCodes('products', { ...happy(), products: ['dynamics-365-sales', 'power-bi-pro'] })).toEqual([]);
		// Without a solution area, only unknown products are reported.
		expect(stepCodes('products', { ...happy(), solutionArea: null, products: ['microsoft-365-e3', 'x'] })).toEqual([
			'PRODUCT_NOT_IN_SOLUTION_AREA',
		]);
	});

	it('counts a product chosen twice once', () => {
		expect(stepCodes('products', { ...happy(), products: ['microsoft-365-e3', 'microsoft-365-e3'] })).toEqual([
			'PRODUCT_NOT_IN_SOLUTION_AREA',
		]);
	});

	describe('ACTIVITY_CHANNEL_NOT_ELIGIBLE', () => {
		const northwind = presetDraft('activity-channel-not-eligible');

		it('for every Business Applications activity when the product was bought only through CSP', () => {
			for (const activity of activities) {
				expect(stepProblems('products', { ...northwind, activity }), activity).toEqual([
					{
						code: 'ACTIVITY_CHANNEL_NOT_ELIGIBLE',
						step: 'products',
						fields: ['activity', 'products'],
						params: { product: 'power-bi-pro', activity },
					},
				]);
			}
		});

		it('not when at least one subscription of the product was bought via Volume Licensing or Web-Direct', () => {
			for (const channel of ['volume-licensing', 'web-direct'] as const) {
				const sandbox: Sandbox = {
					...presetSandbox,
					subscriptions: presetSandbox.subscriptions.map((subscription) =>
						subscription.id === presetSubscriptions.northwindPowerBiCsp ? { ...subscription, channel } : subscription,
					),
				};
				expect(stepCodes('products', northwind, sandbox), channel).toEqual([]);
			}
			// Contoso has CSP and Volume Licensing subscriptions of Sales.
			expect(stepCodes('products', happy())).toEqual([]);
		});

		it('not for Microsoft 365 Usage, which has no channel condition', () => {
			expect(
				stepCodes('products', { ...northwind, solutionArea: 'microsoft-365', activity: 'usage', products: ['exchange-online'] }),
			).toEqual([]);
		});

		it('not when the tenant has no subscription of the product at all (another step reports that)', () => {
			const noPowerBi: Sandbox = {
				...presetSandbox,
				subscriptions: presetSandbox.subscriptions.filter((subscription) => subscription.id !== presetSubscriptions.northwindPowerBiCsp),
			};
			expect(stepCodes('products', northwind, noPowerBi)).toEqual([]);
		});

		it('not before an activity is chosen', () => {
			expect(stepCodes('products', { ...northwind, activity: null })).toEqual([]);
		});
	});

	describe('COMPETING_CLAIM (warning)', () => {
		const competing = presetDraft('competing-claim');

		it('when another partner already holds a product whose subscription is not asked for', () => {
			const result = stepProblems('products', competing);
			expect(result).toEqual([
				{ code: 'COMPETING_CLAIM', step: 'products', fields: ['products'], params: { product: 'microsoft-365-e3' } },
			]);
			expect(stepCodes('products', { ...competing, products: ['microsoft-teams'], tenantId: presetTenants.contoso })).toEqual([
				'COMPETING_CLAIM',
			]);
		});

		it('not when nobody holds the product', () => {
			expect(stepCodes('products', presetDraft('microsoft-365-usage'))).toEqual([]);
		});

		it('not for a product whose subscription ID is asked for: a claimed subscription is an error of that step', () => {
			// Contoso's Sales has a claimed subscription among several.
			expect(stepCodes('products', presetDraft('subscription-already-claimed'))).toEqual([]);
		});
	});
});
