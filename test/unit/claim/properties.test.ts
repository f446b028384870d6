/**
 * Property-based tests over random sandboxes and drafts: validation never throws, always returns a typed
 * result consistent with the catalog, agrees with step-by-step validation, and reports each rule's code
 * exactly when an independent statement of the rule's condition holds.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { claimErrorCatalog } from '../../../src/claim/catalog.ts';
import { claimErrorSchema } from '../../../src/claim/catalog-schema.ts';
import type { ClaimError, ClaimErrorCode } from '../../../src/claim/errors.ts';
import { claimStepIds } from '../../../src/claim/flow.ts';
import { presetSandbox } from '../../../src/claim/presets.ts';
import { parseDraft, parseSandbox, type ClaimDraft, type Sandbox } from '../../../src/claim/schema.ts';
import { validateClaim, validateStep } from '../../../src/claim/steps.ts';
import { codesOf, draftArbitrary, nearHappyDraftArbitrary, sandboxArbitrary } from './helpers.ts';

const RUNS = { numRuns: 400 };
const anyDraft = fc.oneof(draftArbitrary, nearHappyDraftArbitrary);
const anySandbox = fc.oneof(fc.constant(presetSandbox), sandboxArbitrary);

function deepFreeze<T>(value: T): T {
	if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
		Object.freeze(value);
		for (const child of Object.values(value)) deepFreeze(child);
	}
	return value;
}

/** The problem is of a known code, well-formed, and within what the catalog says about that code. */
function expectCataloged(problem: ClaimError, step: string, severity: 'error' | 'warning'): void {
	expect(claimErrorSchema.safeParse(problem).success).toBe(true);
	const entry = claimErrorCatalog[problem.code];
	expect(entry.severity).toBe(severity);
	expect(problem.step).toBe(step);
	if (entry.step !== null) expect(problem.step).toBe(entry.step);
	for (const field of problem.fields) expect(entry.fields).toContain(field);
}

describe('validation over random sandboxes and drafts', () => {
	it('never throws, and every step result is typed and consistent with the catalog', () => {
		fc.assert(
			fc.property(anyDraft, anySandbox, (draft, sandbox) => {
				for (const step of claimStepIds) {
					const result = validateStep(step, draft, sandbox);
					if (!result.ok) {
						expect(result.errors.length).toBeGreaterThan(0);
						for (const error of result.errors) expectCataloged(error, step, 'error');
					}
					for (const warning of result.warnings) expectCataloged(warning, step, 'warning');
				}
			}),
			RUNS,
		);
	});

	it('validateClaim reports the first step that fails, with that step’s errors and the warnings up to it', () => {
		fc.assert(
			fc.property(anyDraft, anySandbox, (draft, sandbox) => {
				const result = validateClaim(draft, sandbox);
				const steps = claimStepIds.map((step) => ({ step, result: validateStep(step, draft, sandbox) }));
				const failing = steps.findIndex((entry) => !entry.result.ok);
				const upTo = failing === -1 ? steps : steps.slice(0, failing + 1);
				expect(result.warnings).toEqual(upTo.flatMap((entry) => entry.result.warnings));
				if (failing === -1) {
					expect(result.ok).toBe(true);
				} else {
					const first = steps[failing]!;
					expect(result).toMatchObject({ ok: false, step: first.step });
					if (!result.ok && !first.result.ok) expect(result.errors).toEqual(first.result.errors);
				}
			}),
			RUNS,
		);
	});

	it('does not change its inputs and gives the same answer twice', () => {
		fc.assert(
			fc.property(anyDraft, anySandbox, (draft, sandbox) => {
				const frozenDraft = deepFreeze(structuredClone(draft));
				const frozenSandbox = deepFreeze(structuredClone(sandbox));
				const first = validateClaim(frozenDraft, frozenSandbox);
				expect(validateClaim(frozenDraft, frozenSandbox)).toEqual(first);
				expect(frozenDraft).toEqual(draft);
			}),
			{ numRuns: 100 },
		);
	});

	it('anything at all that parses as a draft and a sandbox validates without an exception', () => {
		fc.assert(
			fc.property(fc.oneof(fc.anything(), anyDraft), fc.oneof(fc.anything(), anySandbox), (draftInput, sandboxInput) => {
				const draft = parseDraft(draftInput);
				const sandbox = parseSandbox(sandboxInput);
				if (draft.ok && sandbox.ok) expect(typeof validateClaim(draft.value, sandbox.value).ok).toBe('boolean');
			}),
			RUNS,
		);
	});

	it('garbage passed straight in (untyped callers) never throws either', () => {
		fc.assert(
			fc.property(fc.anything(), fc.anything(), fc.constantFrom(...claimStepIds), (draft, sandbox, step) => {
				const result = validateStep(step, draft as ClaimDraft, sandbox as Sandbox);
				for (const problem of result.ok ? result.warnings : result.errors) expect(claimErrorSchema.safeParse(problem).success).toBe(true);
				expect(typeof validateClaim(draft as ClaimDraft, presetSandbox).ok).toBe('boolean');
			}),
			RUNS,
		);
	});
});

