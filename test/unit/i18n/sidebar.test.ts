import { describe, expect, it } from 'vitest';
import { readCatalogs } from '../../../src/i18n/catalog-files.ts';
import { catalogs } from '../../../src/i18n/messages.ts';
import { siteSidebar } from '../../../src/sidebar.ts';

describe('the sidebar', () => {
	const sidebar = siteSidebar(readCatalogs(), ['incentives-customer-association-issues']);

	it('takes its links from the routes and its labels from the catalogs, translated per locale', () => {
		expect(sidebar.map((item) => ('link' in item ? item.link : 'group'))).toEqual([
			'/',
			'group',
			'/claim-simulator/',
			'/errors/',
			'/claim-lifecycle/',
			'group',
			'/sources/',
		]);
		expect(sidebar[2]).toEqual({
			label: 'Claim simulator',
			translations: { ja: '要求シミュレーター', 'zh-TW': '宣告模擬器' },
			link: '/claim-simulator/',
		});
		const helpers = sidebar[5]!;
		expect('items' in helpers && helpers.items).toEqual([
			{
				label: 'Which activity do I choose?',
				translations: { ja: 'どのアクティビティを選択しますか?', 'zh-TW': '我要選擇哪一個活動？' },
				link: '/helpers/activity/',
			},
			{
				label: 'Which MPN do I choose?',
				translations: { ja: 'どの MPN を選択しますか?', 'zh-TW': '我要選擇哪一種 MPN？' },
				link: '/helpers/mpn/',
			},
		]);
		expect(sidebar[1]).toMatchObject({ label: 'Troubleshooting', items: [{ slug: 'incentives-customer-association-issues' }] });
	});

	it('reads the same catalogs with node:fs as the site does through Vite', () => {
		const read = readCatalogs();
		for (const lang of ['en', 'ja', 'zh-TW']) expect(read.messages(lang)).toEqual(catalogs.messages(lang));
	});
});
