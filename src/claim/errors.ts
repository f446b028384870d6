/**
 * What can go wrong in a claim: the error codes, the `ClaimError` that validation returns, and the shape of a
 * catalog entry (the text and sources of one code; the entries themselves are in `catalog.ts`).
 *
 * A `ClaimError` carries no text: pages and the simulator look the code up in the catalog for their language.
 * No zod here: the simulator island bundles this module. The schemas of a `ClaimError` and of a catalog entry
 * are in `catalog-schema.ts`, for the build and the tests.
 */
import type { DraftField } from './choices.ts';
import type { ClaimStepId } from './flow.ts';

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
	'SUBSCRIPTION_ALREADY_CLAIMED',
	// proof of execution
	'PROOF_OF_EXECUTION_REQUIRED',
	// any step: a draft or sandbox that bypassed parseDraft / parseSandbox
	'INPUT_NOT_READABLE',
] as const;
export type ClaimErrorCode = (typeof claimErrorCodes)[number];

/** One problem found by validation. `params` gives details such as the product concerned. */
export interface ClaimError {
	readonly code: ClaimErrorCode;
	readonly step: ClaimStepId;
	readonly fields: readonly DraftField[];
	readonly params?: Readonly<Record<string, string>>;
}

/**
 * `error` stops the flow at its step; `warning` is shown but lets the claim go on (the sources describe a
 * consequence, such as missed incentive earnings, rather than a refusal).
 */
export type Severity = 'error' | 'warning';

/** The codes that warn and let the claim go on; every other code stops the flow at its step. */
const warningCodes: readonly ClaimErrorCode[] = [
	'MPN_NOT_ENROLLED',
	'MPN_PARTNER_TYPE_NOT_SHOWN',
	'ACTIVITY_CHANNEL_NOT_ELIGIBLE',
	'COMPETING_CLAIM',
];

export function severityOf(code: ClaimErrorCode): Severity {
	return warningCodes.includes(code) ? 'warning' : 'error';
}

/** Every section heading of the troubleshooting article, in order (the anchors are the same in every locale); an entry links to one. */
export const articleAnchors = [
	'domain-tenant-mismatch',
	'subscription-errors-in-the-cpor-association-claim-flow',
	'when-subscriptions-will-be-available-to-claim',
	'which-activity-do-i-choose',
	'which-mpn-do-i-choose',
	'choosing-a-product-vs-entering-a-subscription',
	'competing-claims',
] as const;

/** A `ClaimError`, leaving `params` out when there are none. */
export function claimError(
	code: ClaimErrorCode,
	step: ClaimError['step'],
	fields: ClaimError['fields'],
	params?: Record<string, string>,
): ClaimError {
	return params === undefined ? { code, step, fields } : { code, step, fields, params };
}
