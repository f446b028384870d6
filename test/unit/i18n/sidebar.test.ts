import { describe, expect, it } from 'vitest';
import { readCatalogs } from '../../../src/i18n/catalog-files.ts';
import { catalogs } from '../../../src/i18n/messages.ts';
import { siteSidebar } from '../../../src/sidebar.ts';
import { locales } from '../../../src/i18n/locales.ts';

describe('the sidebar', () => {
	const sidebar = siteSidebar(readCatalogs(), [
		'find-customer-domain-name',
		'incentives-customer-association-issues',
		'incentives-manage-customer-associations',
		'submit-osa-claim',
		'a-later-article',
	]);

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
		expect(sidebar[2]).toMatchObject({
			label: 'Claim simulator',
			translations: { ja: '要求シミュレーター', 'zh-TW': '宣告模擬器' },
			link: '/claim-simulator/',
		});
		const helpers = sidebar[5]!;
		expect('items' in helpers && helpers.items).toMatchObject([
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
		// Microsoft's articles in the order a partner meets them: create, fix errors, manage, find the domain; then any other.
		expect(sidebar[1]).toMatchObject({
			label: 'Microsoft articles',
			translations: { ja: 'Microsoft の記事' },
			items: [
				{ slug: 'submit-osa-claim' },
				{ slug: 'incentives-customer-association-issues' },
				{ slug: 'incentives-manage-customer-associations' },
				{ slug: 'find-customer-domain-name' },
				{ slug: 'a-later-article' },
			],
		});
		// Every locale has a label for every entry (its own, or English until its catalog has one).
		for (const item of sidebar)
			expect(Object.keys(item.translations).sort()).toEqual(
				locales
					.slice(1)
					.map((locale) => locale.lang)
					.sort(),
			);
	});

	it('reads the same catalogs with node:fs as the site does through Vite', () => {
		const read = readCatalogs();
		for (const lang of ['en', 'ja', 'zh-TW']) expect(read.messages(lang)).toEqual(catalogs.messages(lang));
	});
});
