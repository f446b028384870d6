/**
 * What can go wrong in a claim: the error codes, the `ClaimError` that validation returns, and the shape of a
 * catalog entry (the text and sources of one code; the entries themselves are in `catalog.ts`).
 *
 * A `ClaimError` carries no text: pages and the simulator look the code up in the catalog for their language.
 */
import { z } from 'zod';
import { claimStepIds } from './flow.ts';
import { localizedSchema } from './localized.ts';
import { draftFields } from './schema.ts';

/** Every code, grouped by the step that reports it. */
export const claimErrorCodes = [
	// mpn
	'MPN_REQUIRED',
	'MPN_UNKNOWN',
	'MPN_NOT_ENROLLED',
	'MPN_PARTNER_TYPE_NOT_SHOWN',
	// customer
	'CUSTOMER_DOMAIN_REQUIRED',
	'TENANT_ID_REQUIRED',
	'TENANT_ID_NOT_GUID',
	'DOMAIN_TENANT_MISMATCH',
	// activity (solution area, activity, Associate customer page)
	'SOLUTION_AREA_REQUIRED',
	'ACTIVITY_REQUIRED',
	'ACTIVITY_NOT_FOR_SOLUTION_AREA',
	'CLAIM_NAME_REQUIRED',
	'REVENUE_ASSOCIATION_FIELD_REQUIRED',
	// products
	'PRODUCT_REQUIRED',
	'PRODUCT_NOT_IN_SOLUTION_AREA',
	'ACTIVITY_CHANNEL_NOT_ELIGIBLE',
	'COMPETING_CLAIM',
	// contacts
	'CONTACT_FIELD_REQUIRED',
	'TECHNICAL_CONTACT_REQUIRED',
	'CONTACT_EMAIL_INVALID',
	// subscription
	'SUBSCRIPTION_ID_REQUIRED',
	'SUBSCRIPTION_ID_INVALID',
	'SUBSCRIPTION_NOT_DYNAMICS',
	'SUBSCRIPTION_PRODUCT_NOT_ON_TENANT',
	'SUBSCRIPTION_IS_CSP',
	'SUBSCRIPTION_NOT_PROVISIONED',
	'SUBSCRIPTION_NOT_ACTIVE',
	'NEW_SUBSCRIPTION_NEEDS_SEPARATE_CLAIM',
	'SUBSCRIPTION_ALREADY_CLAIMED',
	// proof of execution
	'PROOF_OF_EXECUTION_REQUIRED',
	// any step: a draft or sandbox that bypassed parseDraft / parseSandbox
	'INPUT_NOT_READABLE',
] as const;
export type ClaimErrorCode = (typeof claimErrorCodes)[number];

/** One problem found by validation. `params` gives details such as the product concerned. */
export const claimErrorSchema = z.object({
	code: z.enum(claimErrorCodes),
	step: z.enum(claimStepIds),
	fields: z.array(z.enum(draftFields)),
	params: z.record(z.string(), z.string()).optional(),
});
export type ClaimError = z.infer<typeof claimErrorSchema>;

/**
 * `error` stops the flow at its step; `warning` is shown but lets the claim go on (the sources describe a
 * consequence, such as missed incentive earnings, rather than a refusal).
 */
export const severities = ['error', 'warning'] as const;
export type Severity = (typeof severities)[number];

/** The headings of the troubleshooting article an entry belongs to (the anchors are the same in every locale). */
export const articleAnchors = [
	'domain-tenant-mismatch',
	'subscription-errors-in-the-cpor-association-claim-flow',
	'when-subscriptions-will-be-available-to-claim',
	'which-activity-do-i-choose',
	'which-mpn-do-i-choose',
	'choosing-a-product-vs-entering-a-subscription',
	'competing-claims',
] as const;
export type ArticleAnchor = (typeof articleAnchors)[number];

/** `KEY#n` or `KEY#n–m` (fact sheet keys): CAI is the troubleshooting article. */
export const CITATION_PATTERN = /^(CAI|MCA|OSA|POE|FCD)#\d+(–\d+)?$/;
const citation = z.string().regex(CITATION_PATTERN);

const nonBlank = z.string().trim().min(1);

export const catalogTextSchema = z.strictObject({
	title: nonBlank,
	/** The cause, in the article's words where it has them. */
	explanation: nonBlank,
	fix: nonBlank,
});
export type CatalogText = z.infer<typeof catalogTextSchema>;

export const catalogEntrySchema = z
	.strictObject({
		/** The step that reports the code; `null` for INPUT_NOT_READABLE, which any step can report. */
		step: z.enum(claimStepIds).nullable(),
		/** Every field an error of this code can point at. */
		fields: z.array(z.enum(draftFields)),
		severity: z.enum(severities),
		/** `documented`: the article or the fact sheet's sources state the condition; `assumed`: the simulator adds it. */
		basis: z.enum(['documented', 'assumed']),
		/** The article section to link; `null` for plain required-field checks. */
		anchor: z.enum(articleAnchors).nullable(),
		citations: z.array(citation),
		/** The article's own sentence for the condition, verbatim in each locale (the reason list of CAI#119–124 where it is one). */
		articleQuote: z.strictObject({ citation, text: localizedSchema(nonBlank) }).nullable(),
		/** The exact strings the portal shows are not documented, only descriptions of the errors (fact sheet §5). */
		portalText: z.literal('not-documented'),
		/** What the simulator assumes where the sources are silent; required for `assumed` entries. */
		assumption: localizedSchema(nonBlank).nullable(),
		/** Pages the fix sends the partner to (support, Incentives overview). */
		links: z.array(z.url()),
		text: localizedSchema(catalogTextSchema),
	})
	.refine((entry) => entry.basis === 'assumed' || entry.citations.length > 0, 'a documented entry needs a citation')
	.refine((entry) => entry.basis === 'documented' || entry.assumption !== null, 'an assumed entry says what it assumes');
export type CatalogEntry = z.infer<typeof catalogEntrySchema>;

/** A `ClaimError`, leaving `params` out when there are none. */
export function claimError(
	code: ClaimErrorCode,
	step: ClaimError['step'],
	fields: ClaimError['fields'],
	params?: Record<string, string>,
): ClaimError {
	return params === undefined ? { code, step, fields } : { code, step, fields, params };
}
