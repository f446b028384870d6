/**
 * The error catalog: one entry per documented error or condition of the CPOR association claim flow (and a
 * few the simulator adds, marked `assumed`), with its step, fields, severity, article section, sources, and
 * whether the article words it and the simulator assumes something. Facts only: the texts are messages
 * (`src/i18n/messages/<lang>/errors.json`), keyed by code (`errorMessageKey`, `error-messages.ts`).
 *
 * Sources: the troubleshooting article (CAI, `content/sources/*`), cited by segment number, and the fact sheet
 * `content/facts/cpor-facts.md` (OSA, MCA, FCD; OSA numbers are those of its ja-JP copy, see the sheet's key table).
 * Each entry has one basis: `documented` (Microsoft documents the check; its citations say so) or `assumed`
 * (the simulator's check, with the assumption the reader is shown). Never both, never neither.
 *
 * `catalogEntrySchema` (catalog-schema.ts) checks every entry in the tests; severities come from `severityOf` (errors.ts).
 */
import type { CatalogEntry, CatalogEntryInput } from './catalog-schema.ts';
import type { KeysWithPrefix } from '../i18n/catalog.ts';
import { errorMessageKey } from './error-messages.ts';
import { claimErrorCodes, severityOf, type ClaimErrorCode } from './errors.ts';

export const SUPPORT_URL = 'https://partner.microsoft.com/dashboard/support/incentives/servicerequests?category=incentives';
export const INCENTIVES_OVERVIEW_URL = 'https://partner.microsoft.com/dashboard/incentives/enrollment/summary';

const NOT_DOCUMENTED = 'not-documented';

