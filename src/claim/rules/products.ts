/**
 * Step "products": at least one product, each of the chosen solution area. Two warnings: a Business
 * Applications product the customer didn't buy via Volume Licensing or Web-Direct, for which the activities are
 * "only applicable" to those purchases (CAI#143, #146, #150; that the flow checks it is not documented), and a
 * product other than Dynamics 365 that another partner already holds (competing claims go through arbitration,
 * CAI#166–172). A Dynamics 365 subscription that is already claimed is a subscription error instead (CAI#123,
 * step "subscription"), whatever the number of the customer's subscriptions.
 */
import { eligibleChannelsBySolutionArea } from '../activities.ts';
import { claimError, type ClaimError } from '../errors.ts';
import { chosenProductIds, findProduct, subscriptionsOf } from '../lookups.ts';
import type { ClaimDraft, Product, Sandbox } from '../schema.ts';

export function checkProducts(draft: ClaimDraft, sandbox: Sandbox): ClaimError[] {
	const ids = chosenProductIds(draft);
	if (ids.length === 0) return [claimError('PRODUCT_REQUIRED', 'products', ['products'])];

	const problems: ClaimError[] = [];
	const fitting: Product[] = [];
	for (const id of ids) {
		const product = findProduct(sandbox, id);
		if (product === undefined || (draft.solutionArea !== null && product.solutionArea !== draft.solutionArea)) {
			problems.push(claimError('PRODUCT_NOT_IN_SOLUTION_AREA', 'products', ['products'], { product: id }));
		} else {
			fitting.push(product);
		}
	}

	const channels = draft.solutionArea === null ? null : eligibleChannelsBySolutionArea[draft.solutionArea];
	if (channels !== null && draft.activity !== null) {
		for (const product of fitting) {
			const subscriptions = subscriptionsOf(sandbox, draft.tenantId, product.id);
			// No subscription at all is a different problem (SUBSCRIPTION_PRODUCT_NOT_ON_TENANT, step "subscription").
			if (subscriptions.length > 0 && !subscriptions.some((subscription) => channels.includes(subscription.channel))) {
				problems.push(
					claimError('ACTIVITY_CHANNEL_NOT_ELIGIBLE', 'products', ['activity', 'products'], {
						product: product.id,
						activity: draft.activity,
					}),
				);
			}
		}
	}

	// A Dynamics 365 product's subscription is checked at step "subscription" (CAI#123).
	for (const product of fitting) {
		if (product.dynamics) continue;
		if (subscriptionsOf(sandbox, draft.tenantId, product.id).some((subscription) => subscription.alreadyClaimed)) {
			problems.push(claimError('COMPETING_CLAIM', 'products', ['products'], { product: product.id }));
		}
	}
	return problems;
}
