/**
 * Ready-made scenarios for the simulator and the error pages: one sandbox (Fabrikam, a partner with three MPN
 * IDs, and three customer tenants whose subscriptions cover every status, purchase channel and claimed case)
 * and claim drafts: three that go through (`submitted`) and one per error code that reproduces exactly that
 * error (or warning). The tests run every preset and check its outcome.
 *
 * Company and people names are Microsoft's fictitious sample names.
 */
import type { ClaimErrorCode } from './errors.ts';
import type { Localized } from './localized.ts';
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
		{ tenantId: T.adventureWorks, companyName: 'Adventure Works Cycles', domains: ['adventure-works.com', 'adventureworks.onmicrosoft.com'] },
	],
	products: [...productCatalogue],
	subscriptions: [
		// Contoso: Dynamics 365 Sales has five subscriptions, so the flow asks which one.
		{ id: S.contosoSalesVolumeLicensing, tenantId: T.contoso, product: 'dynamics-365-sales', channel: 'volume-licensing', status: 'active', alreadyClaimed: false },
		{ id: S.contosoSalesWebDirectInGrace, tenantId: T.contoso, product: 'dynamics-365-sales', channel: 'web-direct', status: 'in-grace', alreadyClaimed: false },
		{ id: S.contosoSalesCsp, tenantId: T.contoso, product: 'dynamics-365-sales', channel: 'csp', status: 'active', alreadyClaimed: false },
		{ id: S.contosoSalesNotProvisioned, tenantId: T.contoso, product: 'dynamics-365-sales', channel: 'volume-licensing', status: 'not-provisioned', alreadyClaimed: false },
		{ id: S.contosoSalesClaimed, tenantId: T.contoso, product: 'dynamics-365-sales', channel: 'volume-licensing', status: 'active', alreadyClaimed: true },
		// Contoso: a claimed Customer Service subscription ended and the customer bought a new one.
		{ id: S.contosoCustomerServiceEnded, tenantId: T.contoso, product: 'dynamics-365-customer-service', channel: 'volume-licensing', status: 'expired', alreadyClaimed: true },
		{ id: S.contosoCustomerServiceRenewed, tenantId: T.contoso, product: 'dynamics-365-customer-service', channel: 'web-direct', status: 'active', alreadyClaimed: false },
		{ id: S.contosoPowerBi, tenantId: T.contoso, product: 'power-bi-pro', channel: 'volume-licensing', status: 'active', alreadyClaimed: false },
		{ id: S.contosoMicrosoft365, tenantId: T.contoso, product: 'microsoft-365-e3', channel: 'web-direct', status: 'active', alreadyClaimed: false },
		{ id: S.contosoTeamsCspClaimed, tenantId: T.contoso, product: 'microsoft-teams', channel: 'csp', status: 'active', alreadyClaimed: true },
		// Northwind: Sales only through CSP; both Customer Service subscriptions expired.
		{ id: S.northwindSalesCsp, tenantId: T.northwind, product: 'dynamics-365-sales', channel: 'csp', status: 'active', alreadyClaimed: false },
		{ id: S.northwindExchangeCsp, tenantId: T.northwind, product: 'exchange-online', channel: 'csp', status: 'active', alreadyClaimed: false },
		{ id: S.northwindCustomerServiceExpired, tenantId: T.northwind, product: 'dynamics-365-customer-service', channel: 'volume-licensing', status: 'expired', alreadyClaimed: false },
		{ id: S.northwindCustomerServiceExpiredToo, tenantId: T.northwind, product: 'dynamics-365-customer-service', channel: 'web-direct', status: 'expired', alreadyClaimed: false },
		// Adventure Works: one Sales subscription (no subscription ID asked); Microsoft 365 held by another partner.
		{ id: S.adventureWorksSales, tenantId: T.adventureWorks, product: 'dynamics-365-sales', channel: 'volume-licensing', status: 'active', alreadyClaimed: false },
		{ id: S.adventureWorksMicrosoft365Claimed, tenantId: T.adventureWorks, product: 'microsoft-365-e3', channel: 'volume-licensing', status: 'active', alreadyClaimed: true },
		{ id: S.adventureWorksPowerBi, tenantId: T.adventureWorks, product: 'power-bi-pro', channel: 'web-direct', status: 'active', alreadyClaimed: false },
	],
};

// ---------------------------------------------------------------------------------------------
// Drafts
// ---------------------------------------------------------------------------------------------

export interface ClaimPreset {
	readonly id: string;
	readonly label: Localized<string>;
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
	subscriptionId: S.contosoSalesVolumeLicensing,
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
	subscriptionId: '',
};

