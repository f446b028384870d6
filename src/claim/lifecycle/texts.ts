/**
 * The lifecycle's words in every language: statuses, events, the documented reasons (with their citations),
 * the refusals' explanations, the comments Microsoft and the partner leave, deadlines and notes.
 *
 * Sources: fact sheet `/work/shared/cpor-facts.md` §7–§10. The ja and zh-TW texts use the terms of the localized
 * troubleshooting article where it has them (ja: 要求, 実行証明, 競合している要求, レビュー中, 5 営業日, コメント,
 * サブスクリプション; zh-TW: 宣告, 執行證明, 競爭宣告, 仲裁, 五個工作天, 批註, 訂用帳戶). The article has no terms for
 * the other statuses, the PoE review reasons or disputes; those are the simulator's own translations.
 * THE JA AND ZH-TW TEXTS WERE NOT REVIEWED BY A NATIVE SPEAKER.
 *
 * Placeholders in braces (`{deadline}`, `{date}`, `{status}`) are filled by `fillPlaceholders` (`src/i18n/placeholders.ts`) with dates the page
 * formats for its language. Kept apart from the engine so that an island receives one language only.
 */
import type { Localized } from '../localized.ts';
import type { DeadlineKind } from './rules.ts';
import type { CommentKind, RefusalCode, TimelineNote } from './transitions.ts';
import type { LifecycleEventType, LifecycleStatus, MoreProofReason, RejectionReason } from './schema.ts';

export const statusTexts: Readonly<Record<LifecycleStatus, Localized<{ name: string; meaning: string }>>> = {
	editing: {
		en: { name: 'Editing', meaning: 'The claim is created. It stays here until the proof of execution is uploaded and the claim is submitted.' },
		ja: { name: '編集中', meaning: '要求は作成済みです。実行証明 (PoE) をアップロードして要求を提出するまで、この状態のままです。' },
		'zh-TW': { name: '編輯中', meaning: '宣告已建立。在上傳執行證明並提交宣告之前，會維持此狀態。' },
	},
	submitted: {
		en: { name: 'Submitted', meaning: 'The claim is submitted and the review has not started. Microsoft starts the approval within 5 business days.' },
		ja: { name: '提出済み', meaning: '要求は提出済みで、レビューはまだ始まっていません。Microsoft は 5 営業日以内に承認手続きを開始します。' },
		'zh-TW': { name: '已提交', meaning: '宣告已提交，尚未開始審核。Microsoft 會在五個工作天內開始核准程序。' },
	},
	'under-review': {
		en: { name: 'Under review', meaning: 'Microsoft is validating the proof of execution and may contact you in the claim’s comments.' },
		ja: { name: 'レビュー中', meaning: 'Microsoft が実行証明を検証しています。要求のコメントで連絡が来ることがあります。' },
		'zh-TW': { name: '審核中', meaning: 'Microsoft 正在驗證執行證明，並可能透過宣告的批註與您聯絡。' },
	},
	'partner-action-required': {
		en: { name: 'Partner action required', meaning: 'Microsoft needs more proof of execution. Respond and resubmit within 5 business days, or the claim is rejected.' },
		ja: { name: 'パートナーの対応が必要', meaning: 'Microsoft は追加の実行証明を必要としています。5 営業日以内に対応して再提出しないと、要求は却下されます。' },
		'zh-TW': { name: '需要合作夥伴採取動作', meaning: 'Microsoft 需要更多執行證明。請在五個工作天內回應並重新提交，否則宣告會遭到拒絕。' },
	},
	approved: {
		en: { name: 'Approved', meaning: 'Microsoft approved the association. The customer is notified and may deny consent within 7 days; the claim shows Approved meanwhile and goes to incentive assessment only after that period.' },
		ja: { name: '承認済み', meaning: 'Microsoft が関連付けを承認しました。顧客に通知され、顧客は 7 日以内であれば同意を拒否できます。その間も要求は承認済みと表示され、この期間の後にのみインセンティブの評価に送られます。' },
		'zh-TW': { name: '已核准', meaning: 'Microsoft 已核准此關聯。客戶會收到通知，並可在 7 天內拒絕同意；在此期間宣告仍顯示為已核准，期滿後才會送交獎勵評估。' },
	},
	rejected: {
		en: { name: 'Rejected', meaning: 'The claim was rejected. You can dispute it within 30 days; after that, create a new claim with updated proof of execution.' },
		ja: { name: '却下', meaning: '要求は却下されました。30 日以内であれば異議を申し立てられます。それ以降は、更新した実行証明で新しい要求を作成してください。' },
		'zh-TW': { name: '已拒絕', meaning: '宣告已遭拒絕。您可以在 30 天內提出爭議；之後請以更新的執行證明建立新的宣告。' },
	},
};

