/**
 * What Microsoft changed after the 2020 articles the site simulates (fact sheet `content/facts/cpor-facts.md` §11:
 * the 2023 revisions EN2023 of CAI and MCA2023 of MCA). The simulators keep the 2020 flow; a page where the reader
 * meets one of these facts shows a short "Changed later" note (`ChangedLater.astro`) with the new term. The notes'
 * words are the `facts.changedLater.<id>` messages. EN2023 and MCA2023 have no segment numbers: they are cited by
 * section, as the fact sheet does. The Microsoft article pages show them beside the sections whose 2020 sentences they
 * change (`laterChangesOnArticles`).
 */
import type { ClaimErrorCode } from '../claim/errors.ts';
import { refusalDeadlines } from '../claim/lifecycle/bases.ts';
import { deadlineRules, type DeadlineVersionKey } from '../claim/lifecycle/rules.ts';
import type { RefusalCode } from '../claim/lifecycle/transitions.ts';
import type { MessageKey } from '../i18n/catalog.ts';

/**
 * One later change: the fact sheet's citation of the revision that made it, or `null` for the one change the sheet
 * records outside the cited articles (Azure Active Directory renamed), whose note says so in its own words.
 */
export interface LaterChange {
	/**
	 * The revision, `EN2023` or `MCA2023`, and where the sheet names one, the place in it: a section, by its English
	 * heading (quoted as Microsoft wrote it), or the article's title or intro (words of the site, shown through the
	 * catalogs: `laterChangeCitation`).
	 */
	readonly citation: LaterChangeCitation | null;
}

interface LaterChangeCitation {
	readonly version: 'EN2023' | 'MCA2023';
	readonly heading?: string;
	readonly part?: 'title' | 'intro';
}

/** The later changes, by id (the id is the message key's last part). */
export const laterChanges = {
	/** "Activity" became "Partner role", with new names for each activity. */
	'partner-roles': { citation: { version: 'EN2023', heading: 'Which partner role do I choose?' } },
	/** The solution area "Microsoft 365" became "Modern Work and Security". */
	'modern-work-and-security': { citation: { version: 'EN2023', heading: 'Which partner role do I choose?' } },
	/** "MPN" became "Microsoft AI Cloud Partner Program". */
	'ai-cloud-partner-program': { citation: { version: 'EN2023' } },
	/** Up to seven days after provisioning for a subscription to reflect in the claim flow. */
	'seven-days-to-reflect': { citation: { version: 'EN2023', heading: 'When subscriptions are available to claim' } },
	/** "The subscription has already been claimed" dropped from the subscription errors. */
	'already-claimed-dropped': { citation: { version: 'EN2023', heading: 'Subscription errors in the CPOR association claim flow' } },
	/** The active/in-grace check described as happening "post claim … so that incentives can be earned". */
	'active-check-post-claim': { citation: { version: 'EN2023', heading: 'Subscription errors in the CPOR association claim flow' } },
	/** The support link moved to `…/dashboard/v2/support/…`. */
	'support-link-moved': { citation: { version: 'EN2023' } },
	/** The model's name: "Claiming Partner of Record" (the 2020 CAI and MCA say "Claimed"; OSA#108 already "Claiming"). */
	'claiming-partner-of-record': { citation: { version: 'EN2023', part: 'title' } },
	/** EN2023's intro: CPOR shouldn't be confused with Cloud Solution Provider (CSP) customer associations. */
	'not-csp-associations': { citation: { version: 'EN2023', part: 'intro' } },
	/** Azure Active Directory became Microsoft Entra ID (outside the cited articles: the sheet gives no revision). */
	'entra-id': { citation: null },
	/** The statuses Dispute and Rejected final, a single dispute. */
	'dispute-statuses': { citation: { version: 'MCA2023' } },
	/** 14-business-day windows (the sheet doesn't say which deadlines they replace). */
	'business-day-windows': { citation: { version: 'MCA2023' } },
	/** The action Disassociate customer. */
	'disassociate-customer': { citation: { version: 'MCA2023' } },
} as const satisfies Readonly<Record<string, LaterChange>>;
export type LaterChangeId = keyof typeof laterChanges;

/**
 * A later change's citation as the reader sees it, in brackets, in their language (`facts.changedLater.cite*`
 * messages: `(EN2023 “Which partner role do I choose?”)`, `（EN2023 标题）`); `undefined` for a change without one.
 */