const entries: Readonly<Record<ClaimErrorCode, CatalogEntryInput>> = {
	// -----------------------------------------------------------------------------------------
	// MPN
	// -----------------------------------------------------------------------------------------
	MPN_REQUIRED: {
		step: 'mpn',
		fields: ['mpnId'],
		basis: 'documented',
		anchor: null,
		citations: ['OSA#114', 'OSA#115', 'OSA#135'],
		// The sentences "What to do" quotes (#14 ninth review).
		fixCitations: ['CAI#160'],
		articleQuote: null,
		portalText: NOT_DOCUMENTED,
		links: [],
	},
	MPN_UNKNOWN: {
		step: 'mpn',
		fields: ['mpnId'],
		basis: 'assumed',
		anchor: null,
		citations: ['OSA#135'],
		// The sentences "What to do" quotes (#14 ninth review).
		fixCitations: ['CAI#160'],
		articleQuote: null,
		portalText: NOT_DOCUMENTED,
		links: [],
	},
	MPN_NOT_ENROLLED: {
		step: 'mpn',
		fields: ['mpnId'],
		basis: 'documented',
		anchor: 'which-mpn-do-i-choose',
		// Not CAI#159 ("Claiming with an incorrect MPN…"): a MPN that isn't enrolled may be the one to use (CAI#161), so
		// the cause doesn't call it incorrect (#14 tenth review).
		citations: ['CAI#157', 'CAI#161'],
		// The sentences "What to do" quotes (#14 ninth review).
		fixCitations: ['CAI#160'],
		// CAI#157 says the flow identifies which MPNs are enrolled: the check. CAI#161 is the fix, not the error.
		articleQuote: { citation: 'CAI#157', isTitle: false, states: 'check' },
		portalText: NOT_DOCUMENTED,
		links: [INCENTIVES_OVERVIEW_URL],
		reading: true,
	},
	MPN_PARTNER_TYPE_NOT_SHOWN: {
		step: 'mpn',
		fields: ['mpnId'],
		basis: 'assumed',
		anchor: 'which-mpn-do-i-choose',
		citations: ['CAI#156–157'],
		// The sentences "What to do" quotes (#14 ninth review).
		fixCitations: ['CAI#155', 'CAI#158', 'CAI#160'],
		articleQuote: { citation: 'CAI#157', isTitle: false, states: 'context' },
		portalText: NOT_DOCUMENTED,
		links: [],
	},

	// -----------------------------------------------------------------------------------------
	// Customer: domain and tenant ID
	// -----------------------------------------------------------------------------------------
	CUSTOMER_DOMAIN_REQUIRED: {
		step: 'customer',
		fields: ['customerDomain'],
		basis: 'documented',
		anchor: null,
		// The fix names Azure Active Directory, which the customer selects first (FCD#113).
		citations: ['OSA#114', 'OSA#116', 'OSA#135', 'CAI#112'],
		fixCitations: ['FCD#113', 'FCD#114'],
		articleQuote: null,
		portalText: NOT_DOCUMENTED,
		links: [],
	},
	TENANT_ID_REQUIRED: {
		step: 'customer',
		fields: ['tenantId'],
		basis: 'documented',
		anchor: null,
		// The fix names Azure Active Directory, which the customer selects first (FCD#113).
		citations: ['OSA#114', 'OSA#117', 'OSA#135', 'CAI#112'],
		fixCitations: ['FCD#113', 'FCD#115'],
		articleQuote: null,
		portalText: NOT_DOCUMENTED,
		links: [],
	},
	TENANT_ID_NOT_GUID: {
		step: 'customer',
		fields: ['tenantId'],
		basis: 'assumed',
		anchor: null,
		// Context, not the check's source: the fix's path to the Directory ID (FCD#113, #115).
		citations: ['FCD#113', 'FCD#115'],
		articleQuote: null,
		portalText: NOT_DOCUMENTED,
		links: [],
	},
	DOMAIN_TENANT_MISMATCH: {
		step: 'customer',
		fields: ['customerDomain', 'tenantId'],
		basis: 'documented',
		anchor: 'domain-tenant-mismatch',
		// The fix and the checklist send the customer to the places FCD#113–115 name.
		citations: ['CAI#112–113'],
		fixCitations: ['FCD#113–115'],
		articleQuote: { citation: 'CAI#113', isTitle: false, states: 'error' },
		portalText: NOT_DOCUMENTED,
		links: [],
		reading: true,
	},

	// -----------------------------------------------------------------------------------------
	// Solution area, activity, Associate customer page
	// -----------------------------------------------------------------------------------------
	SOLUTION_AREA_REQUIRED: {
		step: 'activity',
		fields: ['solutionArea'],
		basis: 'documented',
		anchor: null,
		citations: ['OSA#114', 'OSA#118', 'OSA#138'],
		articleQuote: null,
		portalText: NOT_DOCUMENTED,
		links: [],
	},
	ACTIVITY_REQUIRED: {
		step: 'activity',
		fields: ['activity'],
		basis: 'documented',
		anchor: null,
		citations: ['OSA#114', 'OSA#119', 'OSA#138–139'],
		// The sentences "What to do" quotes (#14 ninth review).
		fixCitations: ['CAI#135'],
		articleQuote: null,
		portalText: NOT_DOCUMENTED,
		links: [],
	},
	ACTIVITY_NOT_FOR_SOLUTION_AREA: {
		step: 'activity',
		fields: ['solutionArea', 'activity'],
		// The article lists each area's activities (CAI#151–153) and the cost of a wrong one (CAI#136, after claiming);
		// no sentence says the flow refuses one, so the refusal is the simulator's (#14).
		basis: 'assumed',
		anchor: 'which-activity-do-i-choose',
		// The 2020 create flow offers Business Applications "Usage and/or Pre-sales" or "Revenue association" (OSA#139).
		citations: ['CAI#136', 'CAI#140–153', 'OSA#139'],
		articleQuote: { citation: 'CAI#136', isTitle: false, states: 'context' },
		portalText: NOT_DOCUMENTED,
		links: [],
	},
	CLAIM_NAME_REQUIRED: {
		step: 'activity',
		fields: ['claimName'],
		basis: 'documented',
		anchor: null,
		citations: ['OSA#114', 'OSA#123'],
		articleQuote: null,
		portalText: NOT_DOCUMENTED,
		links: [],
		// OSA#123 lists the name; no sentence says where it is asked (#14 ninth review): the simulator's reading.
		reading: true,
		readingCitations: ['OSA#141'],
	},
	REVENUE_ASSOCIATION_FIELD_REQUIRED: {
		// OSA#114: "You'll need the following information to complete a claim", #127 the three fields for revenue
		// association: needed like every item of that list (#14 fifth review: one basis for the list's fields).
		step: 'activity',
		fields: ['revenueAssociation.solutionSellerName', 'revenueAssociation.customerName', 'revenueAssociation.isvProductName'],
		basis: 'documented',
		anchor: null,
		citations: ['OSA#114', 'OSA#127'],
		articleQuote: null,
		portalText: NOT_DOCUMENTED,
		links: [],
		// OSA#127 lists the three fields; no sentence says where they are asked, nor that they are OSA#140's "slightly
		// different information" (#14 tenth review): the simulator's reading, as for the claim's name.
		reading: true,
		readingCitations: ['OSA#140', 'OSA#141'],
	},

	// -----------------------------------------------------------------------------------------
	// Products
	// -----------------------------------------------------------------------------------------
	PRODUCT_REQUIRED: {
		step: 'products',
		fields: ['products'],
		basis: 'documented',
		anchor: null,
		citations: ['OSA#114', 'OSA#124', 'OSA#142'],
		articleQuote: null,
		portalText: NOT_DOCUMENTED,
		links: [],
	},
	PRODUCT_NOT_IN_SOLUTION_AREA: {
		step: 'products',
		fields: ['products'],
		basis: 'assumed',
		anchor: null,
		citations: ['OSA#118', 'OSA#124', 'CAI#133'],
		articleQuote: null,
		portalText: NOT_DOCUMENTED,
		links: [],
	},
	ACTIVITY_CHANNEL_NOT_ELIGIBLE: {
		step: 'products',
		fields: ['activity', 'products'],
		basis: 'assumed',
		anchor: 'which-activity-do-i-choose',
		citations: ['CAI#143', 'CAI#146', 'CAI#150', 'CAI#121'],
		articleQuote: { citation: 'CAI#143', isTitle: false, states: 'context' },
		portalText: NOT_DOCUMENTED,
		links: [],
	},
	COMPETING_CLAIM: {
		step: 'products',
		fields: ['products'],
		// The article documents arbitration after the claim is created (CAI#166–170), with notice in the claim's
		// comments (CAI#172–173); no sentence says the flow warns at the Products step, so the warning is the
		// simulator's (#14 review, finding 1).
		basis: 'assumed',
		anchor: 'competing-claims',
		// CAI#123: the subscription error its assumption weighs against arbitration (#14 seventh review).
		citations: ['CAI#166–168', 'CAI#170', 'CAI#172–173', 'CAI#123'],
		// The sentences "What to do" quotes (#14 ninth review).
		fixCitations: ['CAI#169'],
		articleQuote: { citation: 'CAI#166', isTitle: false, states: 'context' },
		portalText: NOT_DOCUMENTED,
		links: [],
	},

	// -----------------------------------------------------------------------------------------
	// Contacts
	// -----------------------------------------------------------------------------------------
	CONTACT_FIELD_REQUIRED: {
		step: 'contacts',
		fields: [
			'contacts.customer.name',
			'contacts.customer.title',
			'contacts.customer.email',
			'contacts.company.name',
			'contacts.company.email',
		],
		basis: 'documented',
		anchor: null,
		citations: ['OSA#114', 'OSA#120', 'OSA#122', 'OSA#143–144'],
		articleQuote: null,
		portalText: NOT_DOCUMENTED,
		links: [],
		// OSA#140: for Revenue association the flow prompts for "slightly different information" than the steps listed
		// after it, contacts included: the simulator asks for the same contacts, its reading (#14 fifth review).
		reading: true,
		readingCitations: ['OSA#140'],
	},
	TECHNICAL_CONTACT_REQUIRED: {
		step: 'contacts',
		fields: ['contacts.technical.name', 'contacts.technical.title', 'contacts.technical.email'],
		basis: 'documented',
		anchor: null,
		citations: ['OSA#114', 'OSA#121', 'OSA#143–144'],
		articleQuote: null,
		portalText: NOT_DOCUMENTED,
		links: [],
		// OSA#140: for Revenue association the flow prompts for "slightly different information" than the steps listed
		// after it, contacts included: the simulator asks for the same contacts, its reading (#14 fifth review).
		reading: true,
		readingCitations: ['OSA#140'],
	},
	CONTACT_EMAIL_INVALID: {
		step: 'contacts',
		fields: ['contacts.customer.email', 'contacts.technical.email', 'contacts.company.email'],
		basis: 'assumed',
		anchor: null,
		citations: ['OSA#120–122'],
		articleQuote: null,
		portalText: NOT_DOCUMENTED,
		links: [],
	},

	// -----------------------------------------------------------------------------------------
	// Subscription (Dynamics 365 with multiple subscriptions for the customer)
	// -----------------------------------------------------------------------------------------
	SUBSCRIPTION_ID_REQUIRED: {
		step: 'subscription',
		fields: ['subscriptionId'],
		basis: 'documented',
		anchor: 'subscription-errors-in-the-cpor-association-claim-flow',
		citations: ['OSA#145', 'CAI#115–116'],
		// The sentences "What to do" quotes (#14 ninth review).
		fixCitations: ['CAI#125'],
		// CAI#115: the flow may ask for a subscription, this check; CAI#116 says why it asks (the cause's words).
		articleQuote: { citation: 'CAI#115', isTitle: false, states: 'check' },
		portalText: NOT_DOCUMENTED,
		links: [],
	},
	SUBSCRIPTION_ID_INVALID: {
		step: 'subscription',
		fields: ['subscriptionId'],
		basis: 'documented',
		anchor: 'subscription-errors-in-the-cpor-association-claim-flow',
		citations: ['CAI#124', 'CAI#125–126'],
		articleQuote: { citation: 'CAI#124', isTitle: true, states: 'error' },
		portalText: NOT_DOCUMENTED,
		links: [SUPPORT_URL],
		// The GUID notation is the simulator's check: CAI#124 names no format (#14 eighth review).
		reading: true,
	},
	SUBSCRIPTION_NOT_DYNAMICS: {
		step: 'subscription',
		fields: ['subscriptionId'],
		basis: 'documented',
		anchor: 'subscription-errors-in-the-cpor-association-claim-flow',
		citations: ['CAI#118', 'CAI#120', 'CAI#125–126'],
		articleQuote: { citation: 'CAI#120', isTitle: true, states: 'error' },
		portalText: NOT_DOCUMENTED,
		links: [SUPPORT_URL],
	},
	SUBSCRIPTION_PRODUCT_NOT_ON_TENANT: {
		step: 'subscription',
		fields: ['products', 'subscriptionId'],
		basis: 'documented',
		anchor: 'subscription-errors-in-the-cpor-association-claim-flow',
		citations: ['CAI#116', 'CAI#119', 'CAI#125–126'],
		articleQuote: { citation: 'CAI#119', isTitle: true, states: 'error' },
		portalText: NOT_DOCUMENTED,
		links: [SUPPORT_URL],
		// The simulator also gives it when the customer has no subscription of the product, which the flow then doesn't ask
		// for (OSA#145): its reading (#14 seventh review).
		reading: true,
		readingCitations: ['OSA#145', 'CAI#115', 'CAI#118'],
	},
	SUBSCRIPTION_IS_CSP: {
		step: 'subscription',
		fields: ['products', 'subscriptionId'],
		basis: 'documented',
		anchor: 'subscription-errors-in-the-cpor-association-claim-flow',
		// CAI#143 (and #146, #150): the Business Applications activities "only applicable" to Volume Licensing or Web-Direct
		// purchases, which the cause names (#14 sixth review).
		citations: ['CAI#118', 'CAI#121', 'CAI#143', 'CAI#125–126'],
		articleQuote: { citation: 'CAI#121', isTitle: true, states: 'error' },
		portalText: NOT_DOCUMENTED,
		links: [SUPPORT_URL],
		// The simulator also checks the customer's only subscription, which the flow doesn't ask for (OSA#145): its reading.
		reading: true,
		readingCitations: ['OSA#145'],
	},
	SUBSCRIPTION_NOT_PROVISIONED: {
		step: 'subscription',
		fields: ['products', 'subscriptionId'],
		basis: 'documented',
		anchor: 'when-subscriptions-will-be-available-to-claim',
		citations: ['CAI#122', 'CAI#128–131'],
		articleQuote: { citation: 'CAI#122', isTitle: true, states: 'error' },
		portalText: NOT_DOCUMENTED,
		links: [SUPPORT_URL],
		// CAI#128 is about a subscription claimed; the simulator also checks the customer's only one, which the flow doesn't
		// ask for (OSA#145): its reading (#14 eighth review).
		reading: true,
		readingCitations: ['OSA#145'],
	},
	SUBSCRIPTION_NOT_ACTIVE: {
		step: 'subscription',
		fields: ['products', 'subscriptionId'],
		basis: 'documented',
		anchor: 'subscription-errors-in-the-cpor-association-claim-flow',
		citations: ['CAI#116–117', 'CAI#125–126', 'CAI#164'],
		// CAI#117 says the flow checks the status; CAI#118–124 list the error's reasons without it: the simulator's reading.
		articleQuote: { citation: 'CAI#117', isTitle: false, states: 'check' },
		portalText: NOT_DOCUMENTED,
		links: [SUPPORT_URL],
		reading: true,
		readingCitations: ['OSA#145'],
	},
	SUBSCRIPTION_ALREADY_CLAIMED: {
		step: 'subscription',
		fields: ['products', 'subscriptionId'],
		basis: 'documented',
		anchor: 'subscription-errors-in-the-cpor-association-claim-flow',
		citations: ['CAI#118', 'CAI#123', 'CAI#125–126', 'OSA#131'],
		articleQuote: { citation: 'CAI#123', isTitle: true, states: 'error' },
		portalText: NOT_DOCUMENTED,
		links: [SUPPORT_URL],
		reading: true,
	},

	// -----------------------------------------------------------------------------------------
	// Proof of execution
	// -----------------------------------------------------------------------------------------
	PROOF_OF_EXECUTION_REQUIRED: {
		step: 'proof-of-execution',
		fields: ['proofOfExecution'],
		basis: 'documented',
		anchor: null,
		citations: ['OSA#114', 'OSA#125–126', 'OSA#146–147', 'MCA#133–134', 'MCA#175'],
		articleQuote: null,
		portalText: NOT_DOCUMENTED,
		links: [],
	},

	// -----------------------------------------------------------------------------------------
	// Simulator only
	// -----------------------------------------------------------------------------------------
	INPUT_NOT_READABLE: {
		step: null,
		fields: [],
		basis: 'assumed',
		anchor: null,
		citations: [],
		articleQuote: null,
		portalText: NOT_DOCUMENTED,
		links: [],
	},
};

/** Every entry with its severity, and `assumption` for the `assumed` ones. */
export const claimErrorCatalog: Readonly<Record<ClaimErrorCode, CatalogEntry>> = Object.fromEntries(
	claimErrorCodes.map((code) => [code, { ...entries[code], severity: severityOf(code), assumption: entries[code].basis === 'assumed' }]),
) as Record<ClaimErrorCode, CatalogEntry>;

/** The catalog entry of a code. */
export function catalogEntry(code: ClaimErrorCode): CatalogEntry {
	return claimErrorCatalog[code];
}

/**
 * The message key of a code's title: its own `errors.<CODE>.title`, or the article's reason (`errors.<CODE>.quote`)
 * where the article names the error in one sentence (the reason list of CAI#119–124).
 */
export function errorTitleKey(code: ClaimErrorCode): KeysWithPrefix<'errors.'> {
	return claimErrorCatalog[code].articleQuote?.isTitle ? errorMessageKey(code, 'quote') : errorMessageKey(code, 'title');
}
