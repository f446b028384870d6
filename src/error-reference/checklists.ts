/**
 * The portal's situation for the errors whose cause it doesn't name: what the partner sees is one error, and
 * the article lists what could cause it and says to check with the customer. Each item is a message
 * `errors.checklist.item.<id>` (how to check it with the customer).
 *
 * - Subscription error: "it could be for several reasons" (CAI#118), the six reasons of CAI#119–124, and "work
 *   with your customer to ensure the subscription is correct and that you're using the correct tenant ID" (CAI#125);
 *   then the status check "active/in grace" (CAI#117), which the article doesn't list among the reasons.
 * - Domain–tenant mismatch: "contact your customer to ensure you have the correct details" (CAI#113); where the
 *   customer finds the domain and the Directory ID (FCD#113–115).
 */
import type { ClaimErrorCode } from '../claim/errors.ts';

/** One thing to check with the customer; `code` where it has an error page (its page and quote). */
interface ChecklistItem {
	readonly id: string;
	readonly code?: ClaimErrorCode;
}

export interface Checklist {
	readonly id: 'subscription' | 'domain-tenant';
	readonly citations: readonly string[];
	readonly items: readonly ChecklistItem[];
}

const subscriptionReasons: readonly ClaimErrorCode[] = [
	'SUBSCRIPTION_PRODUCT_NOT_ON_TENANT',
	'SUBSCRIPTION_NOT_DYNAMICS',
	'SUBSCRIPTION_IS_CSP',
	'SUBSCRIPTION_NOT_PROVISIONED',
	'SUBSCRIPTION_ALREADY_CLAIMED',
	'SUBSCRIPTION_ID_INVALID',
];

const checklists: readonly Checklist[] = [
	{
		id: 'subscription',
		citations: ['CAI#117', 'CAI#118–125'],
		// The not-active check (CAI#117) isn't among the article's reasons but is a status the flow checks.
		items: [...subscriptionReasons, 'SUBSCRIPTION_NOT_ACTIVE' as const].map((code) => ({ id: code, code })),
	},
	{
		id: 'domain-tenant',
		citations: ['CAI#113', 'FCD#113–115'],
		items: [{ id: 'domain' }, { id: 'tenantId' }],
	},
];

/** The checklist an error page shows for a code: the six reasons for each subscription error and the not-active check (CAI#117), both details for a mismatch. */
export function checklistFor(code: ClaimErrorCode): Checklist | undefined {
	if (code === 'DOMAIN_TENANT_MISMATCH') return checklists[1];
	if (subscriptionReasons.includes(code) || code === 'SUBSCRIPTION_NOT_ACTIVE') return checklists[0];
	return undefined;
}
