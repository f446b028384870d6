/**
 * Finding things in the sandbox for a draft: the chosen MPN, the customer's tenant, the selected products and
 * the customer's subscriptions. IDs compare without regard to case or surrounding spaces; nothing here throws,
 * whatever the sandbox holds (duplicates, dangling references).
 */
import { normalizeId } from './format.ts';
import type { ClaimDraft, CustomerTenant, MpnId, Product, Sandbox, Subscription } from './schema.ts';

export function findMpn(sandbox: Sandbox, mpnId: string): MpnId | undefined {
	const wanted = mpnId.trim();
	return sandbox.mpnIds.find((mpn) => mpn.id === wanted);
}

export function findTenant(sandbox: Sandbox, tenantId: string): CustomerTenant | undefined {
	const wanted = normalizeId(tenantId);
	return sandbox.customerTenants.find((tenant) => normalizeId(tenant.tenantId) === wanted);
}

export function findProduct(sandbox: Sandbox, productId: string): Product | undefined {
	return sandbox.products.find((product) => product.id === productId);
}

export function findSubscription(sandbox: Sandbox, subscriptionId: string): Subscription | undefined {
	const wanted = normalizeId(subscriptionId);
	return sandbox.subscriptions.find((subscription) => normalizeId(subscription.id) === wanted);
}

/** The customer's subscriptions of one product on one tenant. */
export function subscriptionsOf(sandbox: Sandbox, tenantId: string, productId: string): Subscription[] {
	const tenant = normalizeId(tenantId);
	return sandbox.subscriptions.filter(
		(subscription) => subscription.product === productId && normalizeId(subscription.tenantId) === tenant,
	);
}

/**
 * The customer's subscriptions on one tenant, every product's, those of `productId` first (the sandbox's order
 * otherwise): what the subscription step offers to pick from (issue #16). None when the tenant is unknown.
 */
export function customerSubscriptions(sandbox: Sandbox, tenantId: string, productId: string): Subscription[] {
	const tenant = normalizeId(tenantId);
	const owned = sandbox.subscriptions.filter((subscription) => normalizeId(subscription.tenantId) === tenant);
	return [
		...owned.filter((subscription) => subscription.product === productId),
		...owned.filter((subscription) => subscription.product !== productId),
	];
}

/** True when the subscription's product is a Dynamics 365 product of the catalogue. */
export function isDynamicsSubscription(sandbox: Sandbox, subscription: Subscription): boolean {
	return findProduct(sandbox, subscription.product)?.dynamics === true;
}

/** The draft's product ids, each once, in the order chosen. */
export function chosenProductIds(draft: ClaimDraft): string[] {
	return [...new Set(draft.products)];
}

/** The chosen products the catalogue knows. */
export function chosenProducts(draft: ClaimDraft, sandbox: Sandbox): Product[] {
	return chosenProductIds(draft).flatMap((id) => findProduct(sandbox, id) ?? []);
}

/**
 * The chosen Dynamics 365 products that have multiple subscriptions for this customer: for each of them the flow
 * asks for the subscription ID (OSA#145, CAI#115). Subscriptions of every status count.
 */
export function productsAskingForSubscription(draft: ClaimDraft, sandbox: Sandbox): Product[] {
	return chosenProducts(draft, sandbox).filter(
		(product) => product.dynamics && subscriptionsOf(sandbox, draft.tenantId, product.id).length > 1,
	);
}

/** True when the flow asks this draft for a subscription ID. */
export function isSubscriptionAsked(draft: ClaimDraft, sandbox: Sandbox): boolean {
	return productsAskingForSubscription(draft, sandbox).length > 0;
}

/** The subscription ID the partner entered for one product ('' when none). */
export function enteredSubscriptionId(draft: ClaimDraft, productId: string): string {
	return Object.hasOwn(draft.subscriptionIds, productId) ? (draft.subscriptionIds[productId] ?? '') : '';
}
