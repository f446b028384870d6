/**
 * The error catalog: one entry per documented error or condition of the CPOR association claim flow (and a
 * few the simulator adds, marked `assumed`), with its step, fields, severity, article section, sources and
 * localized title, explanation (the cause) and fix.
 *
 * Sources: the troubleshooting article (CAI, `content/sources/*`), cited by segment number, and the fact sheet
 * `/work/shared/cpor-facts.md` (OSA, MCA, FCD). The ja and zh-TW texts use the terms of the localized article
 * (ja: CPOR アソシエーション要求フロー, サブスクリプション, テナント ID, サブドメイン, 猶予状態; zh-TW: CPOR 關聯宣告流程,
 * 訂用帳戶, 子域, 寬限期) and quote its sentences verbatim where they explain the cause. One deliberate exception:
 * for "tenant ID" the zh-TW texts say 租用戶識別碼 (Microsoft's usual term, also the article's 租用戶 in CAI#119)
 * where the machine translation has 租使用者識別碼; quotes keep the article's wording.
 *
 * `catalogEntrySchema` (catalog-schema.ts) checks every entry in the tests; severities come from `severityOf` (errors.ts).
 */
import type { CatalogEntry, CatalogEntryInput, CatalogText } from './catalog-schema.ts';
import { claimErrorCodes, severityOf, type ClaimErrorCode } from './errors.ts';
import { inLang, type Localized } from './localized.ts';

export const SUPPORT_URL = 'https://partner.microsoft.com/dashboard/support/incentives/servicerequests?category=incentives';
export const INCENTIVES_OVERVIEW_URL = 'https://partner.microsoft.com/dashboard/incentives/enrollment/summary';

const NOT_DOCUMENTED = 'not-documented';

/** CAI#125–126, the article's advice for every subscription error. */
const checkSubscriptionWithCustomer: Localized<string> = {
	en: "Work with your customer to ensure the subscription is correct and that you're using the correct tenant ID. If this route hasn't resolved your issue, contact support.",
	ja: 'お客様と協力して、サブスクリプションが正しいこと、および正しいテナント ID を使用していることを確認してください。このルートで問題が解決しない場合は、サポートにお問い合わせください。',
	'zh-TW': '請與您的客戶合作，以確保訂用帳戶正確，且您使用的是正確的租用戶識別碼。如果這樣仍無法解決問題，請聯絡支援人員。',
};

/** CAI#160. */
const askGlobalAdmin: Localized<string> = {
	en: 'If you do not know which MPN to use, contact your global admin.',
	ja: '使用する MPN がわからない場合は、全体管理者に問い合わせてください。',
	'zh-TW': '如果您不知道要使用哪個 MPN，請洽詢您的全域管理員。',
};

