import { ARTICLE, FIND_DOMAIN, CREATE, MANAGE, STATUS_SECTION, type OffTopicQuery, type RecallQuery } from './query-set.ts';

export const queries: RecallQuery[] = [
	{ kind: 'heading', q: '網域-租使用者不符', page: ARTICLE, section: 'domain-tenant-mismatch' },
	{ kind: 'heading', q: '我要選擇哪一種 MPN', page: ARTICLE, section: 'which-mpn-do-i-choose' },
	{ kind: 'heading', q: '競爭宣告', page: ARTICLE, section: 'competing-claims' },
	{ kind: 'heading', q: '選擇產品與輸入訂用帳戶的比較', page: ARTICLE, section: 'choosing-a-product-vs-entering-a-subscription' },
	{ kind: 'heading', q: '我要選擇哪一個活動', page: ARTICLE, section: 'which-activity-do-i-choose' },
	{ kind: 'pasted', q: '提供的訂用帳戶不適用於 Dynamics', page: 'errors/subscription-not-dynamics/' },
	{ kind: 'pasted', q: '選取的產品不存在於客戶的租用戶上', page: 'errors/subscription-product-not-on-tenant/' },
	{ kind: 'pasted', q: '客戶尚未啟用/布建該訂用帳戶的產品', page: 'errors/subscription-not-provisioned/' },
	{ kind: 'pasted', q: '此 MPN 未在獎勵計畫中註冊', page: 'errors/mpn-not-enrolled/' },
	{ kind: 'reworded', q: '訂用帳戶已過期，不在寬限期', page: 'errors/subscription-not-active/' },
	{ kind: 'reworded', q: '網域和租用戶識別碼不一致', page: 'errors/domain-tenant-mismatch/' },
	// The sources page's table listed the article's topics in these words and came first (#15: pages that restate rank last).
	{ kind: 'words', q: '網域與租用戶不相符', page: 'errors/domain-tenant-mismatch/' },
	{ kind: 'reworded', q: '另一個合作夥伴已經宣告此產品', page: 'errors/competing-claim/' },
	{ kind: 'no-spaces', q: '請輸入訂用帳戶ID', page: 'errors/subscription-id-required/' },
	{ kind: 'width', q: '請輸入訂用帳戶ＩＤ', page: 'errors/subscription-id-required/' },
	{ kind: 'width', q: 'ＣＯＮＴＡＣＴ＿ＥＭＡＩＬ＿ＩＮＶＡＬＩＤ', page: 'errors/contact-email-invalid/' },
	{ kind: 'mixed', q: 'CSP 訂閱', page: 'errors/subscription-is-csp/' },
	{ kind: 'code', q: 'COMPETING_CLAIM', page: 'errors/competing-claim/' },
	{ kind: 'cross-language', q: 'The subscription has already been claimed', page: 'errors/subscription-already-claimed/' },
	{
		kind: 'cross-language',
		q: '指定された識別子はサブスクリプション ID ではありません',
		page: 'errors/subscription-id-invalid/',
		lang: 'any',
	},
	{ kind: 'cross-language', q: 'ドメインとテナント ID が一致しません', page: 'errors/domain-tenant-mismatch/', lang: 'any' },
	{ kind: 'words', q: '執行證明', page: 'errors/proof-of-execution-required/' },
	{ kind: 'words', q: '寬限期', page: 'errors/subscription-not-active/' },
	{
		kind: 'words',
		q: '五個工作天',
		// Since MCA is published (#18), its status table documents the five-business-day review of every claim;
		// CAI's competing-claims sentence says it for arbitration only, and still counts.
		page: MANAGE,
		section: STATUS_SECTION,
		alsoRight: [ARTICLE],
	},
	{ kind: 'words', q: '大量授權合約', page: 'errors/activity-channel-not-eligible/' },
	{ kind: 'heading', q: '訂用帳戶錯誤', page: ARTICLE, section: 'subscription-errors-in-the-cpor-association-claim-flow' },
	{ kind: 'variant', q: '域名与租户ID不匹配', page: 'errors/domain-tenant-mismatch/' },
	{ kind: 'variant', q: '该订阅已被认领', page: 'errors/subscription-already-claimed/' },
	{ kind: 'variant', q: '所选产品不存在于客户的租户中', page: 'errors/subscription-product-not-on-tenant/' },
	{ kind: 'variant', q: '请输入订阅ID', page: 'errors/subscription-id-required/' },
	{
		kind: 'renamed',
		q: 'Modern Work and Security',
		page: ARTICLE,
		section: 'which-activity-do-i-choose',
		// The changed-later notes (#14) name today's solution area where the 2020 activities are chosen; OSA (#18)
		// documents the create flow's Solution area field, "such as Business Applications or Microsoft 365".
		alsoRight: ['errors/solution-area-required/', 'helpers/activity/', CREATE],
	},
	{ kind: 'renamed', q: 'AI Cloud Partner Program ID 未在獎勵計畫中註冊', page: 'errors/mpn-not-enrolled/' },
	// Held-out search test E (December 2026): where to find the tenant ID; the article on finding it calls it the Directory ID (`article-aliases.ts`).
	{ kind: 'reworded', q: '租用戶 ID 在哪裡找', page: FIND_DOMAIN, alsoRight: ['errors/tenant-id-required/'] },
	// Held-out search test F (December 2026): the status Under review in another word than the article's 檢閱中.
	{ kind: 'status', q: '狀態一直顯示審核中', page: MANAGE, section: STATUS_SECTION, alsoRight: ['claim-lifecycle/'] },
	// Held-out search test G (December 2026): the two scripts in one query (订阅已经 Simplified, 宣告 Traditional).
	{ kind: 'script', q: '订阅已经宣告過', page: 'errors/subscription-already-claimed/' },
	// Held-out search test H (December 2026): 修改 for the heading's 編輯 (edit).
	{ kind: 'reworded', q: '宣告送出後還可以修改嗎', page: MANAGE, section: 'edit-your-cpor-association-claim' },
	// A status name as the reader meets it (the glossary's other word for 檢閱中 (Under review)): the status section first (`section-aliases.ts`).
	{ kind: 'status', q: '審核中', page: MANAGE, section: STATUS_SECTION },
	// A status the reader says is stuck: 還是, 一直 say nothing of what is asked (`functionWords`).
	{ kind: 'status', q: '狀態還是審核中', page: MANAGE, section: STATUS_SECTION, alsoRight: ['claim-lifecycle/'] },
	// Held-out search test I (December 2026): a code inside a sentence of the reader’s own words names its error page.
	{ kind: 'code', q: '出現 SUBSCRIPTION_IS_CSP 錯誤怎麼辦', page: 'errors/subscription-is-csp/' },
	// Held-out search test I (December 2026): the later name in the reader’s language.
	{ kind: 'renamed', q: '合作夥伴角色', page: ARTICLE, section: 'which-activity-do-i-choose' },
	// Held-out search test J (December 2026): a Simplified word folds to another spelling than the pages'.
	{ kind: 'script', q: '技术联系人', page: 'errors/technical-contact-required/' },
	// Held-out search test J (December 2026): the other Taiwanese spelling of contact.
	{ kind: 'variant', q: '聯絡人資訊', page: 'errors/contact-field-required/' },
	// Held-out search test (December 2026): one-character verbs, 改 (change) and 找 (find), for the pages' 編輯 and 尋找.
	{ kind: 'reworded', q: '怎麼改宣告', page: MANAGE, section: 'edit-your-cpor-association-claim' },
	// The error page that asks for the tenant ID also says where to find it (as `where is the tenant ID` in English).
	{ kind: 'reworded', q: '找租用戶識別碼', page: FIND_DOMAIN, alsoRight: ['errors/tenant-id-required/'] },
	// Fourth held-out probe (December 2026): 怎麼辦 and 出現 say nothing of what is asked.
	{ kind: 'pasted', q: '出現「這看起來不像租用戶識別碼」怎麼辦', page: 'errors/tenant-id-not-guid/' },
	// Fourth held-out probe (December 2026): 沒有 and 要去 say nothing of what is asked.
	{ kind: 'reworded', q: 'MPN 沒有註冊獎勵計畫要去哪裡設定', page: 'errors/mpn-not-enrolled/' },
	// Fourth held-out probe (December 2026): the query names the tool by its whole title (`namesTitle`).
	{ kind: 'words', q: '宣告模擬器 沙箱 試填', page: 'claim-simulator/' },
	// Fourth held-out probe (December 2026): the site's 網域名稱 for the vendor article's 功能變數名稱 (domain name).
	{ kind: 'reworded', q: '客戶的網域名稱在哪裡找', page: FIND_DOMAIN },
	{ kind: 'reworded', q: '查客戶網域名稱', page: FIND_DOMAIN },
	// Fifth held-out probe (December 2026): a tool asked for by what it does (`toolWords`).
	{ kind: 'tool', q: '模擬宣告', page: 'claim-simulator/' },
	// A list of the errors: the error reference, by its name in the variant data.
	{ kind: 'reworded', q: '宣告錯誤清單', page: 'errors/' },
	// Tenth held-out probe (December 2026): a list word and an error word ask for the error reference (`listsErrors`).
	{ kind: 'reworded', q: '所有錯誤訊息列表', page: 'errors/' },
	// Sixth held-out probe (December 2026): email for the pages' 電子郵件.
	{ kind: 'mixed', q: 'email 格式錯誤', page: 'errors/contact-email-invalid/' },
	// Held-out probe 8 (December 2026): a value typed into the wrong field, the error page's example in the simulator.
	{ kind: 'situation', q: '租用戶ID欄位填成網域名稱了', page: 'errors/tenant-id-not-guid/' },
	// Held-out probe 8 (December 2026): an account of what happened names the error, not the article (`isNarrative`).
	{ kind: 'account', q: '別的夥伴已經宣告這個客戶的產品了怎麼辦', page: 'errors/competing-claim/' },
	// Held-out probe 14 (December 2026): the reader names the solution area as the activity table translates it
	// (商務應用程式); the error page's example in the simulator keeps its name, Business Applications (as data).
	{ kind: 'account', q: '商務應用程式的宣告裡加了 Teams 被擋下來', page: 'errors/product-not-in-solution-area/' },
	// The field before 欄位 (`fieldWords`), not the value typed into it.
	{ kind: 'situation', q: '在訂用帳戶識別碼欄位填了租用戶識別碼', page: 'errors/subscription-id-invalid/' },
	// 沒選 (as data): the page asks to choose (請選取活動).
	{ kind: 'account', q: '沒選活動就按下一步', page: 'errors/activity-required/' },
	// Why a message appears (held-out probe 16's kind): the error page, which says why it happens (為什麼 asks no steps).
	{ kind: 'reworded', q: '為什麼說訂用帳戶不是使用中', page: 'errors/subscription-not-active/' },
	// A tool asked for by what the reader wants to do or decide (`toolPurposes`): that tool before the others, though the
	// lifecycle simulator's long page holds more of the words (held-out probes 8–16's kind, December 2026).
	{ kind: 'tool', q: '有沒有工具幫我判斷要選售前還是使用方式', page: 'helpers/activity/' },
	{ kind: 'tool', q: '提交前先用工具測試宣告會不會報錯', page: 'claim-simulator/' },
	// A tool asked for by what the reader wants decided, without naming a tool (`toolWords`: decide, 決め, 결정), or one
	// whose purpose holds the query though another tool's long page holds more of its words (held-out probe 17's kind).
	{ kind: 'tool', q: '幫我決定要用哪個 MPN', page: 'helpers/mpn/' },
	// A word the data rewrites among other Han characters stays a word of its own (`不能選預售` → `不能選 售前`), and 預售
	// (pre-sale) is the pages' 售前 (held-out probe 17).
	{ kind: 'variant', q: 'Microsoft 365 不能選預售活動', page: 'errors/activity-not-for-solution-area/' },
	// Held-out probe 19 (December 2026): to see where a claim fails (出錯) is the claim simulator's purpose, not the lifecycle's.
	{ kind: 'tool', q: '想先模擬一次宣告流程看看哪裡會出錯', page: 'claim-simulator/' },
	// Held-out probe 20 (December 2026): 應該選 (should pick) asks for a decision (`toolWords`): the activity helper.
	{ kind: 'tool', q: '應該選售前還是使用量', page: 'helpers/activity/', alsoRight: [ARTICLE] },
	{ kind: 'tool', q: '有沒有辦法在正式提交前先試填宣告看哪裡會出錯', page: 'claim-simulator/' },
	{ kind: 'variant', q: '我輸入了訂用帳戶ID但顯示不是Dynamics的訂用帳戶', page: 'errors/subscription-not-dynamics/' },
	// Readers shorten the message's 不相符 to 不符, which is also the start of 不符合 on the tenant-ID format page (held-out probe 33).
	{ kind: 'variant', q: '我輸入了客戶的網域，結果說網域跟租用戶識別碼不符', page: 'errors/domain-tenant-mismatch/' },
	{ kind: 'variant', q: '網域和租用戶識別碼不符怎麼辦', page: 'errors/domain-tenant-mismatch/' },
	// 要選 A 還是 B (should I pick A or B), the activities in the portal's English (held-out probe 33): the activity helper.
	{ kind: 'tool', q: 'Dynamics 365 要選 Presales 還是 Usage', page: 'helpers/activity/' },
	{ kind: 'tool', q: 'Modern Work 要選售前還是收益關聯', page: 'helpers/activity/' },
	// `說` (says) marks the reported message; 租用戶 is cut whole, not 租|用戶 (user) as the segmenter cuts it (held-out probe 31).
	{ kind: 'account', q: '我只填了網域，按繼續時說要輸入租用戶識別碼', page: 'errors/tenant-id-required/' },
	// `Presales` as readers write the glossary's `Pre-sales` (`compileVariants`; held-out probe 30).
	{ kind: 'account', q: '客戶說 Dynamics 是透過 CSP 買的，我選 Presales 就出現警告', page: 'errors/activity-channel-not-eligible/' },
	// `結果說` (and then it says) reports a message: `要選` there is what the reader picked, not a question for a helper.
	{ kind: 'account', q: '我要選售前，結果說活動不適用', page: 'errors/activity-not-for-solution-area/' },
	// A choice left unmade (`沒有選擇`, a missing word) and `出現錯誤` (an error word) leave `產品`, which names the
	// product's required error (`emptiedWords`).
	{ kind: 'account', q: '沒有選擇產品就出現錯誤', page: 'errors/product-required/' },
	// Taiwan's everyday `租戶` beside the Latin `ID`: the rewritten query's pages load before every page holding any typed
	// word (`hitRank`; held-out probe 37).
	{ kind: 'variant', q: '租户 ID 格式不对', page: 'errors/tenant-id-not-guid/' },
	// A reader's `選的` and `不在` for the page's `選取的` and `不存在於` (variant data; held-out probe 37).
	{ kind: 'account', q: '選的產品不在客戶的租戶裡', page: 'errors/subscription-product-not-on-tenant/' },
];

/** Queries the site has no good answer to: the dialog must say so (`confidence` not `strong`). */
export const offTopic: OffTopicQuery[] = [{ q: '收不到發票' }, { q: '重設我的密碼' }];
