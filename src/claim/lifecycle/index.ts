/**
 * The claim lifecycle simulator's engine: statuses, events and reasons (schema), deadlines (rules), the
 * transition table and its fold (transitions), the reasons' sources, the message keys of its words, presets,
 * the claim summary, the URL state and the simulator's state (simulator).
 * Plain TypeScript; no Astro or Preact imports. `handover.ts` is left out on purpose: it brings the claim
 * schemas (zod's full build), so the island loads it on demand.
 */
export * from './schema.ts';
export * from './rules.ts';
export * from './transitions.ts';
export * from './reasons.ts';
export * from './bases.ts';
export * from './message-keys.ts';
export * from './presets.ts';
export * from './url-state.ts';
export * from './simulator.ts';
export * from './actors.ts';
export { claimSummary } from './claim-summary.ts';
