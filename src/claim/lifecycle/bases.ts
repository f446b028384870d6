/**
 * The basis of every refusal the lifecycle gives: either the sentences that state the rule (`documented`, with
 * `KEY#n` citations that resolve to the fact sheet `content/facts/cpor-facts.md`), or the simulator's assumption
 * (`assumed`, with the message `lifecycle.assumption.<code>` that says so to the reader). Never both, never
 * neither: a rule the sources only describe the situation around is an assumption.
 */
import type { MessageKey } from '../../i18n/catalog.ts';
import type { DeadlineKind } from './rules.ts';
import type { RefusalCode } from './transitions.ts';

/** Refusals no Microsoft sentence states: the simulator's own choices, shown to the reader as such. */
export const assumedRefusalCodes = [
	/** A link the simulator can't read: its own input check. */
	'event-invalid',
	/** Events are played in date order: the simulator's model of time. */
	'date-before-status',
	/** MCA says what Approved means, not that reviewers can't act on it again or that a partner can't request a rejection then. */
	'already-approved',
	/**
	 * MCA#158 and #160 describe the two ways on from a rejection (a dispute within 30 days, then a new association),
	 * not that a reviewer can't act on a rejected claim or that it can't be resubmitted or answered.
	 */
	'already-rejected',
	/**
	 * MCA#122 and #150 say Microsoft waits 5 business days for the partner's proof and rejects the claim without it,
	 * not that a reviewer can't start again, decide or ask again meanwhile.
	 */
	'waiting-for-partner',
	/**
	 * MCA#120 and #136 say Microsoft hasn't started the review in Submitted, MCA#121 that it decides Under review; not that
	 * a reviewer can't ask or decide before, and OSA#109–110 tie a request for more information to submitting (#14 seventh
	 * review). A reviewer's decision only: the partner's request to reject (MCA#170) is allowed in every open status.
	 */
	'review-not-started',
	/** The sources describe a new claim after 30 days (MCA#160) or for a new subscription (CAI#164), never that one is barred while a claim is open. */
	'claim-still-open',
	/** The sources don't say whether a competing claim can arrive after a decision. */
	'competing-only-open',
	/** CAI#163–164 describe an approved claim's subscription; nothing about one ending before the approval. */
	'subscription-only-approved',
	/** The sources don't say what a third partner's claim does during an arbitration. */
	'already-competing',
	/** CAI#164 says a new subscription needs a separate claim; it doesn't bar a new claim while the old one is active. */
	'subscription-active',
	/** An approved claim without a Dynamics 365 product shows no subscription (CAI#163); the sources describe no new claim after it. */
	'approved-no-subscription',
	/** CAI#163 says an approved Dynamics claim shows its subscription ID, not that other claims show none (OSA#130–131 tie Power BI and Business Applications associations to subscriptions too). */
	'not-dynamics',
	/** The simulator follows one claimed subscription per claim. */
	'subscription-already-ended',
	/** The sources disagree on when the customer is asked (MCA#125, #193: after the approval; OSA#111, #149: on submit): the simulator's choice. */
	'consent-after-approval',
	/** The sources disagree on the consent window (MCA#126: 7 days; OSA#112: five business days): the simulator's choice. */
	'consent-window-over',
	/**
	 * CAI#168 says Microsoft reviews each partner's PoE to determine which partner to approve; it doesn't say that a
	 * reviewer can't reject a competing claim for another reason (insufficient PoE, partner request) meanwhile.
	 */
	'arbitration-pending',
	/**
	 * CAI#123 (the subscription error "already claimed") and CAI#166 (arbitration) don't say which applies when; the
	 * claim simulator stops a Dynamics 365 subscription's second claim in the flow, and so no arbitration reaches a
	 * claim whose products are all Dynamics 365.
	 */
	'dynamics-no-arbitration',
	/**
	 * MCA#150 describes answering a request for more information in Partner action required; MCA#139 and CAI#169–170 say
	 * Microsoft may also ask for more details while a claim stays Under review (#14 sixth review).
	 */
	'nothing-to-respond',
	/** MCA#158 describes disputing a rejected claim, not that a claim in another status can't be disputed (#14 sixth review). */
	'dispute-only-rejected',
	/**
	 * CAI#166 and #168 describe the arbitration of a claim that competes with another partner's, not whether a dispute of
	 * a rejection reopens it while that partner's claim or association stands (#14 twelfth review).
	 */
	'arbitration-not-reopened',
	/**
	 * The sources don't say what approving a dispute does to another partner's claim or association that stood
	 * (CAI#166, CAI#168, OSA#131): the simulator makes this partner the one associated (#14 fourteenth review).
	 */
	'other-partner-set-aside',
] as const satisfies readonly RefusalCode[];
type AssumedRefusalCode = (typeof assumedRefusalCodes)[number];
type DocumentedRefusalCode = Exclude<RefusalCode, AssumedRefusalCode>;

