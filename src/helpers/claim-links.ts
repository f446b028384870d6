/**
 * "Start a claim with this choice" for the activity helper: the claim simulator's query for every solution
 * area and activity it offers, computed where the claim schemas are at hand (the page's build), so the island
 * only looks its answer up. The MPN helper builds its own (`mpnClaimQuery`), as it depends on the reader's list.
 */
import { activitiesBySolutionArea } from '../claim/activities.ts';
import { activityClaimKey } from './activity.ts';
import { emptyDraft, type Activity, type SolutionArea } from '../claim/schema.ts';
import { draftQuery } from '../claim/url-state.ts';

/**
 * `business-applications/presales` → `{ draft: '…', step: 'activity' }`: query parameters as a record, as the
 * table travels in the island's props (JSON); the island puts one on the simulator's path with `withQuery`.
 */
export type ActivityClaimQueries = Readonly<Record<string, Readonly<Record<string, string>>>>;

/** The claim simulator's query for every solution area and activity the activity helper offers. */
export function activityClaimQueries(): ActivityClaimQueries {
	return Object.fromEntries(
		(Object.entries(activitiesBySolutionArea) as Array<[SolutionArea, readonly Activity[]]>).flatMap(([solutionArea, activities]) =>
			activities.map((activity) => [
				activityClaimKey(solutionArea, activity),
				Object.fromEntries(draftQuery({ ...emptyDraft(), solutionArea, activity }, 'activity')),
			]),
		),
	);
}
