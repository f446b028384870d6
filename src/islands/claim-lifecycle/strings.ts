/**
 * The lifecycle simulator's UI strings, and `lifecycleStrings(lang)`: everything the island shows, in one
 * language (the page picks it and passes only that language to the island, so the bundle carries none).
 * The engine's own texts (statuses, events, reasons, refusals…) come from `src/claim/lifecycle/texts.ts`.
 *
 * THE JA AND ZH-TW TEXTS WERE NOT REVIEWED BY A NATIVE SPEAKER. Terms follow the localized troubleshooting
 * article (ja: 要求, 実行証明, コメント, 営業日; zh-TW: 宣告, 執行證明, 批註, 工作天).
 */
import { inLang, type Localized } from '../../claim/localized.ts';
import {
	commentTexts,
	deadlineTexts,
	eventTexts,
	moreProofReasonTexts,
	noteTexts,
	refusalTexts,
	rejectionReasonTexts,
	statusTexts,
	type CommentKind,
	type DeadlineKind,
	type LifecycleEventType,
	type LifecycleStatus,
	type MoreProofReason,
	type RefusalCode,
	type RejectionReason,
	type TimelineNote,
} from '../../claim/lifecycle/index.ts';

const ui = {
	claimHeading: { en: 'The claim', ja: '要求', 'zh-TW': '宣告' },
	claimName: { en: 'Name', ja: '名前', 'zh-TW': '名稱' },
	customer: { en: 'Customer', ja: '顧客', 'zh-TW': '客戶' },
	products: { en: 'Products', ja: '製品', 'zh-TW': '產品' },
	subscriptionId: { en: 'Subscription ID', ja: 'サブスクリプション ID', 'zh-TW': '訂用帳戶識別碼' },
	subscriptionIdNote: {
		en: 'Dynamics 365: the approved claim shows this subscription ID (CAI#163). When the subscription ends, a new subscription needs a separate claim (CAI#164).',
		ja: 'Dynamics 365: 承認された要求にはこのサブスクリプション ID が表示されます (CAI#163)。サブスクリプションが終了すると、新しいサブスクリプションには別の要求が必要です (CAI#164)。',
		'zh-TW': 'Dynamics 365：已核准的宣告會顯示此訂用帳戶識別碼 (CAI#163)。訂用帳戶結束後，新的訂用帳戶需要另一個宣告 (CAI#164)。',
	},
	subscriptionUnknown: {
		en: 'not known to the simulator (Partner Center shows it once the claim is approved)',
		ja: 'シミュレーターでは不明 (要求の承認後に Partner Center に表示されます)',
		'zh-TW': '模擬器無法得知 (宣告核准後會顯示在合作夥伴中心)',
	},
	noValue: { en: '(blank)', ja: '(空欄)', 'zh-TW': '(空白)' },
	source: { en: 'Started from', ja: '開始元', 'zh-TW': '起始來源' },
	handedOver: { en: 'the claim simulator (hand-over)', ja: '要求シミュレーター (引き継ぎ)', 'zh-TW': '宣告模擬器 (移交)' },
	calendarHeading: { en: 'Calendar', ja: 'カレンダー', 'zh-TW': '行事曆' },
	timeZone: { en: 'Time zone (decides “today”)', ja: 'タイム ゾーン (「今日」を決めます)', 'zh-TW': '時區 (決定「今天」)' },
	browserZone: { en: '{zone} (this browser)', ja: '{zone} (このブラウザー)', 'zh-TW': '{zone} (此瀏覽器)' },
	today: { en: 'Today: {date}', ja: '今日: {date}', 'zh-TW': '今天：{date}' },
	holidays: { en: 'Holidays (not business days)', ja: '休日 (営業日ではない日)', 'zh-TW': '假日 (非工作天)' },
	holidayDate: { en: 'Holiday date', ja: '休日の日付', 'zh-TW': '假日日期' },
	addHoliday: { en: 'Add holiday', ja: '休日を追加', 'zh-TW': '新增假日' },
	removeHoliday: { en: 'Remove {date}', ja: '{date} を削除', 'zh-TW': '移除 {date}' },
	noHolidays: {
		en: 'No holidays: only Saturdays and Sundays are skipped.',
		ja: '休日なし: 土曜日と日曜日だけが除外されます。',
		'zh-TW': '沒有假日：只略過星期六和星期日。',
	},
	timelineHeading: { en: 'Timeline', ja: 'タイムライン', 'zh-TW': '時間表' },
	claimNumber: { en: 'Claim {n}', ja: '要求 {n}', 'zh-TW': '宣告 {n}' },
	since: { en: 'Since {date}', ja: '{date} から', 'zh-TW': '自 {date} 起' },
	sinceUntil: { en: '{from} to {until}', ja: '{from} から {until} まで', 'zh-TW': '{from} 至 {until}' },
	after: { en: 'After: {event}', ja: 'きっかけ: {event}', 'zh-TW': '起因：{event}' },
	reason: { en: 'Reason: {reason}', ja: '理由: {reason}', 'zh-TW': '原因：{reason}' },
	sources: { en: 'Sources: {citations}', ja: '出典: {citations}', 'zh-TW': '來源：{citations}' },
	daysLeft: { en: '{n} business days left.', ja: '残り {n} 営業日。', 'zh-TW': '剩餘 {n} 個工作天。' },
	dueToday: { en: 'Today is the deadline.', ja: '今日が期限です。', 'zh-TW': '今天是期限。' },
	deadlinePassed: { en: 'The deadline has passed.', ja: '期限を過ぎています。', 'zh-TW': '期限已過。' },
	nextHeading: { en: 'What can happen next', ja: '次に起こり得ること', 'zh-TW': '接下來可能發生的事' },
	eventDate: { en: 'Date of the event', ja: 'イベントの日付', 'zh-TW': '事件日期' },
	moreProofReason: { en: 'Reason given by the reviewer', ja: 'レビュー担当者が示す理由', 'zh-TW': '審核者提供的原因' },
	rejectionReason: { en: 'Reason for the rejection', ja: '却下の理由', 'zh-TW': '拒絕的原因' },
	partnerText: { en: 'Your comment (optional)', ja: 'コメント (省略可)', 'zh-TW': '您的批註 (選填)' },
	deadlinePassHint: { en: 'The claim is rejected on {date}.', ja: '{date} に要求が却下されます。', 'zh-TW': '宣告會在 {date} 遭到拒絕。' },
	otherEvents: {
		en: 'Events not possible now (try one: the simulator explains why)',
		ja: '現在は起こり得ないイベント (試すと、理由が表示されます)',
		'zh-TW': '目前不可能發生的事件 (試試看：模擬器會說明原因)',
	},
	refused: { en: 'Not possible: {event}', ja: '実行できません: {event}', 'zh-TW': '無法執行：{event}' },
	undo: { en: 'Undo the last event', ja: '最後のイベントを取り消す', 'zh-TW': '復原上一個事件' },
	restart: { en: 'Back to Submitted', ja: '提出済みに戻る', 'zh-TW': '回到已提交' },
	commentsHeading: { en: 'Comments', ja: 'コメント', 'zh-TW': '批註' },
	microsoft: { en: 'Microsoft reviewer', ja: 'Microsoft のレビュー担当者', 'zh-TW': 'Microsoft 審核者' },
	partner: { en: 'You (partner)', ja: '自社 (パートナー)', 'zh-TW': '您 (合作夥伴)' },
	noComments: { en: 'No comments yet.', ja: 'まだコメントはありません。', 'zh-TW': '尚無批註。' },
	statusNow: { en: 'Current status: {status}, since {date}.', ja: '現在の状態: {status} ({date} から)。', 'zh-TW': '目前狀態：{status}，自 {date} 起。' },
	tampered: {
		en: 'This link had parameters the simulator couldn’t read ({params}); it started clean instead.',
		ja: 'このリンクにはシミュレーターが読み取れないパラメーターがありました ({params})。代わりに最初から開始しました。',
		'zh-TW': '此連結中有模擬器無法讀取的參數 ({params})；已改為重新開始。',
	},
	truncated: {
		en: 'With these dates and holidays, “{event}” is no longer possible: the timeline stops before it.',
		ja: 'この日付と休日では「{event}」はもう起こり得ないため、タイムラインはその前で止まります。',
		'zh-TW': '在這些日期和假日下，「{event}」已不可能發生：時間表會停在它之前。',
	},
	loading: { en: 'Loading the claim…', ja: '要求を読み込んでいます…', 'zh-TW': '正在載入宣告…' },
} satisfies Record<string, Localized<string>>;

