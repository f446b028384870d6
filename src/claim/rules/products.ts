/**
 * Step "products": at least one product, each of the chosen solution area; for Business Applications, each
 * bought via Volume Licensing or Web-Direct (CAI#143, #146, #150); a warning when another partner already
 * holds a product (competing claims, CAI#166–172).
 */
import { eligibleChannelsBySolutionArea } from '../activities.ts';
import { claimError, type ClaimError } from '../errors.ts';
import { chosenProductIds, findProduct, productsAskingForSubscription, subscriptionsOf } from '../lookups.ts';
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

	// Where the flow asks for the subscription, a claimed one is an error of that step instead.
	const asking = new Set(productsAskingForSubscription(draft, sandbox).map((product) => product.id));
	for (const product of fitting) {
		if (asking.has(product.id)) continue;
		if (subscriptionsOf(sandbox, draft.tenantId, product.id).some((subscription) => subscription.alreadyClaimed)) {
			problems.push(claimError('COMPETING_CLAIM', 'products', ['products'], { product: product.id }));
		}
	}
	return problems;
}
