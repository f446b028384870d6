/**
 * What the lifecycle shows of the claim itself: its name, customer, products and, for each Dynamics 365 product,
 * the subscription ID an approved claim shows (CAI#163), and whether the claim simulator warned of a competing claim.
 * Computed from a claim draft and the sandbox it was made in (the preset sandbox for a claim handed over by the claim
 * simulator: the hand-over link carries the claim only, so a link shared before the competing fact existed gets it too).
 */
import { enteredSubscriptionId, findTenant, subscriptionsOf } from '../lookups.ts';
import { presetSandbox } from '../presets.ts';
import type { ClaimDraft, Sandbox } from '../schema.ts';
import { validateClaim } from '../steps.ts';

/** The subscription of one claimed Dynamics 365 product. */
interface ClaimedSubscription {
	/** The product's name. */
	readonly product: string;
	/**
	 * `true` when the flow asked for the subscription ID: the customer has several subscriptions of the product
	 * (OSA#145). Otherwise the flow checked the customer's only subscription itself (the claim simulator's assumption).
	 */
	readonly asked: boolean;
	/**
	 * The ID the partner entered or, when the flow didn't ask, the customer's only subscription of the product in the
	 * sandbox if it can be claimed (active or in grace, not CSP); `null` when the simulator knows neither.
	 */
	readonly id: string | null;
}

export interface ClaimSummary {
	readonly name: string;
	/** The tenant's company name when the sandbox knows it, otherwise the domain the partner typed. */
	readonly customer: string;
	readonly customerDomain: string;
	readonly tenantId: string;
	/** Product names (an id the catalogue doesn't know is shown as it is). */
	readonly products: readonly string[];
	/** Some product is a Dynamics 365 product. */
	readonly dynamics: boolean;
	/** Every product is a Dynamics 365 product (and there is one at least). */
	readonly dynamicsOnly: boolean;
	/**
	 * The claim simulator warns COMPETING_CLAIM for this claim: another partner already claims one of its products for
	 * the same customer, so the claim goes through arbitration (CAI#166, CAI#168). The lifecycle starts with it.
	 */
	readonly competing: boolean;
	/** One per Dynamics 365 product, in the order the products were chosen (OSA#145 asks one per product). */
	readonly subscriptions: readonly ClaimedSubscription[];
	/** The comments added at submit (OSA#148). */
	readonly comments: string;
}

function claimedSubscription(draft: ClaimDraft, sandbox: Sandbox, productId: string, name: string): ClaimedSubscription {
	const owned = subscriptionsOf(sandbox, draft.tenantId, productId);
	if (owned.length > 1) {
		const entered = enteredSubscriptionId(draft, productId).trim();
		return { product: name, asked: true, id: entered === '' ? null : entered };
	}
	const only = owned.find(
		(subscription) => subscription.channel !== 'csp' && (subscription.status === 'active' || subscription.status === 'in-grace'),
	);
	return { product: name, asked: false, id: only?.id ?? null };
}

export function claimSummary(draft: ClaimDraft, sandbox: Sandbox = presetSandbox): ClaimSummary {
	const productIds = [...new Set(draft.products)];
	const products = productIds.map((id) => sandbox.products.find((product) => product.id === id));
	const names = productIds.map((id, index) => products[index]?.name ?? id);
	const subscriptions = productIds.flatMap((id, index) =>
		products[index]?.dynamics === true ? [claimedSubscription(draft, sandbox, id, names[index] ?? id)] : [],
	);
	return {
		name: draft.claimName.trim(),
		customer: findTenant(sandbox, draft.tenantId)?.companyName ?? draft.customerDomain.trim(),
		customerDomain: draft.customerDomain.trim(),
		tenantId: draft.tenantId.trim(),
		products: names,
		dynamics: subscriptions.length > 0,
		dynamicsOnly: subscriptions.length > 0 && subscriptions.length === productIds.length,
		competing: validateClaim(draft, sandbox).warnings.some((warning) => warning.code === 'COMPETING_CLAIM'),
		subscriptions,
		comments: draft.comments.trim(),
	};
}
