/**
 * The empty claim draft, written out so that the rules and the simulator island don't need zod for it.
 * A unit test keeps it equal to what `parseDraft({})` (schema.ts) gives.
 */
import type { ClaimDraft } from './schema.ts';

/** A draft with nothing filled in. */
export function emptyDraft(): ClaimDraft {
	return {
		mpnId: '',
		customerDomain: '',
		tenantId: '',
		solutionArea: null,
		activity: null,
		products: [],
		contacts: {
			customer: { name: '', title: '', email: '' },
			technical: { name: '', title: '', email: '' },
			company: { name: '', email: '' },
		},
		claimName: '',
		subscriptionIds: {},
		revenueAssociation: { solutionSellerName: '', customerName: '', isvProductName: '' },
		proofOfExecution: null,
		comments: '',
	};
}
