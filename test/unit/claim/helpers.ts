/**
 * Test helpers for the claim engine: drafts derived from the presets, the codes of a result, the seed
 * articles by segment, and fast-check arbitraries for sandboxes and drafts (typed, but free to be
 * inconsistent: dangling references, duplicates, blanks, odd case).
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { inlineText } from '../../../src/localization/inline.ts';
import { parseLocalizedFile } from '../../../src/localization/parse.ts';
import type { LocalizedDocument } from '../../../src/localization/schema.ts';
import type { ClaimError, ClaimErrorCode } from '../../../src/claim/errors.ts';
import type { ClaimStepId } from '../../../src/claim/flow.ts';
import { findPreset, presetSandbox } from '../../../src/claim/presets.ts';
import { productCatalogue } from '../../../src/claim/products.ts';
import {
	activities,
	purchaseChannels,
	solutionAreas,
	subscriptionStatuses,
	type ClaimDraft,
	type Sandbox,
} from '../../../src/claim/schema.ts';
import { validateStep, type StepResult } from '../../../src/claim/steps.ts';

/** The draft of a preset (throws in the test when the id is wrong). */
export function presetDraft(id: string): ClaimDraft {
	const preset = findPreset(id);
	if (preset === undefined) throw new Error(`no preset ${id}`);
	return preset.draft;
}

export const happy = (): ClaimDraft => presetDraft('happy-path');

/** Error and warning codes of a step result, errors first. */
export function codesOf(result: StepResult): ClaimErrorCode[] {
	return [...(result.ok ? [] : result.errors), ...result.warnings].map((problem: ClaimError) => problem.code);
}

/** Codes one step reports for a draft, against the preset sandbox unless another is given. */
export function stepCodes(step: ClaimStepId, draft: ClaimDraft, sandbox: Sandbox = presetSandbox): ClaimErrorCode[] {
	return codesOf(validateStep(step, draft, sandbox));
}

/** The problems of one step (errors and warnings) for a draft. */
export function stepProblems(step: ClaimStepId, draft: ClaimDraft, sandbox: Sandbox = presetSandbox): ClaimError[] {
	const result = validateStep(step, draft, sandbox);
	return [...(result.ok ? [] : result.errors), ...result.warnings];
}

// ---------------------------------------------------------------------------------------------
// The seed articles
// ---------------------------------------------------------------------------------------------

export type SeedLocale = 'ja-JP' | 'zh-TW';

export function seedDocument(locale: SeedLocale): LocalizedDocument {
	const file = `${locale}/incentives-customer-association-issues.md`;
	return parseLocalizedFile(readFileSync(new URL(`../../../content/sources/${file}`, import.meta.url), 'utf8'), file);
}

/** Plain text of each segment: `translation` and `english`, by segment number. */
export function segmentTexts(document: LocalizedDocument): Map<number, { translation: string; english: string }> {
	return new Map(
		document.segments.map((segment) => [
			segment.number,
			{ translation: inlineText(segment.translation).trim(), english: inlineText(segment.english).trim() },
		]),
	);
}

// ---------------------------------------------------------------------------------------------
// Arbitraries
// ---------------------------------------------------------------------------------------------

const tenantIds = presetSandbox.customerTenants.map((tenant) => tenant.tenantId);
const subscriptionIds = presetSandbox.subscriptions.map((subscription) => subscription.id);
const domains = presetSandbox.customerTenants.flatMap((tenant) => tenant.domains);
const productIds = productCatalogue.map((product) => product.id);
const mpnIds = presetSandbox.mpnIds.map((mpn) => mpn.id);

/** Mostly values that mean something to the sandbox, in odd spellings too, sometimes anything. */
const fromPool = (pool: readonly string[]) =>
	fc.oneof(
		{ weight: 6, arbitrary: fc.constantFrom(...pool) },
		{ weight: 2, arbitrary: fc.constantFrom(...pool).map((value) => ` ${value.toUpperCase()} `) },
		{ weight: 2, arbitrary: fc.constant('') },
		{ weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
	);

const guidLike = fromPool([...tenantIds, ...subscriptionIds, '00000000-0000-0000-0000-000000000000']);
const textField = fc.oneof(
	fc.constantFrom('', ' ', 'Megan Bowen', 'megan@contoso.com', 'megan@contoso', 'a b@c.d'),
	fc.string({ maxLength: 30 }),
);

export const sandboxArbitrary: fc.Arbitrary<Sandbox> = fc.record({
	partnerName: fc.string({ maxLength: 20 }),
	mpnIds: fc.array(
		fc.record(
			{
				id: fromPool([...mpnIds, '1']),
				name: fc.string({ maxLength: 20 }),
				enrolledInIncentives: fc.boolean(),
				partnerType: fc.constantFrom('FRP FastTrack', '', ' '),
				location: fc.string({ maxLength: 10 }),
			},
			{ requiredKeys: ['id', 'name', 'enrolledInIncentives'] },
		),
		{ maxLength: 4 },
	),
	customerTenants: fc.array(
		fc.record({ tenantId: guidLike, companyName: fc.string({ maxLength: 20 }), domains: fc.array(fromPool(domains), { maxLength: 4 }) }),
		{ maxLength: 4 },
	),
	products: fc.array(
		fc.record({
			id: fromPool(productIds),
			name: fc.string({ maxLength: 20 }),
			solutionArea: fc.constantFrom(...solutionAreas),
			dynamics: fc.boolean(),
		}),
		{ maxLength: 7 },
	),
	subscriptions: fc.array(
		fc.record({
			id: guidLike,
			tenantId: guidLike,
			product: fromPool(productIds),
			channel: fc.constantFrom(...purchaseChannels),
			status: fc.constantFrom(...subscriptionStatuses),
			alreadyClaimed: fc.boolean(),
		}),
		{ maxLength: 12 },
	),
});

const person = fc.record({ name: textField, title: textField, email: textField });

export const draftArbitrary: fc.Arbitrary<ClaimDraft> = fc.record({
	mpnId: fromPool([...mpnIds, '9999999']),
	customerDomain: fromPool(domains),
	tenantId: guidLike,
	solutionArea: fc.constantFrom(null, ...solutionAreas),
	activity: fc.constantFrom(null, ...activities),
	products: fc.array(fromPool(productIds), { maxLength: 4 }),
	contacts: fc.record({ customer: person, technical: person, company: fc.record({ name: textField, email: textField }) }),
	claimName: textField,
	subscriptionIds: fc.dictionary(fromPool(productIds), guidLike, { maxKeys: 3 }),
	revenueAssociation: fc.record({ solutionSellerName: textField, customerName: textField, isvProductName: textField }),
	proofOfExecution: fc.option(fc.record({ fileName: textField, sizeBytes: fc.nat() }), { nil: null }),
	comments: fc.string({ maxLength: 30 }),
});

/** A draft that passes every step, with one or more fields replaced at random. */
export const nearHappyDraftArbitrary: fc.Arbitrary<ClaimDraft> = fc
	.tuple(draftArbitrary, fc.subarray(Object.keys(happy()) as (keyof ClaimDraft)[], { minLength: 1, maxLength: 3 }))
	.map(([random, keys]) => {
		const draft: Record<string, unknown> = { ...happy() };
		for (const key of keys) draft[key] = random[key];
		return draft as ClaimDraft;
	});
