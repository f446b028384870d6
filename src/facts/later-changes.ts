/**
 * What Microsoft changed after the 2020 articles the site simulates (fact sheet `content/facts/cpor-facts.md` §11:
 * the 2023 revisions EN2023 of CAI and MCA2023 of MCA). The simulators keep the 2020 flow; a page where the reader
 * meets one of these facts shows a short "Changed later" note (`ChangedLater.astro`) with the new term. The notes'
 * words are the `facts.changedLater.<id>` messages. EN2023 and MCA2023 have no segment numbers: they are cited by
 * section, as the fact sheet does.
 */
import type { ClaimErrorCode } from '../claim/errors.ts';

/**
 * One later change: the fact sheet's citation of the revision that made it, or `null` for the one change the sheet
 * records outside the cited articles (Azure Active Directory renamed), whose note says so in its own words.
 */
export interface LaterChange {
	/** `EN2023` or `MCA2023` and, where the sheet names one, the section of the 2023 article. */
	readonly citation: string | null;
}

/** The later changes, by id (the id is the message key's last part). */
export const laterChanges = {
	/** "Activity" became "Partner role", with new names for each activity. */
	'partner-roles': { citation: 'EN2023 “Which partner role do I choose?”' },
	/** The solution area "Microsoft 365" became "Modern Work and Security". */
	'modern-work-and-security': { citation: 'EN2023 “Which partner role do I choose?”' },
	/** "MPN" became "Microsoft AI Cloud Partner Program". */
	'ai-cloud-partner-program': { citation: 'EN2023' },
	/** Up to seven days after provisioning for a subscription to reflect in the claim flow. */
	'seven-days-to-reflect': { citation: 'EN2023 “When subscriptions are available to claim”' },
	/** "The subscription has already been claimed" dropped from the subscription errors. */
	'already-claimed-dropped': { citation: 'EN2023 “Subscription errors in the CPOR association claim flow”' },
	/** The active/in-grace check described as happening "post claim … so that incentives can be earned". */
	'active-check-post-claim': { citation: 'EN2023 “Subscription errors in the CPOR association claim flow”' },
	/** The support link moved to `…/dashboard/v2/support/…`. */
	'support-link-moved': { citation: 'EN2023' },
	/** Azure Active Directory became Microsoft Entra ID (outside the cited articles: the sheet gives no revision). */
	'entra-id': { citation: null },
	/** The statuses Dispute and Rejected final, a single dispute, 14-business-day windows. */
	'dispute-statuses': { citation: 'MCA2023' },
	/** The action Disassociate customer. */
	'disassociate-customer': { citation: 'MCA2023' },
} as const satisfies Readonly<Record<string, LaterChange>>;
export type LaterChangeId = keyof typeof laterChanges;

/** The later changes a page shows, by where the reader meets the fact. */
export const laterChangesOn = {
	activityHelper: ['partner-roles', 'modern-work-and-security'],
	mpnHelper: ['ai-cloud-partner-program'],
	lifecycle: ['dispute-statuses', 'disassociate-customer'],
	/** The simulator's steps ask for an MPN ID, a solution area and an activity, and point to Azure Active Directory. */
	simulator: ['ai-cloud-partner-program', 'partner-roles', 'modern-work-and-security', 'entra-id'],
} as const satisfies Readonly<Record<string, readonly LaterChangeId[]>>;

const mpnChanges = ['ai-cloud-partner-program'] as const satisfies readonly LaterChangeId[];
const activityChanges = ['partner-roles', 'modern-work-and-security'] as const satisfies readonly LaterChangeId[];
/**
 * The subscription-error pages show the six reasons of 2020 (CAI#118–124; EN2023 lists five) and link the 2020
 * support address (CAI#126; EN2023 moved it).
 */
const subscriptionChanges = ['already-claimed-dropped', 'support-link-moved'] as const satisfies readonly LaterChangeId[];
/** The domain and tenant ID pages send the customer to Azure Active Directory (FCD#113–115). */
const entraChanges = ['entra-id'] as const satisfies readonly LaterChangeId[];

/** The later changes an error page shows (`routes.error(code)`): the pages whose facts the 2023 revisions changed. */
export const laterChangesOnErrors: Readonly<Partial<Record<ClaimErrorCode, readonly LaterChangeId[]>>> = {
	MPN_REQUIRED: mpnChanges,
	MPN_UNKNOWN: mpnChanges,
	MPN_NOT_ENROLLED: mpnChanges,
	MPN_PARTNER_TYPE_NOT_SHOWN: mpnChanges,
	SOLUTION_AREA_REQUIRED: activityChanges,
	ACTIVITY_REQUIRED: activityChanges,
	ACTIVITY_NOT_FOR_SOLUTION_AREA: activityChanges,
	ACTIVITY_CHANNEL_NOT_ELIGIBLE: activityChanges,
	REVENUE_ASSOCIATION_FIELD_REQUIRED: ['partner-roles'],
	PRODUCT_NOT_IN_SOLUTION_AREA: ['modern-work-and-security'],
	CUSTOMER_DOMAIN_REQUIRED: entraChanges,
	TENANT_ID_REQUIRED: entraChanges,
	TENANT_ID_NOT_GUID: entraChanges,
	DOMAIN_TENANT_MISMATCH: entraChanges,
	SUBSCRIPTION_PRODUCT_NOT_ON_TENANT: subscriptionChanges,
	SUBSCRIPTION_NOT_DYNAMICS: subscriptionChanges,
	SUBSCRIPTION_IS_CSP: [...subscriptionChanges, 'partner-roles'],
	SUBSCRIPTION_ID_INVALID: subscriptionChanges,
	SUBSCRIPTION_NOT_ACTIVE: [...subscriptionChanges, 'active-check-post-claim'],
	SUBSCRIPTION_NOT_PROVISIONED: ['seven-days-to-reflect', ...subscriptionChanges],
	SUBSCRIPTION_ALREADY_CLAIMED: subscriptionChanges,
};
