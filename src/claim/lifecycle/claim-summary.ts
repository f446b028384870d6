/**
 * What the lifecycle shows of the claim itself: its name, customer, products and, for Dynamics 365, the
 * subscription ID an approved claim shows (CAI#163). Computed from a claim draft and the sandbox it was made in
 * (the preset sandbox for a claim handed over by the claim simulator: the hand-over link carries the claim only).
 */
import { enteredSubscriptionId, findTenant, subscriptionsOf } from '../lookups.ts';
import { presetSandbox } from '../presets.ts';
import type { ClaimDraft, Sandbox } from '../schema.ts';

export interface ClaimSummary {
	readonly name: string;
	/** The tenant's company name when the sandbox knows it, otherwise the domain the partner typed. */
	readonly customer: string;
	readonly customerDomain: string;
	readonly tenantId: string;
	/** Product names (an id the catalogue doesn't know is shown as it is). */
	readonly products: readonly string[];
	readonly dynamics: boolean;
	/**
	 * The subscription ID: the one the partner entered, or else the only claimable subscription of the claimed
	 * Dynamics 365 product on the customer's tenant; `null` when neither exists.
	 */
	readonly subscriptionId: string | null;
	/** The comments added at submit (OSA#148). */
	readonly comments: string;
}

export function claimSummary(draft: ClaimDraft, sandbox: Sandbox = presetSandbox): ClaimSummary {
	const productIds = [...new Set(draft.products)];
	const products = productIds.map((id) => sandbox.products.find((product) => product.id === id));
	const dynamicsIds = productIds.filter((_, index) => products[index]?.dynamics === true);
	const entered = dynamicsIds.map((id) => enteredSubscriptionId(draft, id).trim()).find((id) => id !== '') ?? '';
	let subscriptionId: string | null = entered === '' ? null : entered;
	if (subscriptionId === null && dynamicsIds.length > 0) {
		const candidates = dynamicsIds.flatMap((id) =>
			subscriptionsOf(sandbox, draft.tenantId, id).filter(
				(subscription) => subscription.channel !== 'csp' && (subscription.status === 'active' || subscription.status === 'in-grace'),
			),
		);
		if (candidates.length === 1) subscriptionId = candidates[0]?.id ?? null;
	}
	return {
		name: draft.claimName.trim(),
		customer: findTenant(sandbox, draft.tenantId)?.companyName ?? draft.customerDomain.trim(),
		customerDomain: draft.customerDomain.trim(),
		tenantId: draft.tenantId.trim(),
		products: productIds.map((id, index) => products[index]?.name ?? id),
		dynamics: dynamicsIds.length > 0,
		subscriptionId,
		comments: draft.comments.trim(),
	};
}
