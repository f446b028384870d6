// @ts-check
import process from 'node:process';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import starlight from '@astrojs/starlight';
import { localizedSiteTitles, starlightLocales } from './src/i18n/locales.ts';
import { builtPagesIntegration } from './src/build/built-pages.ts';
import { searchIndexStep } from './src/search/index-step.ts';
import { contentSecurityPolicyStep } from './src/security/csp-step.ts';
import { notFoundPagesIntegration } from './src/hosting/not-found-integration.ts';
import { articleNames } from './src/sources/library.ts';
import { stopOnBadSource } from './src/sources/stop-on-bad-source.ts';
import { readCatalogs } from './src/i18n/catalog-files.ts';
import { siteSidebar } from './src/sidebar.ts';
import { messageCatalogs } from './src/i18n/catalog-integration.ts';
import { moduleUrl } from './src/bundling/module-url.ts';
import { dataForTheBrowser } from './src/bundling/data-for-the-browser.ts';
import { uiChunking } from './src/bundling/ui-chunk.ts';

// The catalogs carry the article's quotes, so reading them reads the vendor files: a bad one stops here, in one line.
const catalogs = stopOnBadSource(() => readCatalogs());

/**
 * The address the site is served from: canonical links, `hreflang` alternates and the sitemap are absolute URLs on it.
 * Set `CPOR_SITE_URL` when building for a host; the default is where `npm start` serves the build.
 */
const site = process.env['CPOR_SITE_URL'] || 'http://127.0.0.1:4321';

export default defineConfig({
	site,
	// Astro 7 defaults to `compressHTML: 'jsx'`, which drops the whitespace between inline elements
	// and glues words together in the text Pagefind indexes. Plain collapsing keeps one space.
	compressHTML: true,
	server: { host: '127.0.0.1', port: 4321 },
	// `module-url:` imports: code a page loads on use, without Vite's preload helper. One `ui` chunk for Preact and
	// what else the islands share with the search dialog, rather than five (#19).
	vite: { plugins: [moduleUrl(), dataForTheBrowser()], ...uiChunking() },
	integrations: [
		messageCatalogs(),
		starlight({
			title: localizedSiteTitles(catalogs),
			defaultLocale: 'root',
			locales: starlightLocales(),
			components: {
				LanguageSelect: './src/components/LanguageSelect.astro',
				PageTitle: './src/components/PageTitle.astro',
				MarkdownContent: './src/components/MarkdownContent.astro',
				Search: './src/components/Search.astro',
				// Storage that is blocked, full or corrupt must not throw on every page (#17).
				ThemeProvider: './src/components/theme/ThemeProvider.astro',
				ThemeSelect: './src/components/theme/ThemeSelect.astro',
			},
			customCss: ['./src/styles/site.css', './src/styles/print.css'],
			// Starlight's stock search button fails axe's label-content-name-mismatch rule and
			// does not fold full-width or half-width queries; the index is built below and the
			// site's own accessible search dialog replaces the stock UI.
			pagefind: false,
			// Leaves out the hreflang alternates the sitemap already gives, and adds the English-original choice's head
			// script to translated articles only (#19).
			routeMiddleware: './src/route-middleware.ts',
			// Labels from the message catalogs (`site.sidebar.*`), links from `src/routes.ts`.
			sidebar: siteSidebar(
				catalogs,
				stopOnBadSource(() => articleNames()),
			),
		}),
		mdx(),
		// Babel's JSX transform only where there is JSX: by default @astrojs/preact runs every `.ts` module through
		// Babel too (about a tenth of the build's CPU time), for the same output (islands are `.tsx`; `.ts` holds no JSX).
		preact({ include: ['**/*.tsx'] }),
		// Each built page read once and written once: its Content-Security-Policy, then the search index, which so reads
		// the final HTML.
		builtPagesIntegration([contentSecurityPolicyStep(), searchIndexStep()]),
		// After the index: the locales' 404.html copies for static hosts are not indexed again.
		notFoundPagesIntegration(),
	],
});