export function laterChangeCitation(
	id: LaterChangeId,
	t: (key: MessageKey, values: Readonly<Record<string, string>>) => string,
): string | undefined {
	const citation: LaterChangeCitation | null = laterChanges[id].citation;
	if (!citation) return undefined;
	const { version, heading, part } = citation;
	const place = heading
		? t('facts.changedLater.citeSection', { version, heading })
		: part === 'title'
			? t('facts.changedLater.citeTitle', { version })
			: part === 'intro'
				? t('facts.changedLater.citeIntro', { version })
				: version;
	return t('facts.changedLater.cite', { citation: place });
}

/**
 * The lead of a "Changed later" note. It says the changes may go beyond names, incentives included, only where a note
 * it leads shows that: the partner roles "Non-Incentivized" and the check "so that incentives can be earned" (#14 third
 * review); elsewhere only that Microsoft revised its articles and the site follows the 2020 versions.
 */
export function changedLaterLead(changes: readonly LaterChangeId[]): 'facts.changedLater.lead' | 'facts.changedLater.leadShort' {
	return changes.some((id) => id === 'partner-roles' || id === 'active-check-post-claim')
		? 'facts.changedLater.lead'
		: 'facts.changedLater.leadShort';
}

/** The later changes a page shows, by where the reader meets the fact. */
export const laterChangesOn = {
	/** It asks how the customer bought: CSP is one answer, and EN2023 says CPOR isn't a CSP customer association. */
	activityHelper: ['ai-cloud-partner-program', 'partner-roles', 'modern-work-and-security', 'not-csp-associations'],
	mpnHelper: ['ai-cloud-partner-program'],
	/** Its "Before you claim" facts (`partnerFactsOn.sources`) send the reader to the "Microsoft Partner Network" (MCA#117). */
	sources: ['ai-cloud-partner-program'],
	/** Its refusal of a competing claim on Dynamics 365 alone rests on the "already claimed" reason EN2023 dropped. */
	lifecycle: [
		'dispute-statuses',
		'business-day-windows',
		'disassociate-customer',
		'ai-cloud-partner-program',
		'partner-roles',
		'already-claimed-dropped',
	],
	/**
	 * The simulator's steps ask for an MPN ID, a solution area and an activity, and point to Azure Active Directory;
	 * its subscription step gives the 2020 subscription errors (the ones EN2023 dropped or moved post claim) and the
	 * 2020 support link (#14 third review); it offers CSP as a way the customer bought (EN2023: CPOR isn't a CSP customer
	 * association).
	 */
	simulator: [
		'ai-cloud-partner-program',
		'partner-roles',
		'modern-work-and-security',
		'entra-id',
		'already-claimed-dropped',
		'active-check-post-claim',
		'seven-days-to-reflect',
		'support-link-moved',
		'not-csp-associations',
	],
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
	ACTIVITY_CHANNEL_NOT_ELIGIBLE: [...activityChanges, 'not-csp-associations'],
	REVENUE_ASSOCIATION_FIELD_REQUIRED: ['partner-roles'],
	// Its page names its step, "Solution area, activity and claim name" (#14 eighth review).
	CLAIM_NAME_REQUIRED: ['partner-roles'],
	// Their reading names the activity Revenue association (OSA#140).
	CONTACT_FIELD_REQUIRED: ['partner-roles'],
	TECHNICAL_CONTACT_REQUIRED: ['partner-roles'],
	PRODUCT_NOT_IN_SOLUTION_AREA: ['modern-work-and-security'],
	CUSTOMER_DOMAIN_REQUIRED: entraChanges,
	TENANT_ID_REQUIRED: entraChanges,
	TENANT_ID_NOT_GUID: entraChanges,
	DOMAIN_TENANT_MISMATCH: entraChanges,
	SUBSCRIPTION_PRODUCT_NOT_ON_TENANT: subscriptionChanges,
	SUBSCRIPTION_NOT_DYNAMICS: subscriptionChanges,
	SUBSCRIPTION_IS_CSP: [...subscriptionChanges, 'partner-roles', 'not-csp-associations'],
	SUBSCRIPTION_ID_INVALID: subscriptionChanges,
	SUBSCRIPTION_NOT_ACTIVE: [...subscriptionChanges, 'active-check-post-claim'],
	SUBSCRIPTION_NOT_PROVISIONED: ['seven-days-to-reflect', ...subscriptionChanges],
	SUBSCRIPTION_ALREADY_CLAIMED: subscriptionChanges,
	// Its assumption weighs arbitration against the 2020 error "The subscription has already been claimed" (CAI#123).
	COMPETING_CLAIM: ['already-claimed-dropped'],
	// Its documented fact lists the fields editable after submitting, the MPN among them (MCA#188).
	PROOF_OF_EXECUTION_REQUIRED: mpnChanges,
};