export type UiStrings = { readonly [K in keyof typeof ui]: string };

/** Everything the island shows, in one language. */
export interface LifecycleStrings {
	readonly ui: UiStrings;
	readonly statuses: Readonly<Record<LifecycleStatus, { name: string; meaning: string }>>;
	readonly events: Readonly<Record<LifecycleEventType, string>>;
	readonly moreProofReasons: Readonly<Record<MoreProofReason, { label: string; description: string; citation: string }>>;
	readonly rejectionReasons: Readonly<Record<RejectionReason, { label: string; description: string; citation: string }>>;
	readonly refusals: Readonly<Record<RefusalCode, string>>;
	readonly comments: Readonly<Record<CommentKind, string>>;
	readonly deadlines: Readonly<Record<DeadlineKind, string>>;
	readonly notes: Readonly<Record<TimelineNote['kind'], string>>;
}

function pick<K extends string, T>(dictionary: Readonly<Record<K, Localized<T>>>, lang: string): Record<K, T> {
	return Object.fromEntries(Object.entries<Localized<T>>(dictionary).map(([key, value]) => [key, inLang(value, lang)])) as Record<K, T>;
}

function reasons<K extends string>(dictionary: Readonly<Record<K, { citation: string; text: Localized<{ label: string; description: string }> }>>, lang: string) {
	return Object.fromEntries(
		Object.entries<{ citation: string; text: Localized<{ label: string; description: string }> }>(dictionary).map(([key, reason]) => [
			key,
			{ ...inLang(reason.text, lang), citation: reason.citation },
		]),
	) as Record<K, { label: string; description: string; citation: string }>;
}

