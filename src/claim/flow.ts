/**
 * The steps of the CPOR association claim flow, in order, as data (fact sheet §3, 2020 UI; OSA#133–152).
 *
 * Validation lives in `steps.ts`; this module holds only what the catalog, the pages and the simulator need
 * to name and order the steps.
 */
import type { Localized } from './localized.ts';

export const claimStepIds = [
	'mpn',
	'customer',
	'activity',
	'products',
	'contacts',
	'subscription',
	'proof-of-execution',
	'comments',
	'submit',
] as const;
export type ClaimStepId = (typeof claimStepIds)[number];

export interface ClaimStepInfo {
	/** Where the fact sheet describes the step, and the source segments. */
	readonly facts: string;
	readonly citations: readonly string[];
	readonly label: Localized<string>;
}

export const claimSteps: Readonly<Record<ClaimStepId, ClaimStepInfo>> = {
	mpn: {
		facts: '§3.3, §4',
		citations: ['OSA#115', 'OSA#135'],
		label: { en: 'MPN ID', ja: 'MPN ID', 'zh-TW': 'MPN 識別碼' },
	},
	customer: {
		facts: '§3.3, §4',
		citations: ['OSA#116–117', 'OSA#135', 'CAI#112'],
		label: { en: 'Customer domain and tenant ID', ja: '顧客のドメインとテナント ID', 'zh-TW': '客戶網域和租用戶識別碼' },
	},
	activity: {
		// Solution area and activity, then the Associate customer page where the claim gets its name (Create claim).
		facts: '§3.5–3.6, §4, §6',
		citations: ['OSA#118–119', 'OSA#123', 'OSA#127', 'OSA#138–141'],
		label: {
			en: 'Solution area, activity and claim name',
			ja: 'ソリューション領域、アクティビティ、要求の名前',
			'zh-TW': '解決方案區域、活動和宣告名稱',
		},
	},
	products: {
		facts: '§3.7, §4',
		citations: ['OSA#124', 'OSA#142'],
		label: { en: 'Products', ja: '製品', 'zh-TW': '產品' },
	},
	contacts: {
		facts: '§3.8, §4',
		citations: ['OSA#120–122', 'OSA#143–144'],
		label: { en: 'Contacts', ja: '連絡先', 'zh-TW': '連絡人' },
	},
	subscription: {
		// Asked on the contacts page when a Dynamics 365 product has multiple subscriptions for the customer.
		facts: '§3.8, §4, §5',
		citations: ['OSA#145', 'CAI#115–117'],
		label: { en: 'Subscription ID', ja: 'サブスクリプション ID', 'zh-TW': '訂用帳戶 ID' },
	},
	'proof-of-execution': {
		facts: '§3.9, §4',
		citations: ['OSA#125–126', 'OSA#146–147', 'MCA#175'],
		label: { en: 'Proof of execution', ja: '実行証明 (PoE)', 'zh-TW': '執行證明 (PoE)' },
	},
	comments: {
		facts: '§3.10',
		citations: ['OSA#148'],
		label: { en: 'Comments', ja: 'コメント', 'zh-TW': '批註' },
	},
	submit: {
		facts: '§3.10',
		citations: ['OSA#148–149'],
		label: { en: 'Submit claim', ja: '要求の送信', 'zh-TW': '提交宣告' },
	},
};