/** Button labels (what happens) and who makes it happen. */
export const eventTexts: Readonly<Record<LifecycleEventType, Localized<string>>> = {
	submit: { en: 'Submit the claim', ja: '要求を提出する', 'zh-TW': '提交宣告' },
	'start-review': { en: 'Microsoft starts the review', ja: 'Microsoft がレビューを開始する', 'zh-TW': 'Microsoft 開始審核' },
	'request-more-proof': { en: 'Reviewer asks for more proof', ja: 'レビュー担当者が追加の証明を求める', 'zh-TW': '審核者要求更多證明' },
	respond: { en: 'Respond and resubmit', ja: '対応して再提出する', 'zh-TW': '回應並重新提交' },
	'response-deadline-passes': { en: 'Let the 5-business-day deadline pass', ja: '5 営業日の期限を過ぎさせる', 'zh-TW': '讓五個工作天的期限過去' },
	approve: { en: 'Reviewer approves', ja: 'レビュー担当者が承認する', 'zh-TW': '審核者核准' },
	reject: { en: 'Reviewer rejects', ja: 'レビュー担当者が却下する', 'zh-TW': '審核者拒絕' },
	'customer-denies-consent': { en: 'Customer denies consent', ja: '顧客が同意を拒否する', 'zh-TW': '客戶拒絕同意' },
	dispute: { en: 'Dispute the rejection', ja: '却下に異議を申し立てる', 'zh-TW': '對拒絕提出爭議' },
	'new-claim': { en: 'Create a new claim', ja: '新しい要求を作成する', 'zh-TW': '建立新的宣告' },
	'competing-claim': { en: 'Another partner claims the same workload or subscription', ja: '別のパートナーが同じワークロードまたはサブスクリプションを要求する', 'zh-TW': '另一個合作夥伴宣告相同的工作負載或訂用帳戶' },
	'arbitration-won': { en: 'Arbitration: your claim is chosen', ja: '調停: 自社の要求が選ばれる', 'zh-TW': '仲裁：選擇您的宣告' },
	'arbitration-lost': { en: 'Arbitration: the other partner is chosen', ja: '調停: 別のパートナーが選ばれる', 'zh-TW': '仲裁：選擇另一個合作夥伴' },
	'subscription-ends': { en: 'The claimed subscription ends', ja: '要求したサブスクリプションが終了する', 'zh-TW': '已宣告的訂用帳戶結束' },
};

export interface ReasonText {
	readonly label: string;
	readonly description: string;
}

