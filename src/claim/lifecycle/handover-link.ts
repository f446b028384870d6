/**
 * The link from a submitted claim in the claim simulator to the lifecycle simulator. Kept apart from
 * `url-state.ts` (which re-exports it): it needs no schema, so the claim simulator's island can build the
 * link without loading zod.
 */
import { compactJson, encodeJson } from '../base64-json.ts';
import type { ClaimDraft } from '../schema.ts';

/**
 * The query (`claim=…&submitted=YYYY-MM-DD`, and `sandbox=…` when the reader edited the sandbox) of the link the claim
 * simulator shows once a claim is Submitted: `withQuery(lifecycleHref, lifecycleQuery(draft, submitted, sandbox))`
 * (`src/routes.ts`). `sandbox` is the claim simulator's own `sandbox` parameter (`url-encoding.ts`): the lifecycle
 * judges the claim against the sandbox it was checked against (#14 eleventh review: the sample sandbox's competing
 * claim, or its absence, contradicted the reader's edits).
 */
export function lifecycleQuery(draft: ClaimDraft, submitted: string, sandbox: string | null = null): URLSearchParams {
	const params = new URLSearchParams({ claim: encodeJson(compactJson(draft) ?? {}), submitted });
	if (sandbox !== null) params.set('sandbox', sandbox);
	return params;
}