// ---------------------------------------------------------------------------------------------
// Each rule, stated independently of the engine's own helpers
// ---------------------------------------------------------------------------------------------

const blank = (value: string) => value.trim() === '';
const lower = (value: string) => value.trim().toLowerCase();
/** In a sandbox with duplicate product ids (invalid, but typed), the first one counts. */
const productOf = (sandbox: Sandbox, id: string) => sandbox.products.find((product) => product.id === id);
const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const conditions: Partial<Record<ClaimErrorCode, (draft: ClaimDraft, sandbox: Sandbox) => boolean>> = {
	MPN_REQUIRED: (draft) => blank(draft.mpnId),
	MPN_UNKNOWN: (draft, sandbox) => !blank(draft.mpnId) && !sandbox.mpnIds.some((mpn) => mpn.id === draft.mpnId.trim()),
	CUSTOMER_DOMAIN_REQUIRED: (draft) => blank(draft.customerDomain),
	TENANT_ID_REQUIRED: (draft) => blank(draft.tenantId),
	TENANT_ID_NOT_GUID: (draft) => !blank(draft.tenantId) && !guid.test(draft.tenantId.trim()),
	DOMAIN_TENANT_MISMATCH: (draft, sandbox) =>
		!blank(draft.customerDomain) &&
		guid.test(draft.tenantId.trim()) &&
		// With duplicate tenant IDs (invalid, but typed), the first tenant counts.
		!(sandbox.customerTenants.find((tenant) => lower(tenant.tenantId) === lower(draft.tenantId))?.domains ?? []).some(
			(domain) => lower(domain).replace(/\.$/, '') === lower(draft.customerDomain).replace(/\.$/, ''),
		),
	SOLUTION_AREA_REQUIRED: (draft) => draft.solutionArea === null,
	ACTIVITY_REQUIRED: (draft) => draft.activity === null,
	ACTIVITY_NOT_FOR_SOLUTION_AREA: (draft) =>
		draft.solutionArea === 'microsoft-365' && draft.activity !== null && draft.activity !== 'usage',
	CLAIM_NAME_REQUIRED: (draft) => blank(draft.claimName),
	REVENUE_ASSOCIATION_FIELD_REQUIRED: (draft) =>
		draft.activity === 'revenue-association' && Object.values(draft.revenueAssociation).some(blank),
	PRODUCT_REQUIRED: (draft) => draft.products.length === 0,
	TECHNICAL_CONTACT_REQUIRED: (draft, sandbox) =>
		draft.products.some((id) => productOf(sandbox, id)?.dynamics === true) && Object.values(draft.contacts.technical).some(blank),
	// One subscription ID per product (OSA#145): any asked product without one.
	SUBSCRIPTION_ID_REQUIRED: (draft, sandbox) =>
		draft.products.some(
			(id) =>
				productOf(sandbox, id)?.dynamics === true &&
				blank(Object.hasOwn(draft.subscriptionIds, id) ? (draft.subscriptionIds[id] ?? '') : '') &&
				sandbox.subscriptions.filter(
					(subscription) => subscription.product === id && lower(subscription.tenantId) === lower(draft.tenantId),
				).length > 1,
		),
	PROOF_OF_EXECUTION_REQUIRED: (draft) => draft.proofOfExecution === null || blank(draft.proofOfExecution.fileName),
};

describe('each rule reports its code exactly when its condition holds', () => {
	const ORACLE_RUNS = { numRuns: 1_000 };
	for (const [code, holds] of Object.entries(conditions) as [ClaimErrorCode, (draft: ClaimDraft, sandbox: Sandbox) => boolean][]) {
		const step = claimErrorCatalog[code].step;
		if (step === null) continue;
		it(code, () => {
			let seen = 0;
			fc.assert(
				fc.property(anyDraft, anySandbox, (draft, sandbox) => {
					const expected = holds(draft, sandbox);
					if (expected) seen += 1;
					expect(codesOf(validateStep(step, draft, sandbox)).includes(code)).toBe(expected);
				}),
				ORACLE_RUNS,
			);
			// The generators must reach both sides of the rule.
			expect(seen).toBeGreaterThan(0);
			expect(seen).toBeLessThan(ORACLE_RUNS.numRuns);
		});
	}
});
