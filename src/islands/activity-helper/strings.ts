/**
 * The activity helper's words in every language: questions, outcomes, and the wording of each reason, loss,
 * assumption and question for the customer that `adviseActivity` returns as a code. The page picks one
 * language and hands only that to the island.
 *
 * ja and zh-TW use the terms of the localized article (ja: ソリューション領域, アクティビティ, プリセールス, 使用,
 * 収益の関連付け, ボリュームライセンス契約, Web ダイレクト; zh-TW: 解決方案區域, 活動, 售前, 使用方式, 收益關聯,
 * 大量授權合約, Web Direct).
 */
import type { ActivityAssumption, ActivityLoss, ActivityOutcome, ActivityQuestion, ActivityReason, ChannelAnswer, CustomerQuestion, DidAnswer, IncentivesAnswer } from '../../claim/advice/activity.ts';
import type { Localized } from '../../claim/localized.ts';
import type { Activity, SolutionArea } from '../../claim/schema.ts';

export interface ActivityHelperStrings {
	/** The helper's own heading. */
	readonly title: string;
	readonly intro: string;
	/** The page of its own. */
	readonly page: { readonly title: string; readonly description: string; readonly lead: string; readonly sectionLink: string };
	readonly questions: Readonly<Record<ActivityQuestion, { readonly legend: string; readonly short: string }>>;
	readonly areas: Readonly<Record<SolutionArea, { readonly label: string; readonly hint: string }>>;
	readonly channels: Readonly<Record<ChannelAnswer, string>>;
	readonly did: Readonly<Record<DidAnswer, string>>;
	readonly incentives: Readonly<Record<IncentivesAnswer, string>>;
	readonly activities: Readonly<Record<Activity, string>>;
	/** Headline of each outcome (announced); `{activity}` and `{questions}` are filled in. */
	readonly outcomes: Readonly<Record<ActivityOutcome, string>>;
	/** A sentence under the headline. */
	readonly outcomeDetails: Readonly<Record<ActivityOutcome, string>>;
	readonly reasons: Readonly<Record<ActivityReason, string>>;
	readonly losses: Readonly<Record<ActivityLoss, string>>;
	readonly assumptions: Readonly<Record<ActivityAssumption, string>>;
	readonly askCustomer: Readonly<Record<CustomerQuestion, string>>;
	readonly labels: {
		readonly why: string;
		readonly losses: string;
		readonly assumptions: string;
		readonly askCustomer: string;
		readonly errors: string;
		readonly englishOriginal: string;
		readonly startClaim: string;
		readonly startOver: string;
		readonly malformed: string;
		readonly noscript: string;
		readonly listSeparator: string;
	};
}

