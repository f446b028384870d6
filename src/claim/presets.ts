/**
 * Ready-made scenarios for the simulator and the error pages: one sandbox (Fabrikam, a partner with three MPN
 * IDs, and three customer tenants whose subscriptions cover every status, purchase channel and claimed case)
 * and claim drafts: three that go through (`submitted`) and one per error code that reproduces exactly that
 * error (or warning). The tests run every preset and check its outcome. Their names are messages (`presetMessageKey`).
 *
 * Company and people names are Microsoft's fictitious sample names.
 */
import type { ClaimErrorCode } from './errors.ts';
import { productCatalogue } from './products.ts';
import type { ClaimContacts, ClaimDraft, Sandbox } from './schema.ts';

// ---------------------------------------------------------------------------------------------
// Sandbox
// ---------------------------------------------------------------------------------------------

export const presetMpnIds = {
	enrolled: '4412345',
	notEnrolled: '4412346',
	fastTrack: '4412347',
} as const;

export const presetTenants = {
	contoso: '80ab2899-5751-4118-b834-495cdd8ea185',
	northwind: '617d7817-5517-4dd5-b393-7439bbe144b4',
	adventureWorks: '6394d649-cc99-46d6-bb35-95ba82dd3f37',
} as const;

/** The subscriptions by what they are for in the scenarios. */
export const presetSubscriptions = {
	contosoSalesVolumeLicensing: '50e954bc-996d-41ed-9068-036a665d4381',
	contosoSalesWebDirectInGrace: 'bd08d2b0-1345-42ce-9d3b-062caaebf7b3',
	contosoSalesCsp: '2361f5a0-4534-49cc-9224-8dc08fe1cecf',
	contosoSalesNotProvisioned: '5c0cbd87-25dd-4159-abc8-33d645dccb53',
	contosoSalesClaimed: '8ee3144b-3324-42bb-9233-03ee9f7b630a',
	contosoCustomerServiceEnded: 'f28d7eb7-fe9f-4ae0-ae22-1c1bb3ecf92d',
	contosoCustomerServiceRenewed: '29a04203-f165-4018-9b33-95b8859e2884',
	contosoPowerBi: '1cfaf237-d219-483b-8288-83473bf281fa',
	contosoMicrosoft365: 'a6190f37-3115-44e0-8e9c-9c5979a740b2',
	contosoTeamsCspClaimed: '98d50c53-31f9-4fe3-8bae-57b1d4a68073',
	northwindSalesCsp: 'ae3f0119-c165-4551-ab51-1ada9ba9e921',
	northwindPowerBiCsp: 'c9a3e0d2-7b1f-4c6e-9d8a-2f5b6e1a4c37',
	northwindExchangeCsp: '91b5abe8-88f0-4631-9385-6649ec4ef9b9',
	northwindCustomerServiceExpired: '9e3ceaf0-e652-4a81-b8dd-fc4d0ad61ea4',
	northwindCustomerServiceExpiredToo: '0bc1cc7b-d96a-42d9-9089-fdbfeb5daafd',
	adventureWorksSales: 'd06acc93-0320-406f-8092-ed080807992b',
	adventureWorksMicrosoft365Claimed: '852fd549-588d-45df-8e32-d2b67a213477',
	adventureWorksPowerBi: 'c1ce4e2b-1fcb-411f-8d70-0842efc360b5',
} as const;

const S = presetSubscriptions;
const T = presetTenants;

