/**
 * The lifecycle's messages (`src/i18n/messages/<lang>/lifecycle.json`): every language says everything, with
 * the arguments of the English message; every key the domain refers to exists in English; the island receives
 * the page's language only, and only its own messages.
 */
import { describe, expect, it } from 'vitest';
import en from '../../../../src/i18n/messages/en/lifecycle.json';
import ja from '../../../../src/i18n/messages/ja/lifecycle.json';
import zhTW from '../../../../src/i18n/messages/zh-TW/lifecycle.json';
import {
	commentKey,
	deadlineKey,
	deadlineKinds,
	deadlineRuleKey,
	eventKey,
	laterIslandKeys,
	lifecycleEventTypes,
	lifecyclePresetIds,
	lifecycleStatuses,
	moreProofReasonKeys,
	moreProofReasons,
	noteKey,
	presetKey,
	refusalCodes,
	refusalKey,
	rejectionReasonKeys,
	rejectionReasons,
	statusKeys,
	type CommentKind,
	type TimelineNote,
} from '../../../../src/claim/lifecycle/index.ts';
import { formatMessage, messageArguments } from '../../../../src/i18n/message-format.ts';
import { catalogs, messagesFor } from '../../../../src/i18n/messages.ts';
import { createLifecycleTexts } from '../../../../src/islands/claim-lifecycle/texts.ts';
import { lifecycleIslandMessages, lifecycleLaterTexts } from '../../../../src/components/claim-lifecycle/later-texts.ts';
import { refusalLaterChanges } from '../../../../src/facts/later-changes.ts';

/** Each locale's own lifecycle file, before any fallback. */
const files: Record<string, Record<string, string>> = { en, ja, 'zh-TW': zhTW };
const commentKinds: CommentKind[] = [
	'submitted',
	'more-proof-requested',
	'partner-responded',
	'competing-claim',
	'arbitration-won',
	'arbitration-lost',
	'dispute',
];
const noteKinds: TimelineNote['kind'][] = [
	'competing-claim',
	'competing-at-submission',
	'associated-elsewhere',
	'competing-undecided',
	'subscription-ended',
	'past-service-level',
	'dispute-again',
	'new-claim-in-dispute-window',
	'decided-in-dispute',
	'deadline-day',
];

/** Every key the lifecycle's domain and page refer to. */
function domainKeys(): string[] {
	return [
		...lifecycleStatuses.flatMap((status) => Object.values(statusKeys(status))),
		...lifecycleEventTypes.map(eventKey),
		...moreProofReasons.flatMap((reason) => Object.values(moreProofReasonKeys(reason))),
		...rejectionReasons.flatMap((reason) => Object.values(rejectionReasonKeys(reason))),
		...refusalCodes.map(refusalKey),
		...commentKinds.map(commentKey),
		...deadlineKinds.flatMap((kind) => [deadlineKey(kind), deadlineRuleKey(kind)]),
		...noteKinds.map(noteKey),
		...lifecyclePresetIds.map(presetKey),
	];
}