/** Fact sheet §8, MCA#152–156. */
export const moreProofReasonTexts: Readonly<Record<MoreProofReason, { citation: string; text: Localized<ReasonText> }>> = {
	'missing-all-poe': {
		citation: 'MCA#152–156',
		text: {
			en: { label: 'Missing All PoE', description: 'The file is the wrong one or isn’t about this CPOR claim.' },
			ja: { label: '実行証明がすべて不足 (Missing All PoE)', description: 'ファイルが間違っているか、この CPOR 要求に関するものではありません。' },
			'zh-TW': { label: '缺少所有執行證明 (Missing All PoE)', description: '檔案錯誤，或與此 CPOR 宣告無關。' },
		},
	},
	'missing-customer-acknowledgment': {
		citation: 'MCA#152–156',
		text: {
			en: { label: 'Missing Customer Acknowledgment', description: 'The proof of execution has no customer signature.' },
			ja: { label: '顧客の確認が不足 (Missing Customer Acknowledgment)', description: '実行証明に顧客の署名がありません。' },
			'zh-TW': { label: '缺少客戶確認 (Missing Customer Acknowledgment)', description: '執行證明上沒有客戶簽名。' },
		},
	},
	'missing-or-old-dates': {
		citation: 'MCA#152–156',
		text: {
			en: { label: 'Missing or Old Dates', description: 'The proof of execution has no dates, or its dates are too old.' },
			ja: { label: '日付がない、または古い (Missing or Old Dates)', description: '実行証明に日付がないか、日付が古すぎます。' },
			'zh-TW': { label: '缺少日期或日期過舊 (Missing or Old Dates)', description: '執行證明上沒有日期，或日期過舊。' },
		},
	},
	'missing-partner-solution': {
		citation: 'MCA#152–156',
		text: {
			en: { label: 'Missing Partner Solution/Service', description: 'The description of your work is missing or insufficient.' },
			ja: { label: 'パートナーのソリューション/サービスが不足 (Missing Partner Solution/Service)', description: '作業内容の説明がないか、不十分です。' },
			'zh-TW': { label: '缺少合作夥伴解決方案/服務 (Missing Partner Solution/Service)', description: '缺少工作內容說明，或說明不足。' },
		},
	},
	'missing-products': {
		citation: 'MCA#152–156',
		text: {
			en: { label: 'Missing Products', description: 'A claimed product or workload isn’t in the proof of execution.' },
			ja: { label: '製品が不足 (Missing Products)', description: '要求した製品またはワークロードが実行証明に含まれていません。' },
			'zh-TW': { label: '缺少產品 (Missing Products)', description: '已宣告的產品或工作負載未包含在執行證明中。' },
		},
	},
};