export const activityHelperStrings: Localized<ActivityHelperStrings> = {
	en: {
		title: 'Activity helper',
		intro: 'Answer four questions about this customer. The helper tells you which activity to select in the CPOR association claim flow, and why, in the words of the article.',
		page: {
			title: 'Which activity do I choose?',
			description: 'Answer four questions and get the activity to select in the CPOR association claim flow (Presales, Usage or Revenue association), with the article’s reasons.',
			lead: 'Claiming with an incorrect activity may mean missed eligibility and incentive earnings, and a reclaim. Check your choice before you start the claim.',
			sectionLink: 'Read “Which activity do I choose?” in the troubleshooting article',
		},
		questions: {
			area: { legend: 'Which solution area are the products in?', short: 'solution area' },
			channel: { legend: 'How did the customer buy the products?', short: 'how the customer bought' },
			did: { legend: 'What did you do for this customer?', short: 'what you did' },
			incentives: { legend: 'Do you want incentive payments for this claim?', short: 'incentive payments' },
		},
		areas: {
			'business-applications': { label: 'Business Applications', hint: 'for example Dynamics 365 or Power BI' },
			'microsoft-365': { label: 'Microsoft 365', hint: 'for example Exchange Online or Microsoft Teams' },
		},
		channels: {
			'volume-licensing': 'Volume Licensing agreement',
			'web-direct': 'Web-Direct',
			csp: 'From a Cloud Solution Provider (CSP)',
			unknown: 'I don’t know',
		},
		did: {
			'influenced-purchase': 'I influenced their purchase of an eligible product',
			'drives-usage': 'I drive their adoption and usage of an eligible workload',
			'business-influencer': 'I influenced their selection of an eligible product as a Business Influencer',
		},
		incentives: { yes: 'Yes', no: 'No' },
		activities: { presales: 'Presales', usage: 'Usage', 'revenue-association': 'Revenue association' },
		outcomes: {
			incomplete: 'Still to answer: {questions}.',
			recommend: 'Select {activity}.',
			'ask-customer': 'Ask your customer how they bought the products. If it was a Volume Licensing agreement or Web-Direct, select {activity}.',
			'not-claimable': 'No activity applies: products bought through CSP can’t be claimed here.',
			'no-matching-activity': 'No activity fits: Microsoft 365 offers only Usage.',
			'no-incentive-activity': '{activity} fits what you did, but it pays no incentives.',
		},
		outcomeDetails: {
			incomplete: 'The answer appears here as soon as the questions it depends on are answered.',
			recommend: 'This is the activity whose description in the article matches what you did for this customer.',
			'ask-customer': 'For Business Applications, every activity depends on how the customer bought the products.',
			'not-claimable': 'For Business Applications, every activity is only applicable to products bought via a Volume Licensing agreement or Web-Direct.',
			'no-matching-activity': 'Usage is for partners who drive the customer’s adoption and usage of an eligible workload. Presales and Revenue association exist only for Business Applications.',
			'no-incentive-activity': 'Presales and Usage pay incentives, but only for the work their descriptions name: influencing the purchase, or driving adoption and usage. Don’t select them for work you didn’t do.',
		},
		reasons: {
			'presales-influenced-purchase': 'Presales is for partners who influenced the customer’s purchase of an eligible product and want pre-sale incentives.',
			'usage-drives-adoption': 'Usage is for partners who drive the customer’s adoption and usage of an eligible workload and want usage incentives.',
			'revenue-association-business-influencer': 'Revenue association is for partners who influenced the customer’s selection of an eligible product as a Business Influencer.',
			'revenue-association-no-incentives': 'Revenue association is for revenue association only, not for incentive payments.',
			'channel-volume-licensing-or-web-direct': 'The customer bought via a Volume Licensing agreement or Web-Direct, which every Business Applications activity requires.',
			'csp-not-applicable': 'Every Business Applications activity requires a purchase via a Volume Licensing agreement or Web-Direct, and a CSP subscription is one of the subscription errors of the claim flow.',
			'microsoft-365-usage-only': 'For Microsoft 365, the article lists a single activity, Usage: for partners who drive adoption and usage of an eligible workload.',
		},
		losses: {
			'missed-eligibility': 'Another activity than this one may result in missed eligibility and incentive earnings.',
			reclaim: 'A wrong activity means claiming again later with the correct one.',
			'revenue-association-instead-no-incentives': 'Revenue association instead would earn no incentive payments.',
			'incentive-activity-without-the-work': 'Presales or Usage without the work their descriptions name is an incorrect activity, which may result in missed eligibility and incentive earnings.',
		},
		assumptions: {
			'microsoft-365-no-channel-condition': 'The article states no purchase-channel condition for Microsoft 365 Usage, so for Microsoft 365 the helper’s answer doesn’t depend on how the customer bought. Check the incentive program guide for the purchases it pays incentives on.',
			'incentives-not-sought': 'The article describes this activity for partners who want incentives and doesn’t say what to select when you don’t. The helper goes by what you did.',
		},
		askCustomer: {
			'how-did-you-buy': 'Ask your customer: “Did you buy these products through a Volume Licensing agreement, through Web-Direct, or from a Cloud Solution Provider (CSP) partner?” If it was CSP, no activity applies.',
		},
		labels: {
			why: 'Why',
			losses: 'What a wrong choice costs',
			assumptions: 'What the helper assumes',
			askCustomer: 'What to ask your customer',
			errors: 'Related claim errors',
			englishOriginal: 'English original',
			startClaim: 'Start a claim with this choice',
			startOver: 'Start over',
			malformed: 'Part of this link couldn’t be read, so the activity helper started over.',
			noscript: 'The activity helper needs JavaScript. Without it, the table in “Which activity do I choose?” of the troubleshooting article gives the same rules.',
			listSeparator: ', ',
		},
	},
	ja: {
		title: 'アクティビティ選択ヘルパー',
		intro: 'この顧客について 4 つの質問に答えてください。CPOR アソシエーション要求フローで選択するアクティビティとその理由を、記事の文章とともに示します。',
		page: {
			title: 'どのアクティビティを選択しますか?',
			description: '4 つの質問に答えると、CPOR アソシエーション要求フローで選択するアクティビティ (プリセールス、使用、収益の関連付け) が記事の理由とともにわかります。',
			lead: '不適切なアクティビティで要求すると、適格性とインセンティブの利益が失われ、再要求が必要になる可能性があります。要求を始める前に選択を確認してください。',
			sectionLink: 'トラブルシューティング記事の「どのアクティビティを選択しますか?」を読む',
		},
		questions: {
			area: { legend: '製品はどのソリューション領域に属していますか?', short: 'ソリューション領域' },
			channel: { legend: 'お客様はどのように製品を購入しましたか?', short: '購入方法' },
			did: { legend: 'この顧客に対して何を行いましたか?', short: '行ったこと' },
			incentives: { legend: 'この要求でインセンティブの支払いを希望しますか?', short: 'インセンティブの支払い' },
		},
		areas: {
			'business-applications': { label: 'ビジネス アプリケーション', hint: 'Dynamics 365、Power BI など' },
			'microsoft-365': { label: 'Microsoft 365', hint: 'Exchange Online、Microsoft Teams など' },
		},
		channels: {
			'volume-licensing': 'ボリュームライセンス契約',
			'web-direct': 'Web ダイレクト',
			csp: 'クラウド ソリューション プロバイダー (CSP) から',
			unknown: 'わからない',
		},
		did: {
			'influenced-purchase': '対象となる製品の購入に影響を与えた',
			'drives-usage': '対象となるワークロードの導入と使用を推進している',
			'business-influencer': 'ビジネスの有力者として、対象製品の選択に影響を与えた',
		},
		incentives: { yes: 'はい', no: 'いいえ' },
		activities: { presales: 'プリセールス', usage: '使用', 'revenue-association': '収益の関連付け' },
		outcomes: {
			incomplete: '未回答の質問: {questions}。',
			recommend: '[{activity}] を選択してください。',
			'ask-customer': 'お客様に製品の購入方法を確認してください。ボリュームライセンス契約または Web ダイレクトで購入している場合は、[{activity}] を選択してください。',
			'not-claimable': '適用できるアクティビティはありません。CSP で購入された製品はここでは要求できません。',
			'no-matching-activity': '該当するアクティビティはありません。Microsoft 365 のアクティビティは [使用] だけです。',
			'no-incentive-activity': '行ったことに合うのは [{activity}] ですが、インセンティブは支払われません。',
		},
		outcomeDetails: {
			incomplete: '回答に必要な質問に答えると、ここに回答が表示されます。',
			recommend: '記事の説明が、この顧客に対して行ったことと一致するアクティビティです。',
			'ask-customer': 'ビジネス アプリケーションでは、どのアクティビティもお客様の購入方法によって適用可否が決まります。',
			'not-claimable': 'ビジネス アプリケーションのアクティビティは、いずれもボリュームライセンス契約または Web ダイレクトで購入された製品にのみ適用されます。',
			'no-matching-activity': '[使用] は、対象となるワークロードの導入と使用を推進するパートナー向けです。プリセールスと収益の関連付けはビジネス アプリケーションにのみあります。',
			'no-incentive-activity': 'プリセールスと使用にはインセンティブがありますが、説明にある作業 (購入への影響、または導入と使用の推進) を行った場合に限られます。行っていない作業でこれらを選択しないでください。',
		},
		reasons: {
			'presales-influenced-purchase': 'プリセールスは、対象となる製品の購入に影響を与え、販売前のインセンティブを申請するパートナー向けです。',
			'usage-drives-adoption': '使用は、対象となるワークロードの導入と使用を推進し、使用量のインセンティブを申請するパートナー向けです。',
			'revenue-association-business-influencer': '収益の関連付けは、ビジネスの有力者として対象製品の選択に影響を与えたパートナー向けです。',
			'revenue-association-no-incentives': '収益の関連付けは収益の関連付けのみを対象としており、インセンティブ支払いの対象ではありません。',
			'channel-volume-licensing-or-web-direct': 'お客様はボリュームライセンス契約または Web ダイレクトで購入しており、これはビジネス アプリケーションのすべてのアクティビティの条件です。',
			'csp-not-applicable': 'ビジネス アプリケーションのアクティビティは、いずれもボリュームライセンス契約または Web ダイレクトでの購入が条件です。また、CSP のサブスクリプションは要求フローのサブスクリプション エラーの 1 つです。',
			'microsoft-365-usage-only': '記事では、Microsoft 365 のアクティビティは [使用] の 1 つだけで、対象となるワークロードの導入と使用を推進するパートナー向けです。',
		},
		losses: {
			'missed-eligibility': 'これ以外のアクティビティを選択すると、適格性とインセンティブの利益が失われる可能性があります。',
			reclaim: 'アクティビティを誤ると、後で正しいアクティビティで再要求する必要があります。',
			'revenue-association-instead-no-incentives': '代わりに収益の関連付けを選択すると、インセンティブは支払われません。',
			'incentive-activity-without-the-work': '説明にある作業を行わずにプリセールスや使用を選択するのは不適切なアクティビティであり、適格性とインセンティブの利益が失われる可能性があります。',
		},
		assumptions: {
			'microsoft-365-no-channel-condition': '記事には Microsoft 365 の使用について購入方法の条件が書かれていないため、Microsoft 365 ではヘルパーの回答は購入方法に左右されません。インセンティブの対象となる購入については、インセンティブ プログラム ガイドを確認してください。',
			'incentives-not-sought': '記事ではこのアクティビティをインセンティブを希望するパートナー向けとして説明しており、希望しない場合に何を選択するかは書かれていません。ヘルパーは行ったことに基づいて回答します。',
		},
		askCustomer: {
			'how-did-you-buy': 'お客様に「これらの製品は、ボリュームライセンス契約、Web ダイレクト、クラウド ソリューション プロバイダー (CSP) パートナーのどれで購入しましたか?」と確認してください。CSP の場合、適用できるアクティビティはありません。',
		},
		labels: {
			why: '理由',
			losses: '選択を誤った場合に失うもの',
			assumptions: 'ヘルパーの前提',
			askCustomer: 'お客様に確認すること',
			errors: '関連する要求エラー',
			englishOriginal: '英語の原文',
			startClaim: 'この選択で要求を開始',
			startOver: 'やり直す',
			malformed: 'このリンクの一部を読み取れなかったため、アクティビティ選択ヘルパーを最初からやり直しました。',
			noscript: 'アクティビティ選択ヘルパーには JavaScript が必要です。JavaScript を使わない場合は、トラブルシューティング記事の「どのアクティビティを選択しますか?」の表で同じルールを確認できます。',
			listSeparator: '、',
		},
	},
	'zh-TW': {
		title: '活動選擇小幫手',
		intro: '回答關於此客戶的四個問題。小幫手會告訴您在 CPOR 關聯宣告流程中要選取哪一個活動及其原因，並引用文章的說明。',
		page: {
			title: '我要選擇哪一個活動？',
			description: '回答四個問題，即可得知在 CPOR 關聯宣告流程中要選取的活動（售前、使用方式或收益關聯），以及文章中的理由。',
			lead: '宣告不正確的活動可能會導致缺少資格和獎勵收益，且需要重新宣告。請在開始宣告前確認您的選擇。',
			sectionLink: '閱讀疑難排解文章中的「我要選擇哪一個活動？」',
		},
		questions: {
			area: { legend: '產品屬於哪一個解決方案區域？', short: '解決方案區域' },
			channel: { legend: '客戶如何購買這些產品？', short: '購買方式' },
			did: { legend: '您為此客戶做了什麼？', short: '您做的事' },
			incentives: { legend: '您是否希望此宣告獲得獎勵付款？', short: '獎勵付款' },
		},
		areas: {
			'business-applications': { label: '商務應用程式', hint: '例如 Dynamics 365 或 Power BI' },
			'microsoft-365': { label: 'Microsoft 365', hint: '例如 Exchange Online 或 Microsoft Teams' },
		},
		channels: {
			'volume-licensing': '大量授權合約',
			'web-direct': 'Web Direct',
			csp: '向雲端解決方案提供者 (CSP) 購買',
			unknown: '我不知道',
		},
		did: {
			'influenced-purchase': '我影響了他們購買合格產品',
			'drives-usage': '我推動他們採用和使用合格的工作負載',
			'business-influencer': '我以商業影響者的身分影響了他們對合格產品的選擇',
		},
		incentives: { yes: '是', no: '否' },
		activities: { presales: '售前', usage: '使用方式', 'revenue-association': '收益關聯' },
		outcomes: {
			incomplete: '尚未回答：{questions}。',
			recommend: '請選取 [{activity}]。',
			'ask-customer': '請詢問客戶如何購買這些產品。如果是透過大量授權合約或 Web Direct 購買，請選取 [{activity}]。',
			'not-claimable': '沒有適用的活動：透過 CSP 購買的產品無法在此宣告。',
			'no-matching-activity': '沒有符合的活動：Microsoft 365 只提供 [使用方式]。',
			'no-incentive-activity': '[{activity}] 符合您所做的事，但不會支付獎勵。',
		},
		outcomeDetails: {
			incomplete: '回答答案所需的問題後，答案就會顯示在這裡。',
			recommend: '這是文章描述與您為此客戶所做之事相符的活動。',
			'ask-customer': '若為商務應用程式，每個活動是否適用都取決於客戶的購買方式。',
			'not-claimable': '商務應用程式的每個活動，都只適用於透過大量授權合約或 Web Direct 購買的產品。',
			'no-matching-activity': '[使用方式] 適用於推動客戶採用和使用合格工作負載的合作夥伴。售前和收益關聯只存在於商務應用程式。',
			'no-incentive-activity': '售前和使用方式會支付獎勵，但僅限於其描述所指的工作：影響購買，或推動採用和使用。請勿為您未做的工作選取這些活動。',
		},
		reasons: {
			'presales-influenced-purchase': '售前適用於影響客戶購買合格產品，並想要申請售前獎勵的合作夥伴。',
			'usage-drives-adoption': '使用方式適用於推動客戶採用和使用合格工作負載，並想要申請使用獎勵的合作夥伴。',
			'revenue-association-business-influencer': '收益關聯適用於以商業影響者身分影響客戶選擇合格產品的合作夥伴。',
			'revenue-association-no-incentives': '收益關聯僅適用於收益關聯，而不是獎勵付款。',
			'channel-volume-licensing-or-web-direct': '客戶是透過大量授權合約或 Web Direct 購買，這是商務應用程式所有活動的條件。',
			'csp-not-applicable': '商務應用程式的每個活動都要求透過大量授權合約或 Web Direct 購買，而 CSP 訂用帳戶是宣告流程的訂用帳戶錯誤之一。',
			'microsoft-365-usage-only': '文章中 Microsoft 365 只有一個活動 [使用方式]，適用於推動合格工作負載之採用和使用的合作夥伴。',
		},
		losses: {
			'missed-eligibility': '選取此活動以外的活動，可能會導致缺少資格和獎勵收益。',
			reclaim: '選錯活動，日後就必須以正確的活動重新宣告。',
			'revenue-association-instead-no-incentives': '若改選收益關聯，將不會獲得獎勵付款。',
			'incentive-activity-without-the-work': '未做描述中所指的工作卻選取售前或使用方式，是不正確的活動，可能會導致缺少資格和獎勵收益。',
		},
		assumptions: {
			'microsoft-365-no-channel-condition': '文章並未對 Microsoft 365 的使用方式設定購買通路條件，因此 Microsoft 365 的答案不受購買方式影響。請查閱獎勵計畫指南，了解哪些購買可獲得獎勵。',
			'incentives-not-sought': '文章將此活動描述為適用於想要獎勵的合作夥伴，並未說明不需要獎勵時應選取什麼。小幫手依據您所做的事回答。',
		},
		askCustomer: {
			'how-did-you-buy': '請詢問客戶：「這些產品是透過大量授權合約、Web Direct，還是向雲端解決方案提供者 (CSP) 合作夥伴購買的？」如果是 CSP，則沒有適用的活動。',
		},
		labels: {
			why: '原因',
			losses: '選錯的代價',
			assumptions: '小幫手的假設',
			askCustomer: '要詢問客戶的事',
			errors: '相關的宣告錯誤',
			englishOriginal: '英文原文',
			startClaim: '以此選擇開始宣告',
			startOver: '重新開始',
			malformed: '無法讀取此連結的部分內容，因此活動選擇小幫手已重新開始。',
			noscript: '活動選擇小幫手需要 JavaScript。若不使用 JavaScript，疑難排解文章「我要選擇哪一個活動？」中的表格提供相同的規則。',
			listSeparator: '、',
		},
	},
};
