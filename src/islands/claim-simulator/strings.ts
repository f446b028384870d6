/**
 * The claim simulator's UI strings in every site language. The page's data file (`data.ts`) picks one
 * language and ships it with the error texts, so the island's JavaScript carries no text of its own.
 *
 * ja and zh-TW use the localized article's terms (要求 / 宣告 for claim, サブスクリプション / 訂用帳戶,
 * テナント ID / 租用戶識別碼, 実行証明 / 執行證明) and Partner Center's field names. They have not been reviewed
 * by a native speaker. `{name}` marks a value filled in by the island.
 */
import type { Localized } from '../../claim/localized.ts';
import type { Activity, PurchaseChannel, SolutionArea, SubscriptionStatus } from '../../claim/choices.ts';

export interface SimulatorStrings {
	readonly title: string;
	readonly lead: string;
	readonly loading: string;
	readonly loadFailed: string;
	readonly noscript: string;
	readonly errorReferenceLink: string;
	readonly tryIt: string;
	readonly tryItHint: string;
	/** The simulator page's heading above the simulator. */
	readonly simulatorHeading: string;
	readonly stepsHeading: string;
	readonly stepsBody: string;
	readonly assumptionsHeading: string;
	readonly assumptionsBody: string;
	readonly privacy: string;
	readonly presetLabel: string;
	readonly presetGroupSubmitted: string;
	readonly presetGroupError: string;
	readonly loadPreset: string;
	readonly presetLoaded: string;
	readonly startOver: string;
	readonly stepsLabel: string;
	readonly stepOf: string;
	readonly stepPassed: string;
	readonly stepFailed: string;
	readonly back: string;
	readonly next: string;
	readonly submit: string;
	readonly errorsHeading: string;
	readonly warningsHeading: string;
	readonly passedHeading: string;
	readonly fixLabel: string;
	readonly errorReference: string;
	readonly articleSection: string;
	readonly assumption: string;
	readonly searchError: string;
	readonly linkRejected: string;
	readonly paramNames: Readonly<Record<'preset' | 'draft' | 'sandbox' | 'step' | 'submitted', string>>;
	readonly select: string;
	readonly mpnId: string;
	readonly mpnHint: string;
	readonly enrolled: string;
	readonly notEnrolled: string;
	readonly notInList: string;
	readonly customerDomain: string;
	readonly customerDomainHint: string;
	readonly tenantId: string;
	readonly tenantIdHint: string;
	readonly solutionArea: string;
	readonly activity: string;
	readonly activityHint: string;
	readonly claimName: string;
	readonly revenueAssociation: string;
	readonly solutionSellerName: string;
	readonly customerName: string;
	readonly isvProductName: string;
	readonly products: string;
	readonly productsHint: string;
	readonly customerContact: string;
	readonly technicalContact: string;
	readonly technicalNotAsked: string;
	readonly companyContact: string;
	readonly contactName: string;
	readonly contactTitle: string;
	readonly contactEmail: string;
	readonly subscriptionId: string;
	readonly subscriptionHint: string;
	readonly subscriptionNotAsked: string;
	readonly subscriptionsInSandbox: string;
	readonly alreadyClaimed: string;
	readonly proofOfExecution: string;
	readonly proofOfExecutionHint: string;
	readonly fileChosen: string;
	readonly removeFile: string;
	readonly comments: string;
	readonly commentsHint: string;
	readonly summaryHeading: string;
	readonly notFilled: string;
	readonly submittedHeading: string;
	readonly status: string;
	readonly statusSubmitted: string;
	readonly submittedOn: string;
	readonly reviewStartsBy: string;
	readonly reviewEndsBy: string;
	readonly datesNote: string;
	readonly editAgain: string;
	readonly followReview: string;
	readonly openFull: string;
	readonly sandboxSummary: string;
	readonly solutionAreas: Readonly<Record<SolutionArea, string>>;
	readonly activities: Readonly<Record<Activity, string>>;
	readonly channels: Readonly<Record<PurchaseChannel, string>>;
	readonly statuses: Readonly<Record<SubscriptionStatus, string>>;
	readonly editor: SandboxEditorStrings;
}