/** Fact sheet §8, MCA#169–182 (and the simulator's name for losing an arbitration). */
export const rejectionReasonTexts: Readonly<Record<RejectionReason, { citation: string; assumed: boolean; text: Localized<ReasonText> }>> = {
	'partner-request': {
		citation: 'MCA#169–182',
		assumed: false,
		text: {
			en: { label: 'Partner request', description: 'You asked for it: wrong MPN, wrong activity (e.g. Revenue association instead of Pre-sales), or you no longer work with the customer.' },
			ja: { label: 'パートナーの依頼', description: '自社からの依頼です: MPN の誤り、アクティビティの誤り (例: プリセールスではなく収益の関連付け)、または顧客との取引の終了。' },
			'zh-TW': { label: '合作夥伴要求', description: '由您提出：MPN 錯誤、活動錯誤 (例如選了收益關聯而不是售前)，或您已不再與該客戶合作。' },
		},
	},
	'customer-decline': {
		citation: 'MCA#169–182',
		assumed: false,
		text: {
			en: { label: 'Customer decline', description: 'The customer denied consent after the approval.' },
			ja: { label: '顧客の拒否', description: '承認後に顧客が同意を拒否しました。' },
			'zh-TW': { label: '客戶拒絕', description: '客戶在核准後拒絕同意。' },
		},
	},
	'insufficient-poe': {
		citation: 'MCA#169–182',
		assumed: false,
		text: {
			en: { label: 'Insufficient proof of execution', description: 'The proof of execution doesn’t show your work for this customer and product.' },
			ja: { label: '実行証明が不十分', description: '実行証明で、この顧客と製品に対する作業が示されていません。' },
			'zh-TW': { label: '執行證明不足', description: '執行證明未呈現您對此客戶及產品所做的工作。' },
		},
	},
	'missing-customer-consent': {
		citation: 'MCA#169–182',
		assumed: false,
		text: {
			en: { label: 'Missing customer consent on the PoE', description: 'The proof of execution doesn’t show the customer’s consent.' },
			ja: { label: '実行証明に顧客の同意がない', description: '実行証明に顧客の同意が示されていません。' },
			'zh-TW': { label: '執行證明上缺少客戶同意', description: '執行證明上未呈現客戶的同意。' },
		},
	},
	'missing-products': {
		citation: 'MCA#169–182',
		assumed: false,
		text: {
			en: { label: 'Missing products', description: 'The claimed products aren’t in the proof of execution.' },
			ja: { label: '製品が不足', description: '要求した製品が実行証明に含まれていません。' },
			'zh-TW': { label: '缺少產品', description: '已宣告的產品未包含在執行證明中。' },
		},
	},
	'no-partner-response': {
		citation: 'MCA#169–182',
		assumed: false,
		text: {
			en: { label: 'No partner response', description: 'Nobody responded within 5 business days of Partner action required.' },
			ja: { label: 'パートナーの応答なし', description: '「パートナーの対応が必要」になってから 5 営業日以内に応答がありませんでした。' },
			'zh-TW': { label: '合作夥伴未回應', description: '在「需要合作夥伴採取動作」後的五個工作天內沒有回應。' },
		},
	},
	'poe-unavailable': {
		citation: 'MCA#169–182',
		assumed: false,
		text: {
			en: { label: 'PoE unavailable', description: 'The proof of execution couldn’t be opened or wasn’t there.' },
			ja: { label: '実行証明を利用できない', description: '実行証明を開けなかったか、存在しませんでした。' },
			'zh-TW': { label: '無法取得執行證明', description: '無法開啟執行證明，或執行證明不存在。' },
		},
	},
	'other-partner-chosen': {
		citation: 'CAI#168',
		assumed: true,
		text: {
			en: { label: 'Another partner was chosen (simulator’s assumption)', description: 'In arbitration Microsoft approved the other partner’s claim. The sources don’t name a rejection reason for this; the simulator assumes the claim ends Rejected.' },
			ja: { label: '別のパートナーが選ばれた (シミュレーターの想定)', description: '調停で Microsoft は別のパートナーの要求を承認しました。この場合の却下理由は資料に記載がないため、シミュレーターは要求が却下で終わると想定しています。' },
			'zh-TW': { label: '已選擇另一個合作夥伴 (模擬器的假設)', description: '在仲裁中，Microsoft 核准了另一個合作夥伴的宣告。資料未說明此情況的拒絕原因；模擬器假設宣告以「已拒絕」結束。' },
		},
	},
};

