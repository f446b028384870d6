/**
 * The shapes of the claim simulator: the sandbox (your MPN IDs, customer tenants, product catalogue and the
 * customers' subscriptions) and the claim draft the partner fills in. zod schemas, types inferred from them.
 *
 * `parseSandbox` and `parseDraft` are the boundary: they take any JSON (or anything at all) and return either a
 * typed value or the list of problems, and never throw. A draft may be incomplete (empty strings, no
 * products): saying what is missing is the job of the flow's steps (`steps.ts`), not of the schema.
 * Fact sheet §4 lists the fields of the flow. The choices (`choices.ts`) and the empty draft (`draft.ts`) live in
 * zod-free modules, so the simulator island can validate claims without loading zod until it parses a link.
 */
// zod/mini: the same schemas at a fraction of the bytes, since the simulator island parses URL state in the browser.
import * as z from 'zod/mini';
import { activities, purchaseChannels, solutionAreas, subscriptionStatuses } from './choices.ts';
import { GUID_PATTERN, MPN_ID_PATTERN, normalizeDomain, normalizeId } from './format.ts';

export * from './choices.ts';
export { emptyDraft } from './draft.ts';

// ---------------------------------------------------------------------------------------------
// Choices of the flow
// ---------------------------------------------------------------------------------------------

// ---------------------------------------------------------------------------------------------
// Sandbox
// ---------------------------------------------------------------------------------------------

const nonBlank = z.string().check(z.trim(), z.minLength(1));

/**
 * The problems of an input that the claim simulator words in the reader's language, by a stable code that an
 * issue carries (`InputIssue.problem`); its English `message` is for developers only.
 */
export const inputProblems = [
	'duplicateMpn',
	'duplicateTenant',
	'duplicateSubscription',
	'domainInSeveralTenants',
	'mpnDigitsOnly',
	'notGuid',
] as const;
export type InputProblem = (typeof inputProblems)[number];

/** A string matching `pattern`, or an issue with the code `problem` and the English `message`. */
function matching(pattern: RegExp, problem: InputProblem, message: string) {
	return z.string().check(z.refine((value) => pattern.test(value), { message, params: { problem } }));
}

const guid = matching(GUID_PATTERN, 'notGuid', 'expected a GUID such as 00000000-0000-0000-0000-000000000000');

/** One product of the catalogue. `dynamics` marks Dynamics 365 products (subscription checks, technical contact). */
const productSchema = z.object({
	id: z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lower-case id such as dynamics-365-sales')),
	name: nonBlank,
	solutionArea: z.enum(solutionAreas),
	dynamics: z.boolean(),
});
export type Product = z.infer<typeof productSchema>;

/** One MPN ID of the partner (a partner location). */
export const mpnIdSchema = z.object({
	id: matching(MPN_ID_PATTERN, 'mpnDigitsOnly', 'an MPN ID is digits only'),
	name: nonBlank,
	/** The flow shows which MPNs are enrolled in an incentive program (CAI#157). */
	enrolledInIncentives: z.boolean(),
	/** A partner type such as `FRP FastTrack`; the flow doesn't show it (CAI#156–157). */
	partnerType: z.optional(nonBlank),
	location: z.optional(nonBlank),
});
export type MpnId = z.infer<typeof mpnIdSchema>;

/** A customer's Azure AD tenant with its verified domains and subdomains (e.g. `contoso.onmicrosoft.com`). */
const customerTenantSchema = z.object({
	tenantId: guid,
	companyName: nonBlank,
	domains: z.array(nonBlank).check(z.minLength(1)),
});
export type CustomerTenant = z.infer<typeof customerTenantSchema>;

/**
 * A customer's subscription of one product. Whether it is a Dynamics subscription is not stored here: it
 * follows from the product (`Product.dynamics`), so the two can't disagree.
 */
const subscriptionSchema = z.object({
	id: guid,
	tenantId: guid,
	/** A product id of the sandbox's catalogue. */
	product: nonBlank,
	channel: z.enum(purchaseChannels),
	status: z.enum(subscriptionStatuses),
	/** Already in another CPOR association claim (CAI#123). */
	alreadyClaimed: z.boolean(),
});
export type Subscription = z.infer<typeof subscriptionSchema>;

const sandboxShape = z.object({
	/** The partner company the MPN IDs belong to. */
	partnerName: nonBlank,
	mpnIds: z.array(mpnIdSchema).check(z.minLength(1)),
	customerTenants: z.array(customerTenantSchema),
	products: z.array(productSchema).check(z.minLength(1)),
	subscriptions: z.array(subscriptionSchema),
});

export const sandboxSchema = sandboxShape.check(
	z.superRefine(checkReferences, {
		// Cross-references are checked only once every field is well-formed.
		when: (payload) => payload.issues.length === 0,
	}),
);
export type Sandbox = z.infer<typeof sandboxSchema>;