/**
 * Later changes a lifecycle refusal rests on, beside the deadline note `refusalDeadlines` gives it (#14 sixth review):
 * a competing claim on Dynamics 365 alone is refused by the "already claimed" reason EN2023 dropped; a partner's request
 * to reject an approved claim is refused where MCA2023 adds the action Disassociate customer.
 */
export const laterChangesOnRefusals = {
	'dynamics-no-arbitration': ['already-claimed-dropped'],
	'already-approved': ['disassociate-customer'],
} as const satisfies Readonly<Partial<Record<RefusalCode, readonly LaterChangeId[]>>>;
/** The later changes a refusal can show (the lifecycle page writes their notes for its island: `ClaimLifecycle.astro`). */
type RefusalLaterChangeId = (typeof laterChangesOnRefusals)[keyof typeof laterChangesOnRefusals][number];

/**
 * What Microsoft changed later under a refusal's rule, wherever the refusal is shown with its basis (the lifecycle's
 * refusal notice, the sources page's basis table): `version`, the version note of the deadline whose 2020 figure the
 * refusal states (`refusalDeadlines`, `deadlineRules[kind].version`), and `changes`, the later changes it rests on
 * (`laterChangesOnRefusals`). `null` where the revisions changed nothing the refusal says.
 */
export function refusalLaterChanges(
	code: RefusalCode,
): { readonly version?: DeadlineVersionKey; readonly changes?: readonly RefusalLaterChangeId[] } | null {
	const deadline = refusalDeadlines[code];
	const changes = (laterChangesOnRefusals as Partial<Record<RefusalCode, readonly RefusalLaterChangeId[]>>)[code];
	if (!deadline && !changes) return null;
	return { ...(deadline ? { version: deadlineRules[deadline].version } : {}), ...(changes ? { changes } : {}) };
}

/**
 * Later changes beside the sections of a Microsoft article page whose 2020 sentences they change (#14 second review):
 * a "Changed later" note at the start of the section (after its heading) or at its end (before the section's tools),
 * never inside a sentence. The sections with a helper of their own (which activity, which MPN: `section-tools.ts`) get
 * the helper's notes (`laterChangesOn`) instead. `sentences` are the fact sheet's citations of the 2020 sentences a
 * note concerns: in its section, or in the section it stands next to (the one before a note at a section's start, the
 * one after a note at a section's end); `test/unit/facts/later-changes.test.ts` holds them to the published pages of
 * every locale. The change "Disassociate customer" adds an action no 2020 sentence names: it stands on the lifecycle and
 * beside the partner request of a partner no longer working with the customer (MCA#172).
 */
export interface ArticleLaterChanges {
	/** The article's file name (`content/sources/<locale>/<article>.md`). */
	readonly article: string;
	/** The section's `<h2>` id; `''` for the part before the first heading. The same in every locale. */
	readonly anchor: string;
	readonly place: 'start' | 'end';
	/** The 2020 sentences the note concerns (`KEY#n`, numbered as the fact sheet cites them). */
	readonly sentences: readonly string[];
	readonly changes: readonly LaterChangeId[];
	/**
	 * `false` where, on paper, the note would repeat the one right above it: the tools between them are not printed
	 * (`print.css`), so the previous section's note stands a paragraph away. On screen each section keeps its own,
	 * for a reader who comes to it from the table of contents.
	 */
	readonly printed?: false;
}