/** The explanation of each refusal. `{status}` is the current status's name; `{deadline}` and `{date}` dates. */
export const refusalTexts: Readonly<Record<RefusalCode, Localized<string>>> = {
	'already-submitted': {
		en: 'The claim is already submitted: submitting happens once, from Editing.',
		ja: '要求は既に提出されています。提出は「編集中」から 1 回だけ行います。',
		'zh-TW': '宣告已經提交：提交只會從「編輯中」進行一次。',
	},
	'not-submitted': {
		en: 'The claim is still in Editing: nothing happens until you upload the proof of execution and submit it.',
		ja: '要求はまだ「編集中」です。実行証明をアップロードして提出するまで、何も起こりません。',
		'zh-TW': '宣告仍在「編輯中」：在您上傳執行證明並提交之前，不會有任何進展。',
	},
	'review-not-started': {
		en: 'Microsoft hasn’t started the review yet: reviewers ask for more proof, approve or reject only once the claim is Under review.',
		ja: 'Microsoft はまだレビューを開始していません。追加の証明の依頼、承認、却下は、要求が「レビュー中」になってから行われます。',
		'zh-TW': 'Microsoft 尚未開始審核：審核者只會在宣告處於「審核中」時要求更多證明、核准或拒絕。',
	},
	'review-in-progress': {
		en: 'The review has already started: it starts once, after the claim is submitted.',
		ja: 'レビューは既に始まっています。レビューは要求の提出後に 1 回だけ開始されます。',
		'zh-TW': '審核已經開始：審核只會在宣告提交後開始一次。',
	},
	'waiting-for-partner': {
		en: 'Microsoft is waiting for your additional proof of execution. The review goes on when you respond; without a response within 5 business days the claim is rejected.',
		ja: 'Microsoft は追加の実行証明を待っています。対応するとレビューが再開されます。5 営業日以内に応答がない場合、要求は却下されます。',
		'zh-TW': 'Microsoft 正在等待您提供更多執行證明。您回應後審核會繼續；若五個工作天內未回應，宣告會遭到拒絕。',
	},
	'already-approved': {
		en: 'The claim is already Approved. From here, only the customer can deny consent (within 7 days of the approval), and a claimed Dynamics 365 subscription can end.',
		ja: '要求は既に承認済みです。ここからは、顧客が同意を拒否する (承認から 7 日以内) か、要求した Dynamics 365 のサブスクリプションが終了することだけが起こり得ます。',
		'zh-TW': '宣告已核准。接下來只可能由客戶拒絕同意 (核准後 7 天內)，或已宣告的 Dynamics 365 訂用帳戶結束。',
	},
	'already-rejected': {
		en: 'The claim is Rejected. Dispute it within 30 days of the rejection; after that, create a new claim with updated proof of execution.',
		ja: '要求は却下されています。却下から 30 日以内に異議を申し立てるか、それ以降は更新した実行証明で新しい要求を作成してください。',
		'zh-TW': '宣告已遭拒絕。請在拒絕後 30 天內提出爭議；之後請以更新的執行證明建立新的宣告。',
	},
	'nothing-to-respond': {
		en: 'Only a claim in Partner action required waits for your response. Requests for more proof arrive in the claim’s comments.',
		ja: '応答を待っているのは「パートナーの対応が必要」の要求だけです。追加の証明の依頼は要求のコメントに届きます。',
		'zh-TW': '只有處於「需要合作夥伴採取動作」的宣告會等待您的回應。要求更多證明的通知會出現在宣告的批註中。',
	},
	'consent-after-approval': {
		en: 'The simulator follows the rule that the customer is asked for consent after the approval (MCA); another article says on submit (OSA). So the customer can deny consent only while the claim is Approved.',
		ja: 'シミュレーターは、顧客への同意の確認は承認後に行われるという規則 (MCA) に従います。別の記事では提出時とされています (OSA)。そのため、顧客が同意を拒否できるのは要求が承認済みの間だけです。',
		'zh-TW': '模擬器採用「在核准後才徵求客戶同意」的規則 (MCA)；另一篇文章則說是在提交時 (OSA)。因此客戶只能在宣告為「已核准」時拒絕同意。',
	},
	'dispute-only-rejected': {
		en: 'Only a rejected claim can be disputed.',
		ja: '異議を申し立てられるのは、却下された要求だけです。',
		'zh-TW': '只有遭拒絕的宣告才能提出爭議。',
	},
	'claim-still-open': {
		en: 'This claim is still open. A new claim is needed only after a rejection (once the 30-day dispute window is over) or when an approved claim’s Dynamics 365 subscription ends.',
		ja: 'この要求はまだ進行中です。新しい要求が必要になるのは、却下後 (30 日の異議申し立て期間の後) か、承認済みの要求の Dynamics 365 サブスクリプションが終了したときだけです。',
		'zh-TW': '此宣告仍在進行中。只有在遭拒絕後 (30 天爭議期限結束後)，或已核准宣告的 Dynamics 365 訂用帳戶結束時，才需要新的宣告。',
	},
	'competing-only-open': {
		en: 'The simulator lets another partner’s claim compete only while yours is submitted or being reviewed. The sources don’t say what happens after a decision.',
		ja: 'シミュレーターでは、別のパートナーの要求と競合できるのは、自社の要求が提出済みまたはレビュー中の間だけです。決定後に何が起こるかは資料に記載がありません。',
		'zh-TW': '模擬器只在您的宣告已提交或審核期間，才讓另一個合作夥伴的宣告與其競爭。資料未說明決定之後會發生什麼。',
	},
	'subscription-only-approved': {
		en: 'A claimed subscription matters once the claim is approved: an approved Dynamics 365 claim shows its subscription ID.',
		ja: 'サブスクリプションが関係するのは要求の承認後です。承認された Dynamics 365 の要求にはサブスクリプション ID が表示されます。',
		'zh-TW': '已宣告的訂用帳戶要在宣告核准後才有意義：已核准的 Dynamics 365 宣告會顯示其訂用帳戶識別碼。',
	},
	'event-invalid': {
		en: 'This event can’t be read (a date that isn’t YYYY-MM-DD, or an unknown reason).',
		ja: 'このイベントを読み取れません (日付が YYYY-MM-DD でないか、理由が不明です)。',
		'zh-TW': '無法讀取此事件 (日期不是 YYYY-MM-DD，或原因不明)。',
	},
	'date-before-status': {
		en: 'The date is before the claim’s latest event ({date}). Pick {date} or later.',
		ja: '日付が要求の最新のイベント ({date}) より前です。{date} 以降を選択してください。',
		'zh-TW': '日期早於宣告的最新事件 ({date})。請選擇 {date} 或之後的日期。',
	},
	'response-too-late': {
		en: 'The 5 business days to respond ended on {deadline}. After that the claim is rejected (no partner response).',
		ja: '応答期限の 5 営業日は {deadline} に終了しました。それ以降、要求は却下されます (パートナーの応答なし)。',
		'zh-TW': '回應期限的五個工作天已於 {deadline} 結束。之後宣告會遭到拒絕 (合作夥伴未回應)。',
	},
	'deadline-not-passed': {
		en: 'The deadline hasn’t passed: you can respond until {deadline}.',
		ja: '期限はまだ過ぎていません。{deadline} まで応答できます。',
		'zh-TW': '期限尚未過去：您可以在 {deadline} 之前回應。',
	},
	'consent-window-over': {
		en: 'The customer could deny consent until {deadline} (7 days after the approval). After that the claim goes to incentive assessment.',
		ja: '顧客が同意を拒否できたのは {deadline} (承認から 7 日後) までです。それ以降、要求はインセンティブの評価に送られます。',
		'zh-TW': '客戶可在 {deadline} (核准後 7 天) 之前拒絕同意。之後宣告會送交獎勵評估。',
	},
	'dispute-window-over': {
		en: 'The 30 days to dispute ended on {deadline}. Create a new claim with updated proof of execution instead.',
		ja: '異議申し立ての 30 日間は {deadline} に終了しました。代わりに、更新した実行証明で新しい要求を作成してください。',
		'zh-TW': '提出爭議的 30 天已於 {deadline} 結束。請改以更新的執行證明建立新的宣告。',
	},
	'dispute-window-open': {
		en: 'Until {deadline} the documented way is to dispute the rejection. The simulator offers a new claim from {date}, after the 30-day window.',
		ja: '{deadline} までは、却下に異議を申し立てるのが記載されている方法です。シミュレーターでは、30 日間の期間の後、{date} から新しい要求を作成できます。',
		'zh-TW': '在 {deadline} 之前，文件記載的做法是對拒絕提出爭議。模擬器會在 30 天期限之後，自 {date} 起提供建立新宣告的選項。',
	},
	'arbitration-pending': {
		en: 'Another partner claims the same workload or subscription: Microsoft reviews each partner’s proof of execution and decides which one to approve. Use an arbitration outcome.',
		ja: '別のパートナーが同じワークロードまたはサブスクリプションを要求しています。Microsoft は各パートナーの実行証明をレビューして、承認するパートナーを決定します。調停の結果を選んでください。',
		'zh-TW': '另一個合作夥伴宣告了相同的工作負載或訂用帳戶：Microsoft 會檢閱每個合作夥伴的執行證明，以決定要核准哪一個。請選擇仲裁結果。',
	},
	'no-competing-claim': {
		en: 'There is no competing claim, so there is no arbitration to decide.',
		ja: '競合している要求がないため、決定すべき調停はありません。',
		'zh-TW': '沒有競爭宣告，因此沒有需要決定的仲裁。',
	},
	'already-competing': {
		en: 'A competing claim is already in arbitration: one partner per workload (Microsoft 365) or per subscription (Business Applications) is approved.',
		ja: '競合している要求は既に調停中です。承認されるのは、ワークロード (Microsoft 365) またはサブスクリプション (Business Applications) ごとに 1 つのパートナーです。',
		'zh-TW': '已有競爭宣告在仲裁中：每個工作負載 (Microsoft 365) 或每個訂用帳戶 (Business Applications) 只會核准一個合作夥伴。',
	},
	'not-dynamics': {
		en: 'Only a Dynamics 365 claim shows a subscription ID once approved; this claim has no Dynamics 365 product.',
		ja: '承認後にサブスクリプション ID が表示されるのは Dynamics 365 の要求だけです。この要求には Dynamics 365 製品がありません。',
		'zh-TW': '只有 Dynamics 365 宣告在核准後會顯示訂用帳戶識別碼；此宣告沒有 Dynamics 365 產品。',
	},
	'subscription-active': {
		en: 'The claimed subscription is still active. A new claim is needed when it ends, for the new subscription.',
		ja: '要求したサブスクリプションはまだ有効です。新しい要求が必要になるのは、サブスクリプションが終了して新しいサブスクリプションを要求するときです。',
		'zh-TW': '已宣告的訂用帳戶仍然有效。在它結束後，才需要為新的訂用帳戶建立新的宣告。',
	},
	'subscription-already-ended': {
		en: 'The claimed subscription already ended on {date}.',
		ja: '要求したサブスクリプションは {date} に既に終了しています。',
		'zh-TW': '已宣告的訂用帳戶已於 {date} 結束。',
	},
};

