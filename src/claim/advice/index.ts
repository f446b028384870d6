/**
 * The decision helpers ("Which activity do I choose?", "Which MPN do I choose?"): pure rules over the claim
 * engine's tables, their URL state, and the simulator links they lead to.
 */
export * from './activity.ts';
export * from './mpn.ts';
export * from './url.ts';
export { activityClaimQueries, type ActivityClaimQueries } from './claim-links.ts';
