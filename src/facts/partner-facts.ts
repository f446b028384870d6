/**
 * Documented facts partners need that no simulator rule carries (issue #14): each one sentence of Microsoft's
 * 2020 articles, shown as a short cited note where the reader meets it (`DocumentedFacts.astro`). The words are
 * the `facts.documented.<id>` messages; the citations resolve to the fact sheet `content/facts/cpor-facts.md`
 * (OSA by its ja-JP numbering). Where two articles disagree, both notes are shown side by side.
 */
import type { ClaimErrorCode } from '../claim/errors.ts';
import type { MessageKey } from '../i18n/catalog.ts';
import { parseCitations } from './citations.ts';

/**
 * One documented fact: its words (`facts.documented.<id>`) and the sentences that state them. A fact that is a list
 * (roles, steps, editable fields) has items, each with its own words (`facts.documented.<id>.<item>`) and the one
 * sentence that states it, so every citation resolves to the sentence that says it. A list's lead that only
 * introduces its items (`To dispute a rejected claim:`) states nothing and cites nothing.
 */
export interface PartnerFact {
	readonly citations: readonly string[];
	/** The list's items in order: item id → the sentences that state it. */
	readonly items?: Readonly<Record<string, readonly string[]>>;
	/** True when the items are steps to follow in order (an ordered list). */
	readonly steps?: boolean;
}

/** The facts, by id (the id is the message key's last part). */
export const partnerFacts = {
	/** Approved association ≠ approved incentive payout; the program guide decides, earnings/payout reporting shows it. */
	'association-not-payout': {
		citations: ['MCA#114–115'],
		items: { 'program-guide': ['MCA#116–117'], 'earnings-reporting': ['MCA#118'] },
	},
	/** Microsoft decides within 10 days: the reviewer SLA plus the time to supply more information. */
	'decision-within-10-days': { citations: ['MCA#123'] },
	/** OSA: on submit, Microsoft emails the customer asking to approve the association. */
	'customer-email-on-submit': { citations: ['OSA#149'] },
	/**
	 * OSA: once the association is official, the partner has access to the customer's usage data (OSA#113); official
	 * means the customer didn't opt out within the window (OSA#112), the condition the statement gives.
	 */
	'usage-data-after-consent': { citations: ['OSA#112', 'OSA#113'] },
	/** The rejection email says where to see the reason and how to dispute. */
	'rejection-email': { citations: ['MCA#159'] },
	/** The Dispute steps, one per sentence: sign in, open the claim, Dispute, justification and/or updated PoE, Dispute. */
	'dispute-steps': {
		citations: [],
		items: {
			'sign-in': ['MCA#162'],
			'open-claim': ['MCA#163'],
			'select-dispute': ['MCA#164'],
			justify: ['MCA#165'],
			submit: ['MCA#166'],
		},
		steps: true,
	},
	/** MCA: editing in Submitted or Partner action required, which fields, and the reviewers' request to remove products. */
	'editing-after-submit': {
		citations: ['MCA#184', 'MCA#186–187'],
		items: {
			mpn: ['MCA#188'],
			products: ['MCA#189'],
			contacts: ['MCA#190'],
			'proof-of-execution': ['MCA#191'],
			'remove-products': ['MCA#185'],
		},
	},
	/** OSA: "Once you submit your customer association, you can't edit it." (conflicts with MCA#184–191). */
	'editing-osa-says-no': { citations: ['OSA#150'] },
	/** The History button shows every change, comment and action. */
	'history-button': { citations: ['MCA#202'] },
	/** Business Applications, 2020: one option "Usage and/or Pre-sales", or Revenue association. */
	'usage-and-or-presales': { citations: ['OSA#139'] },
	/** Existing Microsoft 365 customers must be re-associated; Dynamics 365 / Power BI associations last until their subscriptions expire. */
	're-associate-existing': { citations: ['OSA#129–130'] },
	/** Who may create and manage claims: Billing admin, Global admin, Incentives admin. */
	'roles-claim': {
		citations: ['CAI#107'],
		items: { 'billing-admin': ['CAI#108'], 'global-admin': ['CAI#109'], 'incentives-admin': ['CAI#110'] },
	},
	/** Who can find the customer's domain name and directory ID. */
	'roles-find-domain': {
		citations: ['FCD#107'],
		items: {
			'admin-agent': ['FCD#108'],
			'incentives-admin': ['FCD#109'],
			'incentives-user': ['FCD#110'],
			'global-admin': ['FCD#111'],
			'sales-agent': ['FCD#112'],
		},
	},
} as const satisfies Readonly<Record<string, PartnerFact>>;
export type PartnerFactId = keyof typeof partnerFacts;

