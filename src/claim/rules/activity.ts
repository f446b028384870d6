/**
 * Step "solution area, activity and claim name": both choices are made and fit together (Microsoft 365 offers
 * Usage only, CAI#137–153), the claim has a name (OSA#123), and a Revenue association claim has its extra
 * fields (OSA#127; that they are required is a simulator assumption).
 */
import { isActivityOffered } from '../activities.ts';
import { claimError, type ClaimError } from '../errors.ts';
import { isFilled } from '../format.ts';
import type { ClaimDraft, DraftField } from '../schema.ts';

export function checkActivity(draft: ClaimDraft): ClaimError[] {
	const problems: ClaimError[] = [];
	if (draft.solutionArea === null) problems.push(claimError('SOLUTION_AREA_REQUIRED', 'activity', ['solutionArea']));
	if (draft.activity === null) problems.push(claimError('ACTIVITY_REQUIRED', 'activity', ['activity']));
	if (draft.solutionArea !== null && draft.activity !== null && !isActivityOffered(draft.solutionArea, draft.activity)) {
		problems.push(
			claimError('ACTIVITY_NOT_FOR_SOLUTION_AREA', 'activity', ['solutionArea', 'activity'], {
				solutionArea: draft.solutionArea,
				activity: draft.activity,
			}),
		);
	}
	if (!isFilled(draft.claimName)) problems.push(claimError('CLAIM_NAME_REQUIRED', 'activity', ['claimName']));
	if (draft.activity === 'revenue-association') {
		const details = draft.revenueAssociation;
		const missing: DraftField[] = [];
		if (!isFilled(details.solutionSellerName)) missing.push('revenueAssociation.solutionSellerName');
		if (!isFilled(details.customerName)) missing.push('revenueAssociation.customerName');
		if (!isFilled(details.isvProductName)) missing.push('revenueAssociation.isvProductName');
		if (missing.length > 0) problems.push(claimError('REVENUE_ASSOCIATION_FIELD_REQUIRED', 'activity', missing));
	}
	return problems;
}
