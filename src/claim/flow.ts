/**
 * The steps of the CPOR association claim flow, in order, as data (fact sheet §3, 2020 UI; OSA#133–152).
 *
 * Validation lives in `steps.ts`; this module holds only what the catalog, the pages and the simulator need
 * to order the steps. Their names are messages: `stepMessageKey`.
 */
export const claimStepIds = [
	'mpn',
	'customer',
	'activity',
	'products',
	'contacts',
	'subscription',
	'proof-of-execution',
	'comments',
	'submit',
] as const;
export type ClaimStepId = (typeof claimStepIds)[number];

export interface ClaimStepInfo {
	/** Where the fact sheet describes the step, and the source segments. */
	readonly facts: string;
	readonly citations: readonly string[];
}

export const claimSteps: Readonly<Record<ClaimStepId, ClaimStepInfo>> = {
	mpn: {
		facts: '§3.3, §4',
		citations: ['OSA#115', 'OSA#135'],
	},
	customer: {
		facts: '§3.3, §4',
		citations: ['OSA#116–117', 'OSA#135', 'CAI#112'],
	},
	activity: {
		// Solution area and activity, then the Associate customer page where the claim gets its name (Create claim).
		facts: '§3.5–3.6, §4, §6',
		citations: ['OSA#118–119', 'OSA#123', 'OSA#127', 'OSA#138–141'],
	},
	products: {
		facts: '§3.7, §4',
		citations: ['OSA#124', 'OSA#142'],
	},
	contacts: {
		facts: '§3.8, §4',
		citations: ['OSA#120–122', 'OSA#143–144'],
	},
	subscription: {
		// Asked on the contacts page when a Dynamics 365 product has multiple subscriptions for the customer.
		facts: '§3.8, §4, §5',
		citations: ['OSA#145', 'CAI#115–117'],
	},
	'proof-of-execution': {
		facts: '§3.9, §4',
		citations: ['OSA#125–126', 'OSA#146–147', 'MCA#175'],
	},
	comments: {
		facts: '§3.10',
		citations: ['OSA#148'],
	},
	submit: {
		facts: '§3.10',
		citations: ['OSA#148–149'],
	},
};

/** The message key of a step's name: `simulator.step.proof-of-execution`. */
export function stepMessageKey<S extends ClaimStepId>(step: S): `simulator.step.${S}` {
	return `simulator.step.${step}`;
}
