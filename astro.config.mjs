// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import starlight from '@astrojs/starlight';
import { localizedSiteTitles, starlightLocales } from './src/i18n/locales.ts';
import { pagefindIndex } from './src/search/pagefind-integration.ts';
import { contentSecurityPolicyIntegration } from './src/security/csp-integration.ts';
import { applyShowOriginalScript } from './src/islands/english-original.ts';
import { articleNames } from './src/sources/library.ts';

export default defineConfig({
	// Astro 7 defaults to `compressHTML: 'jsx'`, which drops the whitespace between inline elements
	// and glues words together in the text Pagefind indexes. Plain collapsing keeps one space.
	compressHTML: true,
	server: { host: '127.0.0.1', port: 4321 },
	integrations: [
		starlight({
			title: localizedSiteTitles(),
			defaultLocale: 'root',
			locales: starlightLocales(),
			components: {
				LanguageSelect: './src/components/LanguageSelect.astro',
				PageTitle: './src/components/PageTitle.astro',
				MarkdownContent: './src/components/MarkdownContent.astro',
				Search: './src/components/Search.astro',
			},
			customCss: ['./src/styles/site.css'],
			// Starlight's stock search button fails axe's label-content-name-mismatch rule and
			// does not fold full-width or half-width queries; the index is built below and the
			// site's own accessible search dialog replaces the stock UI.
			pagefind: false,
			head: [{ tag: 'script', content: applyShowOriginalScript }],
			sidebar: [
				{ label: 'Home', translations: { ja: 'ホーム', 'zh-TW': '首頁' }, link: '/' },
				{
					label: 'Troubleshooting',
					translations: { ja: 'トラブルシューティング', 'zh-TW': '疑難排解' },
					items: articleNames().map((slug) => ({ slug })),
				},
				{ label: 'Claim simulator', translations: { ja: '要求シミュレーター', 'zh-TW': '宣告模擬器' }, link: '/claim-simulator/' },
				{ label: 'Claim error reference', translations: { ja: '要求エラー リファレンス', 'zh-TW': '宣告錯誤參考' }, link: '/errors/' },
				{ label: 'Claim lifecycle simulator', translations: { ja: '要求のライフサイクル シミュレーター', 'zh-TW': '宣告生命週期模擬器' }, link: '/claim-lifecycle/' },
				{
					label: 'Claim helpers',
					translations: { ja: '要求ヘルパー', 'zh-TW': '宣告小幫手' },
					items: [
						{ label: 'Which activity do I choose?', translations: { ja: 'どのアクティビティを選択しますか?', 'zh-TW': '我要選擇哪一個活動？' }, link: '/helpers/activity/' },
						{ label: 'Which MPN do I choose?', translations: { ja: 'どの MPN を選択しますか?', 'zh-TW': '我要選擇哪一種 MPN？' }, link: '/helpers/mpn/' },
					],
				},
			],
		}),
		mdx(),
		preact(),
		// Before the search index, so Pagefind reads the final HTML.
		contentSecurityPolicyIntegration(),
		pagefindIndex(),
	],
});