/** The comments section (MCA#197–200; CAI#172–173). `{reason}` is a more-proof reason's label. */
export const commentTexts: Readonly<Record<CommentKind, Localized<string>>> = {
	submitted: { en: 'Comment added when submitting the claim.', ja: '要求の提出時に追加したコメント。', 'zh-TW': '提交宣告時新增的批註。' },
	'more-proof-requested': {
		en: 'We need additional information to verify your proof of execution: {reason}. Please update the claim and resubmit within 5 business days.',
		ja: '実行証明を確認するために追加情報が必要です: {reason}。5 営業日以内に要求を更新して再提出してください。',
		'zh-TW': '我們需要其他資訊來驗證您的執行證明：{reason}。請在五個工作天內更新宣告並重新提交。',
	},
	'partner-responded': { en: 'Added proof of execution and resubmitted.', ja: '実行証明を追加して再提出しました。', 'zh-TW': '已新增執行證明並重新提交。' },
	'competing-claim': {
		en: 'Another partner has claimed the same customer and workload/subscription. We will review each partner’s proof of execution to decide which partner to approve; we may ask you for additional information here. Your claim may stay Under review longer.',
		ja: '別のパートナーが同じ顧客とワークロード/サブスクリプションを要求しました。各パートナーの実行証明をレビューして、承認するパートナーを決定します。追加情報をここでお願いすることがあります。要求は長期間にわたってレビュー中のままになる可能性があります。',
		'zh-TW': '另一個合作夥伴已宣告相同的客戶和工作負載/訂用帳戶。我們會檢閱每個合作夥伴的執行證明，以決定要核准哪一個合作夥伴；我們可能會在此要求您提供其他資訊。您的宣告可能會在較長的時間內保持「審核中」。',
	},
	'arbitration-won': {
		en: 'After reviewing both partners’ proof of execution, we approved your claim.',
		ja: '両パートナーの実行証明をレビューした結果、御社の要求を承認しました。',
		'zh-TW': '檢閱兩個合作夥伴的執行證明後，我們核准了您的宣告。',
	},
	'arbitration-lost': {
		en: 'After reviewing both partners’ proof of execution, we approved the other partner’s claim.',
		ja: '両パートナーの実行証明をレビューした結果、別のパートナーの要求を承認しました。',
		'zh-TW': '檢閱兩個合作夥伴的執行證明後，我們核准了另一個合作夥伴的宣告。',
	},
	dispute: {
		en: 'Dispute: business justification and/or updated proof of execution.',
		ja: '異議申し立て: ビジネス上の正当な理由や更新した実行証明。',
		'zh-TW': '爭議：商業理由和/或更新的執行證明。',
	},
};

