/**
 * The claim lifecycle simulator's engine: statuses, events and reasons (schema), deadlines (rules), the
 * transition table and its fold (transitions), localized texts, presets, the claim summary and the URL state.
 * Plain TypeScript; no Astro or Preact imports. `handover.ts` is left out on purpose: it brings the claim
 * schemas (zod's full build), so the island loads it on demand.
 */
export * from './schema.ts';
export * from './rules.ts';
export * from './transitions.ts';
export * from './texts.ts';
export * from './presets.ts';
export * from './url-state.ts';
export { claimSummary, claimFacts, type ClaimSummary } from './claim-summary.ts';