export const presetSandbox: Sandbox = {
	partnerName: 'Fabrikam Consulting',
	mpnIds: [
		{ id: presetMpnIds.enrolled, name: 'Fabrikam Consulting (Seattle)', enrolledInIncentives: true, location: 'Seattle, US' },
		{ id: presetMpnIds.notEnrolled, name: 'Fabrikam Consulting (Tokyo)', enrolledInIncentives: false, location: 'Tokyo, JP' },
		{
			id: presetMpnIds.fastTrack,
			name: 'Fabrikam FastTrack (Taipei)',
			enrolledInIncentives: true,
			partnerType: 'FRP FastTrack',
			location: 'Taipei, TW',
		},
	],
	customerTenants: [
		{ tenantId: T.contoso, companyName: 'Contoso Ltd.', domains: ['contoso.com', 'contoso.onmicrosoft.com', 'sales.contoso.com'] },
		{ tenantId: T.northwind, companyName: 'Northwind Traders', domains: ['northwindtraders.com', 'northwindtraders.onmicrosoft.com'] },
		{
			tenantId: T.adventureWorks,
			companyName: 'Adventure Works Cycles',
			domains: ['adventure-works.com', 'adventureworks.onmicrosoft.com'],
		},
	],
	products: [...productCatalogue],
	subscriptions: [
		// Contoso: Dynamics 365 Sales has five subscriptions, so the flow asks which one.
		{
			id: S.contosoSalesVolumeLicensing,
			tenantId: T.contoso,
			product: 'dynamics-365-sales',
			channel: 'volume-licensing',
			status: 'active',
			alreadyClaimed: false,
		},
		{
			id: S.contosoSalesWebDirectInGrace,
			tenantId: T.contoso,
			product: 'dynamics-365-sales',
			channel: 'web-direct',
			status: 'in-grace',
			alreadyClaimed: false,
		},
		{ id: S.contosoSalesCsp, tenantId: T.contoso, product: 'dynamics-365-sales', channel: 'csp', status: 'active', alreadyClaimed: false },
		{
			id: S.contosoSalesNotProvisioned,
			tenantId: T.contoso,
			product: 'dynamics-365-sales',
			channel: 'volume-licensing',
			status: 'not-provisioned',
			alreadyClaimed: false,
		},
		{
			id: S.contosoSalesClaimed,
			tenantId: T.contoso,
			product: 'dynamics-365-sales',
			channel: 'volume-licensing',
			status: 'active',
			alreadyClaimed: true,
		},
		// Contoso: a claimed Customer Service subscription ended and the customer bought a new one.
		{
			id: S.contosoCustomerServiceEnded,
			tenantId: T.contoso,
			product: 'dynamics-365-customer-service',
			channel: 'volume-licensing',
			status: 'expired',
			alreadyClaimed: true,
		},
		{
			id: S.contosoCustomerServiceRenewed,
			tenantId: T.contoso,
			product: 'dynamics-365-customer-service',
			channel: 'web-direct',
			status: 'active',
			alreadyClaimed: false,
		},
		{
			id: S.contosoPowerBi,
			tenantId: T.contoso,
			product: 'power-bi-pro',
			channel: 'volume-licensing',
			status: 'active',
			alreadyClaimed: false,
		},
		{
			id: S.contosoMicrosoft365,
			tenantId: T.contoso,
			product: 'microsoft-365-e3',
			channel: 'web-direct',
			status: 'active',
			alreadyClaimed: false,
		},
		{
			id: S.contosoTeamsCspClaimed,
			tenantId: T.contoso,
			product: 'microsoft-teams',
			channel: 'csp',
			status: 'active',
			alreadyClaimed: true,
		},
		// Northwind: Sales and Power BI only through CSP; both Customer Service subscriptions expired.
		{
			id: S.northwindSalesCsp,
			tenantId: T.northwind,
			product: 'dynamics-365-sales',
			channel: 'csp',
			status: 'active',
			alreadyClaimed: false,
		},
		{
			id: S.northwindPowerBiCsp,
			tenantId: T.northwind,
			product: 'power-bi-pro',
			channel: 'csp',
			status: 'active',
			alreadyClaimed: false,
		},
		{
			id: S.northwindExchangeCsp,
			tenantId: T.northwind,
			product: 'exchange-online',
			channel: 'csp',
			status: 'active',
			alreadyClaimed: false,
		},
		{
			id: S.northwindCustomerServiceExpired,
			tenantId: T.northwind,
			product: 'dynamics-365-customer-service',
			channel: 'volume-licensing',
			status: 'expired',
			alreadyClaimed: false,
		},
		{
			id: S.northwindCustomerServiceExpiredToo,
			tenantId: T.northwind,
			product: 'dynamics-365-customer-service',
			channel: 'web-direct',
			status: 'expired',
			alreadyClaimed: false,
		},
		// Adventure Works: one Sales subscription (no subscription ID asked); Microsoft 365 held by another partner.
		{
			id: S.adventureWorksSales,
			tenantId: T.adventureWorks,
			product: 'dynamics-365-sales',
			channel: 'volume-licensing',
			status: 'active',
			alreadyClaimed: false,
		},
		{
			id: S.adventureWorksMicrosoft365Claimed,
			tenantId: T.adventureWorks,
			product: 'microsoft-365-e3',
			channel: 'volume-licensing',
			status: 'active',
			alreadyClaimed: true,
		},
		{
			id: S.adventureWorksPowerBi,
			tenantId: T.adventureWorks,
			product: 'power-bi-pro',
			channel: 'web-direct',
			status: 'active',
			alreadyClaimed: false,
		},
	],
};

