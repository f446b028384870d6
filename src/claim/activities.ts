/**
 * Which activity applies to which solution area, and how the customer must have bought the products for it
 * (the table of "Which activity do I choose?", CAI#137–153; fact sheet §6).
 */
import type { Activity, PurchaseChannel, SolutionArea } from './schema.ts';

/** The activities each solution area offers, in the article's order. */
export const activitiesBySolutionArea: Readonly<Record<SolutionArea, readonly Activity[]>> = {
	'business-applications': ['presales', 'usage', 'revenue-association'],
	'microsoft-365': ['usage'],
};

/**
 * The purchase channels that make an activity applicable: every Business Applications activity is "only
 * applicable if the customer purchased these products via Volume Licensing agreement or Web-Direct"
 * (CAI#143, #146, #150). The article states no channel condition for Microsoft 365 Usage (`null`).
 */
export const eligibleChannelsBySolutionArea: Readonly<Record<SolutionArea, readonly PurchaseChannel[] | null>> = {
	'business-applications': ['volume-licensing', 'web-direct'],
	'microsoft-365': null,
};

export function isActivityOffered(solutionArea: SolutionArea, activity: Activity): boolean {
	return activitiesBySolutionArea[solutionArea].includes(activity);
}
