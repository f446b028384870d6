/**
 * Step "subscription": the subscription of each chosen Dynamics 365 product is checked to belong to the
 * customer's tenant together with the product, and to be in active/in grace status (CAI#115–117).
 *
 * - A Dynamics 365 product with no subscription on the tenant: "The product selected doesn't exist on the
 *   customer's tenant" (CAI#119).
 * - One subscription: the flow doesn't ask for it (OSA#145), and that subscription is checked (CAI#116–117,
 *   CAI#128: "you will receive an error if the subscription hasn't been provisioned yet").
 * - Several subscriptions: the flow asks for the subscription ID of that product (OSA#145), one per product,
 *   and checks the one entered.
 *
 * The article says the error "could be for several reasons" (CAI#118), so every reason that applies to a
 * subscription is reported (CAI#119–124, in the article's order, and CAI#117), not the first one only.
 */
import { claimError, type ClaimError, type ClaimErrorCode } from '../errors.ts';
import { isFilled, isGuid, normalizeId } from '../format.ts';
import { chosenProducts, enteredSubscriptionId, findSubscription, isDynamicsSubscription, subscriptionsOf } from '../lookups.ts';
import type { ClaimDraft, Product, Sandbox, Subscription } from '../schema.ts';

export function checkSubscription(draft: ClaimDraft, sandbox: Sandbox): ClaimError[] {
	return chosenProducts(draft, sandbox)
		.filter((product) => product.dynamics)
		.flatMap((product) => productProblems(product, draft, sandbox));
}

/** The problems of one Dynamics 365 product's subscription. */
function productProblems(product: Product, draft: ClaimDraft, sandbox: Sandbox): ClaimError[] {
	const subscriptions = subscriptionsOf(sandbox, draft.tenantId, product.id);
	const only = subscriptions.length === 1 ? subscriptions[0] : undefined;
	if (subscriptions.length === 0) {
		return [claimError('SUBSCRIPTION_PRODUCT_NOT_ON_TENANT', 'subscription', ['products'], { product: product.id })];
	}
	if (only !== undefined) {
		// Not asked: the flow checks the customer's only subscription of the product itself.
		return subscriptionReasons(only, product.id, draft, sandbox).map((code) =>
			claimError(code, 'subscription', ['products'], { product: product.id, subscriptionId: only.id }),
		);
	}
	const entered = enteredSubscriptionId(draft, product.id);
	if (!isFilled(entered)) return [claimError('SUBSCRIPTION_ID_REQUIRED', 'subscription', ['subscriptionId'], { product: product.id })];
	return subscriptionProblems(entered, product.id, draft, sandbox).map((code) =>
		claimError(code, 'subscription', ['subscriptionId'], { product: product.id, subscriptionId: entered.trim() }),
	);
}

/** Every reason the subscription ID entered for a product can't be claimed; empty when it can. */
export function subscriptionProblems(subscriptionId: string, productId: string, draft: ClaimDraft, sandbox: Sandbox): ClaimErrorCode[] {
	const subscription = isGuid(subscriptionId) ? findSubscription(sandbox, subscriptionId) : undefined;
	// CAI#124: nothing else can be said about an identifier that isn't a subscription ID.
	if (subscription === undefined) return ['SUBSCRIPTION_ID_INVALID'];
	return subscriptionReasons(subscription, productId, draft, sandbox);
}

/** Every reason of CAI#119–123 and CAI#117 that applies to a subscription claimed for a product. */
function subscriptionReasons(subscription: Subscription, productId: string, draft: ClaimDraft, sandbox: Sandbox): ClaimErrorCode[] {
	const reasons: ClaimErrorCode[] = [];
	const dynamics = isDynamicsSubscription(sandbox, subscription);
	// A subscription of another Dynamics product, or of another tenant: it doesn't belong to the tenant with this product (CAI#116).
	if (dynamics && (normalizeId(subscription.tenantId) !== normalizeId(draft.tenantId) || subscription.product !== productId)) {
		reasons.push('SUBSCRIPTION_PRODUCT_NOT_ON_TENANT');
	}
	if (!dynamics) reasons.push('SUBSCRIPTION_NOT_DYNAMICS');
	if (subscription.channel === 'csp') reasons.push('SUBSCRIPTION_IS_CSP');
	if (subscription.status === 'not-provisioned') reasons.push('SUBSCRIPTION_NOT_PROVISIONED');
	// CAI#117: the subscription must be in active/in grace status.
	if (subscription.status === 'expired') reasons.push('SUBSCRIPTION_NOT_ACTIVE');
	if (subscription.alreadyClaimed) reasons.push('SUBSCRIPTION_ALREADY_CLAIMED');
	return reasons;
}