export interface SandboxEditorStrings {
	readonly intro: string;
	readonly mpnIds: string;
	readonly tenants: string;
	readonly subscriptions: string;
	readonly remove: string;
	readonly addMpn: string;
	readonly addTenant: string;
	readonly addSubscription: string;
	readonly locationName: string;
	readonly partnerType: string;
	readonly location: string;
	readonly enrolled: string;
	readonly companyName: string;
	readonly domains: string;
	readonly domainsHint: string;
	readonly product: string;
	readonly channel: string;
	readonly status: string;
	readonly alreadyClaimed: string;
	readonly added: string;
	readonly removed: string;
	readonly restore: string;
	readonly restored: string;
	readonly rejected: string;
	/** The schema's problems (English, `schema.ts`) in this language; others show `invalid`. */
	readonly problems: Readonly<Record<string, string>>;
	readonly invalid: string;
	readonly loading: string;
}

export const simulatorStrings: Localized<SimulatorStrings> = {
	en: {
		title: 'Claim simulator',
		lead: 'Rehearse a CPOR customer association claim step by step and see which check fails, why, and how to fix it.',
		loading: 'Loading the claim simulator…',
		loadFailed: "The claim simulator couldn't load its texts. Reload the page to try again.",
		noscript: 'The claim simulator needs JavaScript. Every check it runs is explained in the claim error reference.',
		errorReferenceLink: 'Claim error reference',
		tryIt: 'Try it in the claim simulator',
		tryItHint: 'Opens a sandbox claim that meets this error, at the step that checks it.',
		simulatorHeading: 'Try a claim',
		stepsHeading: 'The steps and their checks',
		stepsBody: 'The simulator follows the claim flow of Partner Center in this order. Each step lists the errors and warnings it can meet.',
		assumptionsHeading: 'What the simulator assumes',
		assumptionsBody: 'Where Microsoft’s documentation is silent, the simulator makes these assumptions instead of inventing rules quietly.',
		privacy: 'This is a sandbox: nothing you enter leaves your browser, and no claim is filed with Microsoft.',
		presetLabel: 'Start from a scenario',
		presetGroupSubmitted: 'Claims that go through',
		presetGroupError: 'Claims that meet an error or a warning',
		loadPreset: 'Load scenario',
		presetLoaded: 'Scenario loaded: {name}',
		startOver: 'Start a new claim',
		stepsLabel: 'Steps of the claim',
		stepOf: 'Step {n} of {total}: {step}',
		stepPassed: 'passed',
		stepFailed: 'has errors',
		back: 'Back',
		next: 'Check and continue',
		submit: 'Submit claim',
		errorsHeading: "This step can't go on yet",
		warningsHeading: 'Warnings: the claim can go on, but check these',
		passedHeading: 'Step passed: {step}',
		fixLabel: 'Fix:',
		errorReference: 'Error reference',
		articleSection: 'Explained in the article',
		assumption: 'Simulator assumption:',
		searchError: 'Search this error',
		linkRejected: 'Part of this link could not be read ({params}). That part starts clean.',
		paramNames: { preset: 'scenario', draft: 'claim', sandbox: 'sandbox', step: 'step', submitted: 'submission date' },
		select: '— Select —',
		mpnId: 'MPN ID',
		mpnHint: 'The partner location that makes the claim. The flow shows whether each MPN ID is enrolled in incentives, but not its partner type.',
		enrolled: 'enrolled in incentives',
		notEnrolled: 'not enrolled in incentives',
		notInList: 'not in your list',
		customerDomain: 'Customer domain',
		customerDomainHint: 'A domain or subdomain verified in the customer’s tenant, such as contoso.com or contoso.onmicrosoft.com.',
		tenantId: 'Customer tenant ID',
		tenantIdHint: 'The customer’s Azure AD tenant ID, a GUID such as 00000000-0000-0000-0000-000000000000.',
		solutionArea: 'Solution area',
		activity: 'Activity',
		activityHint: 'Business Applications offers Presales, Usage and Revenue association; Microsoft 365 offers Usage.',
		claimName: 'Name of the claim',
		revenueAssociation: 'Revenue association details',
		solutionSellerName: 'Solution seller name',
		customerName: 'Customer name',
		isvProductName: 'ISV product name',
		products: 'Products',
		productsHint: 'The products the claim is for, all of the chosen solution area.',
		customerContact: 'Your customer’s contact',
		technicalContact: 'Your customer’s technical contact (Dynamics 365)',
		technicalNotAsked: 'A technical contact is asked only when the claim includes a Dynamics 365 product.',
		companyContact: 'Your company’s contact',
		contactName: 'Name',
		contactTitle: 'Job title',
		contactEmail: 'Email',
		subscriptionId: 'Subscription ID',
		subscriptionHint: 'The customer has several subscriptions of {products}, so the flow asks which one this claim is for.',
		subscriptionNotAsked: 'The flow asks for a subscription ID only for a Dynamics 365 product of which the customer has several subscriptions. This claim isn’t asked for one: continue.',
		subscriptionsInSandbox: 'The customer’s subscriptions, with their status and purchase channel, are listed in the sandbox above.',
		alreadyClaimed: 'already claimed',
		proofOfExecution: 'Proof of execution (PoE)',
		proofOfExecutionHint: 'Choose a file on your device. The simulator reads only its name and size: nothing is uploaded.',
		fileChosen: 'Chosen: {name} ({size})',
		removeFile: 'Remove the file',
		comments: 'Comments (optional)',
		commentsHint: 'Anything the reviewer should know. Reviewers answer in this claim’s comments too.',
		summaryHeading: 'Your claim',
		notFilled: 'not filled in',
		submittedHeading: 'Claim submitted',
		status: 'Status',
		statusSubmitted: 'Submitted',
		submittedOn: 'Submitted on',
		reviewStartsBy: 'Review starts by',
		reviewEndsBy: 'Review decision expected by',
		datesNote: 'Up to five business days until the review starts, then five business days of review. Weekends are skipped; public holidays are not known to the simulator.',
		editAgain: 'Edit the claim again',
		followReview: 'Follow the review in the lifecycle simulator',
		openFull: 'Open this claim in the full simulator',
		sandboxSummary: 'Sandbox of {partner}: {mpn} MPN IDs, {tenants} customer tenants, {subscriptions} subscriptions',
		solutionAreas: { 'business-applications': 'Business Applications', 'microsoft-365': 'Microsoft 365' },
		activities: { presales: 'Presales', usage: 'Usage', 'revenue-association': 'Revenue association' },
		channels: { 'volume-licensing': 'Volume Licensing', 'web-direct': 'Web-Direct', csp: 'CSP' },
		statuses: { active: 'active', 'in-grace': 'in grace', expired: 'expired', 'not-provisioned': 'not yet provisioned' },
		editor: {
			intro: 'Your company’s MPN IDs, your customers’ tenants and their subscriptions. Change them to try your own case; the claim is checked against them.',
			mpnIds: 'MPN IDs',
			tenants: 'Customer tenants',
			subscriptions: 'Subscriptions',
			remove: 'Remove {name}',
			addMpn: 'Add an MPN ID',
			addTenant: 'Add a customer tenant',
			addSubscription: 'Add a subscription',
			locationName: 'Location name',
			partnerType: 'Partner type (optional)',
			location: 'Location (optional)',
			enrolled: 'Enrolled in incentives',
			companyName: 'Company name',
			domains: 'Verified domains',
			domainsHint: 'Separate domains with commas or spaces.',
			product: 'Product',
			channel: 'Purchase channel',
			status: 'Status',
			alreadyClaimed: 'Already in another partner’s claim',
			added: 'Added to the sandbox.',
			removed: 'Removed from the sandbox.',
			restore: 'Restore the sample sandbox',
			restored: 'The sample sandbox is back.',
			rejected: 'Not added: {problems}',
			problems: {
				'duplicate MPN ID': 'this MPN ID is already in the list',
				'duplicate tenant ID': 'this tenant ID is already in the list',
				'duplicate subscription ID': 'this subscription ID is already in the list',
				'domain verified in more than one tenant': 'a domain can be verified in one tenant only',
				'an MPN ID is digits only': 'an MPN ID is digits only',
				'expected a GUID such as 00000000-0000-0000-0000-000000000000': 'IDs are GUIDs such as 00000000-0000-0000-0000-000000000000',
			},
			invalid: 'fill in every required field',
			loading: 'Loading the sandbox editor…',
		},
	},
	ja: {
		title: '要求シミュレーター',
		lead: 'CPOR の顧客アソシエーション要求を 1 ステップずつ練習し、どの確認で失敗するのか、その理由と解決方法を確認できます。',
		loading: '要求シミュレーターを読み込んでいます…',
		loadFailed: '要求シミュレーターのテキストを読み込めませんでした。ページを再読み込みしてください。',
		noscript: '要求シミュレーターには JavaScript が必要です。シミュレーターが行うすべての確認は、要求エラー リファレンスで説明しています。',
		errorReferenceLink: '要求エラー リファレンス',
		tryIt: '要求シミュレーターで試す',
		tryItHint: 'このエラーになるサンドボックスの要求を、それを確認するステップで開きます。',
		simulatorHeading: '要求を試す',
		stepsHeading: 'ステップとその確認',
		stepsBody: 'シミュレーターはパートナー センターの要求フローをこの順序でたどります。各ステップには、発生する可能性のあるエラーと警告を示しています。',
		assumptionsHeading: 'シミュレーターの前提',
		assumptionsBody: 'Microsoft のドキュメントに記載がない点について、シミュレーターは規則を黙って作らず、次の前提を置いています。',
		privacy: 'これはサンドボックスです。入力した内容がブラウザーの外に送信されることはなく、Microsoft に要求が提出されることもありません。',
		presetLabel: 'シナリオから始める',
		presetGroupSubmitted: '送信できる要求',
		presetGroupError: 'エラーまたは警告になる要求',
		loadPreset: 'シナリオを読み込む',
		presetLoaded: 'シナリオを読み込みました: {name}',
		startOver: '新しい要求を始める',
		stepsLabel: '要求のステップ',
		stepOf: 'ステップ {n}/{total}: {step}',
		stepPassed: '確認済み',
		stepFailed: 'エラーあり',
		back: '戻る',
		next: '確認して次へ',
		submit: '要求の送信',
		errorsHeading: 'このステップはまだ先に進めません',
		warningsHeading: '警告: 要求は続けられますが、次の点を確認してください',
		passedHeading: 'ステップを通過しました: {step}',
		fixLabel: '解決方法:',
		errorReference: 'エラー リファレンス',
		articleSection: '記事の説明',
		assumption: 'シミュレーターの前提:',
		searchError: 'このエラーを検索',
		linkRejected: 'このリンクの一部 ({params}) を読み取れませんでした。その部分は最初からやり直します。',
		paramNames: { preset: 'シナリオ', draft: '要求', sandbox: 'サンドボックス', step: 'ステップ', submitted: '送信日' },
		select: '— 選択してください —',
		mpnId: 'MPN ID',
		mpnHint: '要求を行うパートナーの場所です。フローには各 MPN ID がインセンティブに登録されているかどうかが表示されますが、パートナーの種類は表示されません。',
		enrolled: 'インセンティブに登録済み',
		notEnrolled: 'インセンティブに未登録',
		notInList: '一覧にありません',
		customerDomain: '顧客のドメイン',
		customerDomainHint: '顧客のテナントで確認済みのドメインまたはサブドメイン (contoso.com、contoso.onmicrosoft.com など)。',
		tenantId: '顧客のテナント ID',
		tenantIdHint: '顧客の Azure AD テナント ID。00000000-0000-0000-0000-000000000000 のような GUID です。',
		solutionArea: 'ソリューション領域',
		activity: 'アクティビティ',
		activityHint: 'Business Applications では Presales、Usage、Revenue association、Microsoft 365 では Usage を選択できます。',
		claimName: '要求の名前',
		revenueAssociation: 'Revenue association の詳細',
		solutionSellerName: 'ソリューション販売者名',
		customerName: '顧客名',
		isvProductName: 'ISV 製品名',
		products: '製品',
		productsHint: '要求の対象となる製品。すべて選択したソリューション領域の製品である必要があります。',
		customerContact: '顧客の連絡先',
		technicalContact: '顧客の技術担当者 (Dynamics 365)',
		technicalNotAsked: '技術担当者は、要求に Dynamics 365 製品が含まれる場合にのみ求められます。',
		companyContact: '自社の連絡先',
		contactName: '名前',
		contactTitle: '役職',
		contactEmail: 'メール',
		subscriptionId: 'サブスクリプション ID',
		subscriptionHint: '顧客は {products} のサブスクリプションを複数持っているため、フローではこの要求の対象がどれかを尋ねます。',
		subscriptionNotAsked: 'サブスクリプション ID は、顧客が複数のサブスクリプションを持つ Dynamics 365 製品の場合にのみ求められます。この要求では求められないので、次へ進んでください。',
		subscriptionsInSandbox: '顧客のサブスクリプションとその状態および購入方法は、上のサンドボックスに一覧表示されています。',
		alreadyClaimed: '要求済み',
		proofOfExecution: '実行証明 (PoE)',
		proofOfExecutionHint: 'デバイス上のファイルを選択してください。シミュレーターが読み取るのは名前とサイズだけで、何もアップロードされません。',
		fileChosen: '選択済み: {name} ({size})',
		removeFile: 'ファイルを削除',
		comments: 'コメント (省略可能)',
		commentsHint: 'レビュー担当者に伝えたいこと。レビュー担当者もこの要求のコメントで回答します。',
		summaryHeading: '要求の内容',
		notFilled: '未入力',
		submittedHeading: '要求を送信しました',
		status: '状態',
		statusSubmitted: '送信済み',
		submittedOn: '送信日',
		reviewStartsBy: 'レビュー開始の期限',
		reviewEndsBy: 'レビュー結果の予定日',
		datesNote: 'レビュー開始まで最大 5 営業日、その後レビューに 5 営業日かかります。土日は除外されますが、祝日はシミュレーターでは考慮されません。',
		editAgain: '要求をもう一度編集する',
		followReview: 'ライフサイクル シミュレーターでレビューを追う',
		openFull: 'この要求をシミュレーターのページで開く',
		sandboxSummary: '{partner} のサンドボックス: MPN ID {mpn} 件、顧客テナント {tenants} 件、サブスクリプション {subscriptions} 件',
		solutionAreas: { 'business-applications': 'Business Applications', 'microsoft-365': 'Microsoft 365' },
		activities: { presales: 'Presales (プリセールス)', usage: 'Usage (使用)', 'revenue-association': 'Revenue association (収益の関連付け)' },
		channels: { 'volume-licensing': 'ボリューム ライセンス', 'web-direct': 'Web ダイレクト', csp: 'CSP' },
		statuses: { active: 'アクティブ', 'in-grace': '猶予状態', expired: '期限切れ', 'not-provisioned': '未プロビジョニング' },
		editor: {
			intro: '自社の MPN ID、顧客のテナントとそのサブスクリプションです。自分のケースを試すには変更してください。要求はこの内容に対して確認されます。',
			mpnIds: 'MPN ID',
			tenants: '顧客のテナント',
			subscriptions: 'サブスクリプション',
			remove: '{name} を削除',
			addMpn: 'MPN ID を追加',
			addTenant: '顧客のテナントを追加',
			addSubscription: 'サブスクリプションを追加',
			locationName: '場所の名前',
			partnerType: 'パートナーの種類 (省略可能)',
			location: '所在地 (省略可能)',
			enrolled: 'インセンティブに登録済み',
			companyName: '会社名',
			domains: '確認済みのドメイン',
			domainsHint: 'ドメインはコンマまたはスペースで区切ってください。',
			product: '製品',
			channel: '購入方法',
			status: '状態',
			alreadyClaimed: '他のパートナーの要求に含まれている',
			added: 'サンドボックスに追加しました。',
			removed: 'サンドボックスから削除しました。',
			restore: 'サンプルのサンドボックスに戻す',
			restored: 'サンプルのサンドボックスに戻しました。',
			rejected: '追加されませんでした: {problems}',
			problems: {
				'duplicate MPN ID': 'この MPN ID は既に一覧にあります',
				'duplicate tenant ID': 'このテナント ID は既に一覧にあります',
				'duplicate subscription ID': 'このサブスクリプション ID は既に一覧にあります',
				'domain verified in more than one tenant': 'ドメインを確認できるのは 1 つのテナントだけです',
				'an MPN ID is digits only': 'MPN ID は数字のみです',
				'expected a GUID such as 00000000-0000-0000-0000-000000000000': 'ID は 00000000-0000-0000-0000-000000000000 のような GUID です',
			},
			invalid: '必須の項目をすべて入力してください',
			loading: 'サンドボックス エディターを読み込んでいます…',
		},
	},
	'zh-TW': {
		title: '宣告模擬器',
		lead: '逐步演練 CPOR 客戶關聯宣告，查看哪一項檢查失敗、原因以及修正方式。',
		loading: '正在載入宣告模擬器…',
		loadFailed: '宣告模擬器無法載入其文字。請重新載入頁面再試一次。',
		noscript: '宣告模擬器需要 JavaScript。它執行的每一項檢查都在宣告錯誤參考中說明。',
		errorReferenceLink: '宣告錯誤參考',
		tryIt: '在宣告模擬器中試試看',
		tryItHint: '在檢查此錯誤的步驟開啟會遇到此錯誤的沙箱宣告。',
		simulatorHeading: '試用宣告',
		stepsHeading: '步驟及其檢查',
		stepsBody: '模擬器依此順序遵循合作夥伴中心的宣告流程。每個步驟都列出了可能遇到的錯誤和警告。',
		assumptionsHeading: '模擬器的假設',
		assumptionsBody: '在 Microsoft 文件未說明之處，模擬器不會暗自編造規則，而是採用以下假設。',
		privacy: '這是沙箱：您輸入的任何內容都不會離開您的瀏覽器，也不會向 Microsoft 提交任何宣告。',
		presetLabel: '從情境開始',
		presetGroupSubmitted: '可以提交的宣告',
		presetGroupError: '會遇到錯誤或警告的宣告',
		loadPreset: '載入情境',
		presetLoaded: '已載入情境：{name}',
		startOver: '開始新的宣告',
		stepsLabel: '宣告的步驟',
		stepOf: '步驟 {n}/{total}：{step}',
		stepPassed: '已通過',
		stepFailed: '有錯誤',
		back: '上一步',
		next: '檢查並繼續',
		submit: '提交宣告',
		errorsHeading: '此步驟尚無法繼續',
		warningsHeading: '警告：宣告可以繼續，但請檢查以下事項',
		passedHeading: '已通過步驟：{step}',
		fixLabel: '修正方式：',
		errorReference: '錯誤參考',
		articleSection: '文章中的說明',
		assumption: '模擬器假設：',
		searchError: '搜尋此錯誤',
		linkRejected: '無法讀取此連結的部分內容（{params}）。該部分將重新開始。',
		paramNames: { preset: '情境', draft: '宣告', sandbox: '沙箱', step: '步驟', submitted: '提交日期' },
		select: '— 請選取 —',
		mpnId: 'MPN 識別碼',
		mpnHint: '提出宣告的合作夥伴位置。流程會顯示每個 MPN 識別碼是否已註冊獎勵方案，但不會顯示其合作夥伴類型。',
		enrolled: '已註冊獎勵方案',
		notEnrolled: '未註冊獎勵方案',
		notInList: '不在您的清單中',
		customerDomain: '客戶網域',
		customerDomainHint: '已在客戶租用戶中驗證的網域或子域，例如 contoso.com 或 contoso.onmicrosoft.com。',
		tenantId: '客戶租用戶識別碼',
		tenantIdHint: '客戶的 Azure AD 租用戶識別碼，格式為 GUID，例如 00000000-0000-0000-0000-000000000000。',
		solutionArea: '解決方案區域',
		activity: '活動',
		activityHint: 'Business Applications 提供 Presales、Usage 和 Revenue association；Microsoft 365 提供 Usage。',
		claimName: '宣告名稱',
		revenueAssociation: 'Revenue association 詳細資料',
		solutionSellerName: '解決方案銷售者名稱',
		customerName: '客戶名稱',
		isvProductName: 'ISV 產品名稱',
		products: '產品',
		productsHint: '宣告所涵蓋的產品，全部都必須屬於所選的解決方案區域。',
		customerContact: '客戶的連絡人',
		technicalContact: '客戶的技術連絡人 (Dynamics 365)',
		technicalNotAsked: '只有當宣告包含 Dynamics 365 產品時，才會要求技術連絡人。',
		companyContact: '貴公司的連絡人',
		contactName: '名稱',
		contactTitle: '職稱',
		contactEmail: '電子郵件',
		subscriptionId: '訂用帳戶 ID',
		subscriptionHint: '客戶擁有多個 {products} 訂用帳戶，因此流程會詢問此宣告適用於哪一個。',
		subscriptionNotAsked: '只有當客戶擁有多個同一 Dynamics 365 產品的訂用帳戶時，流程才會要求訂用帳戶 ID。此宣告不需要，請繼續。',
		subscriptionsInSandbox: '客戶的訂用帳戶及其狀態和購買管道列在上方的沙箱中。',
		alreadyClaimed: '已被宣告',
		proofOfExecution: '執行證明 (PoE)',
		proofOfExecutionHint: '請選擇您裝置上的檔案。模擬器只會讀取其名稱和大小，不會上傳任何內容。',
		fileChosen: '已選擇：{name}（{size}）',
		removeFile: '移除檔案',
		comments: '批註（選用）',
		commentsHint: '審查者應知道的任何事項。審查者也會在此宣告的批註中回覆。',
		summaryHeading: '您的宣告',
		notFilled: '未填寫',
		submittedHeading: '已提交宣告',
		status: '狀態',
		statusSubmitted: '已提交',
		submittedOn: '提交日期',
		reviewStartsBy: '審查開始期限',
		reviewEndsBy: '預計審查結果日期',
		datesNote: '審查最多在五個工作天內開始，之後審查需要五個工作天。週末不計入；模擬器不知道國定假日。',
		editAgain: '再次編輯宣告',
		followReview: '在生命週期模擬器中追蹤審查',
		openFull: '在完整模擬器中開啟此宣告',
		sandboxSummary: '{partner} 的沙箱：{mpn} 個 MPN 識別碼、{tenants} 個客戶租用戶、{subscriptions} 個訂用帳戶',
		solutionAreas: { 'business-applications': 'Business Applications', 'microsoft-365': 'Microsoft 365' },
		activities: { presales: 'Presales（售前）', usage: 'Usage（使用量）', 'revenue-association': 'Revenue association（營收關聯）' },
		channels: { 'volume-licensing': '大量授權', 'web-direct': 'Web 直接', csp: 'CSP' },
		statuses: { active: '使用中', 'in-grace': '寬限期', expired: '已過期', 'not-provisioned': '尚未佈建' },
		editor: {
			intro: '貴公司的 MPN 識別碼、客戶的租用戶及其訂用帳戶。變更它們即可嘗試您自己的案例；宣告會根據這些內容進行檢查。',
			mpnIds: 'MPN 識別碼',
			tenants: '客戶租用戶',
			subscriptions: '訂用帳戶',
			remove: '移除 {name}',
			addMpn: '新增 MPN 識別碼',
			addTenant: '新增客戶租用戶',
			addSubscription: '新增訂用帳戶',
			locationName: '位置名稱',
			partnerType: '合作夥伴類型（選用）',
			location: '所在地（選用）',
			enrolled: '已註冊獎勵方案',
			companyName: '公司名稱',
			domains: '已驗證的網域',
			domainsHint: '請以逗號或空格分隔網域。',
			product: '產品',
			channel: '購買管道',
			status: '狀態',
			alreadyClaimed: '已包含在其他合作夥伴的宣告中',
			added: '已新增至沙箱。',
			removed: '已從沙箱移除。',
			restore: '還原範例沙箱',
			restored: '已還原範例沙箱。',
			rejected: '未新增：{problems}',
			problems: {
				'duplicate MPN ID': '此 MPN 識別碼已在清單中',
				'duplicate tenant ID': '此租用戶識別碼已在清單中',
				'duplicate subscription ID': '此訂用帳戶 ID 已在清單中',
				'domain verified in more than one tenant': '網域只能在一個租用戶中驗證',
				'an MPN ID is digits only': 'MPN 識別碼只能包含數字',
				'expected a GUID such as 00000000-0000-0000-0000-000000000000': '識別碼是 GUID，例如 00000000-0000-0000-0000-000000000000',
			},
			invalid: '請填寫所有必填欄位',
			loading: '正在載入沙箱編輯器…',
		},
	},
};