/** Each deadline with its date (`{deadline}`). */
export const deadlineTexts: Readonly<Record<DeadlineKind, Localized<string>>> = {
	'review-start': {
		en: 'Review starts by {deadline} (within 5 business days).',
		ja: '{deadline} までにレビュー開始 (5 営業日以内)。',
		'zh-TW': '在 {deadline} 之前開始審核 (五個工作天內)。',
	},
	'review-decision': {
		en: 'Reviewed by {deadline} (review within 5 business days).',
		ja: '{deadline} までにレビュー (5 営業日以内)。',
		'zh-TW': '在 {deadline} 之前完成審核 (五個工作天內)。',
	},
	arbitration: {
		en: 'Reviewed by {deadline} (5 business days), but with a competing claim it may stay Under review longer.',
		ja: '{deadline} までにレビュー (5 営業日) されますが、競合している要求があるため、長期間にわたってレビュー中のままになる可能性があります。',
		'zh-TW': '在 {deadline} 之前審核 (五個工作天)，但因有競爭宣告，可能會在較長的時間內保持「審核中」。',
	},
	'dispute-review': {
		en: 'Reviewers respond to the dispute by {deadline} (within 5 working days).',
		ja: '{deadline} までにレビュー担当者が異議申し立てに回答 (5 営業日以内)。',
		'zh-TW': '審核者會在 {deadline} 之前回覆爭議 (五個工作天內)。',
	},
	'partner-response': {
		en: 'Respond by {deadline} (5 business days), or the claim is rejected.',
		ja: '{deadline} までに応答してください (5 営業日)。応答がない場合、要求は却下されます。',
		'zh-TW': '請在 {deadline} 之前回應 (五個工作天)，否則宣告會遭到拒絕。',
	},
	consent: {
		en: 'The customer may deny consent until {deadline} (7 days after the approval).',
		ja: '顧客は {deadline} (承認から 7 日後) まで同意を拒否できます。',
		'zh-TW': '客戶可在 {deadline} (核准後 7 天) 之前拒絕同意。',
	},
	dispute: {
		en: 'Dispute until {deadline} (30 days); after that, a new claim.',
		ja: '{deadline} (30 日) まで異議申し立てが可能。それ以降は新しい要求。',
		'zh-TW': '可在 {deadline} (30 天) 之前提出爭議；之後需建立新的宣告。',
	},
};

