import { FIND_DOMAIN, ARTICLE, CREATE, MANAGE, STATUS_SECTION, type OffTopicQuery, type RecallQuery } from './query-set.ts';

export const queries: RecallQuery[] = [
	{ kind: 'heading', q: 'ドメインテナントの不一致', page: ARTICLE, section: 'domain-tenant-mismatch' },
	{ kind: 'heading', q: 'どの MPN を選択しますか', page: ARTICLE, section: 'which-mpn-do-i-choose' },
	{ kind: 'heading', q: '競合している要求', page: ARTICLE, section: 'competing-claims' },
	{ kind: 'heading', q: '製品の選択とサブスクリプションの入力', page: ARTICLE, section: 'choosing-a-product-vs-entering-a-subscription' },
	{
		kind: 'heading',
		q: 'サブスクリプションが要求に使用できるようになるタイミング',
		page: ARTICLE,
		section: 'when-subscriptions-will-be-available-to-claim',
	},
	{ kind: 'pasted', q: '指定されたサブスクリプションが CSP を対象としている', page: 'errors/subscription-is-csp/' },
	{ kind: 'pasted', q: '選択された製品が顧客のテナントに存在しない', page: 'errors/subscription-product-not-on-tenant/' },
	{
		kind: 'pasted',
		q: 'お客様は、そのサブスクリプションの製品をまだアクティブ化/プロビジョニングしていません',
		page: 'errors/subscription-not-provisioned/',
	},
	{ kind: 'pasted', q: 'この MPN はインセンティブプログラムに登録されていません', page: 'errors/mpn-not-enrolled/' },
	{ kind: 'reworded', q: 'サブスクリプションの有効期限が切れています', page: 'errors/subscription-not-active/' },
	{ kind: 'reworded', q: 'テナントIDとドメインが一致しません', page: 'errors/domain-tenant-mismatch/' },
	{ kind: 'reworded', q: '別のパートナーが既にこの製品を要求しています', page: 'errors/competing-claim/' },
	{ kind: 'no-spaces', q: 'サブスクリプションIDを入力', page: 'errors/subscription-id-required/' },
	{ kind: 'width', q: 'ｻﾌﾞｽｸﾘﾌﾟｼｮﾝが既に要求されている', page: 'errors/subscription-already-claimed/' },
	{ kind: 'width', q: 'テナントＩＤを入力してください', page: 'errors/tenant-id-required/' },
	{ kind: 'mixed', q: 'Dynamics向けではありません', page: 'errors/subscription-not-dynamics/' },
	{ kind: 'code', q: 'SUBSCRIPTION_NOT_ACTIVE', page: 'errors/subscription-not-active/' },
	{ kind: 'code', q: 'ｔｅｎａｎｔ＿ｉｄ＿ｎｏｔ＿ｇｕｉｄ', page: 'errors/tenant-id-not-guid/' },
	{ kind: 'cross-language', q: "The subscription provided isn't for Dynamics", page: 'errors/subscription-not-dynamics/' },
	{ kind: 'cross-language', q: 'If you receive an error stating that they don’t match', page: ARTICLE, section: 'domain-tenant-mismatch' },
	{ kind: 'cross-language', q: '該訂閱已經宣告過', page: 'errors/subscription-already-claimed/', lang: 'any' },
	{ kind: 'words', q: '実行証明', page: 'errors/proof-of-execution-required/' },
	{
		kind: 'words',
		q: '5営業日',
		// Since MCA is published (#18), its status table documents the five-business-day review of every claim;
		// CAI's competing-claims sentence says it for arbitration only, and still counts.
		page: MANAGE,
		section: STATUS_SECTION,
		alsoRight: [ARTICLE],
	},
	{ kind: 'words', q: '猶予状態', page: 'errors/subscription-not-active/' },
	// The article's and the portal's word for dispute (MCA#161, #164), which the site now uses too (glossary).
	{ kind: 'words', q: '争議 30日', page: MANAGE, section: 'dispute-the-status-of-a-cpor-association-claim' },
	{ kind: 'heading', q: 'サブスクリプションのエラー', page: ARTICLE, section: 'subscription-errors-in-the-cpor-association-claim-flow' },
	{ kind: 'variant', q: 'このサブスクリプションはすでに要求されています', page: 'errors/subscription-already-claimed/' },
	{ kind: 'variant', q: 'サブスクリプションはすでに要求されています', page: 'errors/subscription-already-claimed/' },
	{ kind: 'variant', q: '製品が顧客のテナントにありません', page: 'errors/subscription-product-not-on-tenant/' },
	{ kind: 'variant', q: 'サブスクリプション ID が無効です', page: 'errors/subscription-id-invalid/' },
	{ kind: 'variant', q: 'テナント ID が無効です', page: 'errors/tenant-id-not-guid/' },
	{ kind: 'variant', q: 'この製品はすでに別のパートナーに関連付けられています', page: 'errors/competing-claim/' },
	{
		kind: 'renamed',
		q: 'Modern Work and Security',
		page: ARTICLE,
		section: 'which-activity-do-i-choose',
		// The changed-later notes (#14) name today's solution area where the 2020 activities are chosen; OSA (#18)
		// documents the create flow's Solution area field, "such as Business Applications or Microsoft 365".
		alsoRight: ['errors/solution-area-required/', 'helpers/activity/', CREATE],
	},
	{ kind: 'renamed', q: 'AI Cloud Partner Program ID がインセンティブに登録されていません', page: 'errors/mpn-not-enrolled/' },
	// Held-out search test (December 2026): a question whose own words are on error pages; the article's section lists
	// the subscription errors.
	{ kind: 'reworded', q: 'サブスクリプションを要求できないのはなぜ', page: ARTICLE },
	// Held-out search test (December 2026): where to find the tenant ID, asked with another verb than the title's and
	// a question word; the article on finding it calls it the Directory ID (`article-aliases.ts`, `variants/<lang>.json`).
	{ kind: 'reworded', q: '顧客のテナント ID はどこで調べますか', page: FIND_DOMAIN },
	// Held-out search test B (December 2026): a later name of MPN in katakana (`variants/ja.json`, renamed).
	{ kind: 'renamed', q: 'AI クラウド パートナー プログラム ID が登録されていません', page: 'errors/mpn-not-enrolled/' },
	// Held-out search test D (December 2026): the grace period in another word than the pages' 猶予状態.
	{ kind: 'reworded', q: 'サブスクリプション 猶予期間', page: 'errors/subscription-not-active/' },
	// Held-out search test E (December 2026): today's name of the activity in katakana, asked with the verb; a typed half-width word and 無効.
	{
		kind: 'renamed',
		q: 'パートナーロールはどれを選べばいい',
		page: ARTICLE,
		section: 'which-activity-do-i-choose',
		alsoRight: ['helpers/activity/'],
	},
	{ kind: 'variant', q: 'ｻﾌﾞｽｸﾘﾌﾟｼｮﾝ ID 無効', page: 'errors/subscription-id-invalid/' },
	// Held-out search test F (December 2026): the everyday verb for the article's アクティブ化.
	{
		kind: 'reworded',
		q: '顧客がサブスクリプションをまだ有効にしていない',
		page: 'errors/subscription-not-provisioned/',
		alsoRight: [ARTICLE],
	},
	// Held-out search test G (December 2026): a paraphrase no page holds every word of; the page holding more of them first.
	{ kind: 'reworded', q: '他社パートナーが同じ顧客を先に登録している', page: 'errors/competing-claim/', alsoRight: [ARTICLE] },
	// Held-out search test G (December 2026): the status レビュー中 (Under review) in a reader's word.
	{ kind: 'status', q: '審査中のまま進まない', page: MANAGE, section: STATUS_SECTION, alsoRight: ['claim-lifecycle/'] },
	// A status name as the reader meets it (the glossary's other word for レビュー中 (Under review)): the status section first (`section-aliases.ts`).
	{ kind: 'status', q: '審査中', page: MANAGE, section: STATUS_SECTION },
	// A status name as the reader meets it (Partner action required in other words, among words of the reader's own): the status section first (`section-aliases.ts`).
	{ kind: 'status', q: 'パートナーの対応が必要と表示された', page: MANAGE, section: STATUS_SECTION },
	// A verb in the reader's form, where the article's title writes 調べる: the stem counts (`japaneseStem`).
	{ kind: 'reworded', q: 'ディレクトリ ID はどこで調べますか', page: FIND_DOMAIN },
	{ kind: 'reworded', q: '顧客のドメイン名を調べました', page: FIND_DOMAIN },
	// Held-out search test I (December 2026): the verb of checking is no topic; error pages say it of their checks.
	{ kind: 'renamed', q: 'Microsoft Entra ID でディレクトリ ID を確認する', page: FIND_DOMAIN },
	// Held-out search test K (December 2026): a question word fused into a kanji run (何日以内).
	{ kind: 'reworded', q: '顧客は何日以内にオプトアウトできますか', page: MANAGE, alsoRight: ['claim-lifecycle/'] },
	// Fourth held-out probe (December 2026): a product's number weighs nothing (every title naming Microsoft 365 held it).
	{ kind: 'words', q: 'Dynamics 365 の技術担当者が未入力', page: 'errors/technical-contact-required/' },
	// Fifth held-out probe (December 2026): a tool asked for by what it does (`toolWords`); 締め切り for 期限; 猶予 in kana.
	{ kind: 'tool', q: '要求をシミュレーションしたい', page: 'claim-simulator/' },
	{ kind: 'tool', q: '締め切り 営業日 計算', page: 'claim-lifecycle/' },
	{ kind: 'variant', q: 'サブスクリプション ゆうよ 期間切れ', page: 'errors/subscription-not-active/' },
	// A list of the errors: the error reference, by its name in the variant data.
	{ kind: 'reworded', q: 'エラー一覧', page: 'errors/' },
	// Sixth held-out probe (December 2026): 調べ方 in kana, a question of how (the kana forms are question words too).
	{ kind: 'variant', q: '顧客のテナントIDのしらべかた', page: FIND_DOMAIN },
	// Eighth held-out probe (December 2026): the article that lists every error holds each word under another error's heading; the
	// error page whose title holds most of them comes first (`scatteredMatches`).
	{ kind: 'reworded', q: 'ドメインとテナントIDが別の会社のものになってる', page: 'errors/domain-tenant-mismatch/' },
	// Ninth held-out probe (December 2026): クレーム名 for the claim's name (要求の名前), in terse input.
	{ kind: 'variant', q: 'クレーム名 未入力', page: 'errors/claim-name-required/' },
	// Held-out probe 12 (December 2026): a value typed into the wrong field, the error page's example in the simulator.
	{ kind: 'situation', q: 'テナントIDの欄にドメイン名を入れてしまった', page: 'errors/tenant-id-not-guid/' },
	// Held-out probe 12 (December 2026): an account of what happened names the error, not the article (`isNarrative`).
	{
		kind: 'account',
		q: 'パートナーセンターで顧客の関連付けを申請しようとしたら、別のパートナーがすでにこの製品を申請していると出て先に進めません。どうすればいいですか',
		page: 'errors/competing-claim/',
	},
	// Thirteenth held-out probe (December 2026): 契約が切れた for a subscription that is no longer active (variant data).
	{ kind: 'variant', q: '契約が切れたサブスクリプションで関連付けしようとしたらエラー', page: 'errors/subscription-not-active/' },
	// Held-out probes 8 and 14 (December 2026): the field before 欄 (`fieldWords`), not the value typed into it.
	{ kind: 'situation', q: 'サブスクリプションIDの欄にテナントIDを入れてしまった', page: 'errors/subscription-id-invalid/' },
	// The field before の代わりに; its page's example names it so (テナント ID 欄にドメインを入力).
	{ kind: 'situation', q: 'テナントIDの代わりにドメインを入れた', page: 'errors/tenant-id-not-guid/' },
	// 選択せず (as data): the page asks to choose (アクティビティを選択してください).
	{ kind: 'account', q: 'アクティビティを選択せずに次へ進んだ', page: 'errors/activity-required/' },
	// Why a message appears (held-out probe 16's kind): the error page, which says why it happens (なぜ asks no steps).
	{ kind: 'reworded', q: 'なぜ CSP 用のサブスクリプションだと表示されるの', page: 'errors/subscription-is-csp/' },
	// A tool asked for by what the reader wants to do or decide (`toolPurposes`): that tool before the others, though the
	// lifecycle simulator's long page holds more of the words (held-out probes 8–16's kind, December 2026).
	{ kind: 'tool', q: 'プリセールスと使用状況のどっちで申請すべきか判定してくれるツール', page: 'helpers/activity/' },
	{ kind: 'tool', q: '提出前にどのチェックでエラーになるか試せるツール', page: 'claim-simulator/' },
	// A tool asked for by what the reader wants decided, without naming a tool (`toolWords`: decide, 決め, 결정), or one
	// whose purpose holds the query though another tool's long page holds more of its words (held-out probe 17's kind).
	{ kind: 'tool', q: 'どのアクティビティにするか決めたい', page: 'helpers/activity/' },
	// Held-out probe 20 (December 2026): どの and 使えばいい ask which to take (`questionWords`, `toolWords`): the MPN helper.
	{ kind: 'tool', q: 'どのMPNを使えばいいかわからない', page: 'helpers/mpn/', alsoRight: [ARTICLE] },
	{ kind: 'variant', q: 'お客様のテナントIDを入力して下さい', page: 'errors/tenant-id-required/' },
	{
		kind: 'tool',
		q: 'Business Applications では使用状況とプリセールスのどちらのアクティビティを選べばよいですか',
		page: 'helpers/activity/',
	},
	{ kind: 'tool', q: 'どの MPN ID で申請すればよいですか', page: 'helpers/mpn/' },
	// A message recalled in the reader's own words, close to the page's example (`recalledMessage`; held-out probe 25).
	{ kind: 'reworded', q: '製品が 1 つも選択されていません', page: 'errors/product-required/' },
	// A tool asked for by three of its purposes, without a tool word (`namesTool`; held-out probe 25).
	{ kind: 'tool', q: '提出後のステータスと期限を営業日ベースで確認したい', page: 'claim-lifecycle/' },
	{ kind: 'tool', q: 'アクティビティ 選択 プリセールス 使用状況 違い', page: 'helpers/activity/' },
	// 何日 asks how many days (`timeWords`): the article that states the deadline, not the lifecycle simulator whose
	// purposes it names (held-out probe 27).
	{ kind: 'words', q: '要求が拒否された場合 異議申し立ての期限は何日?', page: 'incentives-manage-customer-associations/' },
	// The portal asks for a field (`求められ`, a missing word): the field's required error, not its format's.
	{ kind: 'account', q: 'テナントIDを入力するよう求められる', page: 'errors/tenant-id-required/' },
	// A choice left unmade (`選んでいない`, a missing word) names the activity's required error as its field's words do:
	// before the article whose heading holds `アクティビティを選択` as a phrase (`namesEmptyField`).
	{ kind: 'account', q: 'アクティビティを選んでいない', page: 'errors/activity-required/' },
	// A file not uploaded (`アップロードしていない`, a missing word): the PoE's required error before the article that holds
	// every word alike (`leftEmpty`; sibling of held-out probe 36).
	{ kind: 'account', q: 'PoEをアップロードしていないので送信できない', page: 'errors/proof-of-execution-required/' },
	// After submitting (`後`) is the lifecycle simulator's purpose, before it (`提出前`) the claim simulator's (held-out
	// probe 37).
	{ kind: 'tool', q: '申請を提出した後のステータスの流れをシミュレーションしたい', page: 'claim-lifecycle/' },
];

/** Queries the site has no good answer to: the dialog must say so (`confidence` not `strong`). */
export const offTopic: OffTopicQuery[] = [{ q: '請求書が届かない' }, { q: 'パスワードをリセットしたい' }];
