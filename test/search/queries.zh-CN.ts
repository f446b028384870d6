import {
	ARTICLE,
	CREATE,
	FIND_DOMAIN,
	MANAGE,
	STATUS_SECTION,
	SUBSCRIPTION_ERRORS,
	type OffTopicQuery,
	type RecallQuery,
} from './query-set.ts';

/**
 * Simplified Chinese. The portal's messages are pasted as the Simplified CAI article quotes them: the article's
 * subscription-error section holds them (the error pages show them too once their catalog is translated: `alsoRight`).
 * `script` queries are written in Traditional characters, as a reader with a Traditional input method types them.
 */
export const queries: RecallQuery[] = [
	{ kind: 'heading', q: '域-租户不匹配', page: ARTICLE, section: 'domain-tenant-mismatch' },
	{ kind: 'heading', q: '我应选择哪种活动', page: ARTICLE, section: 'which-activity-do-i-choose' },
	{ kind: 'heading', q: '竞争声明', page: ARTICLE, section: 'competing-claims' },
	{ kind: 'heading', q: '选择产品与输入订阅', page: ARTICLE, section: 'choosing-a-product-vs-entering-a-subscription' },
	{ kind: 'heading', q: '订阅将可用于声明', page: ARTICLE, section: 'when-subscriptions-will-be-available-to-claim' },
	{
		kind: 'pasted',
		q: '客户的租户上不存在所选产品',
		page: ARTICLE,
		section: SUBSCRIPTION_ERRORS,
		alsoRight: ['errors/subscription-product-not-on-tenant/'],
	},
	{
		kind: 'pasted',
		q: '提供的订阅不适用于 Dynamics',
		page: ARTICLE,
		section: SUBSCRIPTION_ERRORS,
		alsoRight: ['errors/subscription-not-dynamics/'],
	},
	{
		kind: 'pasted',
		q: '客户尚未激活/预配该订阅的产品',
		page: ARTICLE,
		section: SUBSCRIPTION_ERRORS,
		alsoRight: ['errors/subscription-not-provisioned/'],
	},
	{
		kind: 'pasted',
		q: '提供的标识符不是订阅 ID',
		page: ARTICLE,
		section: SUBSCRIPTION_ERRORS,
		alsoRight: ['errors/subscription-id-invalid/'],
	},
	{
		kind: 'reworded',
		q: '域名和租户ID不一致',
		page: ARTICLE,
		section: 'domain-tenant-mismatch',
		alsoRight: ['errors/domain-tenant-mismatch/'],
	},
	{
		kind: 'reworded',
		q: '另一个合作伙伴已经声明了这个产品',
		page: ARTICLE,
		section: 'competing-claims',
		alsoRight: ['errors/competing-claim/'],
	},
	{ kind: 'no-spaces', q: '提供的订阅适用于CSP', page: ARTICLE, section: SUBSCRIPTION_ERRORS, alsoRight: ['errors/subscription-is-csp/'] },
	{
		kind: 'width',
		q: '提供的标识符不是订阅ＩＤ',
		page: ARTICLE,
		section: SUBSCRIPTION_ERRORS,
		alsoRight: ['errors/subscription-id-invalid/'],
	},
	{ kind: 'width', q: 'ＣＯＭＰＥＴＩＮＧ＿ＣＬＡＩＭ', page: 'errors/competing-claim/' },
	{ kind: 'code', q: 'TENANT_ID_NOT_GUID', page: 'errors/tenant-id-not-guid/' },
	{ kind: 'status', q: '正在评审', page: MANAGE, section: STATUS_SECTION },
	{ kind: 'status', q: '需要合作伙伴操作', page: MANAGE, section: STATUS_SECTION },
	{ kind: 'words', q: '30天 争议', page: MANAGE, section: 'dispute-the-status-of-a-cpor-association-claim' },
	{ kind: 'words', q: '查找客户的域名', page: FIND_DOMAIN },
	{ kind: 'words', q: '创建客户关联', page: CREATE, section: 'create-a-customer-association' },
	{
		kind: 'script',
		q: '客戶的租戶上不存在所選產品',
		page: ARTICLE,
		section: SUBSCRIPTION_ERRORS,
		alsoRight: ['errors/subscription-product-not-on-tenant/'],
	},
	{ kind: 'script', q: '競爭聲明', page: ARTICLE, section: 'competing-claims' },
	{ kind: 'cross-language', q: 'The subscription has already been claimed', page: 'errors/subscription-already-claimed/' },
	{ kind: 'cross-language', q: 'ドメインとテナント ID が一致しません', page: 'errors/domain-tenant-mismatch/', lang: 'any' },
	// Held-out search test (December 2026): where to find the tenant ID, asked with another verb than the title's and
	// a question word; the article on finding it calls it the Directory ID (`article-aliases.ts`, `variants/<lang>.json`).
	{ kind: 'reworded', q: '在哪里可以找到客户的租户 ID', page: FIND_DOMAIN, alsoRight: ['errors/tenant-id-required/'] },
	// Held-out search test B (December 2026): Taiwan's words, in Simplified characters (`variants/zh-CN.json`, region).
	{ kind: 'script', q: '网域和租用户识别码不相符', page: 'errors/domain-tenant-mismatch/' },
	// Held-out search test C (December 2026): the title and the code name the page together (租户 ID, GUID).
	{ kind: 'reworded', q: '租户 ID 不是有效的 GUID', page: 'errors/tenant-id-not-guid/' },
	// Held-out search test E (December 2026): today's name of the activity.
	{ kind: 'renamed', q: '合作伙伴角色怎么选', page: ARTICLE, section: 'which-activity-do-i-choose', alsoRight: ['helpers/activity/'] },
	// Held-out search test G (December 2026): the two scripts in one query (訂閱已經 Traditional, 声明 Simplified).
	{ kind: 'script', q: '訂閱已經声明', page: 'errors/subscription-already-claimed/' },
	// A status name as the reader meets it (the glossary's other word for 正在评审 (Under review)): the status section first (`section-aliases.ts`).
	{ kind: 'status', q: '审核中', page: MANAGE, section: STATUS_SECTION },
	// A status the reader says is stuck: 一直, 仍然 say nothing of what is asked (`functionWords`).
	{ kind: 'status', q: '状态一直显示正在评审', page: MANAGE, section: STATUS_SECTION, alsoRight: ['claim-lifecycle/'] },
	// Held-out search test I (December 2026): a code inside a sentence of the reader’s own words names its error page.
	{ kind: 'code', q: '提交时报错 SUBSCRIPTION_IS_CSP 怎么办', page: 'errors/subscription-is-csp/' },
	// Held-out search test J (December 2026): grace period for the pages' grace state.
	{ kind: 'reworded', q: '宽限期', page: 'errors/subscription-not-active/' },
	// Held-out search test (December 2026): one-character verbs, 查 (look up) and 改 (change), for the pages' 查找 and 编辑.
	{ kind: 'reworded', q: '查客户的域名', page: FIND_DOMAIN },
	{ kind: 'reworded', q: '怎么改声明', page: MANAGE, section: 'edit-your-cpor-association-claim' },
	// Fourth held-out probe (December 2026): 报错 and 怎么处理 say nothing of what is asked.
	{ kind: 'pasted', q: '报错：此 MPN ID 不属于你的公司，怎么处理', page: 'errors/mpn-unknown/' },
	// Fourth held-out probe (December 2026): 开通 for the page's 激活; 还没 is a negation.
	{ kind: 'reworded', q: '订阅还没开通', page: 'errors/subscription-not-provisioned/' },
	// Fifth held-out probe (December 2026): a tool asked for by what it does (`toolWords`).
	{ kind: 'tool', q: '模拟一下声明流程', page: 'claim-simulator/' },
	// A list of the errors: the error reference, by its name in the variant data.
	{ kind: 'reworded', q: '所有错误列表', page: 'errors/' },
	// Fourth held-out probe (December 2026): the activities' English names, searched as the glossary's terms.
	// 该选 (should pick) asks for a decision (`toolWords`, held-out probe 20): the activity helper answers it as well.
	{
		kind: 'mixed',
		q: 'Pre-sales 还是 Revenue association 该选哪个',
		page: ARTICLE,
		section: 'which-activity-do-i-choose',
		alsoRight: ['helpers/activity/'],
	},
	// Eighth held-out probe (December 2026): the claim simulator's step list holds every word, across its steps (`scatteredMatches`).
	{ kind: 'reworded', q: '收入关联需要填写哪些信息', page: 'errors/revenue-association-field-required/' },
	// Eighth held-out probe (December 2026): asking the site to decide (判断) asks for a helper (`toolWords`).
	{ kind: 'tool', q: '帮我判断应该选哪个活动', page: 'helpers/activity/' },
	// Ninth held-out probe (December 2026): a long description whose common words are on most pages; only the not-active
	// page's title holds 有效 (过期 as data), the one word that names it (`uniqueTitleWord`, `outweighedMatches`).
	{ kind: 'reworded', q: '客户的 Dynamics 订阅已经过期没续费，认领时订阅报错', page: 'errors/subscription-not-active/' },
	// Held-out probes 13 and 14 (December 2026): the not-provisioned page holds every word in its text; the not-active
	// page's title alone holds 有效 (`outweighedMatches`: the two rank by their titles); 取消了 (cancelled) as data.
	{ kind: 'reworded', q: '客户的订阅已经过期了，还能认领吗', page: 'errors/subscription-not-active/' },
	{ kind: 'reworded', q: '客户的订阅已经过期取消了，还能声明吗', page: 'errors/subscription-not-active/' },
	// Eleventh held-out probe (December 2026): the article on finding the Directory ID never writes 租户; its other names
	// (the glossary's 租户 ID) name it (`namedByPreview`), and 在哪 asks where.
	{ kind: 'reworded', q: '租户ID在哪', page: FIND_DOMAIN },
	// Held-out probe 12 (December 2026): a wrong subscription entered, the error page's example in the simulator.
	{ kind: 'situation', q: '把Power BI的订阅填到了Dynamics 365 Sales里', page: 'errors/subscription-not-dynamics/' },
	// The field before 栏 (`fieldWords`), not the value typed into it.
	{ kind: 'situation', q: '在订阅 ID 栏里填了租户 ID', page: 'errors/subscription-id-invalid/' },
	// The field before 填成; its page's example names it so (在租户 ID 字段中键入了域名).
	{ kind: 'situation', q: '租户 ID 填成了域名', page: 'errors/tenant-id-not-guid/' },
	// Held-out probe 15 (December 2026): what the reader did not choose (没选, as data) is the choice the page asks for (请选择).
	{ kind: 'account', q: '新建声明的时候没选解决方案区域就点了下一步', page: 'errors/solution-area-required/' },
	// Held-out probe 15 (December 2026): 没选 as data, 请选择活动.
	{ kind: 'account', q: '还没选活动就点创建声明，报错了', page: 'errors/activity-required/' },
	// Why a message appears, or what it means (held-out probe 16): the error page, which says why it happens.
	{ kind: 'reworded', q: '订阅ID格式不对是什么意思', page: 'errors/subscription-id-invalid/' },
	{ kind: 'reworded', q: '为什么提示这个MPN不是我公司的', page: 'errors/mpn-unknown/' },
	// A tool asked for by what the reader wants to do or decide (`toolPurposes`): that tool before the others, though the
	// lifecycle simulator's long page holds more of the words (held-out probes 8–16's kind, December 2026).
	{ kind: 'tool', q: '提交前先模拟一下声明流程看会报什么错', page: 'claim-simulator/' },
	{ kind: 'tool', q: '有没有工具帮我判断该选售前还是使用', page: 'helpers/activity/' },
	// 预售 (pre-sale) is the pages' 售前, a word of its own among other Han characters (held-out probe 17's zh-TW case).
	{ kind: 'variant', q: '为什么 Microsoft 365 不能选预售活动', page: 'errors/activity-not-for-solution-area/' },
	// Held-out probe 18 (December 2026): 对不上 for the page's 不匹配 (variant data); 怎么办 asks for the fix, not how (怎么).
	{ kind: 'reworded', q: '域名和租户ID对不上怎么办', page: 'errors/domain-tenant-mismatch/' },
	{ kind: 'tool', q: '提交前可以先试一下声明流程吗', page: 'claim-simulator/' },
	{ kind: 'tool', q: '想算一下提交声明后每个状态的截止日期', page: 'claim-lifecycle/' },
	{ kind: 'variant', q: '我输入了订阅ID但显示不是Dynamics的订阅', page: 'errors/subscription-not-dynamics/' },
	// Readers shorten the message to 不符 (held-out probe 33's zh-TW case).
	{ kind: 'variant', q: '域名和租户ID不符怎么办', page: 'errors/domain-tenant-mismatch/' },
	// 要选 A 还是 B (should I pick A or B), the activities in the portal's English (held-out probe 33's zh-TW case).
	{ kind: 'tool', q: 'Dynamics 365 要选 Presales 还是 Usage', page: 'helpers/activity/' },
	// A message recalled in the reader's own words (`recalledMessage`; held-out probe 25).
	{ kind: 'reworded', q: '这看起来不是有效的电子邮件地址', page: 'errors/contact-email-invalid/' },
	// A Latin purpose word written against the reader's own characters (`LATIN_WORD_CHARACTER`; held-out probe 29).
	{ kind: 'tool', q: '我该用哪个MPN', page: 'helpers/mpn/' },
	// `我的` is a function word as `你的` is: it was a content word that no tool's title holds (held-out probe 31).
	{ kind: 'tool', q: '模拟一下我的声明', page: 'claim-simulator/' },
	// `结果说` (and then it says) reports a message: `要选` there is what the reader picked, not a question for a helper.
	{ kind: 'account', q: '我要选售前，结果说活动不适用', page: 'errors/activity-not-for-solution-area/' },
	// A portal message pasted in English, which the article's hidden English original holds too: the error page first
	// (`otherLatinLanguage`; held-out probe 37).
	{ kind: 'cross-language', q: "This activity isn't available for this solution area", page: 'errors/activity-not-for-solution-area/' },
	// Asking which one to use is what a helper is for (`purposeHeld`): the MPN helper before the claim simulator, whose
	// purpose holds `提交` (held-out probe 38).
	{ kind: 'tool', q: '我们公司有好几个MPN，不知道该用哪个提交声明', page: 'helpers/mpn/' },
	// `提示` (it says), a report word, weighs nothing of what is asked (function words): the already-claimed page (held-out
	// probe 39).
	{ kind: 'reworded', q: '提示这个订阅已经被声明过了', page: 'errors/subscription-already-claimed/' },
];

/** Queries the site has no good answer to: the dialog must say so (`confidence` not `strong`). */
export const offTopic: OffTopicQuery[] = [{ q: '我想重置密码' }, { q: '明天天气怎么样' }];
