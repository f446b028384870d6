/**
 * The link from a submitted claim in the claim simulator to the lifecycle simulator. Kept apart from
 * `url-state.ts` (which re-exports it): it needs no schema, so the claim simulator's island can build the
 * link without loading zod.
 */
import { compactJson, encodeJson } from '../base64-json.ts';
import type { ClaimDraft } from '../schema.ts';

/**
 * The query (`claim=…&submitted=YYYY-MM-DD`) of the link the claim simulator shows once a claim is
 * Submitted: `withQuery(lifecycleHref, lifecycleQuery(draft, submitted))` (`src/routes.ts`).
 */
export function lifecycleQuery(draft: ClaimDraft, submitted: string): URLSearchParams {
	return new URLSearchParams({ claim: encodeJson(compactJson(draft) ?? {}), submitted });
}
