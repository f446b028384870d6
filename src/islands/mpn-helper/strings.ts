/**
 * The MPN helper's words in every language: the list form, the questions about the work, the outcomes, and
 * the wording of each code `adviseMpn` returns. The page picks one language and hands only that to the island.
 *
 * ja and zh-TW use the terms of the localized article (ja: インセンティブプログラムに登録, パートナータイプ,
 * 全体管理者, [インセンティブの概要] タブ, CPOR アソシエーション要求フロー; zh-TW: 在獎勵計畫中註冊, 夥伴類型,
 * 全域管理員, [獎勵總覽] 索引標籤, CPOR 關聯宣告流程).
 */
import type { MpnAssumption, MpnNextStep, MpnOutcome, MpnReason, MpnRowVerdict, MpnWarning } from '../../claim/advice/mpn.ts';
import type { Localized } from '../../claim/localized.ts';

export interface MpnHelperStrings {
	readonly title: string;
	readonly intro: string;
	readonly page: { readonly title: string; readonly description: string; readonly lead: string; readonly sectionLink: string };
	readonly list: {
		readonly legend: string;
		readonly help: string;
		/** Legend of one row: `{n}` is its number. */
		readonly row: string;
		readonly id: string;
		readonly name: string;
		readonly enrolled: string;
		readonly partnerType: string;
		readonly partnerTypeHint: string;
		readonly location: string;
		readonly remove: string;
		readonly add: string;
		readonly loadSample: string;
		readonly empty: string;
		readonly full: string;
	};
	readonly work: {
		readonly locationLegend: string;
		readonly partnerTypeLegend: string;
		readonly noPartnerType: string;
		readonly unknown: string;
		readonly noLocations: string;
	};
	/** `{mpn}` is the chosen MPN (ID and name). */
	readonly outcomes: Readonly<Record<MpnOutcome, string>>;
	readonly verdicts: Readonly<Record<MpnRowVerdict, string>>;
	readonly reasons: Readonly<Record<MpnReason, string>>;
	readonly warnings: Readonly<Record<MpnWarning, string>>;
	readonly nextSteps: Readonly<Record<MpnNextStep, string>>;
	readonly assumptions: Readonly<Record<MpnAssumption, string>>;
	readonly labels: {
		readonly why: string;
		readonly warnings: string;
		readonly next: string;
		readonly assumptions: string;
		readonly rows: string;
		readonly errors: string;
		readonly englishOriginal: string;
		readonly incentivesOverview: string;
		readonly startClaim: string;
		readonly startOver: string;
		readonly malformed: string;
		readonly noscript: string;
	};
}