const entries: Readonly<Record<ClaimErrorCode, CatalogEntryInput>> = {
	// -----------------------------------------------------------------------------------------
	// MPN
	// -----------------------------------------------------------------------------------------
	MPN_REQUIRED: {
		step: 'mpn',
		fields: ['mpnId'],
		basis: 'documented',
		anchor: null,
		citations: ['OSA#115', 'OSA#135'],
		articleQuote: null,
		portalText: NOT_DOCUMENTED,
		assumption: null,
		links: [],
		text: {
			en: {
				title: 'Select an MPN ID',
				explanation: 'The claim flow starts by asking for the MPN ID of the partner location that makes the claim, and no MPN ID is selected.',
				fix: `Select the MPN ID of the partner location to be associated with the customer. ${askGlobalAdmin.en}`,
			},
			ja: {
				title: 'MPN ID を選択してください',
				explanation: 'CPOR アソシエーション要求フローでは、最初に要求を行うパートナーの場所の MPN ID を選択しますが、MPN ID が選択されていません。',
				fix: `顧客に関連付けるパートナーの場所の MPN ID を選択してください。${askGlobalAdmin.ja}`,
			},
			'zh-TW': {
				title: '請選取 MPN 識別碼',
				explanation: 'CPOR 關聯宣告流程會先要求您選取提出宣告之合作夥伴位置的 MPN 識別碼，但目前未選取任何 MPN 識別碼。',
				fix: `請選取要與客戶相關聯之合作夥伴位置的 MPN 識別碼。${askGlobalAdmin['zh-TW']}`,
			},
		},
	},
	MPN_UNKNOWN: {
		step: 'mpn',
		fields: ['mpnId'],
		basis: 'assumed',
		anchor: null,
		citations: ['OSA#135'],
		articleQuote: null,
		portalText: NOT_DOCUMENTED,
		assumption: {
			en: "The real flow offers a list of your company's MPN IDs, so you can't type another one. The simulator reports an MPN ID that isn't in the sandbox's list.",
			ja: '実際のフローでは自社の MPN ID の一覧から選択するため、それ以外の MPN ID は入力できません。シミュレーターは、サンドボックスの一覧にない MPN ID をエラーにします。',
			'zh-TW': '實際流程會列出貴公司的 MPN 識別碼供您選取，因此無法輸入其他識別碼。模擬器會將不在沙箱清單中的 MPN 識別碼回報為錯誤。',
		},
		links: [],
		text: {
			en: {
				title: "This MPN ID isn't one of your company's",
				explanation: "The flow lists only your company's MPN IDs, and the MPN ID in this claim isn't among them.",
				fix: `Select one of the MPN IDs the flow lists for your company. ${askGlobalAdmin.en}`,
			},
			ja: {
				title: 'この MPN ID は自社の MPN ID ではありません',
				explanation: 'フローには自社の MPN ID だけが表示されますが、この要求の MPN ID はその中にありません。',
				fix: `フローに表示される自社の MPN ID のいずれかを選択してください。${askGlobalAdmin.ja}`,
			},
			'zh-TW': {
				title: '此 MPN 識別碼不屬於貴公司',
				explanation: '流程只會列出貴公司的 MPN 識別碼，而此宣告中的 MPN 識別碼不在其中。',
				fix: `請選取流程為貴公司列出的其中一個 MPN 識別碼。${askGlobalAdmin['zh-TW']}`,
			},
		},
	},
	MPN_NOT_ENROLLED: {
		step: 'mpn',
		fields: ['mpnId'],
		basis: 'documented',
		anchor: 'which-mpn-do-i-choose',
		citations: ['CAI#157', 'CAI#159', 'CAI#161'],
		articleQuote: {
			citation: 'CAI#161',
			text: {
				en: "If the MPN you're wanting to use isn't enrolled, you can manage that in the Incentives overview tab.",
				ja: '使用しようとしている MPN が登録されていない場合は、[インセンティブの概要] タブで管理できます。',
				'zh-TW': '如果您想要使用的 MPN 尚未註冊，您可以在 [獎勵總覽]索引標籤中進行管理。',
			},
		},
		portalText: NOT_DOCUMENTED,
		assumption: {
			en: "The article doesn't say that the flow refuses an MPN that isn't enrolled; it says the flow identifies the enrolled ones and that a wrong MPN may cost eligibility and earnings. So the simulator warns and lets the claim go on.",
			ja: '記事には、登録されていない MPN をフローが拒否するとは書かれていません。フローが登録済みの MPN を識別すること、不適切な MPN では適格性と利益が失われる可能性があることだけが書かれています。そのため、シミュレーターは警告を表示し、要求の続行を許可します。',
			'zh-TW': '文章並未指出流程會拒絕未註冊的 MPN，只說明流程會識別已註冊的 MPN，且不正確的 MPN 可能會導致缺少資格和獎勵收益。因此模擬器只會顯示警告，並允許繼續宣告。',
		},
		links: [INCENTIVES_OVERVIEW_URL],
		text: {
			en: {
				title: "This MPN isn't enrolled in an incentive program",
				explanation:
					"The CPOR association claim flow identifies which MPNs are enrolled in an incentive program, and the MPN you selected isn't enrolled. Claiming with an incorrect MPN may result in missed eligibility and incentive earnings.",
				fix: `If the MPN you want to use isn't enrolled, manage its enrollment in the Incentives overview tab, or select an enrolled MPN. ${askGlobalAdmin.en}`,
			},
			ja: {
				title: 'この MPN はインセンティブプログラムに登録されていません',
				explanation:
					'CPOR アソシエーション要求フローでは、インセンティブプログラムに登録されている MPNs が識別されますが、選択した MPN は登録されていません。記事には「不適切な MPN を要求すると、適格性とインセンティブの利益が失われる可能性があります。」とあります。',
				fix: `使用しようとしている MPN が登録されていない場合は、[インセンティブの概要] タブで管理するか、登録済みの MPN を選択してください。${askGlobalAdmin.ja}`,
			},
			'zh-TW': {
				title: '此 MPN 未在獎勵計畫中註冊',
				explanation:
					'CPOR 關聯宣告流程會識別在獎勵計畫中註冊的 MPN，而您選取的 MPN 尚未註冊。文章指出：「宣告不正確的 MPN 可能會導致缺少資格和獎勵收益。」',
				fix: `如果您想要使用的 MPN 尚未註冊，可以在 [獎勵總覽] 索引標籤中進行管理，或改選已註冊的 MPN。${askGlobalAdmin['zh-TW']}`,
			},
		},
	},
	MPN_PARTNER_TYPE_NOT_SHOWN: {
		step: 'mpn',
		fields: ['mpnId'],
		basis: 'documented',
		anchor: 'which-mpn-do-i-choose',
		citations: ['CAI#156–160'],
		articleQuote: {
			citation: 'CAI#157',
			text: {
				en: 'The CPOR association claim flow will identify which MPNs are enrolled in an incentive program, but it will not tell you if it is a specific partner type MPN.',
				ja: 'CPOR アソシエーション要求フローでは、インセンティブプログラムに登録されている MPNs が識別されますが、特定のパートナータイプ MPN であるかどうかはわかりません。',
				'zh-TW': 'CPOR 關聯宣告流程會識別在獎勵計畫中註冊哪個 MPNs，但不會告訴您它是否為特定的夥伴類型 MPN。',
			},
		},
		portalText: NOT_DOCUMENTED,
		assumption: {
			en: "The real flow doesn't show this. The simulator knows each MPN's partner type from the sandbox and points it out as a warning; it never blocks the claim.",
			ja: '実際のフローではこの情報は表示されません。シミュレーターはサンドボックスから各 MPN のパートナータイプを把握しているため、警告として示します。要求が止まることはありません。',
			'zh-TW': '實際流程不會顯示此資訊。模擬器從沙箱得知每個 MPN 的夥伴類型，因此以警告提示，但不會阻止宣告。',
		},
		links: [],
		text: {
			en: {
				title: 'Check the partner type of this MPN',
				explanation:
					"This MPN is associated with a partner type such as FRP FastTrack. The CPOR association claim flow identifies which MPNs are enrolled in an incentive program, but it will not tell you if it is a specific partner type MPN.",
				fix: `Make sure this is the MPN that should be associated with the work you're claiming for at this customer: claiming with an incorrect MPN may mean reclaiming later. ${askGlobalAdmin.en}`,
			},
			ja: {
				title: 'この MPN のパートナータイプを確認してください',
				explanation:
					'この MPN は FRP FastTrack などのパートナータイプに関連付けられています。記事には「CPOR アソシエーション要求フローでは、インセンティブプログラムに登録されている MPNs が識別されますが、特定のパートナータイプ MPN であるかどうかはわかりません。」とあります。',
				fix: `この顧客で要求している作業に関連付けるべき MPN であることを確認してください。不適切な MPN で要求すると、後で再要求が必要になる場合があります。${askGlobalAdmin.ja}`,
			},
			'zh-TW': {
				title: '請確認此 MPN 的夥伴類型',
				explanation:
					'此 MPN 與合作夥伴類型（例如 FRP FastTrack）相關聯。文章指出：「CPOR 關聯宣告流程會識別在獎勵計畫中註冊哪個 MPNs，但不會告訴您它是否為特定的夥伴類型 MPN。」',
				fix: `請確認這是應與您在此客戶所宣告之工作相關聯的 MPN；使用不正確的 MPN 宣告，日後可能需要重新宣告。${askGlobalAdmin['zh-TW']}`,
			},
		},
	},

	// -----------------------------------------------------------------------------------------
	// Customer: domain and tenant ID
	// -----------------------------------------------------------------------------------------
	CUSTOMER_DOMAIN_REQUIRED: {
		step: 'customer',
		fields: ['customerDomain'],
		basis: 'documented',
		anchor: null,
		citations: ['OSA#116', 'CAI#112', 'FCD#113–114'],
		articleQuote: null,
		portalText: NOT_DOCUMENTED,
		assumption: null,
		links: [],
		text: {
			en: {
				title: "Enter the customer's domain name",
				explanation:
					"The flow asks for the customer's domain name (the article calls it the subdomain, for example contoso.onmicrosoft.com) together with the tenant ID, and the domain name is empty.",
				fix: 'Ask your customer for their domain name. They can find it in the Azure portal under Azure Active Directory > Overview, directly above the company name.',
			},
			ja: {
				title: '顧客のドメイン名を入力してください',
				explanation: 'CPOR アソシエーション要求フローでは、顧客のテナント ID とサブドメイン (例: contoso.onmicrosoft.com) の入力を求められますが、ドメイン名が空です。',
				fix: 'お客様にドメイン名を確認してください。お客様は Azure portal の [Azure Active Directory] > [概要] で、会社名のすぐ上に表示されるドメイン名を確認できます。',
			},
			'zh-TW': {
				title: '請輸入客戶的網域名稱',
				explanation: 'CPOR 關聯宣告流程會要求您提供客戶的租用戶識別碼和子域（例如 contoso.onmicrosoft.com），但網域名稱是空白的。',
				fix: '請向客戶詢問其網域名稱。客戶可以在 Azure 入口網站的 [Azure Active Directory] > [概觀] 中，公司名稱的正上方找到它。',
			},
		},
	},
	TENANT_ID_REQUIRED: {
		step: 'customer',
		fields: ['tenantId'],
		basis: 'documented',
		anchor: null,
		citations: ['OSA#117', 'CAI#112', 'FCD#115'],
		articleQuote: null,
		portalText: NOT_DOCUMENTED,
		assumption: null,
		links: [],
		text: {
			en: {
				title: "Enter the customer's tenant ID",
				explanation: "The flow asks for the customer's Directory ID (tenant ID) together with the domain name, and the tenant ID is empty.",
				fix: 'Ask your customer for their tenant ID. They can find it in the Azure portal under Azure Active Directory > Manage > Properties, as the Directory ID.',
			},
			ja: {
				title: '顧客のテナント ID を入力してください',
				explanation: 'CPOR アソシエーション要求フローでは、ドメイン名と合わせて顧客のディレクトリ ID (テナント ID) の入力を求められますが、テナント ID が空です。',
				fix: 'お客様にテナント ID を確認してください。お客様は Azure portal の [Azure Active Directory] > [管理] > [プロパティ] で、ディレクトリ ID を確認できます。',
			},
			'zh-TW': {
				title: '請輸入客戶的租用戶識別碼',
				explanation: 'CPOR 關聯宣告流程會要求您提供客戶的目錄識別碼（租用戶識別碼）及網域名稱，但租用戶識別碼是空白的。',
				fix: '請向客戶詢問其租用戶識別碼。客戶可以在 Azure 入口網站的 [Azure Active Directory] > [管理] > [屬性] 中找到目錄識別碼。',
			},
		},
	},
	TENANT_ID_NOT_GUID: {
		step: 'customer',
		fields: ['tenantId'],
		basis: 'assumed',
		anchor: null,
		citations: ['FCD#115'],
		articleQuote: null,
		portalText: NOT_DOCUMENTED,
		assumption: {
			en: 'The sources document no format for tenant IDs. Azure AD tenant IDs are GUIDs, so the simulator checks for a GUID before it compares the tenant ID with the domain.',
			ja: 'テナント ID の形式はソースに記載されていません。Azure AD のテナント ID は GUID であるため、シミュレーターはドメインと照合する前に GUID の形式かどうかを確認します。',
			'zh-TW': '來源文件並未記載租用戶識別碼的格式。由於 Azure AD 租用戶識別碼是 GUID，模擬器會先檢查是否為 GUID 格式，再與網域比對。',
		},
		links: [],
		text: {
			en: {
				title: "This doesn't look like a tenant ID",
				explanation:
					'A tenant ID (Directory ID) is a GUID: 32 hexadecimal digits in the form 00000000-0000-0000-0000-000000000000. The value entered is not in that form; it may be a domain name or a company name.',
				fix: "Copy the Directory ID from the customer's Azure portal (Azure Active Directory > Manage > Properties) and paste it unchanged.",
			},
			ja: {
				title: 'テナント ID の形式ではありません',
				explanation:
					'テナント ID (ディレクトリ ID) は、00000000-0000-0000-0000-000000000000 の形式の GUID (32 桁の 16 進数) です。入力された値はこの形式ではありません。ドメイン名や会社名を入力している可能性があります。',
				fix: 'お客様の Azure portal ([Azure Active Directory] > [管理] > [プロパティ]) からディレクトリ ID をコピーし、そのまま貼り付けてください。',
			},
			'zh-TW': {
				title: '這看起來不像租用戶識別碼',
				explanation:
					'租用戶識別碼（目錄識別碼）是 GUID：格式為 00000000-0000-0000-0000-000000000000 的 32 個十六進位數字。輸入的值不符合此格式，可能是網域名稱或公司名稱。',
				fix: '請從客戶的 Azure 入口網站（[Azure Active Directory] > [管理] > [屬性]）複製目錄識別碼，並原封不動地貼上。',
			},
		},
	},
	DOMAIN_TENANT_MISMATCH: {
		step: 'customer',
		fields: ['customerDomain', 'tenantId'],
		basis: 'documented',
		anchor: 'domain-tenant-mismatch',
		citations: ['CAI#111–113'],
		articleQuote: {
			citation: 'CAI#113',
			text: {
				en: 'If you receive an error stating that they don’t match, contact your customer to ensure you have the correct details.',
				ja: '一致しないというエラーが表示された場合は、お客様に適切な詳細情報があることを確認してください。',
				'zh-TW': '如果您收到錯誤訊息，指出它們不相符，請洽詢您的客戶，以確保您有正確的詳細資料。',
			},
		},
		portalText: NOT_DOCUMENTED,
		assumption: {
			en: "The article says only that the two must match. The simulator counts them as matching when the domain (compared without regard to case) is one of the verified domains of the tenant with that ID; a tenant ID no customer tenant has is a mismatch too.",
			ja: '記事には両者が一致する必要があることしか書かれていません。シミュレーターは、ドメイン (大文字と小文字を区別しない) がその ID のテナントの検証済みドメインの 1 つである場合に一致とみなし、どの顧客テナントにも該当しないテナント ID も不一致とします。',
			'zh-TW': '文章只說明兩者必須相符。模擬器在網域（不區分大小寫）屬於該識別碼之租用戶的已驗證網域時視為相符；沒有任何客戶租用戶使用的租用戶識別碼也視為不相符。',
		},
		links: [],
		text: {
			en: {
				title: "The domain and the tenant ID don't match",
				explanation:
					"In the CPOR association claim flow, you're asked to provide the customer tenant ID and subdomain, and they must match: the domain must be a verified domain of that tenant. Here the domain isn't a verified domain of the tenant with this ID, or no customer tenant has this ID.",
				fix: 'Contact your customer to ensure you have the correct details: their tenant ID (Directory ID) and a domain verified in that same tenant.',
			},
			ja: {
				title: 'ドメインとテナント ID が一致しません',
				explanation:
					'CPOR アソシエーション要求フローでは顧客のテナント ID とサブドメインの入力を求められ、両者は一致している必要があります (ドメインがそのテナントの検証済みドメインであること)。記事には「一致しないというエラーが表示された場合は、お客様に適切な詳細情報があることを確認してください。」とあります。このドメインはこの ID のテナントの検証済みドメインではないか、この ID のテナントがありません。',
				fix: 'お客様に連絡して、正しいテナント ID (ディレクトリ ID) と、同じテナントで検証済みのドメインを確認してください。',
			},
			'zh-TW': {
				title: '網域與租用戶識別碼不相符',
				explanation:
					'在 CPOR 關聯宣告流程中，系統會要求您提供客戶租用戶識別碼和子域，而兩者必須相符：網域必須是該租用戶已驗證的網域。文章指出：「如果您收到錯誤訊息，指出它們不相符，請洽詢您的客戶，以確保您有正確的詳細資料。」此網域不是該識別碼之租用戶的已驗證網域，或沒有任何租用戶使用此識別碼。',
				fix: '請洽詢您的客戶，確認正確的租用戶識別碼（目錄識別碼），以及在同一租用戶中已驗證的網域。',
			},
		},
	},

	// -----------------------------------------------------------------------------------------
	// Solution area, activity, Associate customer page
	// -----------------------------------------------------------------------------------------
	SOLUTION_AREA_REQUIRED: {
		step: 'activity',
		fields: ['solutionArea'],
		basis: 'documented',
		anchor: null,
		citations: ['OSA#118', 'OSA#138'],
		articleQuote: null,
		portalText: NOT_DOCUMENTED,
		assumption: null,
		links: [],
		text: {
			en: {
				title: 'Select a solution area',
				explanation: 'The flow asks for the solution area, Business Applications or Microsoft 365, and none is selected.',
				fix: "Select Business Applications or Microsoft 365, depending on the products you're claiming.",
			},
			ja: {
				title: 'ソリューション領域を選択してください',
				explanation: 'CPOR アソシエーション要求フローではソリューション領域 (Business Applications または Microsoft 365) を選択しますが、選択されていません。',
				fix: '要求する製品に応じて、Business Applications または Microsoft 365 を選択してください。',
			},
			'zh-TW': {
				title: '請選取解決方案區域',
				explanation: 'CPOR 關聯宣告流程會要求您選取解決方案區域（Business Applications 或 Microsoft 365），但目前未選取。',
				fix: '請依據您要宣告的產品，選取 Business Applications 或 Microsoft 365。',
			},
		},
	},
	ACTIVITY_REQUIRED: {
		step: 'activity',
		fields: ['activity'],
		basis: 'documented',
		anchor: null,
		citations: ['OSA#119', 'OSA#138–139'],
		articleQuote: null,
		portalText: NOT_DOCUMENTED,
		assumption: null,
		links: [],
		text: {
			en: {
				title: 'Select an activity',
				explanation: 'The flow asks for the activity you have performed (Presales, Usage or Revenue association), and none is selected.',
				fix: 'Select the correct activity based on the descriptions in "Which activity do I choose?", to avoid having to reclaim in the future.',
			},
			ja: {
				title: 'アクティビティを選択してください',
				explanation: 'CPOR アソシエーション要求フローでは実行したアクティビティ (プリセールス、使用、収益の関連付け) を選択しますが、選択されていません。',
				fix: '後で再要求する必要がないように、「どのアクティビティを選択しますか?」の説明に基づいて適切なアクティビティを選択してください。',
			},
			'zh-TW': {
				title: '請選取活動',
				explanation: 'CPOR 關聯宣告流程會要求您選取您所執行的活動（售前、使用方式或收益關聯），但目前未選取。',
				fix: '請根據「我要選擇哪一個活動？」中的描述選取正確的活動，以避免未來需要重新宣告。',
			},
		},
	},
	ACTIVITY_NOT_FOR_SOLUTION_AREA: {
		step: 'activity',
		fields: ['solutionArea', 'activity'],
		basis: 'documented',
		anchor: 'which-activity-do-i-choose',
		citations: ['CAI#133–136', 'CAI#151–153'],
		articleQuote: {
			citation: 'CAI#136',
			text: {
				en: 'Claiming with an incorrect activity may result in missed eligibility and incentive earnings.',
				ja: '不適切なアクティビティによって要求されると、適格性とインセンティブの利益が失われる可能性があります。',
				'zh-TW': '宣告不正確的活動可能會導致缺少資格和獎勵收益。',
			},
		},
		portalText: NOT_DOCUMENTED,
		assumption: null,
		links: [],
		text: {
			en: {
				title: "This activity isn't available for this solution area",
				explanation:
					'Each solution area has its own activities: Business Applications allows Presales, Usage and Revenue association; Microsoft 365 allows only Usage. Claiming with an incorrect activity may result in missed eligibility and incentive earnings.',
				fix: 'For Microsoft 365, select Usage. To claim Presales or Revenue association, the products must be Business Applications products.',
			},
			ja: {
				title: 'このアクティビティはこのソリューション領域では選択できません',
				explanation:
					'ソリューション領域ごとに適用可能なアクティビティが決まっています。ビジネス アプリケーションではプリセールス、使用、収益の関連付け、Microsoft 365 では使用のみです。記事には「不適切なアクティビティによって要求されると、適格性とインセンティブの利益が失われる可能性があります。」とあります。',
				fix: 'Microsoft 365 では [使用] を選択してください。プリセールスまたは収益の関連付けを要求する場合、製品は Business Applications の製品である必要があります。',
			},
			'zh-TW': {
				title: '此活動不適用於此解決方案區域',
				explanation:
					'每個解決方案區域都有其適用的活動：商務應用程式可選擇售前、使用方式和收益關聯；Microsoft 365 只能選擇使用方式。文章指出：「宣告不正確的活動可能會導致缺少資格和獎勵收益。」',
				fix: '若為 Microsoft 365，請選取 [使用方式]。若要宣告售前或收益關聯，產品必須是 Business Applications 產品。',
			},
		},
	},
	CLAIM_NAME_REQUIRED: {
		step: 'activity',
		fields: ['claimName'],
		basis: 'documented',
		anchor: null,
		citations: ['OSA#123', 'OSA#141'],
		articleQuote: null,
		portalText: NOT_DOCUMENTED,
		assumption: null,
		links: [],
		text: {
			en: {
				title: 'Name the claim',
				explanation: 'You create a name for the claim on the Associate customer page, and the name is empty.',
				fix: 'Enter a name that will help you find this claim later, for example the customer and the products.',
			},
			ja: {
				title: '要求の名前を入力してください',
				explanation: '[顧客の関連付け] ページで要求の名前を作成しますが、名前が空です。',
				fix: '後でこの要求を見つけやすい名前 (顧客名と製品名など) を入力してください。',
			},
			'zh-TW': {
				title: '請為宣告命名',
				explanation: '您必須在 [關聯客戶] 頁面上為宣告建立名稱，但名稱是空白的。',
				fix: '請輸入日後方便您找到此宣告的名稱，例如客戶和產品名稱。',
			},
		},
	},
	REVENUE_ASSOCIATION_FIELD_REQUIRED: {
		step: 'activity',
		fields: ['revenueAssociation.solutionSellerName', 'revenueAssociation.customerName', 'revenueAssociation.isvProductName'],
		basis: 'assumed',
		anchor: null,
		citations: ['OSA#127', 'OSA#140'],
		articleQuote: null,
		portalText: NOT_DOCUMENTED,
		assumption: {
			en: "The sources list these fields for revenue association claims but don't say which are required. The simulator requires all three, as on the contacts page, where all fields are required.",
			ja: 'ソースには収益の関連付けの要求でこれらのフィールドが挙げられていますが、どれが必須かは書かれていません。シミュレーターは、すべてのフィールドが必須である連絡先ページと同様に、3 つすべてを必須とします。',
			'zh-TW': '來源文件列出了收益關聯宣告的這些欄位，但未說明哪些為必填。模擬器比照所有欄位皆為必填的連絡人頁面，將三個欄位都視為必填。',
		},
		links: [],
		text: {
			en: {
				title: 'Complete the revenue association details',
				explanation:
					'For Revenue association, the flow asks for slightly different information: the Dynamics solution seller name, the customer name and the name of the ISV product/solution. At least one of them is empty.',
				fix: 'Fill in the Dynamics solution seller name, the customer name and the name of the ISV product/solution.',
			},
			ja: {
				title: '収益の関連付けの詳細を入力してください',
				explanation:
					'収益の関連付けを選択した場合は、少し異なる情報 (Dynamics ソリューション販売者名、顧客名、ISV 製品/ソリューションの名前) の入力を求められます。そのいずれかが空です。',
				fix: 'Dynamics ソリューション販売者名、顧客名、ISV 製品/ソリューションの名前を入力してください。',
			},
			'zh-TW': {
				title: '請填寫收益關聯的詳細資料',
				explanation:
					'若選取收益關聯，系統會要求您提供略有不同的資訊：Dynamics 解決方案銷售者名稱、客戶名稱，以及 ISV 產品/解決方案的名稱。其中至少有一項是空白的。',
				fix: '請填寫 Dynamics 解決方案銷售者名稱、客戶名稱，以及 ISV 產品/解決方案的名稱。',
			},
		},
	},

	// -----------------------------------------------------------------------------------------
	// Products
	// -----------------------------------------------------------------------------------------
	PRODUCT_REQUIRED: {
		step: 'products',
		fields: ['products'],
		basis: 'documented',
		anchor: null,
		citations: ['OSA#124', 'OSA#142'],
		articleQuote: null,
		portalText: NOT_DOCUMENTED,
		assumption: null,
		links: [],
		text: {
			en: {
				title: 'Select at least one product',
				explanation: "The flow asks for the product(s) or workload(s) you're claiming, and none is selected.",
				fix: 'Select the product(s) associated with this customer association.',
			},
			ja: {
				title: '製品を 1 つ以上選択してください',
				explanation: 'CPOR アソシエーション要求フローでは要求する製品またはワークロードを選択しますが、選択されていません。',
				fix: 'この顧客の関連付けに関連する製品を選択してください。',
			},
			'zh-TW': {
				title: '請至少選取一項產品',
				explanation: 'CPOR 關聯宣告流程會要求您選取要宣告的產品或工作負載，但目前未選取任何產品。',
				fix: '請選取與此客戶關聯相關的產品。',
			},
		},
	},
	PRODUCT_NOT_IN_SOLUTION_AREA: {
		step: 'products',
		fields: ['products'],
		basis: 'assumed',
		anchor: null,
		citations: ['OSA#118', 'OSA#124', 'CAI#133'],
		articleQuote: null,
		portalText: NOT_DOCUMENTED,
		assumption: {
			en: "The sources don't describe how the product list depends on the solution area. The simulator offers only the products of the selected solution area and reports any other product.",
			ja: 'ソリューション領域によって製品一覧がどう変わるかはソースに書かれていません。シミュレーターは選択したソリューション領域の製品だけを表示し、それ以外の製品をエラーにします。',
			'zh-TW': '來源文件並未說明產品清單如何隨解決方案區域而變。模擬器只提供所選解決方案區域的產品，並將其他產品回報為錯誤。',
		},
		links: [],
		text: {
			en: {
				title: "This product doesn't belong to the selected solution area",
				explanation:
					"The products you can claim depend on the solution area: Dynamics 365 and Power BI are Business Applications; workloads such as Exchange Online and Microsoft Teams are Microsoft 365. This product isn't in the selected solution area, or it isn't a product the simulator knows.",
				fix: 'Remove the product, or claim it in a separate claim under its own solution area.',
			},
			ja: {
				title: 'この製品は選択したソリューション領域に含まれていません',
				explanation:
					'要求できる製品はソリューション領域によって異なります。Dynamics 365 と Power BI はビジネス アプリケーション、Exchange Online や Microsoft Teams などのワークロードは Microsoft 365 に属します。この製品は選択したソリューション領域に含まれていないか、シミュレーターが認識しない製品です。',
				fix: 'この製品を削除するか、該当するソリューション領域で別の要求を作成してください。',
			},
			'zh-TW': {
				title: '此產品不屬於所選的解決方案區域',
				explanation:
					'可宣告的產品取決於解決方案區域：Dynamics 365 和 Power BI 屬於商務應用程式，Exchange Online 和 Microsoft Teams 等工作負載屬於 Microsoft 365。此產品不在所選的解決方案區域中，或不是模擬器已知的產品。',
				fix: '請移除此產品，或在其所屬的解決方案區域中另外提出宣告。',
			},
		},
	},
	ACTIVITY_CHANNEL_NOT_ELIGIBLE: {
		step: 'products',
		fields: ['activity', 'products'],
		basis: 'documented',
		anchor: 'which-activity-do-i-choose',
		citations: ['CAI#142–150', 'CAI#121'],
		articleQuote: {
			citation: 'CAI#143',
			text: {
				en: 'This option is only applicable if the customer purchased these products via Volume Licensing agreement or Web-Direct.',
				ja: 'このオプションは、顧客がボリュームライセンス契約または Web ダイレクトを使用してこれらの製品を購入した場合にのみ適用されます。',
				'zh-TW': '只有當客戶透過大量授權合約或 Web Direct 購買這些產品時，才適用此選項。',
			},
		},
		portalText: NOT_DOCUMENTED,
		assumption: {
			en: "The simulator takes a product's purchase channel from the customer's subscriptions of that product on the tenant: the activity is eligible when at least one of them was bought via Volume Licensing or Web-Direct. Microsoft 365 Usage has no channel condition in the article.",
			ja: 'シミュレーターは、テナント上のその製品のサブスクリプションから購入チャネルを判断し、1 つ以上がボリュームライセンス契約または Web ダイレクトで購入されていればアクティビティを適用可能とします。記事では、Microsoft 365 の使用には購入チャネルの条件はありません。',
			'zh-TW': '模擬器依據該租用戶上此產品的訂用帳戶判斷購買通路：只要其中至少一個是透過大量授權合約或 Web Direct 購買，活動即適用。文章並未對 Microsoft 365 的使用方式設定購買通路條件。',
		},
		links: [],
		text: {
			en: {
				title: 'This activity needs a Volume Licensing or Web-Direct purchase',
				explanation:
					'For Business Applications, Presales, Usage and Revenue association are each only applicable if the customer purchased these products via Volume Licensing agreement or Web-Direct. The customer has this product only through CSP.',
				fix: "Claim only products the customer bought via Volume Licensing or Web-Direct. CSP purchases can't be claimed in the CPOR association claim flow.",
			},
			ja: {
				title: 'このアクティビティには、ボリュームライセンス契約または Web ダイレクトでの購入が必要です',
				explanation:
					'ビジネス アプリケーションのプリセールス、使用、収益の関連付けには、いずれも「このオプションは、顧客がボリュームライセンス契約または Web ダイレクトを使用してこれらの製品を購入した場合にのみ適用されます。」という条件があります。お客様はこの製品を CSP 経由でのみ購入しています。',
				fix: 'ボリュームライセンス契約または Web ダイレクトで購入された製品だけを要求してください。CSP で購入された製品は CPOR アソシエーション要求フローでは要求できません。',
			},
			'zh-TW': {
				title: '此活動需要透過大量授權或 Web Direct 購買',
				explanation:
					'商務應用程式的售前、使用方式和收益關聯皆有此條件：「只有當客戶透過大量授權合約或 Web Direct 購買這些產品時，才適用此選項。」客戶僅透過 CSP 購買此產品。',
				fix: '請只宣告客戶透過大量授權合約或 Web Direct 購買的產品。透過 CSP 購買的產品無法在 CPOR 關聯宣告流程中宣告。',
			},
		},
	},
	COMPETING_CLAIM: {
		step: 'products',
		fields: ['products'],
		basis: 'documented',
		anchor: 'competing-claims',
		citations: ['CAI#166–173'],
		articleQuote: {
			citation: 'CAI#166',
			text: {
				en: "If you're creating a CPOR association claim for a customer and their product(s) that is already associated with another partner, your claim will go through arbitration:",
				ja: '顧客と、既に別のパートナーに関連付けられている製品に対して CPOR アソシエーション要求を作成している場合は、次のように決定されます。',
				'zh-TW': '如果您要為客戶建立 CPOR 關聯宣告，而其產品已與另一個合作夥伴相關聯，您的宣告將會通過仲裁：',
			},
		},
		portalText: NOT_DOCUMENTED,
		assumption: {
			en: "The sandbox marks subscriptions that are already claimed. For a product whose subscription ID isn't asked for, the simulator treats a claimed subscription of that product on the tenant as an association with another partner, and warns without blocking: the article describes arbitration, not an error.",
			ja: 'サンドボックスでは既に要求されたサブスクリプションに印が付いています。サブスクリプション ID を求められない製品については、テナント上のその製品のサブスクリプションが要求済みであれば別のパートナーとの関連付けとみなし、要求を止めずに警告します。記事に書かれているのはエラーではなく調停だからです。',
			'zh-TW': '沙箱會標示已被宣告的訂用帳戶。對於不需要輸入訂用帳戶 ID 的產品，只要該租用戶上此產品的訂用帳戶已被宣告，模擬器就視為已與另一個合作夥伴相關聯，並只顯示警告而不阻止宣告：文章描述的是仲裁，而不是錯誤。',
		},
		links: [],
		text: {
			en: {
				title: 'Another partner is already associated with this product',
				explanation:
					"This customer's product or workload is already associated with another partner, so your claim will go through arbitration: Microsoft reviews each partner's proof of execution to decide which partner to approve. Your claim will still be reviewed within five business days, but it may stay Under Review for longer.",
				fix: "Make sure your proof of execution clearly shows your work for this customer and product. Watch the claim's comments section: that's where Microsoft asks for additional information.",
			},
			ja: {
				title: 'この製品は既に別のパートナーに関連付けられています',
				explanation:
					'この顧客の製品/ワークロードは既に別のパートナーに関連付けられているため、要求は調停の対象になります。Microsoft は各パートナーの実行証明をレビューして、承認するパートナーを決定します。要求は 5 営業日以内に確認されますが、状態が長期間にわたってレビュー中のままになる可能性があります。',
				fix: '実行証明で、この顧客と製品に対する作業が明確に示されていることを確認してください。追加情報の依頼は要求のコメントセクションで通知されるので、確認してください。',
			},
			'zh-TW': {
				title: '此產品已與另一個合作夥伴相關聯',
				explanation:
					'此客戶的產品/工作負載已與另一個合作夥伴相關聯，因此您的宣告將會通過仲裁：Microsoft 會檢閱每個合作夥伴的執行證明，以決定要核准哪一個夥伴。您的宣告仍然會在五個工作天內進行檢查，但其狀態可能會在較長的時間內保持為「審核中」。',
				fix: '請確認您的執行證明清楚呈現您對此客戶及產品所做的工作。請留意宣告的 [批註] 區段，Microsoft 會在此要求其他資訊。',
			},
		},
	},

	// -----------------------------------------------------------------------------------------
	// Contacts
	// -----------------------------------------------------------------------------------------
	CONTACT_FIELD_REQUIRED: {
		step: 'contacts',
		fields: ['contacts.customer.name', 'contacts.customer.title', 'contacts.customer.email', 'contacts.company.name', 'contacts.company.email'],
		basis: 'documented',
		anchor: null,
		citations: ['OSA#120', 'OSA#122', 'OSA#143–144'],
		articleQuote: null,
		portalText: NOT_DOCUMENTED,
		assumption: null,
		links: [],
		text: {
			en: {
				title: 'Complete the contact information',
				explanation:
					"The flow asks for your customer's contact name, title and email address and for your own company's contact name and email address. All fields are required, and at least one is empty.",
				fix: 'Fill in every contact field that is marked.',
			},
			ja: {
				title: '連絡先情報を入力してください',
				explanation:
					'お客様の連絡先の名前、役職、電子メールアドレスと、自分の会社の連絡先名と電子メールアドレスの入力を求められます。すべてのフィールドが必須ですが、空のフィールドがあります。',
				fix: '示されているすべての連絡先フィールドを入力してください。',
			},
			'zh-TW': {
				title: '請填寫連絡人資訊',
				explanation:
					'系統會要求您提供客戶連絡人的姓名、職稱和電子郵件地址，以及您公司連絡人的姓名和電子郵件地址。所有欄位都是必填欄位，但至少有一個欄位是空白的。',
				fix: '請填寫所有標示的連絡人欄位。',
			},
		},
	},
	TECHNICAL_CONTACT_REQUIRED: {
		step: 'contacts',
		fields: ['contacts.technical.name', 'contacts.technical.title', 'contacts.technical.email'],
		basis: 'documented',
		anchor: null,
		citations: ['OSA#121', 'OSA#143–144'],
		articleQuote: null,
		portalText: NOT_DOCUMENTED,
		assumption: null,
		links: [],
		text: {
			en: {
				title: "Add the customer's technical contact",
				explanation:
					"For Dynamics 365, you also need to provide your customer's technical contact name, title and email address, and at least one of them is empty.",
				fix: "Ask your customer who their technical contact for the Dynamics 365 product is, and enter that person's name, title and email address.",
			},
			ja: {
				title: '顧客の技術担当者を入力してください',
				explanation: 'Dynamics 365 では、顧客の技術担当者の名前、役職、電子メールアドレスも入力する必要がありますが、空のフィールドがあります。',
				fix: 'Dynamics 365 製品に関するお客様の技術担当者を確認し、その名前、役職、電子メールアドレスを入力してください。',
			},
			'zh-TW': {
				title: '請新增客戶的技術連絡人',
				explanation: '若為 Dynamics 365，您還需要提供客戶技術連絡人的姓名、職稱和電子郵件地址，但至少有一項是空白的。',
				fix: '請向客戶確認 Dynamics 365 產品的技術連絡人，並輸入其姓名、職稱和電子郵件地址。',
			},
		},
	},
	CONTACT_EMAIL_INVALID: {
		step: 'contacts',
		fields: ['contacts.customer.email', 'contacts.technical.email', 'contacts.company.email'],
		basis: 'assumed',
		anchor: null,
		citations: ['OSA#120–122'],
		articleQuote: null,
		portalText: NOT_DOCUMENTED,
		assumption: {
			en: "The sources don't say how email addresses are checked. The simulator accepts any text with one @, no spaces and a dot in the part after the @.",
			ja: '電子メールアドレスの確認方法はソースに書かれていません。シミュレーターは、@ が 1 つあり、空白がなく、@ の後にドットを含むテキストを受け付けます。',
			'zh-TW': '來源文件並未說明如何檢查電子郵件地址。模擬器接受含有一個 @、沒有空格，且 @ 之後包含點的文字。',
		},
		links: [],
		text: {
			en: {
				title: "This doesn't look like an email address",
				explanation: 'An email address needs a name, an @ and a domain, for example name@contoso.com, without spaces.',
				fix: 'Check the email address for typos and enter it again.',
			},
			ja: {
				title: '電子メールアドレスの形式ではありません',
				explanation: '電子メールアドレスには、name@contoso.com のように名前、@、ドメインが必要で、空白は使えません。',
				fix: '電子メールアドレスに入力ミスがないか確認して、もう一度入力してください。',
			},
			'zh-TW': {
				title: '這看起來不像電子郵件地址',
				explanation: '電子郵件地址需要名稱、@ 與網域，例如 name@contoso.com，且不可包含空格。',
				fix: '請檢查電子郵件地址是否有錯字，然後重新輸入。',
			},
		},
	},

	// -----------------------------------------------------------------------------------------
	// Subscription (Dynamics 365 with multiple subscriptions for the customer)
	// -----------------------------------------------------------------------------------------
	SUBSCRIPTION_ID_REQUIRED: {
		step: 'subscription',
		fields: ['subscriptionId'],
		basis: 'documented',
		anchor: 'subscription-errors-in-the-cpor-association-claim-flow',
		citations: ['OSA#145', 'CAI#115–116'],
		articleQuote: {
			citation: 'CAI#116',
			text: {
				en: "We ask for the subscription because we're dynamically checking that the product and subscription belong to the tenant being claimed for.",
				ja: '製品とサブスクリプションが要求されているテナントに属しているかどうかを動的に確認しているため、サブスクリプションを要求します。',
				'zh-TW': '我們會要求您提供訂用帳戶，因為我們會動態檢查產品和訂用帳戶是否屬於所宣告的租使用者。',
			},
		},
		portalText: NOT_DOCUMENTED,
		assumption: null,
		links: [],
		text: {
			en: {
				title: 'Enter the subscription ID',
				explanation:
					"If your product is Dynamics 365 and the product you choose has multiple subscriptions for this customer, you also need to enter the subscription ID. The flow asks for it because it checks that the product and subscription belong to the tenant being claimed for.",
				fix: 'Ask your customer which subscription your work is for, and enter its subscription ID.',
			},
			ja: {
				title: 'サブスクリプション ID を入力してください',
				explanation:
					'製品が Dynamics 365 で、選択した製品がこの顧客に対して複数のサブスクリプションを持っている場合は、サブスクリプション ID も入力する必要があります。記事には「製品とサブスクリプションが要求されているテナントに属しているかどうかを動的に確認しているため、サブスクリプションを要求します。」とあります。',
				fix: 'どのサブスクリプションに対する作業かをお客様に確認し、そのサブスクリプション ID を入力してください。',
			},
			'zh-TW': {
				title: '請輸入訂用帳戶 ID',
				explanation:
					'如果您的產品是 Dynamics 365，且您選擇的產品對此客戶有多個訂用帳戶，您也必須輸入訂用帳戶 ID。文章指出：「我們會要求您提供訂用帳戶，因為我們會動態檢查產品和訂用帳戶是否屬於所宣告的租使用者。」',
				fix: '請向客戶確認您的工作所針對的訂用帳戶，並輸入其訂用帳戶 ID。',
			},
		},
	},
	SUBSCRIPTION_ID_INVALID: {
		step: 'subscription',
		fields: ['subscriptionId'],
		basis: 'documented',
		anchor: 'subscription-errors-in-the-cpor-association-claim-flow',
		citations: ['CAI#124', 'CAI#125–126'],
		articleQuote: {
			citation: 'CAI#124',
			text: {
				en: "The identifier provided isn't a subscription ID",
				ja: '指定された識別子はサブスクリプション ID ではありません',
				'zh-TW': '提供的識別碼不是訂用帳戶 ID',
			},
		},
		portalText: NOT_DOCUMENTED,
		assumption: {
			en: 'The simulator treats an identifier as a subscription ID when it is a GUID and a subscription with that ID exists in the sandbox (so a tenant ID pasted into the field is not one).',
			ja: 'シミュレーターは、GUID の形式で、かつその ID のサブスクリプションがサンドボックスに存在する識別子をサブスクリプション ID とみなします (そのため、テナント ID を貼り付けた場合はサブスクリプション ID ではありません)。',
			'zh-TW': '模擬器將符合 GUID 格式、且沙箱中存在該 ID 之訂用帳戶的識別碼視為訂用帳戶 ID（因此貼上租用戶識別碼時不算訂用帳戶 ID）。',
		},
		links: [SUPPORT_URL],
		text: {
			en: {
				title: "The identifier provided isn't a subscription ID",
				explanation: "The value entered isn't the ID of a subscription: it may be the tenant ID, an order number or a mistyped ID.",
				fix: checkSubscriptionWithCustomer.en,
			},
			ja: {
				title: '指定された識別子はサブスクリプション ID ではありません',
				explanation: '入力された値はサブスクリプションの ID ではありません。テナント ID、注文番号、または入力ミスのある ID である可能性があります。',
				fix: checkSubscriptionWithCustomer.ja,
			},
			'zh-TW': {
				title: '提供的識別碼不是訂用帳戶 ID',
				explanation: '輸入的值不是訂用帳戶的 ID：可能是租用戶識別碼、訂單號碼或輸入錯誤的 ID。',
				fix: checkSubscriptionWithCustomer['zh-TW'],
			},
		},
	},
	SUBSCRIPTION_NOT_DYNAMICS: {
		step: 'subscription',
		fields: ['subscriptionId'],
		basis: 'documented',
		anchor: 'subscription-errors-in-the-cpor-association-claim-flow',
		citations: ['CAI#120', 'CAI#125–126'],
		articleQuote: {
			citation: 'CAI#120',
			text: {
				en: "The subscription provided isn't for Dynamics",
				ja: '指定されたサブスクリプションは Dynamics 向けではありません',
				'zh-TW': '提供的訂用帳戶不適用於 Dynamics',
			},
		},
		portalText: NOT_DOCUMENTED,
		assumption: null,
		links: [SUPPORT_URL],
		text: {
			en: {
				title: "The subscription provided isn't for Dynamics",
				explanation:
					"The flow asks for a subscription of the Dynamics 365 product you're claiming, and the subscription entered is for a product that isn't Dynamics (for example Power BI or Microsoft 365).",
				fix: `Enter the subscription of the Dynamics 365 product you selected. ${checkSubscriptionWithCustomer.en}`,
			},
			ja: {
				title: '指定されたサブスクリプションは Dynamics 向けではありません',
				explanation:
					'CPOR アソシエーション要求フローでは要求する Dynamics 365 製品のサブスクリプションを入力しますが、入力されたサブスクリプションは Dynamics 以外の製品 (Power BI や Microsoft 365 など) のものです。',
				fix: `選択した Dynamics 365 製品のサブスクリプションを入力してください。${checkSubscriptionWithCustomer.ja}`,
			},
			'zh-TW': {
				title: '提供的訂用帳戶不適用於 Dynamics',
				explanation:
					'CPOR 關聯宣告流程會要求您提供要宣告之 Dynamics 365 產品的訂用帳戶，但輸入的訂用帳戶屬於非 Dynamics 的產品（例如 Power BI 或 Microsoft 365）。',
				fix: `請輸入您所選 Dynamics 365 產品的訂用帳戶。${checkSubscriptionWithCustomer['zh-TW']}`,
			},
		},
	},
	SUBSCRIPTION_PRODUCT_NOT_ON_TENANT: {
		step: 'subscription',
		fields: ['products', 'subscriptionId'],
		basis: 'documented',
		anchor: 'subscription-errors-in-the-cpor-association-claim-flow',
		citations: ['CAI#116', 'CAI#119', 'CAI#125–126'],
		articleQuote: {
			citation: 'CAI#119',
			text: {
				en: 'The product selected doesn’t exist on the customer’s tenant',
				ja: '選択された製品が顧客のテナントに存在しない',
				'zh-TW': '選取的產品不存在於客戶的租用戶上',
			},
		},
		portalText: NOT_DOCUMENTED,
		assumption: {
			en: "Besides checking the subscription entered, the simulator reports a selected Dynamics 365 product that has no subscription at all on the customer's tenant, even when no subscription ID is asked for.",
			ja: 'シミュレーターは、入力されたサブスクリプションの確認に加えて、顧客のテナントにサブスクリプションが 1 つもない Dynamics 365 製品が選択されている場合も、サブスクリプション ID を求められていなくてもエラーにします。',
			'zh-TW': '除了檢查輸入的訂用帳戶之外，即使未要求輸入訂用帳戶 ID，只要所選的 Dynamics 365 產品在客戶的租用戶上完全沒有訂用帳戶，模擬器也會回報錯誤。',
		},
		links: [SUPPORT_URL],
		text: {
			en: {
				title: 'The product selected doesn’t exist on the customer’s tenant',
				explanation:
					"The flow checks dynamically that the product and subscription belong to the tenant being claimed for. Either the customer's tenant has no subscription of this Dynamics 365 product, or the subscription entered belongs to another tenant or to a product you didn't select.",
				fix: checkSubscriptionWithCustomer.en,
			},
			ja: {
				title: '選択された製品が顧客のテナントに存在しない',
				explanation:
					'CPOR アソシエーション要求フローでは、製品とサブスクリプションが要求されているテナントに属しているかどうかを動的に確認しています。顧客のテナントにこの Dynamics 365 製品のサブスクリプションがないか、入力されたサブスクリプションが別のテナントまたは選択していない製品のものです。',
				fix: checkSubscriptionWithCustomer.ja,
			},
			'zh-TW': {
				title: '選取的產品不存在於客戶的租用戶上',
				explanation:
					'CPOR 關聯宣告流程會動態檢查產品和訂用帳戶是否屬於所宣告的租用戶。客戶的租用戶上沒有此 Dynamics 365 產品的訂用帳戶，或輸入的訂用帳戶屬於其他租用戶或您未選取的產品。',
				fix: checkSubscriptionWithCustomer['zh-TW'],
			},
		},
	},
	SUBSCRIPTION_IS_CSP: {
		step: 'subscription',
		fields: ['subscriptionId'],
		basis: 'documented',
		anchor: 'subscription-errors-in-the-cpor-association-claim-flow',
		citations: ['CAI#121', 'CAI#143', 'CAI#125–126'],
		articleQuote: {
			citation: 'CAI#121',
			text: {
				en: 'The subscription provided is for CSP',
				ja: '指定されたサブスクリプションが CSP を対象としている',
				'zh-TW': '提供的訂閱適用於 CSP',
			},
		},
		portalText: NOT_DOCUMENTED,
		assumption: null,
		links: [SUPPORT_URL],
		text: {
			en: {
				title: 'The subscription provided is for CSP',
				explanation:
					'The subscription entered was bought through the Cloud Solution Provider (CSP) program. Business Applications activities are only applicable if the customer purchased the products via Volume Licensing agreement or Web-Direct.',
				fix: `Enter a subscription the customer bought via Volume Licensing or Web-Direct: CSP subscriptions can't be claimed in the CPOR association claim flow. ${checkSubscriptionWithCustomer.en}`,
			},
			ja: {
				title: '指定されたサブスクリプションが CSP を対象としている',
				explanation:
					'入力されたサブスクリプションはクラウド ソリューション プロバイダー (CSP) プログラムで購入されたものです。ビジネス アプリケーションのアクティビティは、顧客がボリュームライセンス契約または Web ダイレクトを使用して製品を購入した場合にのみ適用されます。',
				fix: `ボリュームライセンス契約または Web ダイレクトで購入されたサブスクリプションを入力してください。CSP のサブスクリプションは CPOR アソシエーション要求フローでは要求できません。${checkSubscriptionWithCustomer.ja}`,
			},
			'zh-TW': {
				title: '提供的訂閱適用於 CSP',
				explanation: '輸入的訂用帳戶是透過雲端解決方案提供者（CSP）計畫購買的。只有當客戶透過大量授權合約或 Web Direct 購買產品時，商務應用程式的活動才適用。',
				fix: `請輸入客戶透過大量授權合約或 Web Direct 購買的訂用帳戶。CSP 訂用帳戶無法在 CPOR 關聯宣告流程中宣告。${checkSubscriptionWithCustomer['zh-TW']}`,
			},
		},
	},
	SUBSCRIPTION_NOT_PROVISIONED: {
		step: 'subscription',
		fields: ['subscriptionId'],
		basis: 'documented',
		anchor: 'when-subscriptions-will-be-available-to-claim',
		citations: ['CAI#122', 'CAI#128–131'],
		articleQuote: {
			citation: 'CAI#122',
			text: {
				en: "The customer hasn't yet activated/provisioned the products for that subscription",
				ja: 'お客様は、そのサブスクリプションの製品をまだアクティブ化/プロビジョニングしていません',
				'zh-TW': '客戶尚未啟用/布建該訂用帳戶的產品',
			},
		},
		portalText: NOT_DOCUMENTED,
		assumption: null,
		links: [SUPPORT_URL],
		text: {
			en: {
				title: "The customer hasn't yet activated/provisioned the products for that subscription",
				explanation:
					'When claiming for a subscription, you will receive an error if the subscription hasn\'t been provisioned yet. There are several steps the customer needs to take before the CPOR platform picks the subscription up and makes it available to claim.',
				fix: "Contact your customer to ensure that the subscription has been provisioned and that the subscription you're claiming is correct. If you have done that already, contact support.",
			},
			ja: {
				title: 'お客様は、そのサブスクリプションの製品をまだアクティブ化/プロビジョニングしていません',
				explanation:
					'記事には「サブスクリプションを要求するときに、サブスクリプションがまだプロビジョニングされていない場合は、エラーが表示されます。」とあります。CPOR プラットフォームがサブスクリプションを取得して要求に使用できるようにするには、お客様がいくつかの手順を実行する必要があります。',
				fix: 'お客様に連絡して、サブスクリプションがプロビジョニングされていること、および要求しているサブスクリプションが正しいことを確認してください。既に確認済みの場合は、サポートにお問い合わせください。',
			},
			'zh-TW': {
				title: '客戶尚未啟用/布建該訂用帳戶的產品',
				explanation:
					'文章指出：「在宣告訂用帳戶時，如果尚未布建訂用帳戶，您將會收到錯誤。」客戶必須先採取幾個步驟，CPOR 平臺才能取得該訂用帳戶並使其可供宣告。',
				fix: '請洽詢您的客戶，確保訂用帳戶已布建，且您所宣告的訂用帳戶正確無誤。如果您已經這麼做，請聯絡支援人員。',
			},
		},
	},
	SUBSCRIPTION_NOT_ACTIVE: {
		step: 'subscription',
		fields: ['subscriptionId'],
		basis: 'documented',
		anchor: 'subscription-errors-in-the-cpor-association-claim-flow',
		citations: ['CAI#116–117', 'CAI#125–126'],
		articleQuote: {
			citation: 'CAI#117',
			text: {
				en: "We're also checking that the subscription is in active/in grace status.",
				ja: 'また、サブスクリプションがアクティブであるか、または猶予状態になっていることを確認しています。',
				'zh-TW': '我們也正在檢查訂用帳戶是否為使用中/處於「寬限期」狀態。',
			},
		},
		portalText: NOT_DOCUMENTED,
		assumption: null,
		links: [SUPPORT_URL],
		text: {
			en: {
				title: "The subscription isn't active or in grace",
				explanation:
					'The flow checks that the subscription is in active/in grace status. This subscription has expired, and the customer has no other active subscription of this product on the tenant.',
				fix: "Work with your customer to find the subscription that is active now, and enter it. If the customer hasn't renewed, there's no subscription of this product to claim. If the subscription should be active, contact support.",
			},
			ja: {
				title: 'サブスクリプションがアクティブでも猶予状態でもありません',
				explanation:
					'記事には「また、サブスクリプションがアクティブであるか、または猶予状態になっていることを確認しています。」とあります。このサブスクリプションは期限切れで、テナントにはこの製品の他のアクティブなサブスクリプションもありません。',
				fix: '現在アクティブなサブスクリプションをお客様と確認して入力してください。お客様が更新していない場合、この製品に要求できるサブスクリプションはありません。サブスクリプションがアクティブのはずである場合は、サポートにお問い合わせください。',
			},
			'zh-TW': {
				title: '訂用帳戶不是使用中或寬限期狀態',
				explanation: '系統也會檢查訂用帳戶是否為使用中或處於寬限期狀態。此訂用帳戶已過期，且該租用戶上沒有此產品的其他使用中訂用帳戶。',
				fix: '請與客戶確認目前使用中的訂用帳戶並輸入。如果客戶尚未續訂，此產品就沒有可宣告的訂用帳戶。如果訂用帳戶應為使用中，請聯絡支援人員。',
			},
		},
	},
	NEW_SUBSCRIPTION_NEEDS_SEPARATE_CLAIM: {
		step: 'subscription',
		fields: ['subscriptionId'],
		basis: 'documented',
		anchor: 'choosing-a-product-vs-entering-a-subscription',
		citations: ['CAI#163–164'],
		articleQuote: {
			citation: 'CAI#164',
			text: {
				en: 'When this subscription is claimed, it is in active or in grace status, but there may be a time when the subscription ends, and the new subscriptions will need to be claimed in a separate CPOR association claim.',
				ja: 'このサブスクリプションが要求されると、アクティブまたは猶予状態になりますが、サブスクリプションが終了し、新しいサブスクリプションが別の CPOR アソシエーション要求で要求される必要がある場合があります。',
				'zh-TW': '當此訂用帳戶被宣告時，它會處於作用中或處於寬限狀態，但可能會有一段時間結束訂用帳戶，而且必須在個別的 CPOR 關聯宣告中領取新的訂閱。',
			},
		},
		portalText: NOT_DOCUMENTED,
		assumption: {
			en: 'The simulator recognises this case when the subscription entered has expired and the tenant has another active or in-grace subscription of the same product.',
			ja: 'シミュレーターは、入力されたサブスクリプションが期限切れで、テナントに同じ製品の別のアクティブまたは猶予状態のサブスクリプションがある場合を、このケースとみなします。',
			'zh-TW': '當輸入的訂用帳戶已過期，且該租用戶上有相同產品的另一個使用中或寬限期訂用帳戶時，模擬器會判定為此情況。',
		},
		links: [],
		text: {
			en: {
				title: 'This subscription has ended: claim the new subscription in a separate claim',
				explanation:
					'When a Dynamics product is claimed and approved, you can see its subscription ID in the claim. When that subscription ends, the new subscriptions will need to be claimed in a separate CPOR association claim. The subscription entered has expired, and the customer has a newer active subscription of the same product.',
				fix: "Claim the customer's current subscription of this product in a separate CPOR association claim, and enter that subscription's ID.",
			},
			ja: {
				title: 'このサブスクリプションは終了しています。新しいサブスクリプションは別の要求で要求してください',
				explanation:
					'Dynamics 製品が要求されて承認されると、CPOR アソシエーション要求でサブスクリプション ID を表示できます。記事には「サブスクリプションが終了し、新しいサブスクリプションが別の CPOR アソシエーション要求で要求される必要がある場合があります。」とあります。入力されたサブスクリプションは期限切れで、お客様には同じ製品の新しいアクティブなサブスクリプションがあります。',
				fix: 'この製品のお客様の現在のサブスクリプションを、別の CPOR アソシエーション要求で要求し、そのサブスクリプション ID を入力してください。',
			},
			'zh-TW': {
				title: '此訂用帳戶已結束：請在個別的宣告中宣告新的訂用帳戶',
				explanation:
					'Dynamics 產品經宣告並核准後，您可以在 CPOR 關聯宣告中查看其訂用帳戶識別碼。文章指出，訂用帳戶可能會結束，「而且必須在個別的 CPOR 關聯宣告中領取新的訂閱。」輸入的訂用帳戶已過期，而客戶擁有相同產品較新的使用中訂用帳戶。',
				fix: '請在個別的 CPOR 關聯宣告中宣告客戶此產品目前的訂用帳戶，並輸入該訂用帳戶的 ID。',
			},
		},
	},
	SUBSCRIPTION_ALREADY_CLAIMED: {
		step: 'subscription',
		fields: ['subscriptionId'],
		basis: 'documented',
		anchor: 'subscription-errors-in-the-cpor-association-claim-flow',
		citations: ['CAI#123', 'CAI#125–126', 'OSA#131'],
		articleQuote: {
			citation: 'CAI#123',
			text: {
				en: 'The subscription has already been claimed',
				ja: 'サブスクリプションが既に要求されている',
				'zh-TW': '該訂閱已經宣告過',
			},
		},
		portalText: NOT_DOCUMENTED,
		assumption: null,
		links: [SUPPORT_URL],
		text: {
			en: {
				title: 'The subscription has already been claimed',
				explanation:
					'Each subscription (for OSA-Sell and OSU-Business Applications) can be associated with only one partner, and this subscription is already in a CPOR association claim.',
				fix: checkSubscriptionWithCustomer.en,
			},
			ja: {
				title: 'サブスクリプションが既に要求されている',
				explanation: '各サブスクリプション (OSA 販売と OSU-Business Applications) は 1 つのパートナーにのみ関連付けることができ、このサブスクリプションは既に CPOR アソシエーション要求で要求されています。',
				fix: checkSubscriptionWithCustomer.ja,
			},
			'zh-TW': {
				title: '該訂閱已經宣告過',
				explanation: '每個訂用帳戶（適用於 OSA-Sell 和 OSU-Business Applications）只能與一個合作夥伴相關聯，而此訂用帳戶已在 CPOR 關聯宣告中被宣告。',
				fix: checkSubscriptionWithCustomer['zh-TW'],
			},
		},
	},

	// -----------------------------------------------------------------------------------------
	// Proof of execution
	// -----------------------------------------------------------------------------------------
	PROOF_OF_EXECUTION_REQUIRED: {
		step: 'proof-of-execution',
		fields: ['proofOfExecution'],
		basis: 'documented',
		anchor: null,
		citations: ['OSA#125–126', 'OSA#146–147', 'MCA#133–134', 'MCA#175'],
		articleQuote: null,
		portalText: NOT_DOCUMENTED,
		assumption: null,
		links: [],
		text: {
			en: {
				title: 'Add your proof of execution',
				explanation:
					'Every CPOR association needs proof of execution (PoE), such as a statement of work signed by the customer. The claim stays in Editing status until the PoE is uploaded and the claim is submitted.',
				fix: 'Drag your PoE to the box or browse to it; you can also start from the template under Download template. (The simulator keeps only the file name and size: nothing is uploaded.)',
			},
			ja: {
				title: '実行証明 (PoE) を追加してください',
				explanation:
					'すべての CPOR アソシエーションには、顧客によって署名された作業ステートメントなどの実行証明 (PoE) が必要です。PoE がアップロードされて要求が送信されるまで、要求は編集中の状態のままです。',
				fix: 'PoE をボックスにドラッグするか、ファイルを参照して選択してください。[テンプレートのダウンロード] のテンプレートを使用することもできます。(シミュレーターはファイル名とサイズだけを記録し、ファイルはアップロードされません。)',
			},
			'zh-TW': {
				title: '請新增執行證明 (PoE)',
				explanation: '每個 CPOR 關聯都需要執行證明（PoE），例如由客戶簽署的工作說明書。在上傳 PoE 並提交宣告之前，宣告會一直處於「編輯中」狀態。',
				fix: '請將 PoE 拖曳到方塊中或瀏覽選取檔案。您也可以透過 [下載範本] 使用範本。（模擬器只會記錄檔案名稱和大小，不會上傳任何檔案。）',
			},
		},
	},

	// -----------------------------------------------------------------------------------------
	// Simulator only
	// -----------------------------------------------------------------------------------------
	INPUT_NOT_READABLE: {
		step: null,
		fields: [],
		basis: 'assumed',
		anchor: null,
		citations: [],
		articleQuote: null,
		portalText: NOT_DOCUMENTED,
		assumption: {
			en: "Only the simulator meets this: it guards against a claim draft or sandbox that didn't go through parseDraft / parseSandbox and isn't in the expected form.",
			ja: 'これはシミュレーター固有のエラーです。parseDraft / parseSandbox を通らず、想定の形式になっていない要求の下書きやサンドボックスに対する安全策です。',
			'zh-TW': '只有模擬器會出現此錯誤：用來防範未經 parseDraft / parseSandbox 檢查、格式不符預期的宣告草稿或沙箱。',
		},
		links: [],
		text: {
			en: {
				title: "The simulator couldn't read this claim",
				explanation: "The claim draft or the sandbox isn't in the form the simulator expects, so none of its steps could be checked.",
				fix: 'Start a new claim, or load one of the presets.',
			},
			ja: {
				title: 'シミュレーターはこの要求を読み取れませんでした',
				explanation: '要求の下書きまたはサンドボックスがシミュレーターの想定する形式ではないため、どのステップも確認できませんでした。',
				fix: '新しい要求を開始するか、プリセットのいずれかを読み込んでください。',
			},
			'zh-TW': {
				title: '模擬器無法讀取此宣告',
				explanation: '宣告草稿或沙箱不是模擬器預期的格式，因此無法檢查任何步驟。',
				fix: '請開始新的宣告，或載入其中一個預設案例。',
			},
		},
	},
};

/** Every entry with its severity. */
export const claimErrorCatalog: Readonly<Record<ClaimErrorCode, CatalogEntry>> = Object.fromEntries(
	claimErrorCodes.map((code) => [code, { ...entries[code], severity: severityOf(code) }]),
) as Record<ClaimErrorCode, CatalogEntry>;

/** The catalog entry of a code. */
export function catalogEntry(code: ClaimErrorCode): CatalogEntry {
	return claimErrorCatalog[code];
}

/** Title, explanation and fix of a code in a page's language (English for a language the catalog lacks). */
export function errorText(code: ClaimErrorCode, lang: string): CatalogText {
	return inLang(claimErrorCatalog[code].text, lang);
}