// ---------------------------------------------------------------------------------------------
// Drafts
// ---------------------------------------------------------------------------------------------

export interface ClaimPreset {
	readonly id: string;
	/** `submitted` when every step passes; otherwise the one error (or warning) code the draft produces. */
	readonly expected: 'submitted' | ClaimErrorCode;
	readonly draft: ClaimDraft;
}

function contacts(customerDomain: string): ClaimContacts {
	return {
		customer: { name: 'Megan Bowen', title: 'IT Director', email: `megan.bowen@${customerDomain}` },
		technical: { name: 'Alex Wilber', title: 'Dynamics 365 administrator', email: `alex.wilber@${customerDomain}` },
		company: { name: 'Adele Vance', email: 'adele.vance@fabrikam.com' },
	};
}

const noRevenueAssociation = { solutionSellerName: '', customerName: '', isvProductName: '' };
const signedStatementOfWork = { fileName: 'statement-of-work-signed.pdf', sizeBytes: 248_312 };

/** Contoso, Business Applications, Pre-sales for Dynamics 365 Sales, Volume Licensing subscription. */
const happyPath: ClaimDraft = {
	mpnId: presetMpnIds.enrolled,
	customerDomain: 'contoso.onmicrosoft.com',
	tenantId: T.contoso,
	solutionArea: 'business-applications',
	activity: 'presales',
	products: ['dynamics-365-sales'],
	contacts: contacts('contoso.com'),
	claimName: 'Contoso – Dynamics 365 Sales rollout',
	subscriptionIds: { 'dynamics-365-sales': S.contosoSalesVolumeLicensing },
	revenueAssociation: noRevenueAssociation,
	proofOfExecution: signedStatementOfWork,
	comments: '',
};

/** Contoso, Microsoft 365, Usage for Microsoft 365 E3. */
const microsoft365Usage: ClaimDraft = {
	...happyPath,
	solutionArea: 'microsoft-365',
	activity: 'usage',
	products: ['microsoft-365-e3'],
	claimName: 'Contoso – Microsoft 365 adoption',
	subscriptionIds: {},
};

/** Adventure Works, Business Applications, Revenue association for Dynamics 365 Sales (one subscription). */
const revenueAssociation: ClaimDraft = {
	...happyPath,
	customerDomain: 'adventure-works.com',
	tenantId: T.adventureWorks,
	activity: 'revenue-association',
	contacts: contacts('adventure-works.com'),
	claimName: 'Adventure Works – Dynamics 365 Sales selection',
	subscriptionIds: {},
	revenueAssociation: {
		solutionSellerName: 'Fabrikam Consulting',
		customerName: 'Adventure Works Cycles',
		isvProductName: 'Fabrikam Dealer Hub',
	},
};

/** Northwind, Business Applications. */
const northwind: ClaimDraft = {
	...happyPath,
	customerDomain: 'northwindtraders.onmicrosoft.com',
	tenantId: T.northwind,
	contacts: contacts('northwindtraders.com'),
	claimName: 'Northwind – Dynamics 365',
	subscriptionIds: {},
};

const happyContacts = happyPath.contacts;

function preset(id: string, expected: ClaimPreset['expected'], draft: ClaimDraft): ClaimPreset {
	return { id, expected, draft };
}

export { presetMessageKey } from './preset-names.ts';

