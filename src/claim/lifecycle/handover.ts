/**
 * Reading the claim the claim simulator hands over (`?claim=…`): base64url JSON checked by the claim engine's
 * own `parseDraft`. Never throws. The island loads this module only when a link carries a claim, because the
 * claim schemas bring zod's full build with them.
 */
import { decodeJson } from '../base64-json.ts';
import { parseDraft } from '../schema.ts';
import { claimSummary, type ClaimSummary } from './claim-summary.ts';

/** The summary of the handed-over claim, or `null` when the parameter isn't a claim. */
export function readHandedOverClaim(param: string): ClaimSummary | null {
	const decoded = decodeJson(param);
	if (!decoded.ok) return null;
	const draft = parseDraft(decoded.value);
	return draft.ok ? claimSummary(draft.value) : null;
}