/** Notes on a timeline entry (`{date}`). */
export const noteTexts: Readonly<Record<TimelineNote['kind'], Localized<string>>> = {
	'competing-claim': {
		en: '{date}: another partner claimed the same customer and workload/subscription. Arbitration: one partner per workload (Microsoft 365) or per subscription (Business Applications) is approved.',
		ja: '{date}: 別のパートナーが同じ顧客とワークロード/サブスクリプションを要求しました。調停: ワークロード (Microsoft 365) またはサブスクリプション (Business Applications) ごとに 1 つのパートナーが承認されます。',
		'zh-TW': '{date}：另一個合作夥伴宣告了相同的客戶和工作負載/訂用帳戶。仲裁：每個工作負載 (Microsoft 365) 或每個訂用帳戶 (Business Applications) 只會核准一個合作夥伴。',
	},
	'subscription-ended': {
		en: '{date}: the claimed subscription ended. A new subscription must be claimed in a separate claim.',
		ja: '{date}: 要求したサブスクリプションが終了しました。新しいサブスクリプションは別の要求で要求する必要があります。',
		'zh-TW': '{date}：已宣告的訂用帳戶已結束。新的訂用帳戶必須以另一個宣告提出。',
	},
	'past-service-level': {
		en: 'Took longer than the documented time (until {date}).',
		ja: '記載されている期間 ({date} まで) より長くかかりました。',
		'zh-TW': '花費的時間超過文件記載的期限 ({date} 之前)。',
	},
};