export const claimPresets: readonly ClaimPreset[] = [
	preset('happy-path', 'submitted', happyPath),
	preset('microsoft-365-usage', 'submitted', microsoft365Usage),
	preset('revenue-association', 'submitted', revenueAssociation),

	// MPN
	preset('mpn-required', 'MPN_REQUIRED', { ...happyPath, mpnId: '' }),
	preset('mpn-unknown', 'MPN_UNKNOWN', { ...happyPath, mpnId: '9999999' }),
	preset('mpn-not-enrolled', 'MPN_NOT_ENROLLED', { ...happyPath, mpnId: presetMpnIds.notEnrolled }),
	preset('mpn-partner-type', 'MPN_PARTNER_TYPE_NOT_SHOWN', { ...happyPath, mpnId: presetMpnIds.fastTrack }),

	// Customer
	preset('customer-domain-required', 'CUSTOMER_DOMAIN_REQUIRED', { ...happyPath, customerDomain: '' }),
	preset('tenant-id-required', 'TENANT_ID_REQUIRED', { ...happyPath, tenantId: '' }),
	preset('tenant-id-not-guid', 'TENANT_ID_NOT_GUID', { ...happyPath, tenantId: 'contoso.onmicrosoft.com' }),
	preset('domain-tenant-mismatch', 'DOMAIN_TENANT_MISMATCH', { ...happyPath, customerDomain: 'northwindtraders.com' }),

	// Solution area, activity, Associate customer page
	preset('solution-area-required', 'SOLUTION_AREA_REQUIRED', { ...happyPath, solutionArea: null }),
	preset('activity-required', 'ACTIVITY_REQUIRED', { ...happyPath, activity: null }),
	preset('activity-not-for-solution-area', 'ACTIVITY_NOT_FOR_SOLUTION_AREA', { ...microsoft365Usage, activity: 'presales' }),
	preset('claim-name-required', 'CLAIM_NAME_REQUIRED', { ...happyPath, claimName: ' ' }),
	preset('revenue-association-field-required', 'REVENUE_ASSOCIATION_FIELD_REQUIRED', {
		...revenueAssociation,
		revenueAssociation: { ...revenueAssociation.revenueAssociation, isvProductName: '' },
	}),

	// Products
	preset('product-required', 'PRODUCT_REQUIRED', { ...happyPath, products: [] }),
	preset('product-not-in-solution-area', 'PRODUCT_NOT_IN_SOLUTION_AREA', {
		...happyPath,
		products: ['dynamics-365-sales', 'microsoft-365-e3'],
	}),
	preset('activity-channel-not-eligible', 'ACTIVITY_CHANNEL_NOT_ELIGIBLE', { ...northwind, products: ['power-bi-pro'] }),
	preset('competing-claim', 'COMPETING_CLAIM', {
		...microsoft365Usage,
		customerDomain: 'adventure-works.com',
		tenantId: T.adventureWorks,
		contacts: contacts('adventure-works.com'),
		claimName: 'Adventure Works – Microsoft 365 adoption',
	}),

	// Contacts
	preset('contact-field-required', 'CONTACT_FIELD_REQUIRED', {
		...happyPath,
		contacts: { ...happyContacts, customer: { ...happyContacts.customer, title: '' } },
	}),
	preset('technical-contact-required', 'TECHNICAL_CONTACT_REQUIRED', {
		...happyPath,
		contacts: { ...happyContacts, technical: { name: '', title: '', email: '' } },
	}),
	preset('contact-email-invalid', 'CONTACT_EMAIL_INVALID', {
		...happyPath,
		contacts: { ...happyContacts, customer: { ...happyContacts.customer, email: 'megan.bowen(at)contoso.com' } },
	}),

	// Subscription
	preset('subscription-id-required', 'SUBSCRIPTION_ID_REQUIRED', { ...happyPath, subscriptionIds: {} }),
	preset('subscription-id-invalid', 'SUBSCRIPTION_ID_INVALID', { ...happyPath, subscriptionIds: { 'dynamics-365-sales': T.contoso } }),
	preset('subscription-not-dynamics', 'SUBSCRIPTION_NOT_DYNAMICS', {
		...happyPath,
		subscriptionIds: { 'dynamics-365-sales': S.contosoPowerBi },
	}),
	preset('subscription-product-not-on-tenant', 'SUBSCRIPTION_PRODUCT_NOT_ON_TENANT', {
		...happyPath,
		subscriptionIds: { 'dynamics-365-sales': S.adventureWorksSales },
	}),
	preset('subscription-is-csp', 'SUBSCRIPTION_IS_CSP', { ...happyPath, subscriptionIds: { 'dynamics-365-sales': S.contosoSalesCsp } }),
	preset('subscription-not-provisioned', 'SUBSCRIPTION_NOT_PROVISIONED', {
		...happyPath,
		subscriptionIds: { 'dynamics-365-sales': S.contosoSalesNotProvisioned },
	}),
	preset('subscription-not-active', 'SUBSCRIPTION_NOT_ACTIVE', {
		...northwind,
		activity: 'usage',
		products: ['dynamics-365-customer-service'],
		subscriptionIds: { 'dynamics-365-customer-service': S.northwindCustomerServiceExpired },
	}),
	preset('subscription-already-claimed', 'SUBSCRIPTION_ALREADY_CLAIMED', {
		...happyPath,
		subscriptionIds: { 'dynamics-365-sales': S.contosoSalesClaimed },
	}),

	// Proof of execution
	preset('proof-of-execution-required', 'PROOF_OF_EXECUTION_REQUIRED', { ...happyPath, proofOfExecution: null }),
];

export function findPreset(id: string): ClaimPreset | undefined {
	return claimPresets.find((candidate) => candidate.id === id);
}