/** Unique IDs, a domain verified in one tenant only (as in Azure AD), subscriptions of known tenants and products. */
function checkReferences(sandbox: z.output<typeof sandboxShape>, context: z.core.$RefinementCtx<z.output<typeof sandboxShape>>): void {
	const issue = (path: (string | number)[], message: string, problem?: InputProblem) =>
		context.addIssue({ code: 'custom', path, message, ...(problem && { params: { problem } }) });
	duplicates(sandbox.mpnIds.map((mpn) => mpn.id)).forEach((index) => issue(['mpnIds', index, 'id'], 'duplicate MPN ID', 'duplicateMpn'));
	duplicates(sandbox.products.map((product) => product.id)).forEach((index) => issue(['products', index, 'id'], 'duplicate product id'));
	duplicates(sandbox.customerTenants.map((tenant) => normalizeId(tenant.tenantId))).forEach((index) =>
		issue(['customerTenants', index, 'tenantId'], 'duplicate tenant ID', 'duplicateTenant'),
	);
	duplicates(sandbox.subscriptions.map((subscription) => normalizeId(subscription.id))).forEach((index) =>
		issue(['subscriptions', index, 'id'], 'duplicate subscription ID', 'duplicateSubscription'),
	);
	const domains = sandbox.customerTenants.flatMap((tenant, tenantIndex) =>
		tenant.domains.map((domain, domainIndex) => ({
			name: normalizeDomain(domain),
			path: ['customerTenants', tenantIndex, 'domains', domainIndex],
		})),
	);
	duplicates(domains.map((domain) => domain.name)).forEach((index) =>
		issue(domains[index]?.path ?? [], 'domain verified in more than one tenant', 'domainInSeveralTenants'),
	);
	const tenantIds = new Set(sandbox.customerTenants.map((tenant) => normalizeId(tenant.tenantId)));
	const productIds = new Set(sandbox.products.map((product) => product.id));
	sandbox.subscriptions.forEach((subscription, index) => {
		if (!tenantIds.has(normalizeId(subscription.tenantId))) issue(['subscriptions', index, 'tenantId'], 'no customer tenant has this ID');
		if (!productIds.has(subscription.product)) issue(['subscriptions', index, 'product'], 'not a product of the catalogue');
	});
}

/** Indexes of the values that already occurred earlier in the list. */
function duplicates(values: readonly string[]): number[] {
	const seen = new Set<string>();
	return values.flatMap((value, index) => {
		if (seen.has(value)) return [index];
		seen.add(value);
		return [];
	});
}

// ---------------------------------------------------------------------------------------------
// Claim draft
// ---------------------------------------------------------------------------------------------

/** A text field of the flow; missing means not filled in yet. */
const text = z._default(z.string(), '');

const personContactSchema = z.object({ name: text, title: text, email: text });

const companyContactSchema = z.object({ name: text, email: text });

/** Fact sheet §4 (OSA#120–122). */
const claimContactsSchema = z.object({
	/** Your customer's contact: name, title, email. */
	customer: z.prefault(personContactSchema, {}),
	/** Your customer's technical contact: asked for Dynamics 365 only. */
	technical: z.prefault(personContactSchema, {}),
	/** Your own company's contact: name, email. */
	company: z.prefault(companyContactSchema, {}),
});
export type ClaimContacts = z.infer<typeof claimContactsSchema>;

/** Asked only when the activity is Revenue association (OSA#127). */
const revenueAssociationSchema = z.object({
	solutionSellerName: text,
	customerName: text,
	isvProductName: text,
});

/** The PoE file as the simulator knows it: name and size only, never the content (nothing is uploaded). */
const proofOfExecutionSchema = z.object({
	fileName: nonBlank,
	sizeBytes: z.int().check(z.minimum(0)),
});

export const claimDraftSchema = z.object({
	mpnId: text,
	customerDomain: text,
	tenantId: text,
	solutionArea: z._default(z.nullable(z.enum(solutionAreas)), null),
	activity: z._default(z.nullable(z.enum(activities)), null),
	/** Product ids of the catalogue. */
	products: z._default(z.array(z.string()), []),
	contacts: z.prefault(claimContactsSchema, {}),
	/** The Name you create for the claim (OSA#123). */
	claimName: text,
	/**
	 * The subscription ID entered per product id: asked for each Dynamics 365 product with multiple subscriptions
	 * for the customer (OSA#145).
	 */
	subscriptionIds: z._default(z.record(z.string(), z.string()), {}),
	revenueAssociation: z.prefault(revenueAssociationSchema, {}),
	proofOfExecution: z._default(z.nullable(proofOfExecutionSchema), null),
	comments: text,
});
/** A claim as the partner fills it in. */
export type ClaimDraft = z.infer<typeof claimDraftSchema>;

// ---------------------------------------------------------------------------------------------
// The boundary
// ---------------------------------------------------------------------------------------------

/**
 * One problem with an input: where (`mpnIds.2.id`, `''` for the whole input), what, in English, and, for the
 * problems a reader can cause in the sandbox editor, their code (`inputProblems`).
 */
export interface InputIssue {
	readonly path: string;
	readonly message: string;
	readonly problem?: InputProblem;
}

export type ParseResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issues: readonly InputIssue[] };

/** Any input to a sandbox, or the reasons it isn't one. Never throws. */
export function parseSandbox(input: unknown): ParseResult<Sandbox> {
	return safeParse(sandboxSchema, input);
}

/** Any input to a claim draft (missing fields are blank), or the reasons it isn't one. Never throws. */
export function parseDraft(input: unknown): ParseResult<ClaimDraft> {
	return safeParse(claimDraftSchema, input);
}

function safeParse<T>(schema: z.ZodMiniType<T>, input: unknown): ParseResult<T> {
	try {
		const result = schema.safeParse(input);
		if (result.success) return { ok: true, value: result.data };
		return {
			ok: false,
			issues: result.error.issues.map((issue) => {
				const path = issue.path.map(String).join('.');
				const problem = issue.code === 'custom' ? problemOf(issue.params) : undefined;
				return problem ? { path, message: issue.message, problem } : { path, message: issue.message };
			}),
		};
	} catch {
		// Inputs whose getters or proxies throw while being read (the thrown value isn't touched: it may throw too).
		return { ok: false, issues: [{ path: '', message: 'unreadable input: reading it threw an exception' }] };
	}
}

/** The code a custom issue's `params` carry, if it is one of `inputProblems`. */
function problemOf(params: Readonly<Record<string, unknown>> | undefined): InputProblem | undefined {
	const problem = params?.['problem'];
	return inputProblems.find((known) => known === problem);
}
