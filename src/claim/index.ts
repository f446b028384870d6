/**
 * The claim engine's public API: the plain-TypeScript domain layer that the claim simulator, the error
 * reference pages and the lifecycle helpers share. No Astro or Preact imports anywhere under `src/claim/`.
 */
export * from './schema.ts';
export * from './flow.ts';
export * from './errors.ts';
export * from './localized.ts';
export { claimErrorCatalog, catalogEntry, errorText, SUPPORT_URL, INCENTIVES_OVERVIEW_URL } from './catalog.ts';
export { validateStep, validateClaim, type StepResult, type ClaimResult } from './steps.ts';
export { activitiesBySolutionArea, eligibleChannelsBySolutionArea, isActivityOffered } from './activities.ts';
export { productCatalogue, type CatalogueProductId } from './products.ts';
export { productsAskingForSubscription, isSubscriptionAsked, isDynamicsSubscription } from './lookups.ts';
export { claimPresets, findPreset, presetSandbox, presetMpnIds, presetTenants, presetSubscriptions, type ClaimPreset } from './presets.ts';
export { addBusinessDays, isBusinessDay, isIsoDate } from './business-days.ts';
export {
	SIMULATOR_PATH,
	decodeState,
	encodeState,
	initialState,
	presetQuery,
	draftQuery,
	type SimulatorState,
	type DecodedState,
	type StateParam,
} from './url-state.ts';
export * from './catalog-schema.ts';