/** One item of a list fact: its id, its message key (`facts.documented.<fact>.<item>`) and the sentences that state it. */
export interface PartnerFactItem {
	readonly id: string;
	readonly key: MessageKey;
	readonly citations: readonly string[];
}

/** The fact with the id, as a `PartnerFact` (its items and `steps` read without narrowing). */
export function partnerFact(id: PartnerFactId): PartnerFact {
	return partnerFacts[id];
}

/** A list fact's items in order; none for a fact of one sentence. */
export function partnerFactItems(id: PartnerFactId): PartnerFactItem[] {
	return Object.entries(partnerFact(id).items ?? {}).map(([item, citations]) => ({
		id: item,
		key: `facts.documented.${id}.${item}` as MessageKey,
		citations,
	}));
}

/**
 * The key of the article a fact cites (`OSA`): its first citation's, or its first item's. A fact's message names that
 * article through its `{article}` argument, never in its own words.
 */
export function partnerFactArticle(id: PartnerFactId): string | undefined {
	const written = [...partnerFact(id).citations, ...partnerFactItems(id).flatMap((item) => item.citations)];
	return parseCitations(written.join(' '))[0]?.key;
}

/** Where each fact is shown: the lifecycle page by topic, the sources page, and the error pages it concerns. */
export const partnerFactsOn = {
	lifecycleStatuses: [
		'decision-within-10-days',
		'customer-email-on-submit',
		'association-not-payout',
		'usage-data-after-consent',
		'history-button',
	],
	lifecycleDispute: ['rejection-email', 'dispute-steps'],
	/** Both: the articles disagree (fact sheet §10). */
	lifecycleEditing: ['editing-after-submit', 'editing-osa-says-no'],
	sources: ['roles-claim', 're-associate-existing', 'association-not-payout'],
	/**
	 * Pre-sales and Usage are for applying for incentives (CAI#142, #145); the program guide sets eligibility (MCA#114–116).
	 * The 2020 create flow offers Business Applications Pre-sales and Usage as one option (OSA#139).
	 */
	activityHelper: ['association-not-payout', 'usage-and-or-presales'],
} as const satisfies Readonly<Record<string, readonly PartnerFactId[]>>;

const customerIdFacts = ['roles-find-domain'] as const satisfies readonly PartnerFactId[];
const activityFacts = ['usage-and-or-presales'] as const satisfies readonly PartnerFactId[];

/** The facts an error page shows (`routes.error(code)`). */
export const partnerFactsOnErrors: Readonly<Partial<Record<ClaimErrorCode, readonly PartnerFactId[]>>> = {
	MPN_REQUIRED: ['roles-claim'],
	CUSTOMER_DOMAIN_REQUIRED: customerIdFacts,
	TENANT_ID_REQUIRED: customerIdFacts,
	DOMAIN_TENANT_MISMATCH: customerIdFacts,
	ACTIVITY_REQUIRED: activityFacts,
	ACTIVITY_NOT_FOR_SOLUTION_AREA: activityFacts,
	PROOF_OF_EXECUTION_REQUIRED: ['editing-after-submit', 'editing-osa-says-no'],
};
