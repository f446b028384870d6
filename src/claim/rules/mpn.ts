/**
 * Step "MPN ID": an MPN ID of your company is chosen; warnings for one that isn't enrolled in an incentive
 * program (CAI#157, #161) and for one with a partner type the real flow doesn't show (CAI#156–157).
 */
import { claimError, type ClaimError } from '../errors.ts';
import { isFilled } from '../format.ts';
import { findMpn } from '../lookups.ts';
import type { ClaimDraft, Sandbox } from '../schema.ts';

export function checkMpn(draft: ClaimDraft, sandbox: Sandbox): ClaimError[] {
	if (!isFilled(draft.mpnId)) return [claimError('MPN_REQUIRED', 'mpn', ['mpnId'])];
	const mpn = findMpn(sandbox, draft.mpnId);
	if (mpn === undefined) return [claimError('MPN_UNKNOWN', 'mpn', ['mpnId'], { mpnId: draft.mpnId })];
	const problems: ClaimError[] = [];
	if (!mpn.enrolledInIncentives) problems.push(claimError('MPN_NOT_ENROLLED', 'mpn', ['mpnId'], { mpnId: mpn.id }));
	if (mpn.partnerType !== undefined && isFilled(mpn.partnerType)) {
		problems.push(claimError('MPN_PARTNER_TYPE_NOT_SHOWN', 'mpn', ['mpnId'], { mpnId: mpn.id, partnerType: mpn.partnerType }));
	}
	return problems;
}
