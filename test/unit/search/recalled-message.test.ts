import { describe, expect, it } from 'vitest';
import { likeness, recallUnits, recalledMessage, REPORTED, reportedMessage } from '../../../src/search/recalled-message.ts';

/** Error pages as a headings file describes them: titles (the messages as the simulator words them) and examples. */
const pages = {
	product: { kind: 'error', title: '製品を 1 つ以上選択してください', example: '製品が選択されていない' },
	solution: { kind: 'error', title: 'ソリューション領域を選択してください', example: 'ソリューション領域が選択されていない' },
	mpn: { kind: 'error', title: 'MPN ID を選択してください', example: 'MPN ID が選択されていない' },
	article: { kind: 'guide', title: '製品が選択されていない場合' },
};

const german = {
	csp: { kind: 'error', title: 'Das angegebene Abonnement gilt für CSP.', messages: ['The subscription provided is for CSP.'] },
	dynamics: { kind: 'error', title: 'Das angegebene Abonnement gilt nicht für Dynamics.' },
	invalid: {
		kind: 'error',
		title: 'Der angegebene Bezeichner ist keine Abonnement-ID.',
		example: 'Die Mandanten-ID als Abonnement-ID eingegeben',
	},
};

describe('recallUnits', () => {
	it('compares Latin words whole and other scripts by pairs of characters, across Korean spaces', () => {
		expect([...recallUnits('Das Abonnement gilt für CSP 365')]).toEqual(['das', 'abonnement', 'gilt', 'fur', 'csp', '365']);
		expect([...recallUnits('电子邮件地址')]).toEqual(['电子', '子邮', '邮件', '件地', '地址']);
		expect([...recallUnits('구독 ID가')]).toEqual(['구독', 'id', '가']);
		expect([...recallUnits('활성 상태')]).toEqual(['활성', '성상', '상태']);
	});
});

describe('recallUnits of English', () => {
	it('writes contractions out as the words they stand for, with or without the apostrophe', () => {
		expect([...recallUnits("The identifier provided isn't a subscription ID")]).toEqual([
			...recallUnits('The identifier provided is not a subscription ID'),
		]);
		expect([...recallUnits('it’s not valid, the customer’s tenant')]).toEqual(['it', 'not', 'valid', 'the', 'customer', 'tenant']);
		expect([...recallUnits('isnt')]).toEqual(['is', 'not']);
		expect([...recallUnits("can't")]).toEqual(['can', 'not']);
		expect([...recallUnits('wont')]).toEqual(['will', 'not']);
		// French elisions are no English contractions.
		expect([...recallUnits("l'abonnement n'est pas")]).toEqual(['l', 'abonnement', 'n', 'est', 'pas']);
	});

	it('recalls a message the reader reports with `is not` for its `isn’t` (held-out probe 29)', () => {
		const english = {
			invalid: { kind: 'error', title: "The identifier provided isn't a subscription ID" },
			provisioned: { kind: 'error', title: "The customer hasn't yet activated/provisioned the products for that subscription" },
		};
		expect(recalledMessage(english, "it's not a subscription ID", REPORTED)).toBe('invalid');
	});
});

describe('likeness', () => {
	it('is 1 for the same text in another width and case, 0 for texts that share nothing or fewer than three units', () => {
		expect(likeness('ＭＰＮ ＩＤ ｒｅｑｕｉｒｅｄ', 'mpn id required')).toBe(1);
		expect(likeness('Mandanten-ID ungültig', 'Keine Mandanten-ID')).toBe(0);
		expect(likeness('tenant', '租户')).toBe(0);
		expect(likeness('', 'tenant')).toBe(0);
	});

	it('falls with every word of the reader’s own around the message', () => {
		const message = '这看起来不像电子邮件地址';
		expect(likeness('这看起来不是有效的电子邮件地址', message)).toBeGreaterThan(
			likeness('为什么这看起来不是有效的电子邮件地址呢请帮忙', message),
		);
	});
});

describe('recalledMessage', () => {
	it('finds the error page whose example the reader’s words restate (held-out probe 25)', () => {
		expect(recalledMessage(pages, '製品が 1 つも選択されていません')).toBe('product');
	});

	it('finds none when no message is like the query, or when two are nearly as like it', () => {
		expect(recalledMessage(pages, '申請の期限を確認したい')).toBeUndefined();
		// Both the product's and the MPN's examples say "is not selected": the query names neither.
		expect(recalledMessage(pages, '選択されていない')).toBeUndefined();
	});

	it('compares the words readers search an error by (`aliases`) as well', () => {
		const tenant = {
			notGuid: { kind: 'error', title: 'Dies sieht nicht nach einer Mandanten-ID aus', aliases: 'ungültige Mandanten-ID' },
			required: { kind: 'error', title: 'Geben Sie die Mandanten-ID des Kunden ein', example: 'Keine Mandanten-ID' },
		};
		expect(recalledMessage(tenant, 'ungültige Mandanten-ID eingegeben')).toBe('notGuid');
	});

	it('judges error pages only', () => {
		expect(recalledMessage({ article: pages.article }, '製品が選択されていない場合')).toBeUndefined();
	});

	it('takes a reported message more readily than a whole query', () => {
		const query = 'das Abonnement sei für CSP';
		expect(recalledMessage(german, query, REPORTED)).toBe('csp');
		// The reader's whole account also names the subscription ID field the invalid page's example names.
		expect(
			recalledMessage(german, 'Habe die Abonnement-ID eingegeben und bekomme die Meldung, das Abonnement sei für CSP'),
		).toBeUndefined();
	});
});

describe('reportedMessage', () => {
	const markers = { before: ['と表示', '라고'], after: ['meldung', 'says', 'dit que', 'message', '提示'] };

	it('takes the words after an `after` marker, to the end of the sentence', () => {
		expect(reportedMessage('Habe die ID eingegeben und bekomme die Meldung, das Abonnement sei für CSP', markers)).toBe(
			'das abonnement sei für csp',
		);
		expect(reportedMessage('It says the activity isn’t available. What now?', markers)).toBe('the activity isn’t available');
		expect(reportedMessage('ça dit que ce n’est pas un ID d’abonnement', markers)).toBe('ce n’est pas un id d’abonnement');
		expect(reportedMessage('提交时提示订阅不是有效状态', markers)).toBe('订阅不是有效状态');
	});

	it('takes the words before a `before` marker, from the start of the sentence', () => {
		expect(reportedMessage('技術担当者を入力してくださいと表示されました。必須ですか', markers)).toBe('技術担当者を入力してください');
		expect(reportedMessage('Dynamics 구독이 아니라고 나와요', markers)).toBe('dynamics 구독이 아니');
	});

	it('counts a Latin marker as a whole word only, and reports nothing beside a marker or without one', () => {
		expect(reportedMessage('list of error messages by field', markers)).toBeUndefined();
		expect(reportedMessage('what the portal says', markers)).toBeUndefined();
		expect(reportedMessage('製品が選択されていない', markers)).toBeUndefined();
	});
});
