/**
 * Step "customer": the domain (subdomain) and the tenant ID are given, the tenant ID looks like one, and the
 * two match: the domain is a verified domain of that tenant (CAI#111–113).
 */
import { claimError, type ClaimError } from '../errors.ts';
import { isFilled, isGuid, normalizeDomain } from '../format.ts';
import { findTenant } from '../lookups.ts';
import type { ClaimDraft, Sandbox } from '../schema.ts';

export function checkCustomer(draft: ClaimDraft, sandbox: Sandbox): ClaimError[] {
	const problems: ClaimError[] = [];
	if (!isFilled(draft.customerDomain)) problems.push(claimError('CUSTOMER_DOMAIN_REQUIRED', 'customer', ['customerDomain']));
	if (!isFilled(draft.tenantId)) problems.push(claimError('TENANT_ID_REQUIRED', 'customer', ['tenantId']));
	else if (!isGuid(draft.tenantId)) problems.push(claimError('TENANT_ID_NOT_GUID', 'customer', ['tenantId']));
	if (problems.length > 0) return problems;

	if (!domainMatchesTenant(draft.customerDomain, draft.tenantId, sandbox)) {
		problems.push(
			claimError('DOMAIN_TENANT_MISMATCH', 'customer', ['customerDomain', 'tenantId'], {
				domain: draft.customerDomain.trim(),
				tenantId: draft.tenantId.trim(),
			}),
		);
	}
	return problems;
}

/** True when the domain is one of the verified domains of the tenant with this ID. */
function domainMatchesTenant(domain: string, tenantId: string, sandbox: Sandbox): boolean {
	const wanted = normalizeDomain(domain);
	const tenant = findTenant(sandbox, tenantId);
	return tenant !== undefined && tenant.domains.some((verified) => normalizeDomain(verified) === wanted);
}
