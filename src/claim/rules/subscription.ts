/**
 * Step "subscription": each chosen Dynamics 365 product exists on the customer's tenant (CAI#119), and where
 * the flow asks for a subscription ID (a Dynamics 365 product with multiple subscriptions for the customer,
 * OSA#145) it is given and passes the checks of CAI#115–124 and #164.
 *
 * One subscription gets one reason, the first that applies in this order, as the portal shows one error:
 * not a subscription ID → not Dynamics → not on this tenant / product → CSP → not provisioned → ended
 * (a newer one exists: separate claim; none: not active) → already claimed.
 */
import { claimError, type ClaimError, type ClaimErrorCode } from '../errors.ts';
import { isFilled, isGuid, normalizeId } from '../format.ts';
import {
	chosenProductIds,
	chosenProducts,
	findSubscription,
	isDynamicsSubscription,
	isSubscriptionAsked,
	subscriptionsOf,
} from '../lookups.ts';
import type { ClaimDraft, Sandbox, SubscriptionStatus } from '../schema.ts';

/** CAI#117: the subscription must be in active/in grace status. */
const CLAIMABLE_STATUSES: readonly SubscriptionStatus[] = ['active', 'in-grace'];

export function checkSubscription(draft: ClaimDraft, sandbox: Sandbox): ClaimError[] {
	const problems: ClaimError[] = [];
	for (const product of chosenProducts(draft, sandbox)) {
		if (product.dynamics && subscriptionsOf(sandbox, draft.tenantId, product.id).length === 0) {
			problems.push(claimError('SUBSCRIPTION_PRODUCT_NOT_ON_TENANT', 'subscription', ['products'], { product: product.id }));
		}
	}
	if (!isSubscriptionAsked(draft, sandbox)) return problems;

	if (!isFilled(draft.subscriptionId)) {
		problems.push(claimError('SUBSCRIPTION_ID_REQUIRED', 'subscription', ['subscriptionId']));
		return problems;
	}
	const problem = subscriptionProblem(draft, sandbox);
	if (problem !== null)
		problems.push(claimError(problem, 'subscription', ['subscriptionId'], { subscriptionId: draft.subscriptionId.trim() }));
	return problems;
}

/** Why the draft's subscription ID can't be claimed, or `null` when it can. */
export function subscriptionProblem(draft: ClaimDraft, sandbox: Sandbox): ClaimErrorCode | null {
	const subscription = isGuid(draft.subscriptionId) ? findSubscription(sandbox, draft.subscriptionId) : undefined;
	if (subscription === undefined) return 'SUBSCRIPTION_ID_INVALID';
	if (!isDynamicsSubscription(sandbox, subscription)) return 'SUBSCRIPTION_NOT_DYNAMICS';
	if (normalizeId(subscription.tenantId) !== normalizeId(draft.tenantId) || !chosenProductIds(draft).includes(subscription.product)) {
		return 'SUBSCRIPTION_PRODUCT_NOT_ON_TENANT';
	}
	if (subscription.channel === 'csp') return 'SUBSCRIPTION_IS_CSP';
	if (subscription.status === 'not-provisioned') return 'SUBSCRIPTION_NOT_PROVISIONED';
	if (subscription.status === 'expired') {
		const newer = subscriptionsOf(sandbox, subscription.tenantId, subscription.product).some(
			(other) => normalizeId(other.id) !== normalizeId(subscription.id) && CLAIMABLE_STATUSES.includes(other.status),
		);
		return newer ? 'NEW_SUBSCRIPTION_NEEDS_SEPARATE_CLAIM' : 'SUBSCRIPTION_NOT_ACTIVE';
	}
	if (subscription.alreadyClaimed) return 'SUBSCRIPTION_ALREADY_CLAIMED';
	return null;
}
