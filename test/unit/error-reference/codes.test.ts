import { describe, expect, it } from 'vitest';
import { claimErrorCodes } from '../../../src/claim/index.ts';
import { errorCodeFromSlug, errorsByStep, referencedErrorCodes } from '../../../src/error-reference/codes.ts';
import { errorSlug, routes } from '../../../src/routes.ts';

describe('error reference', () => {
	it('has a page for every error a partner can meet, and not for the simulator-only one', () => {
		expect(referencedErrorCodes).not.toContain('INPUT_NOT_READABLE');
		expect(referencedErrorCodes.length).toBe(claimErrorCodes.length - 1);
	});

	it('gives every code a readable slug that leads back to it', () => {
		expect(routes.error('DOMAIN_TENANT_MISMATCH')).toBe('errors/domain-tenant-mismatch/');
		for (const code of referencedErrorCodes) expect(errorCodeFromSlug(errorSlug(code))).toBe(code);
		expect(errorCodeFromSlug('no-such-error')).toBeUndefined();
	});

	it('lists every referenced code once, grouped by step in flow order', () => {
		const listed = errorsByStep().flatMap((group) => group.codes);
		expect([...listed].sort()).toEqual([...referencedErrorCodes].sort());
		expect(errorsByStep()[0]?.step).toBe('mpn');
	});
});
