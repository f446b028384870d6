/**
 * The choices of the claim flow and the draft fields errors point at: plain constants, no zod, so that the
 * rules and the simulator island can use them without the schemas (`schema.ts` re-exports them).
 */

/** Fact sheet §2, §6: the CPOR platform supports Business Applications and Microsoft 365. */
export const solutionAreas = ['business-applications', 'microsoft-365'] as const;
export type SolutionArea = (typeof solutionAreas)[number];

/** Fact sheet §6 (CAI#137–153). */
export const activities = ['presales', 'usage', 'revenue-association'] as const;
export type Activity = (typeof activities)[number];

/** How the customer bought the product (CAI#143, #121). */
export const purchaseChannels = ['volume-licensing', 'web-direct', 'csp'] as const;
export type PurchaseChannel = (typeof purchaseChannels)[number];

/** CAI#117 ("active/in grace"), CAI#122 and #128 (not yet provisioned), CAI#164 (the subscription ends). */
export const subscriptionStatuses = ['active', 'in-grace', 'expired', 'not-provisioned'] as const;

/** The draft fields an error can point at (dotted paths into `ClaimDraft`). */
export const draftFields = [
	'mpnId',
	'customerDomain',
	'tenantId',
	'solutionArea',
	'activity',
	'claimName',
	'revenueAssociation.solutionSellerName',
	'revenueAssociation.customerName',
	'revenueAssociation.isvProductName',
	'products',
	'contacts.customer.name',
	'contacts.customer.title',
	'contacts.customer.email',
	'contacts.technical.name',
	'contacts.technical.title',
	'contacts.technical.email',
	'contacts.company.name',
	'contacts.company.email',
	'subscriptionId',
	'proofOfExecution',
	'comments',
] as const;
export type DraftField = (typeof draftFields)[number];