export const mpnHelperStrings: Localized<MpnHelperStrings> = {
	en: {
		title: 'MPN helper',
		intro: 'List your company’s MPN IDs, or load a sample, and say what you know about the work you are claiming. The helper tells you which MPN to select, and why.',
		page: {
			title: 'Which MPN do I choose?',
			description: 'List your company’s MPN IDs and get the one to select in the CPOR association claim flow, with the article’s reasons and what the flow won’t show you.',
			lead: 'The claim flow shows which MPNs are enrolled in an incentive program, but not their partner type. Claiming with an incorrect MPN may mean missed eligibility and incentive earnings, and a reclaim.',
			sectionLink: 'Read “Which MPN do I choose?” in the troubleshooting article',
		},
		list: {
			legend: 'Your company’s MPN IDs',
			help: 'One entry per MPN ID. Nothing you type leaves this page, except in its address.',
			row: 'MPN ID {n}',
			id: 'MPN ID (digits)',
			name: 'Name',
			enrolled: 'Enrolled in an incentive program',
			partnerType: 'Partner type',
			partnerTypeHint: 'for example FRP FastTrack; leave empty if none',
			location: 'Location',
			remove: 'Remove MPN ID {n}',
			add: 'Add an MPN ID',
			loadSample: 'Load a sample',
			empty: 'No MPN ID listed yet.',
			full: 'The list is full.',
		},
		work: {
			locationLegend: 'Which location did the work you are claiming?',
			partnerTypeLegend: 'Under which partner type was the work done?',
			noPartnerType: 'No specific partner type',
			unknown: 'I don’t know',
			noLocations: 'Add the locations of your MPN IDs to narrow the choice by location.',
		},
		outcomes: {
			incomplete: 'List at least one MPN ID (digits only).',
			pick: 'Select MPN {mpn}.',
			'enroll-first': 'Enroll the MPN first in the Incentives overview tab.',
			'ask-global-admin': 'The helper can’t decide: ask your global admin.',
		},
		verdicts: {
			chosen: 'Select this one',
			'also-fits': 'Enrolled; also fits',
			'not-enrolled': 'Not enrolled in an incentive program',
			'other-location': 'Another location',
			'other-partner-type': 'Another partner type',
			'invalid-id': 'Not an MPN ID: digits only',
			duplicate: 'Listed twice: only the first counts',
			empty: 'Empty',
		},
		reasons: {
			enrolled: 'It is enrolled in an incentive program, which the claim flow shows you.',
			'only-enrolled': 'It is the only one of your MPN IDs enrolled in an incentive program, which the claim flow shows you.',
			'matches-location': 'It is the MPN of the location that did the work: the flow asks for the MPN that should be associated to the work you’re claiming for.',
			'matches-partner-type': 'Its partner type is the one the work was done under.',
			'no-partner-type': 'It has no specific partner type, like the work.',
			'several-enrolled-fit': 'More than one enrolled MPN fits what you said about the work.',
			'none-fits-work': 'None of your MPN IDs fits what you said about the work.',
			'fitting-not-enrolled': 'The MPN that fits the work isn’t enrolled in an incentive program.',
			'no-mpn-listed': 'There is no MPN ID to choose from yet.',
		},
		warnings: {
			'flow-shows-enrollment-not-partner-type': 'In the claim flow you will see which MPNs are enrolled, but not which partner type each one is. Note the MPN ID now.',
			'chosen-has-partner-type': 'This MPN has a partner type ({type}): make sure the work belongs to it.',
			'wrong-mpn-costs': 'Claiming with an incorrect MPN may result in missed eligibility and incentive earnings, and a reclaim.',
		},
		nextSteps: {
			'ask-global-admin': 'If you do not know which MPN to use, contact your global admin.',
			'enroll-in-incentives-overview': 'Manage the enrollment of the MPN you want to use in the Incentives overview tab.',
			'answer-location': 'Say which location did the work.',
			'answer-partner-type': 'Say under which partner type the work was done.',
			'list-mpn-ids': 'List your company’s MPN IDs, or load a sample.',
		},
		assumptions: {
			'matches-work-by-location-and-partner-type': 'The article says to choose the MPN that should be associated to the work, without saying how. The helper matches the location that did the work and the partner type it was done under.',
		},
		labels: {
			why: 'Why',
			warnings: 'Before you claim',
			next: 'What to do',
			assumptions: 'What the helper assumes',
			rows: 'Your MPN IDs',
			errors: 'Related claim errors',
			englishOriginal: 'English original',
			incentivesOverview: 'Incentives overview tab (Partner Center)',
			startClaim: 'Start a claim with this choice',
			startOver: 'Start over',
			malformed: 'Part of this link couldn’t be read, so the MPN helper started over.',
			noscript: 'The MPN helper needs JavaScript. Without it, “Which MPN do I choose?” in the troubleshooting article gives the same advice.',
		},
	},
	ja: {
		title: 'MPN 選択ヘルパー',
		intro: '会社の MPN ID を入力するかサンプルを読み込み、要求する作業についてわかっていることを選択してください。選択する MPN とその理由を示します。',
		page: {
			title: 'どの MPN を選択しますか?',
			description: '会社の MPN ID を入力すると、CPOR アソシエーション要求フローで選択する MPN が、記事の理由とフローに表示されない情報とともにわかります。',
			lead: 'CPOR アソシエーション要求フローでは、インセンティブプログラムに登録されている MPN は識別されますが、パートナータイプは表示されません。不適切な MPN で要求すると、適格性とインセンティブの利益が失われ、再要求が必要になる可能性があります。',
			sectionLink: 'トラブルシューティング記事の「どの MPN を選択しますか?」を読む',
		},
		list: {
			legend: '会社の MPN ID',
			help: 'MPN ID ごとに 1 件入力します。入力内容はこのページのアドレス以外には送信されません。',
			row: 'MPN ID {n}',
			id: 'MPN ID (数字)',
			name: '名前',
			enrolled: 'インセンティブプログラムに登録済み',
			partnerType: 'パートナータイプ',
			partnerTypeHint: 'FRP FastTrack など。ない場合は空欄',
			location: '場所',
			remove: 'MPN ID {n} を削除',
			add: 'MPN ID を追加',
			loadSample: 'サンプルを読み込む',
			empty: 'MPN ID がまだ入力されていません。',
			full: 'これ以上追加できません。',
		},
		work: {
			locationLegend: '要求する作業を行ったのはどの場所ですか?',
			partnerTypeLegend: '作業はどのパートナータイプで行われましたか?',
			noPartnerType: '特定のパートナータイプなし',
			unknown: 'わからない',
			noLocations: 'MPN ID の場所を入力すると、場所で絞り込めます。',
		},
		outcomes: {
			incomplete: 'MPN ID (数字のみ) を 1 つ以上入力してください。',
			pick: 'MPN {mpn} を選択してください。',
			'enroll-first': '先に [インセンティブの概要] タブで MPN を登録してください。',
			'ask-global-admin': 'ヘルパーでは判断できません。全体管理者に問い合わせてください。',
		},
		verdicts: {
			chosen: 'これを選択',
			'also-fits': '登録済み、条件にも合致',
			'not-enrolled': 'インセンティブプログラムに未登録',
			'other-location': '別の場所',
			'other-partner-type': '別のパートナータイプ',
			'invalid-id': 'MPN ID ではありません (数字のみ)',
			duplicate: '重複しています (最初のものだけが有効)',
			empty: '空',
		},
		reasons: {
			enrolled: 'インセンティブプログラムに登録されています。これは要求フローで確認できます。',
			'only-enrolled': '会社の MPN ID のうち、インセンティブプログラムに登録されているのはこれだけです。これは要求フローで確認できます。',
			'matches-location': '作業を行った場所の MPN です。フローでは、要求している作業に関連付ける必要のある MPN を選択します。',
			'matches-partner-type': 'パートナータイプが作業のパートナータイプと一致しています。',
			'no-partner-type': '作業と同じく、特定のパートナータイプがありません。',
			'several-enrolled-fit': '作業について選択した内容に合う登録済みの MPN が複数あります。',
			'none-fits-work': '作業について選択した内容に合う MPN ID がありません。',
			'fitting-not-enrolled': '作業に合う MPN がインセンティブプログラムに登録されていません。',
			'no-mpn-listed': '選択できる MPN ID がまだありません。',
		},
		warnings: {
			'flow-shows-enrollment-not-partner-type': '要求フローでは、どの MPN が登録されているかはわかりますが、各 MPN のパートナータイプはわかりません。今のうちに MPN ID を控えておいてください。',
			'chosen-has-partner-type': 'この MPN にはパートナータイプ ({type}) があります。作業がそのパートナータイプに属することを確認してください。',
			'wrong-mpn-costs': '不適切な MPN で要求すると、適格性とインセンティブの利益が失われ、再要求が必要になる可能性があります。',
		},
		nextSteps: {
			'ask-global-admin': '使用する MPN がわからない場合は、全体管理者に問い合わせてください。',
			'enroll-in-incentives-overview': '使用したい MPN の登録は [インセンティブの概要] タブで管理できます。',
			'answer-location': '作業を行った場所を選択してください。',
			'answer-partner-type': '作業が行われたパートナータイプを選択してください。',
			'list-mpn-ids': '会社の MPN ID を入力するか、サンプルを読み込んでください。',
		},
		assumptions: {
			'matches-work-by-location-and-partner-type': '記事には、作業に関連付ける MPN を選択するとありますが、その方法は書かれていません。ヘルパーは、作業を行った場所と作業のパートナータイプで照合します。',
		},
		labels: {
			why: '理由',
			warnings: '要求の前に',
			next: 'すること',
			assumptions: 'ヘルパーの前提',
			rows: '会社の MPN ID',
			errors: '関連する要求エラー',
			englishOriginal: '英語の原文',
			incentivesOverview: '[インセンティブの概要] タブ (パートナー センター)',
			startClaim: 'この選択で要求を開始',
			startOver: 'やり直す',
			malformed: 'このリンクの一部を読み取れなかったため、MPN 選択ヘルパーを最初からやり直しました。',
			noscript: 'MPN 選択ヘルパーには JavaScript が必要です。JavaScript を使わない場合は、トラブルシューティング記事の「どの MPN を選択しますか?」で同じ内容を確認できます。',
		},
	},
	'zh-TW': {
		title: 'MPN 選擇小幫手',
		intro: '列出貴公司的 MPN 識別碼或載入範例，並選取您對所宣告工作的了解。小幫手會告訴您要選取哪一個 MPN 及其原因。',
		page: {
			title: '我要選擇哪一種 MPN？',
			description: '列出貴公司的 MPN 識別碼，即可得知在 CPOR 關聯宣告流程中要選取的 MPN，以及文章中的理由和流程不會顯示的資訊。',
			lead: 'CPOR 關聯宣告流程會識別哪些 MPN 已在獎勵計畫中註冊，但不會顯示其夥伴類型。宣告不正確的 MPN 可能會導致缺少資格和獎勵收益，且需要重新宣告。',
			sectionLink: '閱讀疑難排解文章中的「我要選擇哪一種 MPN？」',
		},
		list: {
			legend: '貴公司的 MPN 識別碼',
			help: '每個 MPN 識別碼一筆。您輸入的內容只會保留在此頁面的網址中。',
			row: 'MPN 識別碼 {n}',
			id: 'MPN 識別碼（數字）',
			name: '名稱',
			enrolled: '已在獎勵計畫中註冊',
			partnerType: '夥伴類型',
			partnerTypeHint: '例如 FRP FastTrack；若無請留白',
			location: '位置',
			remove: '移除 MPN 識別碼 {n}',
			add: '新增 MPN 識別碼',
			loadSample: '載入範例',
			empty: '尚未列出任何 MPN 識別碼。',
			full: '清單已滿。',
		},
		work: {
			locationLegend: '您要宣告的工作是由哪個位置完成的？',
			partnerTypeLegend: '工作是以哪一種夥伴類型完成的？',
			noPartnerType: '沒有特定的夥伴類型',
			unknown: '我不知道',
			noLocations: '填寫 MPN 識別碼的位置，即可依位置縮小選擇範圍。',
		},
		outcomes: {
			incomplete: '請至少列出一個 MPN 識別碼（僅限數字）。',
			pick: '請選取 MPN {mpn}。',
			'enroll-first': '請先在 [獎勵總覽] 索引標籤中註冊此 MPN。',
			'ask-global-admin': '小幫手無法決定：請洽詢您的全域管理員。',
		},
		verdicts: {
			chosen: '選取此項',
			'also-fits': '已註冊，也符合',
			'not-enrolled': '未在獎勵計畫中註冊',
			'other-location': '其他位置',
			'other-partner-type': '其他夥伴類型',
			'invalid-id': '不是 MPN 識別碼：僅限數字',
			duplicate: '重複列出：只有第一筆有效',
			empty: '空白',
		},
		reasons: {
			enrolled: '它已在獎勵計畫中註冊，宣告流程會顯示這一點。',
			'only-enrolled': '它是貴公司 MPN 識別碼中唯一已在獎勵計畫中註冊的，宣告流程會顯示這一點。',
			'matches-location': '它是完成工作之位置的 MPN：流程會要求您選擇應該與您所宣告之工作相關聯的 MPN。',
			'matches-partner-type': '它的夥伴類型就是完成工作時的夥伴類型。',
			'no-partner-type': '它和工作一樣，沒有特定的夥伴類型。',
			'several-enrolled-fit': '符合您對工作之描述的已註冊 MPN 不只一個。',
			'none-fits-work': '沒有任何 MPN 識別碼符合您對工作的描述。',
			'fitting-not-enrolled': '符合工作的 MPN 尚未在獎勵計畫中註冊。',
			'no-mpn-listed': '目前還沒有可選擇的 MPN 識別碼。',
		},
		warnings: {
			'flow-shows-enrollment-not-partner-type': '在宣告流程中，您會看到哪些 MPN 已註冊，但看不到每個 MPN 的夥伴類型。請現在記下 MPN 識別碼。',
			'chosen-has-partner-type': '此 MPN 具有夥伴類型（{type}）：請確認工作屬於該類型。',
			'wrong-mpn-costs': '宣告不正確的 MPN 可能會導致缺少資格和獎勵收益，且需要重新宣告。',
		},
		nextSteps: {
			'ask-global-admin': '如果您不知道要使用哪個 MPN，請洽詢您的全域管理員。',
			'enroll-in-incentives-overview': '您可以在 [獎勵總覽] 索引標籤中管理您想使用之 MPN 的註冊。',
			'answer-location': '請選取完成工作的位置。',
			'answer-partner-type': '請選取完成工作時的夥伴類型。',
			'list-mpn-ids': '請列出貴公司的 MPN 識別碼，或載入範例。',
		},
		assumptions: {
			'matches-work-by-location-and-partner-type': '文章指出要選擇應與工作相關聯的 MPN，但未說明如何判斷。小幫手會比對完成工作的位置和完成工作時的夥伴類型。',
		},
		labels: {
			why: '原因',
			warnings: '宣告之前',
			next: '該做的事',
			assumptions: '小幫手的假設',
			rows: '貴公司的 MPN 識別碼',
			errors: '相關的宣告錯誤',
			englishOriginal: '英文原文',
			incentivesOverview: '[獎勵總覽] 索引標籤（合作夥伴中心）',
			startClaim: '以此選擇開始宣告',
			startOver: '重新開始',
			malformed: '無法讀取此連結的部分內容，因此 MPN 選擇小幫手已重新開始。',
			noscript: 'MPN 選擇小幫手需要 JavaScript。若不使用 JavaScript，疑難排解文章中的「我要選擇哪一種 MPN？」提供相同的建議。',
		},
	},
};
