import { locales } from '../../../src/i18n/locales.ts';
import { describe, expect, it } from 'vitest';
import { claimStepIds, claimSteps, stepMessageKey } from '../../../src/claim/flow.ts';
import { translator } from '../../../src/i18n/messages.ts';
import { presetMpnIds, presetSandbox } from '../../../src/claim/presets.ts';
import type { ClaimDraft, Sandbox } from '../../../src/claim/schema.ts';
import { validateClaim, validateStep } from '../../../src/claim/steps.ts';
import { happy, presetDraft } from './helpers.ts';

/** The site's languages (`<html lang>`), each with a complete catalog. */
const claimLangs = locales.map((locale) => locale.lang);

describe('the steps of the flow', () => {
	it('come in the order of the fact sheet (§3), each with its citations and a label per language', () => {
		expect(claimStepIds).toEqual([
			'mpn',
			'customer',
			'activity',
			'products',
			'contacts',
			'subscription',
			'proof-of-execution',
			'comments',
			'submit',
		]);
		expect(Object.keys(claimSteps).sort()).toEqual([...claimStepIds].sort());
		for (const step of claimStepIds) {
			expect(claimSteps[step].citations.length, step).toBeGreaterThan(0);
			const labels = claimLangs.map((lang) => translator(lang)(stepMessageKey(step)));
			expect(new Set(labels).size, step).toBeGreaterThan(step === 'mpn' ? 1 : 2);
		}
	});
});

describe('validateClaim', () => {
	it('submits the happy path with no warnings', () => {
		expect(validateClaim(happy(), presetSandbox)).toEqual({ ok: true, warnings: [] });
	});

	it('stops at the first failing step and reports all its errors', () => {
		const draft: ClaimDraft = { ...happy(), customerDomain: '', tenantId: '', products: [], proofOfExecution: null };
		expect(validateClaim(draft, presetSandbox)).toEqual({
			ok: false,
			step: 'customer',
			errors: [
				{ code: 'CUSTOMER_DOMAIN_REQUIRED', step: 'customer', fields: ['customerDomain'] },
				{ code: 'TENANT_ID_REQUIRED', step: 'customer', fields: ['tenantId'] },
			],
			warnings: [],
		});
	});

	it('keeps the warnings of the steps it passed', () => {
		const result = validateClaim({ ...happy(), mpnId: presetMpnIds.notEnrolled, proofOfExecution: null }, presetSandbox);
		expect(result).toMatchObject({ ok: false, step: 'proof-of-execution', warnings: [{ code: 'MPN_NOT_ENROLLED' }] });
	});

	it('reports an earlier step before a later one, whatever else is wrong', () => {
		const draft: ClaimDraft = { ...presetDraft('subscription-is-csp'), activity: null };
		expect(validateClaim(draft, presetSandbox)).toMatchObject({ ok: false, step: 'activity', errors: [{ code: 'ACTIVITY_REQUIRED' }] });
	});
});

describe('validateStep', () => {
	it('splits errors from warnings', () => {
		const sandbox: Sandbox = {
			...presetSandbox,
			mpnIds: [{ id: '1', name: 'x', enrolledInIncentives: false, partnerType: 'FRP FastTrack' }],
		};
		const result = validateStep('mpn', { ...happy(), mpnId: '1' }, sandbox);
		expect(result.ok).toBe(true);
		expect(result.warnings.map((warning) => warning.code)).toEqual(['MPN_NOT_ENROLLED', 'MPN_PARTNER_TYPE_NOT_SHOWN']);
		const failed = validateStep(
			'products',
			{ ...presetDraft('competing-claim'), products: ['microsoft-365-e3', 'dynamics-365-sales'] },
			presetSandbox,
		);
		expect(failed).toMatchObject({
			ok: false,
			errors: [{ code: 'PRODUCT_NOT_IN_SOLUTION_AREA' }],
			warnings: [{ code: 'COMPETING_CLAIM' }],
		});
	});
});

describe('inputs that are not of the declared types (untyped callers)', () => {
	const unreadable: unknown[] = [
		undefined,
		null,
		42,
		'draft',
		{},
		[],
		{ ...happy(), contacts: null },
		new Proxy(
			{},
			{
				get: () => {
					throw new Error('boom');
				},
			},
		),
	];

	it('give INPUT_NOT_READABLE, at the step that could not read them, instead of an exception', () => {
		for (const input of unreadable) {
			for (const [draft, sandbox] of [
				[input, presetSandbox],
				[happy(), input],
			]) {
				const result = validateClaim(draft as ClaimDraft, sandbox as Sandbox);
				expect(result.ok).toBe(false);
				if (!result.ok) expect(result.errors).toEqual([{ code: 'INPUT_NOT_READABLE', step: result.step, fields: [] }]);
			}
		}
		expect(validateClaim({ ...happy(), contacts: null } as never, presetSandbox)).toMatchObject({ ok: false, step: 'contacts' });
		expect(validateClaim({} as never, presetSandbox)).toMatchObject({ ok: false, step: 'mpn' });
	});

	it('that can be read give a typed result computed from them as they are', () => {
		// A string where the product list belongs is read character by character: unknown products, no exception.
		const result = validateClaim({ ...happy(), products: 'ab' } as never, presetSandbox);
		expect(result).toMatchObject({ ok: false, step: 'products', errors: [{ params: { product: 'a' } }, { params: { product: 'b' } }] });
	});

	it('give INPUT_NOT_READABLE for a step that does not exist', () => {
		expect(validateStep('review' as never, happy(), presetSandbox)).toMatchObject({
			ok: false,
			errors: [{ code: 'INPUT_NOT_READABLE', step: 'mpn' }],
		});
		expect(validateStep('toString' as never, happy(), presetSandbox)).toMatchObject({
			ok: false,
			errors: [{ code: 'INPUT_NOT_READABLE' }],
		});
	});
});