/** The notes of the Microsoft article pages, in every locale. */
export const laterChangesOnArticles: readonly ArticleLaterChanges[] = [
	{
		// "In the Claimed Partner of Record (CPOR) association claim flow" (CAI#112): EN2023's title says "Claiming".
		article: 'incentives-customer-association-issues',
		anchor: '',
		place: 'end',
		sentences: ['CAI#112'],
		changes: ['claiming-partner-of-record'],
	},
	{
		// The reasons of CAI#118–124 include the one EN2023 dropped; the check of CAI#117 moved post claim; a reason is
		// a subscription not provisioned yet (CAI#122); the support link of CAI#126 moved; a reason is a CSP subscription
		// (CAI#121), beside which EN2023's intro says CPOR isn't CSP's customer association.
		article: 'incentives-customer-association-issues',
		anchor: 'subscription-errors-in-the-cpor-association-claim-flow',
		place: 'end',
		sentences: ['CAI#117', 'CAI#121', 'CAI#122', 'CAI#123', 'CAI#126'],
		changes: ['already-claimed-dropped', 'active-check-post-claim', 'seven-days-to-reflect', 'support-link-moved', 'not-csp-associations'],
	},
	{
		article: 'incentives-customer-association-issues',
		anchor: 'when-subscriptions-will-be-available-to-claim',
		place: 'end',
		sentences: ['CAI#128', 'CAI#130', 'CAI#131'],
		changes: ['seven-days-to-reflect', 'support-link-moved'],
		printed: false,
	},
	{
		// FCD#113: "select **Azure Active Directory**". The article has no sections: the note follows its steps.
		article: 'find-customer-domain-name',
		anchor: '',
		place: 'end',
		sentences: ['FCD#113'],
		changes: ['entra-id'],
	},
	{
		// What a claim needs (MPN ID, solution area, activity: OSA#115, #118–119, #127) and the create steps that ask for
		// them (OSA#135, #138–140): one note where the steps start, right after the list.
		article: 'submit-osa-claim',
		anchor: 'create-a-customer-association',
		place: 'start',
		sentences: ['OSA#115', 'OSA#118', 'OSA#119', 'OSA#127', 'OSA#135', 'OSA#138', 'OSA#139', 'OSA#140'],
		changes: ['partner-roles', 'modern-work-and-security', 'ai-cloud-partner-program'],
	},
	{
		// "The Claimed Partner of Record (CPOR) platform" (MCA#106).
		article: 'incentives-manage-customer-associations',
		anchor: '',
		place: 'end',
		sentences: ['MCA#106'],
		changes: ['claiming-partner-of-record'],
	},
	{
		// MCA#117: the incentive program guides are on the "Microsoft Partner Network".
		article: 'incentives-manage-customer-associations',
		anchor: 'how-your-cpor-association-claim-relates-to-incentives',
		place: 'end',
		sentences: ['MCA#117'],
		changes: ['ai-cloud-partner-program'],
	},
	{
		// The timeline's five-business-day deadlines (MCA#120–122), among them the partner's (MCA#122), for which
		// MCA2023 uses 14-business-day windows (#14 third review).
		article: 'incentives-manage-customer-associations',
		anchor: 'cpor-association-claims-timeline',
		place: 'end',
		sentences: ['MCA#120', 'MCA#121', 'MCA#122'],
		changes: ['business-day-windows'],
	},
	{
		// "You have 30 days to dispute" (MCA#158) and the steps (MCA#161–167): before the reader acts on them. Right
		// after "Here are the statuses and their meanings" (MCA#129–156), to which MCA2023 adds two, and whose table
		// gives the five business days to resubmit (MCA#150) and the review SLA (MCA#140).
		article: 'incentives-manage-customer-associations',
		anchor: 'dispute-the-status-of-a-cpor-association-claim',
		place: 'start',
		sentences: ['MCA#129', 'MCA#140', 'MCA#150', 'MCA#158', 'MCA#160', 'MCA#164', 'MCA#166'],
		changes: ['dispute-statuses', 'business-day-windows'],
	},
	{
		// A partner request names an incorrect MPN or Activity, Revenue Association rather than Pre-sales (MCA#171–172),
		// or a partner no longer working with the customer, for whom MCA2023 has the action Disassociate customer (MCA#172;
		// #14 fifth review).
		article: 'incentives-manage-customer-associations',
		anchor: 'reasons-a-cpor-association-claim-is-rejected',
		place: 'start',
		sentences: ['MCA#171', 'MCA#172'],
		changes: ['partner-roles', 'ai-cloud-partner-program', 'disassociate-customer'],
	},
	{
		// The customer's 7 days to opt out (MCA#194): a window MCA2023's 14-business-day windows may replace; the lifecycle
		// gives the consent deadline the same note (#14 fifth review).
		article: 'incentives-manage-customer-associations',
		anchor: 'customer-consent-notification',
		place: 'end',
		sentences: ['MCA#194'],
		changes: ['business-day-windows'],
	},
	{
		// The fields a partner may edit begin with "MPN" (MCA#188).
		article: 'incentives-manage-customer-associations',
		anchor: 'edit-your-cpor-association-claim',
		place: 'end',
		sentences: ['MCA#188'],
		changes: ['ai-cloud-partner-program'],
	},
];

/** The notes at the start and at the end of one section of an article page (`laterChangesOnArticles`), if any. */
export function laterChangesInSection(
	article: string,
	anchor: string,
): { readonly start: ArticleLaterChanges | undefined; readonly end: ArticleLaterChanges | undefined } {
	const at = (place: ArticleLaterChanges['place']) =>
		laterChangesOnArticles.find((note) => note.article === article && note.anchor === anchor && note.place === place);
	return { start: at('start'), end: at('end') };
}