/** Adventure Works, Business Applications, Revenue association for Dynamics 365 Sales (one subscription). */
const revenueAssociation: ClaimDraft = {
	...happyPath,
	customerDomain: 'adventure-works.com',
	tenantId: T.adventureWorks,
	activity: 'revenue-association',
	contacts: contacts('adventure-works.com'),
	claimName: 'Adventure Works – Dynamics 365 Sales selection',
	subscriptionId: '',
	revenueAssociation: { solutionSellerName: 'Fabrikam Consulting', customerName: 'Adventure Works Cycles', isvProductName: 'Fabrikam Dealer Hub' },
};

/** Northwind, Business Applications. */
const northwind: ClaimDraft = {
	...happyPath,
	customerDomain: 'northwindtraders.onmicrosoft.com',
	tenantId: T.northwind,
	contacts: contacts('northwindtraders.com'),
	claimName: 'Northwind – Dynamics 365',
	subscriptionId: '',
};

const happyContacts = happyPath.contacts;

function preset(id: string, expected: ClaimPreset['expected'], draft: ClaimDraft, label: Localized<string>): ClaimPreset {
	return { id, expected, draft, label };
}

export const claimPresets: readonly ClaimPreset[] = [
	preset('happy-path', 'submitted', happyPath, {
		en: 'Happy path: Dynamics 365 Sales, Pre-sales, Volume Licensing subscription',
		ja: '正常な要求: Dynamics 365 Sales、プリセールス、ボリュームライセンスのサブスクリプション',
		'zh-TW': '正常宣告：Dynamics 365 Sales、售前、大量授權訂用帳戶',
	}),
	preset('microsoft-365-usage', 'submitted', microsoft365Usage, {
		en: 'Microsoft 365 E3, Usage',
		ja: 'Microsoft 365 E3、使用',
		'zh-TW': 'Microsoft 365 E3、使用方式',
	}),
	preset('revenue-association', 'submitted', revenueAssociation, {
		en: 'Revenue association for Dynamics 365 Sales (one subscription: no subscription ID asked)',
		ja: 'Dynamics 365 Sales の収益の関連付け (サブスクリプションが 1 つのため、サブスクリプション ID は不要)',
		'zh-TW': 'Dynamics 365 Sales 的收益關聯（只有一個訂用帳戶，因此不需要訂用帳戶 ID）',
	}),

	// MPN
	preset('mpn-required', 'MPN_REQUIRED', { ...happyPath, mpnId: '' }, {
		en: 'No MPN ID selected',
		ja: 'MPN ID が選択されていない',
		'zh-TW': '未選取 MPN 識別碼',
	}),
	preset('mpn-unknown', 'MPN_UNKNOWN', { ...happyPath, mpnId: '9999999' }, {
		en: "An MPN ID that isn't your company's",
		ja: '自社のものではない MPN ID',
		'zh-TW': '不屬於貴公司的 MPN 識別碼',
	}),
	preset('mpn-not-enrolled', 'MPN_NOT_ENROLLED', { ...happyPath, mpnId: presetMpnIds.notEnrolled }, {
		en: "An MPN that isn't enrolled in an incentive program",
		ja: 'インセンティブプログラムに登録されていない MPN',
		'zh-TW': '未在獎勵計畫中註冊的 MPN',
	}),
	preset('mpn-partner-type', 'MPN_PARTNER_TYPE_NOT_SHOWN', { ...happyPath, mpnId: presetMpnIds.fastTrack }, {
		en: 'An FRP FastTrack MPN (the flow does not tell you)',
		ja: 'FRP FastTrack の MPN (フローでは表示されない)',
		'zh-TW': 'FRP FastTrack 的 MPN（流程不會告訴您）',
	}),

	// Customer
	preset('customer-domain-required', 'CUSTOMER_DOMAIN_REQUIRED', { ...happyPath, customerDomain: '' }, {
		en: 'No customer domain',
		ja: '顧客のドメインが空',
		'zh-TW': '未輸入客戶網域',
	}),
	preset('tenant-id-required', 'TENANT_ID_REQUIRED', { ...happyPath, tenantId: '' }, {
		en: 'No tenant ID',
		ja: 'テナント ID が空',
		'zh-TW': '未輸入租用戶識別碼',
	}),
	preset('tenant-id-not-guid', 'TENANT_ID_NOT_GUID', { ...happyPath, tenantId: 'contoso.onmicrosoft.com' }, {
		en: 'The domain typed into the tenant ID field',
		ja: 'テナント ID 欄にドメインを入力',
		'zh-TW': '在租用戶識別碼欄位中輸入網域',
	}),
	preset('domain-tenant-mismatch', 'DOMAIN_TENANT_MISMATCH', { ...happyPath, customerDomain: 'northwindtraders.com' }, {
		en: "Northwind's domain with Contoso's tenant ID",
		ja: 'Northwind のドメインと Contoso のテナント ID',
		'zh-TW': 'Northwind 的網域搭配 Contoso 的租用戶識別碼',
	}),

	// Solution area, activity, Associate customer page
	preset('solution-area-required', 'SOLUTION_AREA_REQUIRED', { ...happyPath, solutionArea: null }, {
		en: 'No solution area',
		ja: 'ソリューション領域が選択されていない',
		'zh-TW': '未選取解決方案區域',
	}),
	preset('activity-required', 'ACTIVITY_REQUIRED', { ...happyPath, activity: null }, {
		en: 'No activity',
		ja: 'アクティビティが選択されていない',
		'zh-TW': '未選取活動',
	}),
	preset('activity-not-for-solution-area', 'ACTIVITY_NOT_FOR_SOLUTION_AREA', { ...microsoft365Usage, activity: 'presales' }, {
		en: 'Microsoft 365 with Pre-sales',
		ja: 'Microsoft 365 でプリセールスを選択',
		'zh-TW': 'Microsoft 365 搭配售前',
	}),
	preset('claim-name-required', 'CLAIM_NAME_REQUIRED', { ...happyPath, claimName: ' ' }, {
		en: 'No claim name',
		ja: '要求の名前が空',
		'zh-TW': '未輸入宣告名稱',
	}),
	preset(
		'revenue-association-field-required',
		'REVENUE_ASSOCIATION_FIELD_REQUIRED',
		{ ...revenueAssociation, revenueAssociation: { ...revenueAssociation.revenueAssociation, isvProductName: '' } },
		{
			en: 'Revenue association without the ISV product name',
			ja: 'ISV 製品名のない収益の関連付け',
			'zh-TW': '缺少 ISV 產品名稱的收益關聯',
		},
	),

	// Products
	preset('product-required', 'PRODUCT_REQUIRED', { ...happyPath, products: [] }, {
		en: 'No product selected',
		ja: '製品が選択されていない',
		'zh-TW': '未選取產品',
	}),
	preset('product-not-in-solution-area', 'PRODUCT_NOT_IN_SOLUTION_AREA', { ...happyPath, products: ['dynamics-365-sales', 'microsoft-365-e3'] }, {
		en: 'Microsoft 365 E3 in a Business Applications claim',
		ja: 'Business Applications の要求に Microsoft 365 E3',
		'zh-TW': 'Business Applications 宣告中包含 Microsoft 365 E3',
	}),
	preset('activity-channel-not-eligible', 'ACTIVITY_CHANNEL_NOT_ELIGIBLE', northwind, {
		en: 'Pre-sales for a product bought only through CSP',
		ja: 'CSP のみで購入された製品のプリセールス',
		'zh-TW': '僅透過 CSP 購買之產品的售前',
	}),
	preset(
		'competing-claim',
		'COMPETING_CLAIM',
		{
			...microsoft365Usage,
			customerDomain: 'adventure-works.com',
			tenantId: T.adventureWorks,
			contacts: contacts('adventure-works.com'),
			claimName: 'Adventure Works – Microsoft 365 adoption',
		},
		{
			en: 'Microsoft 365 already associated with another partner (arbitration)',
			ja: '既に別のパートナーに関連付けられている Microsoft 365 (調停)',
			'zh-TW': '已與另一個合作夥伴相關聯的 Microsoft 365（仲裁）',
		},
	),

	// Contacts
	preset(
		'contact-field-required',
		'CONTACT_FIELD_REQUIRED',
		{ ...happyPath, contacts: { ...happyContacts, customer: { ...happyContacts.customer, title: '' } } },
		{
			en: "The customer contact's title is missing",
			ja: '顧客の連絡先の役職が空',
			'zh-TW': '缺少客戶連絡人的職稱',
		},
	),
	preset(
		'technical-contact-required',
		'TECHNICAL_CONTACT_REQUIRED',
		{ ...happyPath, contacts: { ...happyContacts, technical: { name: '', title: '', email: '' } } },
		{
			en: 'Dynamics 365 without a technical contact',
			ja: '技術担当者のない Dynamics 365',
			'zh-TW': '缺少技術連絡人的 Dynamics 365',
		},
	),
	preset(
		'contact-email-invalid',
		'CONTACT_EMAIL_INVALID',
		{ ...happyPath, contacts: { ...happyContacts, customer: { ...happyContacts.customer, email: 'megan.bowen(at)contoso.com' } } },
		{
			en: 'A mistyped email address',
			ja: '電子メールアドレスの入力ミス',
			'zh-TW': '電子郵件地址輸入錯誤',
		},
	),

	// Subscription
	preset('subscription-id-required', 'SUBSCRIPTION_ID_REQUIRED', { ...happyPath, subscriptionId: '' }, {
		en: 'Several Dynamics 365 Sales subscriptions, none entered',
		ja: 'Dynamics 365 Sales のサブスクリプションが複数あるが未入力',
		'zh-TW': '有多個 Dynamics 365 Sales 訂用帳戶，但未輸入',
	}),
	preset('subscription-id-invalid', 'SUBSCRIPTION_ID_INVALID', { ...happyPath, subscriptionId: T.contoso }, {
		en: 'The tenant ID entered as the subscription ID',
		ja: 'サブスクリプション ID としてテナント ID を入力',
		'zh-TW': '將租用戶識別碼輸入為訂用帳戶 ID',
	}),
	preset('subscription-not-dynamics', 'SUBSCRIPTION_NOT_DYNAMICS', { ...happyPath, subscriptionId: S.contosoPowerBi }, {
		en: 'A Power BI subscription for Dynamics 365 Sales',
		ja: 'Dynamics 365 Sales に Power BI のサブスクリプション',
		'zh-TW': '為 Dynamics 365 Sales 輸入 Power BI 訂用帳戶',
	}),
	preset('subscription-product-not-on-tenant', 'SUBSCRIPTION_PRODUCT_NOT_ON_TENANT', { ...happyPath, subscriptionId: S.adventureWorksSales }, {
		en: "Another customer's subscription",
		ja: '別の顧客のサブスクリプション',
		'zh-TW': '其他客戶的訂用帳戶',
	}),
	preset('subscription-is-csp', 'SUBSCRIPTION_IS_CSP', { ...happyPath, subscriptionId: S.contosoSalesCsp }, {
		en: 'A CSP subscription',
		ja: 'CSP のサブスクリプション',
		'zh-TW': 'CSP 訂用帳戶',
	}),
	preset('subscription-not-provisioned', 'SUBSCRIPTION_NOT_PROVISIONED', { ...happyPath, subscriptionId: S.contosoSalesNotProvisioned }, {
		en: 'A subscription not provisioned yet',
		ja: 'まだプロビジョニングされていないサブスクリプション',
		'zh-TW': '尚未布建的訂用帳戶',
	}),
	preset(
		'subscription-not-active',
		'SUBSCRIPTION_NOT_ACTIVE',
		{ ...northwind, activity: 'usage', products: ['dynamics-365-customer-service'], subscriptionId: S.northwindCustomerServiceExpired },
		{
			en: 'An expired subscription, not renewed',
			ja: '期限切れで更新されていないサブスクリプション',
			'zh-TW': '已過期且未續訂的訂用帳戶',
		},
	),
	preset(
		'new-subscription-needs-separate-claim',
		'NEW_SUBSCRIPTION_NEEDS_SEPARATE_CLAIM',
		{ ...happyPath, activity: 'usage', products: ['dynamics-365-customer-service'], subscriptionId: S.contosoCustomerServiceEnded },
		{
			en: 'The ended subscription of an earlier claim (a new one exists)',
			ja: '以前の要求の終了したサブスクリプション (新しいサブスクリプションあり)',
			'zh-TW': '先前宣告中已結束的訂用帳戶（已有新的訂用帳戶）',
		},
	),
	preset('subscription-already-claimed', 'SUBSCRIPTION_ALREADY_CLAIMED', { ...happyPath, subscriptionId: S.contosoSalesClaimed }, {
		en: 'A subscription already claimed',
		ja: '既に要求されているサブスクリプション',
		'zh-TW': '已被宣告的訂用帳戶',
	}),

	// Proof of execution
	preset('proof-of-execution-required', 'PROOF_OF_EXECUTION_REQUIRED', { ...happyPath, proofOfExecution: null }, {
		en: 'No proof of execution',
		ja: '実行証明 (PoE) がない',
		'zh-TW': '沒有執行證明',
	}),
];

export function findPreset(id: string): ClaimPreset | undefined {
	return claimPresets.find((candidate) => candidate.id === id);
}
