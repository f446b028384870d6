/**
 * What Microsoft changed after the 2020 articles the site simulates (fact sheet `content/facts/cpor-facts.md` §11:
 * the 2023 revisions EN2023 of CAI and MCA2023 of MCA). The simulators keep the 2020 flow; a page where the reader
 * meets one of these facts shows a short "Changed later" note (`ChangedLater.astro`) with the new term. The notes'
 * words are the `facts.changedLater.<id>` messages. EN2023 and MCA2023 have no segment numbers: they are cited by
 * section, as the fact sheet does.
 */
import type { ClaimErrorCode } from '../claim/errors.ts';

/** One later change: the fact sheet's citation of the revision that made it. */
export interface LaterChange {
	/** `EN2023` or `MCA2023` and, where the sheet names one, the section of the 2023 article. */
	readonly citation: string;
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
} as const satisfies Readonly<Record<string, readonly LaterChangeId[]>>;

const mpnChanges = ['ai-cloud-partner-program'] as const satisfies readonly LaterChangeId[];
const activityChanges = ['partner-roles', 'modern-work-and-security'] as const satisfies readonly LaterChangeId[];
/** The subscription-error pages show the six reasons of 2020 (CAI#118–124); EN2023 lists five. */
const subscriptionChanges = ['already-claimed-dropped'] as const satisfies readonly LaterChangeId[];

/** The later changes an error page shows (`routes.error(code)`): the pages whose facts the 2023 revisions changed. */
export const laterChangesOnErrors: Readonly<Partial<Record<ClaimErrorCode, readonly LaterChangeId[]>>> = {
	MPN_REQUIRED: mpnChanges,
	MPN_UNKNOWN: mpnChanges,
	MPN_NOT_ENROLLED: mpnChanges,
	MPN_PARTNER_TYPE_NOT_SHOWN: mpnChanges,
	SOLUTION_AREA_REQUIRED: activityChanges,
	ACTIVITY_REQUIRED: activityChanges,
	ACTIVITY_NOT_FOR_SOLUTION_AREA: activityChanges,
	SUBSCRIPTION_PRODUCT_NOT_ON_TENANT: subscriptionChanges,
	SUBSCRIPTION_NOT_DYNAMICS: subscriptionChanges,
	SUBSCRIPTION_IS_CSP: subscriptionChanges,
	SUBSCRIPTION_ID_INVALID: subscriptionChanges,
	SUBSCRIPTION_NOT_ACTIVE: subscriptionChanges,
	SUBSCRIPTION_NOT_PROVISIONED: ['seven-days-to-reflect', 'already-claimed-dropped'],
	SUBSCRIPTION_ALREADY_CLAIMED: subscriptionChanges,
};
