/**
 * Reading the claim the claim simulator hands over (`?claim=…`): base64url JSON checked by the claim engine's
 * own `parseDraft`. Never throws. The island loads this module only when a link carries a claim, because the
 * claim schemas bring zod's full build with them.
 */
import { decodeJson } from '../base64-json.ts';
import { parseDraft, parseSandbox } from '../schema.ts';
import { presetSandbox } from '../presets.ts';
import { claimSummary, type ClaimSummary } from './claim-summary.ts';

/**
 * The summary of the handed-over claim, judged against the sandbox it was checked against (`sandboxParam`, the claim
 * simulator's `sandbox` parameter; the sample sandbox without one), or `null` when a parameter isn't readable.
 */
export function readHandedOverClaim(param: string, sandboxParam: string | null = null): ClaimSummary | null {
	const decoded = decodeJson(param);
	if (!decoded.ok) return null;
	const draft = parseDraft(decoded.value);
	if (!draft.ok) return null;
	if (sandboxParam === null) return claimSummary(draft.value, presetSandbox);
	const sandboxJson = decodeJson(sandboxParam);
	const sandbox = sandboxJson.ok ? parseSandbox(sandboxJson.value) : null;
	return sandbox?.ok ? claimSummary(draft.value, sandbox.value) : null;
}