/** A message key the English catalog has (a type error otherwise). */
type Key<K extends MessageKey> = K;

export type RefusalBasis =
	| { readonly kind: 'documented'; readonly citations: readonly string[] }
	| { readonly kind: 'assumed'; readonly assumption: Key<`lifecycle.assumption.${AssumedRefusalCode}`> };

/** The sentences that state each documented refusal's rule: the exact segments, not the section around them. */
const documentedCitations: Readonly<Record<DocumentedRefusalCode, readonly string[]>> = {
	// Submitting ends Editing (MCA#134: it stays there until submitted; MCA#133, "has been created", says nothing of it);
	// after a request for more information the partner resubmits (MCA#150). No sentence says "once".
	'already-submitted': ['MCA#134', 'MCA#150'],
	// "It stays in this state until you upload the proof of execution document and submit the claim for approval."
	// (MCA#134): nothing moves a claim out of Editing but submitting it, a partner's request to reject included (#14 sixth review).
	'not-submitted': ['MCA#134'],
	// Microsoft starts the review of a Submitted claim (MCA#120); Under review, it has started (MCA#138).
	'review-in-progress': ['MCA#120', 'MCA#138'],
	'response-too-late': ['MCA#122', 'MCA#150', 'MCA#181'],
	'deadline-not-passed': ['MCA#150'],
	'dispute-window-over': ['MCA#158', 'MCA#160'],
	// Arbitration is how a competing claim is decided (CAI#166, CAI#168).
	'no-competing-claim': ['CAI#166', 'CAI#168'],
};

/** The basis of a refusal: its citations, or its assumption message. */
export function refusalBasis(code: RefusalCode): RefusalBasis {
	return (assumedRefusalCodes as readonly RefusalCode[]).includes(code)
		? { kind: 'assumed', assumption: `lifecycle.assumption.${code as AssumedRefusalCode}` }
		: { kind: 'documented', citations: documentedCitations[code as DocumentedRefusalCode] };
}

/**
 * The deadline whose rule a refusal applies (`deadlineRules`): the refusal states that deadline's 2020 figure (5
 * business days to respond, 30 days to dispute, 7 days to deny consent) or the 2020 dispute it opens, so wherever the
 * refusal is listed with its basis it carries that deadline's version note (`deadlineRules[kind].version`: Microsoft's
 * 2023 revision changed the windows and added the dispute statuses, fact sheet §11). Refusals that state neither have
 * none.
 */
export const refusalDeadlines: Readonly<Partial<Record<RefusalCode, DeadlineKind>>> = {
	'waiting-for-partner': 'partner-response',
	'response-too-late': 'partner-response',
	'deadline-not-passed': 'partner-response',
	'already-approved': 'consent',
	'consent-window-over': 'consent',
	'already-rejected': 'dispute',
	'dispute-only-rejected': 'dispute',
	'dispute-window-over': 'dispute',
};