export function lifecycleStrings(lang: string): LifecycleStrings {
	return {
		ui: pick(ui, lang),
		statuses: pick(statusTexts, lang),
		events: pick(eventTexts, lang),
		moreProofReasons: reasons(moreProofReasonTexts, lang),
		rejectionReasons: reasons(rejectionReasonTexts, lang),
		refusals: pick(refusalTexts, lang),
		comments: pick(commentTexts, lang),
		deadlines: pick(deadlineTexts, lang),
		notes: pick(noteTexts, lang),
	};
}

/** The page's own text (server-rendered by `ClaimLifecycle.astro`, readable without JavaScript). */
export const pageStrings = {
	title: { en: 'Claim lifecycle simulator', ja: '要求のライフサイクル シミュレーター', 'zh-TW': '宣告生命週期模擬器' },
	description: {
		en: 'What happens after you submit a CPOR association claim: review, requests for more proof, competing claims, consent and disputes, with each deadline on a business-day calendar.',
		ja: 'CPOR アソシエーション要求を提出した後に起こること: レビュー、追加の証明の依頼、競合している要求、同意、異議申し立てを、営業日カレンダー上の各期限とともに示します。',
		'zh-TW': '提交 CPOR 關聯宣告之後會發生什麼事：審核、要求更多證明、競爭宣告、同意與爭議，並在工作天行事曆上顯示每個期限。',
	},
	lead: {
		en: 'Follow a claim from Submitted to its outcome. Each status shows when it began and its deadline in business days (Saturdays, Sundays and the holidays you add are skipped). Choose what happens next; an event that can’t happen in the current status is refused with the reason.',
		ja: '要求を「提出済み」から結果まで追跡します。各状態には、開始日と営業日で数えた期限が表示されます (土曜日、日曜日、追加した休日は除外されます)。次に起こることを選んでください。現在の状態で起こり得ないイベントは、理由とともに拒否されます。',
		'zh-TW': '從「已提交」追蹤宣告直到結果。每個狀態都會顯示開始日期，以及以工作天計算的期限 (略過星期六、星期日和您新增的假日)。請選擇接下來發生的事；目前狀態下不可能發生的事件會被拒絕並說明原因。',
	},
	presetsHeading: { en: 'Scenarios', ja: 'シナリオ', 'zh-TW': '情境' },
	presetsLead: {
		en: 'Each scenario starts a claim submitted today and plays its events; you can go on from where it ends.',
		ja: '各シナリオは今日提出された要求から始まり、イベントを順に再生します。終わった所から続けることができます。',
		'zh-TW': '每個情境都從今天提交的宣告開始，並依序播放事件；您可以從結束處繼續。',
	},
	simulatorHeading: { en: 'Simulator', ja: 'シミュレーター', 'zh-TW': '模擬器' },
	noscript: {
		en: 'The simulator needs JavaScript. Without it, the scenarios above and the deadlines below still describe what happens after you submit a claim.',
		ja: 'シミュレーターには JavaScript が必要です。JavaScript がなくても、上のシナリオと下の期限で、要求の提出後に起こることを確認できます。',
		'zh-TW': '模擬器需要 JavaScript。即使沒有 JavaScript，上方的情境和下方的期限仍說明了提交宣告後會發生的事。',
	},
	rulesHeading: { en: 'Deadlines the simulator counts', ja: 'シミュレーターが数える期限', 'zh-TW': '模擬器計算的期限' },
	conflictsHeading: { en: 'Where the sources disagree', ja: '資料の記載が異なる点', 'zh-TW': '資料說法不一致之處' },
	consentConflict: {
		en: 'Consent window. Manage customer associations (MCA#125–126, #146, #193–194) says Microsoft notifies the customer after the approval and the customer may deny consent within 7 days. Submit an OSA claim (OSA#111–112, #149) says the customer is emailed on submit and has five business days. The simulator follows MCA: 7 calendar days after the approval.',
		ja: '同意の期間。「顧客の関連付けの管理」(MCA#125–126、#146、#193–194) では、Microsoft は承認後に顧客に通知し、顧客は 7 日以内に同意を拒否できるとしています。「OSA 要求の提出」(OSA#111–112、#149) では、提出時に顧客へメールが送られ、期間は 5 営業日とされています。シミュレーターは MCA に従い、承認から 7 暦日とします。',
		'zh-TW': '同意期限。「管理客戶關聯」(MCA#125–126、#146、#193–194) 指出 Microsoft 會在核准後通知客戶，客戶可在 7 天內拒絕同意。「提交 OSA 宣告」(OSA#111–112、#149) 則說會在提交時寄電子郵件給客戶，期限為五個工作天。模擬器採用 MCA：核准後 7 個日曆天。',
	},
	reviewConflict: {
		en: 'Review time. MCA says both “up to 5 days” (MCA#176) and “five business days” (MCA#121, #140). The simulator counts business days.',
		ja: 'レビューの期間。MCA には「最大 5 日」(MCA#176) と「5 営業日」(MCA#121、#140) の両方の記載があります。シミュレーターは営業日で数えます。',
		'zh-TW': '審核時間。MCA 同時寫了「最多 5 天」(MCA#176) 和「五個工作天」(MCA#121、#140)。模擬器以工作天計算。',
	},
	assumptionsHeading: { en: 'What the simulator assumes', ja: 'シミュレーターの想定', 'zh-TW': '模擬器的假設' },
	assumptions: {
		en: 'The sources don’t say: which rejection reason a partner gets when another partner wins an arbitration (the simulator shows Rejected); whether a competing claim can arrive after a decision (the simulator allows it only before); or whether a new claim can be made while a dispute is still possible (the simulator offers it after the 30 days). A resubmitted or disputed claim goes back to Under review with a new 5-business-day review time.',
		ja: '資料に記載がない点: 調停で別のパートナーが選ばれた場合の却下理由 (シミュレーターでは却下と表示)、決定後に競合している要求が発生し得るか (シミュレーターでは決定前のみ)、異議申し立てが可能な間に新しい要求を作成できるか (シミュレーターでは 30 日後から)。再提出または異議申し立てをした要求は、新たに 5 営業日のレビュー期間でレビュー中に戻ります。',
		'zh-TW': '資料未說明的事項：在仲裁中選擇另一個合作夥伴時的拒絕原因 (模擬器顯示為已拒絕)；決定之後是否還可能出現競爭宣告 (模擬器只允許在決定之前)；仍可提出爭議時能否建立新宣告 (模擬器在 30 天後才提供)。重新提交或提出爭議的宣告會回到審核中，並重新計算五個工作天的審核時間。',
	},
	ruleLine: { en: '{status}: {rule} ({citations})', ja: '{status}: {rule} ({citations})', 'zh-TW': '{status}：{rule} ({citations})' },
	rules: {
		en: {
			'review-start': 'Microsoft starts the review within 5 business days.',
			'review-decision': 'the review takes up to 5 business days (Microsoft’s target: the claim may take longer).',
			arbitration: 'with a competing claim, still reviewed within 5 business days, but it may stay Under review longer.',
			'dispute-review': 'after a dispute, reviewers respond within 5 working days.',
			'partner-response': 'respond within 5 business days, or the claim is rejected.',
			consent: 'the customer may deny consent within 7 days of the approval.',
			dispute: 'dispute within 30 days of the rejection; after that, create a new claim.',
		},
		ja: {
			'review-start': 'Microsoft は 5 営業日以内にレビューを開始します。',
			'review-decision': 'レビューは最大 5 営業日です (Microsoft の目標であり、長くかかることもあります)。',
			arbitration: '競合している要求がある場合も 5 営業日以内にレビューされますが、長期間レビュー中のままになる可能性があります。',
			'dispute-review': '異議申し立て後、レビュー担当者は 5 営業日以内に回答します。',
			'partner-response': '5 営業日以内に応答しないと、要求は却下されます。',
			consent: '顧客は承認から 7 日以内であれば同意を拒否できます。',
			dispute: '却下から 30 日以内に異議を申し立てられます。それ以降は新しい要求を作成します。',
		},
		'zh-TW': {
			'review-start': 'Microsoft 會在五個工作天內開始審核。',
			'review-decision': '審核最多五個工作天 (這是 Microsoft 的目標，可能需要更久)。',
			arbitration: '有競爭宣告時，仍會在五個工作天內審核，但可能會在較長的時間內保持「審核中」。',
			'dispute-review': '提出爭議後，審核者會在五個工作天內回覆。',
			'partner-response': '請在五個工作天內回應，否則宣告會遭到拒絕。',
			consent: '客戶可在核准後 7 天內拒絕同意。',
			dispute: '請在拒絕後 30 天內提出爭議；之後需建立新的宣告。',
		},
	} satisfies Localized<Record<DeadlineKind, string>>,
} as const;
