/**
 * The claim engine's public API: the plain-TypeScript domain layer that the claim simulator, the error
 * reference pages and the lifecycle helpers share. No Astro or Preact imports anywhere under `src/claim/`.
 */
export * from './schema.ts';
export * from './flow.ts';
export * from './errors.ts';
export { claimErrorCatalog, catalogEntry, errorTitleKey } from './catalog.ts';
export { errorMessageKey } from './error-messages.ts';
export { claimPresets, presetMpnIds, presetTenants } from './presets.ts';
export { addBusinessDays } from './business-days.ts';
export * from './catalog-schema.ts';
