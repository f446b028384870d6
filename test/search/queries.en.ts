import {
	FIND_DOMAIN,
	SUBSCRIPTION_ERRORS,
	ARTICLE,
	CREATE,
	MANAGE,
	STATUS_SECTION,
	type OffTopicQuery,
	type RecallQuery,
} from './query-set.ts';

export const queries: RecallQuery[] = [
	{ kind: 'heading', q: 'Domain-tenant mismatch', page: ARTICLE, section: 'domain-tenant-mismatch' },
	{ kind: 'heading', q: 'Which MPN do I choose', page: ARTICLE, section: 'which-mpn-do-i-choose' },
	{ kind: 'heading', q: 'competing claims', page: ARTICLE, section: 'competing-claims' },
	{ kind: 'heading', q: 'when subscriptions will be available', page: ARTICLE, section: 'when-subscriptions-will-be-available-to-claim' },
	{
		kind: 'heading',
		q: 'choosing a product vs entering a subscription',
		page: ARTICLE,
		section: 'choosing-a-product-vs-entering-a-subscription',
	},
	{ kind: 'pasted', q: 'The product selected doesn’t exist on the customer’s tenant', page: 'errors/subscription-product-not-on-tenant/' },
	{ kind: 'pasted', q: 'The subscription provided is for CSP', page: 'errors/subscription-is-csp/' },
	{ kind: 'pasted', q: 'The subscription has already been claimed', page: 'errors/subscription-already-claimed/' },
	{
		kind: 'pasted',
		q: "The customer hasn't yet activated/provisioned the products for that subscription",
		page: 'errors/subscription-not-provisioned/',
	},
	{ kind: 'pasted', q: "Error: The identifier provided isn't a subscription ID (400)", page: 'errors/subscription-id-invalid/' },
	{ kind: 'reworded', q: 'subscription expired, not active anymore', page: 'errors/subscription-not-active/' },
	{ kind: 'reworded', q: 'tenant id and domain do not match', page: 'errors/domain-tenant-mismatch/' },
	{ kind: 'reworded', q: 'my MPN is not enrolled in incentives', page: 'errors/mpn-not-enrolled/' },
	{ kind: 'reworded', q: 'another partner already claimed this product', page: 'errors/competing-claim/' },
	{ kind: 'no-spaces', q: 'proofofexecution', page: 'errors/proof-of-execution-required/' },
	{ kind: 'width', q: 'ＳＵＢＳＣＲＩＰＴＩＯＮ＿ＮＯＴ＿ＡＣＴＩＶＥ', page: 'errors/subscription-not-active/' },
	{ kind: 'width', q: 'ｐｒｏｏｆ ｏｆ ｅｘｅｃｕｔｉｏｎ', page: 'errors/proof-of-execution-required/' },
	{ kind: 'code', q: 'DOMAIN_TENANT_MISMATCH', page: 'errors/domain-tenant-mismatch/' },
	{ kind: 'code', q: 'subscription_is_csp', page: 'errors/subscription-is-csp/' },
	{ kind: 'code', q: 'PROOF_OF_EXECUTION_REQUIRED', page: 'errors/proof-of-execution-required/' },
	{ kind: 'cross-language', q: 'サブスクリプションが既に要求されている', page: 'errors/subscription-already-claimed/', lang: 'any' },
	{ kind: 'cross-language', q: '提供的訂用帳戶不適用於 Dynamics', page: 'errors/subscription-not-dynamics/', lang: 'any' },
	{ kind: 'mixed', q: 'Dynamics 365 subscription for CSP', page: 'errors/subscription-is-csp/' },
	{ kind: 'words', q: 'volume licensing web direct', page: 'errors/activity-channel-not-eligible/' },
	{
		kind: 'words',
		q: 'five business days review',
		// Since MCA is published (#18), its status table documents the five-business-day review of every claim;
		// CAI's competing-claims sentence says it for arbitration only, and still counts.
		page: MANAGE,
		section: STATUS_SECTION,
		alsoRight: [ARTICLE],
	},
	{ kind: 'heading', q: 'subscription errors', page: ARTICLE, section: 'subscription-errors-in-the-cpor-association-claim-flow' },
	{
		kind: 'heading',
		q: 'Subscription errors in the CPOR association claim flow',
		page: ARTICLE,
		section: 'subscription-errors-in-the-cpor-association-claim-flow',
	},
	{ kind: 'heading', q: 'which activity do I choose', page: ARTICLE, section: 'which-activity-do-i-choose' },
	{
		kind: 'renamed',
		q: 'Modern Work and Security',
		page: ARTICLE,
		section: 'which-activity-do-i-choose',
		// The changed-later notes (#14) name today's solution area where the 2020 activities are chosen; OSA (#18)
		// documents the create flow's Solution area field, "such as Business Applications or Microsoft 365".
		alsoRight: ['errors/solution-area-required/', 'helpers/activity/', CREATE],
	},
	{ kind: 'renamed', q: 'Which partner role do I choose', page: ARTICLE, section: 'which-activity-do-i-choose' },
	{ kind: 'renamed', q: 'Which AI Cloud Partner Program do I choose', page: ARTICLE, section: 'which-mpn-do-i-choose' },
	{ kind: 'renamed', q: 'AI Cloud Partner Program ID is not enrolled in incentives', page: 'errors/mpn-not-enrolled/' },
	{ kind: 'reworded', q: 'the product is not on the customer tenant', page: 'errors/subscription-product-not-on-tenant/' },
	{ kind: 'reworded', q: 'subscription already claimed', page: 'errors/subscription-already-claimed/' },
	// Held-out search test (December 2026): a question whose own words (why, can) are on error pages' "Why it happens"
	// headings; the article's section lists the subscription errors. And the tenant ID, which the article that tells
	// where to find it calls the Directory ID (`src/search/article-aliases.ts`).
	{ kind: 'reworded', q: "why can't I claim a subscription", page: ARTICLE, section: SUBSCRIPTION_ERRORS },
	{ kind: 'reworded', q: "where can I find the customer's tenant ID", page: FIND_DOMAIN, alsoRight: ['errors/tenant-id-required/'] },
	// Held-out search test (December 2026): today's name of Azure Active Directory, which the pages write in full.
	{ kind: 'renamed', q: 'where is the tenant ID in Microsoft Entra ID', page: FIND_DOMAIN, alsoRight: ['errors/tenant-id-required/'] },
	// Held-out search test (December 2026): a word the page lacks (valid), its code names it.
	{ kind: 'reworded', q: 'the tenant ID is not a valid GUID', page: 'errors/tenant-id-not-guid/' },
	// Held-out search test D (December 2026): a pasted message with the reader's own words after it.
	{ kind: 'pasted', q: "The subscription provided is for CSP so it can't be claimed", page: 'errors/subscription-is-csp/' },
	// Held-out search test D: today's name of the solution area and another verb than the heading's (pick, choose).
	{
		kind: 'renamed',
		q: 'Modern Work activity which one to pick',
		page: ARTICLE,
		section: 'which-activity-do-i-choose',
		alsoRight: ['helpers/activity/', 'errors/activity-not-for-solution-area/'],
	},
	// Held-out search test E (December 2026): the tools' own word; every error page's template heading `What the simulator assumes` holds it too.
	{ kind: 'words', q: 'simulator', page: 'claim-simulator/', alsoRight: ['claim-lifecycle/'] },
	// Held-out search test G (December 2026): a question no page holds every word of; the page holding more of them first,
	// with a section whose text holds the most of them (the timeline: the consent period and its opt-out).
	{
		kind: 'words',
		q: 'how many days does the customer have to opt out?',
		page: MANAGE,
		section: 'cpor-association-claims-timeline',
		alsoRight: ['claim-lifecycle/'],
	},
	// Held-out search test H (December 2026): the section whose heading holds the question's words, before one whose text
	// holds as many.
	{ kind: 'words', q: 'can I edit a claim after I submitted it?', page: MANAGE, section: 'edit-your-cpor-association-claim' },
	// Held-out search test H (December 2026): a typo Pagefind answers with a shorter word's pages, which filled the early
	// list; the error page whose title holds the other words came later (`loadPages`, `keepShown`).
	{ kind: 'reworded', q: 'compteing claim another partner', page: 'errors/competing-claim/', alsoRight: [ARTICLE] },
	// A status name as the reader meets it (the glossary's other wording of Partner action required): the status section first (`section-aliases.ts`).
	{ kind: 'status', q: 'Partner action needed', page: MANAGE, section: STATUS_SECTION },
	// A status the reader says is stuck: `still`, `always` say nothing of what is asked (`functionWords`).
	{
		kind: 'status',
		q: 'claim status still shows Partner action needed',
		page: MANAGE,
		section: STATUS_SECTION,
		alsoRight: ['claim-lifecycle/'],
	},
	// Held-out search test I (December 2026): a code inside a sentence of the reader’s own words names its error page.
	{ kind: 'code', q: 'Got error SUBSCRIPTION_NOT_PROVISIONED when submitting the claim', page: 'errors/subscription-not-provisioned/' },
	// Held-out search test J (December 2026): the everyday short name Azure AD.
	{ kind: 'renamed', q: 'Azure AD directory ID', page: FIND_DOMAIN },
	// Fourth held-out probe (December 2026): `Entra` alone for Azure Active Directory.
	{ kind: 'renamed', q: 'customer domain shown above company name in Entra', page: FIND_DOMAIN },
	// Fifth held-out probe (December 2026): a tool asked for by what it does (`toolWords`), and the error index by a list.
	{ kind: 'tool', q: 'simulate a claim', page: 'claim-simulator/' },
	{ kind: 'tool', q: 'calculate dispute deadline', page: 'claim-lifecycle/' },
	{ kind: 'reworded', q: 'list of all claim errors', page: 'errors/' },
	// Tenth held-out probe (December 2026): a list word and an error word ask for the error reference (`listsErrors`).
	{ kind: 'reworded', q: 'list of all claim error messages', page: 'errors/' },
	// Seventh held-out probe (December 2026): to try or test a claim asks for the claim simulator.
	{ kind: 'tool', q: "try out a claim before submitting to see what error I'd get", page: 'claim-simulator/' },
	// Ninth held-out probe (December 2026): PoE for proof of execution, typed tersely.
	{ kind: 'variant', q: 'poe missing cant submit', page: 'errors/proof-of-execution-required/' },
	// Ninth held-out probe (December 2026): every page lacks some of the words; only the CSP page's title holds `csp`
	// (`titleWeight`).
	{
		kind: 'reworded',
		q: 'customer bought dynamics through their CSP reseller, claim fails at the subscription step',
		page: 'errors/subscription-is-csp/',
	},
	// Held-out probes 9 and 11 (December 2026): a value typed into the wrong field, the error page's example in the simulator.
	{ kind: 'situation', q: 'put the domain in the tenant id field', page: 'errors/tenant-id-not-guid/' },
	{
		kind: 'situation',
		q: 'I typed contoso.onmicrosoft.com into the tenant id box and it says invalid',
		page: 'errors/tenant-id-not-guid/',
	},
	// Held-out probes 8 and 10 (December 2026): an account of what happened names the error, not the article (`isNarrative`).
	{ kind: 'account', q: "another partner already has this customer's Teams, what happens to my claim", page: 'errors/competing-claim/' },
	{
		kind: 'account',
		q: "customer only bought their Dynamics licences last week and when I put in the subscription it says they haven't set it up yet",
		page: 'errors/subscription-not-provisioned/',
	},
	// Held-out probes 13 and 12 (December 2026): the field the value went into (`fieldWords`: box) names the error, not the value.
	{ kind: 'situation', q: 'I pasted the tenant ID into the subscription ID box', page: 'errors/subscription-id-invalid/' },
	// Held-out probe 14 (December 2026): the page whose example in the simulator names that field (`The domain typed into the tenant ID field`).
	{ kind: 'situation', q: 'I put contoso.onmicrosoft.com in the tenant ID box and it says invalid', page: 'errors/tenant-id-not-guid/' },
	// The field after `instead of`.
	{ kind: 'situation', q: 'typed the domain instead of the tenant ID', page: 'errors/tenant-id-not-guid/' },
	// What the reader did not choose (as data) is the choice the page asks for (Select a solution area).
	{ kind: 'account', q: "didn't select a solution area and clicked next", page: 'errors/solution-area-required/' },
	// Held-out probe 8 (December 2026): `entered` is a function word; it made `Enter the subscription ID` a heading that
	// holds the query, though the reader entered the ID (it is not missing).
	{ kind: 'account', q: 'the subscription id I entered was bought through a CSP reseller', page: 'errors/subscription-is-csp/' },
	// Held-out probe 10 (December 2026): two letters swapped (`correctTypos`).
	{ kind: 'spelling', q: 'tenant id mismtach', page: 'errors/domain-tenant-mismatch/' },
	// A vowel added (`teneant`), and a word no title writes but the error code does (`reqired`: `TENANT_ID_REQUIRED`;
	// held-out probe 33, December 2026).
	{ kind: 'spelling', q: 'teneant id reqired', page: 'errors/tenant-id-required/' },
	{ kind: 'spelling', q: 'custoumer domain reqired', page: 'errors/customer-domain-required/' },
	// Mistyped choice and function words (`lexiconTypos`; held-out probe 33): the helper, as typed right.
	{ kind: 'tool', q: 'whcih MPN shoud I choose', page: 'helpers/mpn/' },
	{ kind: 'tool', q: 'whcih activity shoud I pick', page: 'helpers/activity/' },
	// Why a message appears, or what it means (held-out probe 16's kind): the error page, which says why it happens.
	{ kind: 'reworded', q: 'what does this MPN is not enrolled mean', page: 'errors/mpn-not-enrolled/' },
	// A tool asked for by what the reader wants to do or decide (`toolPurposes`): that tool before the others, though the
	// lifecycle simulator's long page holds more of the words (held-out probes 8–16's kind, December 2026).
	{ kind: 'tool', q: 'is there a tool to test my claim before I submit it', page: 'claim-simulator/' },
	{ kind: 'tool', q: 'a tool to work out the deadlines after my claim is submitted', page: 'claim-lifecycle/' },
	// A tool asked for by what the reader wants decided, without naming a tool (`toolWords`: decide, 決め, 결정), or one
	// whose purpose holds the query though another tool's long page holds more of its words (held-out probe 17's kind).
	{ kind: 'tool', q: 'help me decide which activity to claim with', page: 'helpers/activity/' },
	// What the portal says, reported (`it says`, `they told me`: function words), around the reader's own words.
	{ kind: 'account', q: 'I typed the tenant ID and partner center says it does not look like one', page: 'errors/tenant-id-not-guid/' },
	// `when` is no question word: a conjunction here, which put the articles first (held-out probe 14).
	{ kind: 'account', q: 'cannot choose pre-sales when I claim Microsoft 365', page: 'errors/activity-not-for-solution-area/' },
	// The tool named by its purpose is lifted last, after the passes that judge long pages (held-out probe 18: the claim
	// simulator's words sit under several headings, which ranked it with the pages holding some words).
	{ kind: 'tool', q: 'test my claim before I submit it', page: 'claim-simulator/' },
	{ kind: 'tool', q: 'is there a way to check my claim for errors before submitting', page: 'claim-simulator/' },
	{ kind: 'tool', q: 'multiple MPN IDs which one to claim with', page: 'helpers/mpn/' },
	{ kind: 'tool', q: 'should I pick usage or presales for dynamics 365', page: 'helpers/activity/' },
	// A message the reader reports among words of their own (`reportedMessage`; held-out probe 22).
	{
		kind: 'account',
		q: "we picked Pre-sales for Microsoft 365 and it says the activity isn't available",
		page: 'errors/activity-not-for-solution-area/',
	},
	// A tool asked for by three of its purposes, without a tool word (`namesTool`; held-out probe 23).
	{ kind: 'tool', q: 'count business days until my claim review deadline', page: 'claim-lifecycle/' },
	// An account that asks when (`timeWords`): the article says when a subscription can be claimed (held-out probe 24).
	{ kind: 'account', q: 'customer just bought Dynamics 365, when can I claim the subscription?', page: ARTICLE },
	// Pronouns say nothing of what is asked (`functionWords`): the article lacks `their` (held-out probe 25).
	{ kind: 'words', q: 'where does the customer find their tenant id in entra', page: 'find-customer-domain-name/' },
	// Words readers search an error by that its page does not write (`errors.<CODE>.searchWords`).
	{ kind: 'words', q: 'invalid tenant ID', page: 'errors/tenant-id-not-guid/' },
	// A reported message with `it's not` for the page's `isn't` recalls that page (English contractions: held-out probe 29).
	{
		kind: 'account',
		q: "I put the directory ID in the subscription field and it says it's not a subscription ID",
		page: 'errors/subscription-id-invalid/',
	},
	// `it won't let me continue` says nothing of what is asked (function words): the activity's error page, not the
	// competing claim's (held-out probe 37).
	{
		kind: 'situation',
		q: "picked Pre-sales for a Microsoft 365 claim and it won't let me continue",
		page: 'errors/activity-not-for-solution-area/',
	},
	// A value refused, not left empty: the required page's example (`…, none entered`) names no heading of the reader's
	// situation then, and the title naming `CSP` alone comes before `Enter the subscription ID` (`namesAlone`; held-out
	// probes 37 and 38).
	{
		kind: 'account',
		q: 'customer bought dynamics through their CSP and the subscription id gets rejected, what now?',
		page: 'errors/subscription-is-csp/',
	},
	{
		kind: 'account',
		q: 'customer bought dynamcis through their CSP reseller and now the subscription id I enter gives an error',
		page: 'errors/subscription-is-csp/',
	},
	// A reader's `appeal` is the article's `dispute` (variant data; held-out probe 38).
	{
		kind: 'account',
		q: 'our claim got rejected 3 weeks ago, can we still appeal it?',
		page: 'incentives-manage-customer-associations/',
		section: 'dispute-the-status-of-a-cpor-association-claim',
	},
	// `how many days` asks when, as `how long` does (`timeWords`): the article that gives the reply deadline, not the error
	// pages of fields the reviewer may ask for (held-out probe 39).
	{
		kind: 'account',
		q: 'reviewer left a comment asking for more info, how many days do I have to respond before it gets rejected',
		page: 'incentives-manage-customer-associations/',
	},
	// The program's name written out is the CSP page's `CSP` (variant data; held-out probe 40).
	{
		kind: 'account',
		q: 'customer bought dynamics 365 from a cloud solution provider reseller and the subscription check fails',
		page: 'errors/subscription-is-csp/',
	},
	// What happens after submitting is the lifecycle simulator's purpose (`after`, `happens`), checking before submitting
	// the claim simulator's (held-out probe 40).
	{ kind: 'tool', q: 'simulate what happens to my claim after I submit it', page: 'claim-lifecycle/' },
];

/** Queries the site has no good answer to: the dialog must say so (`confidence` not `strong`). */
export const offTopic: OffTopicQuery[] = [{ q: 'invoice never arrived' }, { q: 'reset my password' }];
