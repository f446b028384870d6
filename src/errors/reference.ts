/**
 * The error reference: which catalog codes get a page, their URL slugs, and their order.
 * Plain TypeScript over the claim engine's catalog, shared by the pages, the sidebar and tests.
 */
import { claimErrorCatalog, claimErrorCodes, claimStepIds, type ClaimErrorCode } from '../claim/index.ts';

/** Codes a partner can meet in the claim flow. `INPUT_NOT_READABLE` is the simulator's own, not the portal's. */
export const referencedErrorCodes: readonly ClaimErrorCode[] = claimErrorCodes.filter((code) => code !== 'INPUT_NOT_READABLE');

/** `DOMAIN_TENANT_MISMATCH` → `domain-tenant-mismatch`. */
export function errorSlug(code: ClaimErrorCode): string {
	return code.toLowerCase().replaceAll('_', '-');
}

export function errorCodeFromSlug(slug: string): ClaimErrorCode | undefined {
	return referencedErrorCodes.find((code) => errorSlug(code) === slug);
}

/** The reference pages' path below a locale prefix: `errors/domain-tenant-mismatch/`. */
export function errorPath(code: ClaimErrorCode): string {
	return `errors/${errorSlug(code)}/`;
}

/** Codes grouped by the claim step that reports them, in flow order. */
export function errorsByStep(): Array<{ step: (typeof claimStepIds)[number]; codes: ClaimErrorCode[] }> {
	return claimStepIds
		.map((step) => ({ step, codes: referencedErrorCodes.filter((code) => claimErrorCatalog[code].step === step) }))
		.filter((group) => group.codes.length > 0);
}