describe('lifecycle messages', () => {
	it('exist in every language with the arguments of the English message', () => {
		for (const [lang, messages] of Object.entries(files)) {
			expect(Object.keys(messages).sort(), lang).toEqual(Object.keys(en).sort());
			for (const [key, text] of Object.entries(messages)) {
				expect(text.trim(), `${lang} ${key}`).not.toBe('');
				expect(messageArguments(text), `${lang} ${key}`).toEqual(messageArguments(en[key as keyof typeof en]));
			}
			const all = messagesFor(lang);
			for (const status of lifecycleStatuses) expect(all[statusKeys(status).name], `${lang} ${status}`).not.toBe('');
			for (const event of lifecycleEventTypes) expect(all[eventKey(event)], `${lang} ${event}`).not.toBe('');
			for (const code of refusalCodes) expect(all[refusalKey(code)], `${lang} ${code}`).not.toBe('');
			for (const kind of deadlineKinds) expect(all[deadlineRuleKey(kind)], `${lang} rule ${kind}`).not.toBe('');
		}
	});

	it('has every key the domain refers to, in English', () => {
		for (const key of domainKeys()) expect(Object.hasOwn(en, key), key).toBe(true);
	});

	it('gives the island the page’s language, and English for a language it doesn’t have', () => {
		expect(lifecycleIslandMessages('ja')['lifecycle.status.submitted.name']).toBe('送信済み');
		expect(lifecycleIslandMessages('zh-TW')['lifecycle.status.submitted.name']).toBe('已提交');
		expect(lifecycleLaterTexts('ja').messages['lifecycle.status.under-review.name']).toBe('レビュー中');
		expect(lifecycleLaterTexts('zh-TW').messages['lifecycle.status.under-review.name']).toBe('檢閱中');
		expect(lifecycleIslandMessages('it')).toEqual(lifecycleIslandMessages('en'));
		expect(lifecycleLaterTexts('it')).toEqual(lifecycleLaterTexts('en'));
		// One language only: no Japanese in the English messages the island receives.
		expect(JSON.stringify(lifecycleIslandMessages('en'))).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
		// Only what it renders: not the page's own texts.
		expect(Object.keys(lifecycleIslandMessages('en')).some((key) => key.startsWith('lifecycle.page.'))).toBe(false);
	});

	// #19: the page carries what a claim with no events shows; the rest comes as `claim-lifecycle/texts.json`.
	it('splits the island’s messages between the page and the later texts: each key in exactly one, refusals’ notes with the later ones', () => {
		const first = Object.keys(lifecycleIslandMessages('ja'));
		const later = lifecycleLaterTexts('ja');
		const laterKeys = Object.keys(later.messages);
		expect(first.filter((key) => laterKeys.includes(key))).toEqual([]);
		// The island's keys that only a claim with events shows come with the later texts, each with its text.
		for (const key of laterIslandKeys) {
			expect(first, key).not.toContain(key);
			expect(later.messages[key], key).toBe(ja[key]);
		}
		// What a visit without a link can show stays on the page, the failure of the later texts' download among them;
		// what only a hand-over's claim card shows comes with the later texts, which a link downloads at once.
		for (const key of ['lifecycle.status.submitted.name', 'lifecycle.ui.textsFailed', 'lifecycle.ui.retry', 'lifecycle.ui.handoverFailed'])
			expect(first, key).toContain(key);
		expect(laterKeys).toContain('lifecycle.ui.handedOver');
		for (const code of refusalCodes) {
			expect(laterKeys, code).toContain(refusalKey(code));
			expect(first, code).not.toContain(refusalKey(code));
			expect(Boolean(later.refusalNotes[code]), code).toBe(Boolean(refusalLaterChanges(code)));
		}
		expect(later.messages[refusalKey('review-not-started')]).toBe(ja[refusalKey('review-not-started')]);
		for (const kind of commentKinds) expect(laterKeys).toContain(commentKey(kind));
		// Every lifecycle message the island may show is in one of the two.
		const all = Object.keys(en).filter(
			(key) => key.startsWith('lifecycle.') && !key.startsWith('lifecycle.page.') && !key.startsWith('lifecycle.preset.'),
		);
		expect(all.filter((key) => !first.includes(key) && !laterKeys.includes(key))).toEqual([]);
	});

	it('reads a later key as itself and says so until the later texts arrive, then formats it', () => {
		const missing: string[] = [];
		const before = createLifecycleTexts(lifecycleIslandMessages('en'), 'en', '/sources/', {}, undefined, () => missing.push('!'));
		expect(before.t('lifecycle.ui.retry')).toBe(en['lifecycle.ui.retry']);
		expect(missing).toEqual([]);
		expect(before.t(refusalKey('review-not-started'))).toBe(refusalKey('review-not-started'));
		expect(before.t('lifecycle.status.approved.name')).toBe('lifecycle.status.approved.name');
		expect(missing).toEqual(['!', '!']);
		const after = createLifecycleTexts(lifecycleIslandMessages('en'), 'en', '/sources/', {}, lifecycleLaterTexts('en'));
		expect(after.t(refusalKey('review-not-started'))).toBe(en[refusalKey('review-not-started')]);
		expect(after.t('lifecycle.status.approved.name')).toBe(en['lifecycle.status.approved.name']);
	});

	// #14 ninth and tenth reviews: MCA#149 says Microsoft "needs more information related to your PoE", MCA#150 "provide requested
	// info"; the event and the status said so, while four messages (two refusals, an assumption, the page description) still
	// said "more proof". Every lifecycle message, in each locale's words for it.
	it('says “more information”, never “more proof”, in every lifecycle message of every locale (MCA#149–150)', () => {
		const moreProof: Readonly<Record<string, RegExp>> = {
			en: /more proof|additional proof|further proof/i,
			ja: /追加の証明|さらなる証明/,
			'zh-TW': /更多證明|額外證明/,
			ko: /추가 증명/,
			'zh-CN': /更多证明|额外证明/,
			de: /(weitere|zusätzliche)[rn]? Nachweise/,
			fr: /preuves? supplémentaires?|autres preuves/,
		};
		expect(Object.keys(moreProof).sort()).toEqual([...catalogs.langs].sort());
		for (const lang of catalogs.langs) {
			const lifecycle = Object.entries(messagesFor(lang)).filter(([key]) => key.startsWith('lifecycle.'));
			expect(lifecycle.length, lang).toBeGreaterThan(200);
			const said = lifecycle.filter(([, text]) => moreProof[lang]!.test(text)).map(([key]) => key);
			expect(said, lang).toEqual([]);
		}
	});

	it('uses Microsoft’s localized status names (MCA)', () => {
		const names = (lang: string) => lifecycleStatuses.map((status) => files[lang]?.[statusKeys(status).name]);
		// ja: the status table's name (MCA#148, with です), as the glossary and the refusals write it; MCA#122's list drops です.
		expect(names('ja')).toEqual(['編集', '送信済み', 'レビュー中', 'パートナーのアクションが必要です', '承認済み', '拒否']);
		expect(names('zh-TW')).toEqual(['編輯中', '已提交', '檢閱中', '需要合作夥伴動作', '已核准', '已拒絕']);
	});

	it('counts the business days left with a plural', () => {
		const left = (lang: string, count: number) => formatMessage(messagesFor(lang)['lifecycle.ui.daysLeft'], { count }, lang);
		expect(left('en', 1)).toBe('1 business day left.');
		expect(left('en', 3)).toBe('3 business days left.');
		expect(left('ja', 1)).toBe('残り 1 営業日。');
		expect(left('zh-TW', 2)).toBe('剩餘 2 個工作天。');
	});
});

describe("the lifecycle island's compositions", () => {
	it("puts citations and labels together with each language's own punctuation", () => {
		const cited = { en: '(MCA#121, MCA#140)', ja: '(MCA#121 MCA#140)', 'zh-TW': '（MCA#121 MCA#140）' } as const;
		for (const lang of ['en', 'ja', 'zh-TW'] as const) {
			const { t, list } = createLifecycleTexts(lifecycleIslandMessages(lang), lang, '/sources/', {}, lifecycleLaterTexts(lang));
			expect(t('lifecycle.ui.cited', { citations: list(['MCA#121', 'MCA#140'], 'unit') })).toBe(cited[lang]);
			const summary = t('lifecycle.ui.calendarSummary', { heading: 'H', today: 'T' });
			expect(summary).toBe(lang === 'zh-TW' ? 'H：T' : 'H: T');
		}
	});
});
