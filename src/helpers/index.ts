/**
 * The decision helpers ("Which activity do I choose?", "Which MPN do I choose?"): pure rules over the claim
 * engine's tables, their URL state, and the simulator links they lead to. Plain TypeScript; the words are
 * the messages `helpers.*` (`src/i18n/messages/<lang>/helpers.json`).
 */
export * from './activity.ts';
export * from './mpn.ts';
export * from './url.ts';
export { activityClaimQueries } from './claim-links.ts';

import { ACTIVITY_SECTION } from './activity.ts';
import { MPN_SECTION } from './mpn.ts';
import type { HelperName } from '../routes.ts';

/** The article section each helper turns into rules: its anchor and heading segment. */
export const helperSections: Readonly<Record<HelperName, { readonly anchor: string; readonly segment: number }>> = {
	activity: ACTIVITY_SECTION,
	mpn: MPN_SECTION,
};
