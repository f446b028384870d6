/**
 * The error reference: which catalog codes get a page, and their order (grouped by the step that reports
 * them, in flow order). Their URLs are `routes.error(code)` (`src/routes.ts`). Plain TypeScript over the
 * claim engine's catalog, shared by the pages, the sidebar and tests.
 */
import { claimErrorCatalog } from '../claim/catalog.ts';
import { claimErrorCodes, type ClaimErrorCode } from '../claim/errors.ts';
import { claimStepIds, type ClaimStepId } from '../claim/flow.ts';
import { errorSlug } from '../routes.ts';

/** Codes a partner can meet in the claim flow. `INPUT_NOT_READABLE` is the simulator's own, not the portal's. */
export const referencedErrorCodes: readonly ClaimErrorCode[] = claimErrorCodes.filter((code) => code !== 'INPUT_NOT_READABLE');

/** The code whose page has this URL segment (`domain-tenant-mismatch`), if any. */
export function errorCodeFromSlug(slug: string): ClaimErrorCode | undefined {
	return referencedErrorCodes.find((code) => errorSlug(code) === slug);
}

/** Codes grouped by the claim step that reports them, in flow order. */
export function errorsByStep(): Array<{ step: ClaimStepId; codes: ClaimErrorCode[] }> {
	return claimStepIds
		.map((step) => ({ step, codes: referencedErrorCodes.filter((code) => claimErrorCatalog[code].step === step) }))
		.filter((group) => group.codes.length > 0);
}
