/**
 * The Microsoft articles the site's facts come from, one per key of the fact sheet's key table
 * (`content/facts/cpor-facts.md`): a citation `KEY#n` is segment n of the article with that key.
 *
 * Data, not prose: each title is the article's own first heading in English; the localized titles are the first
 * headings of the vendor files in `content/sources/` (`localizedTitles`), so a new locale brings its own; each date is the `ms.date` of the English source version the fact sheet's segment
 * numbers follow (`ms.sourcegitcommit` 36a60f67, delivered to the localized repositories in July 2020). The test
 * `test/unit/facts/articles.test.ts` checks this table against the fact sheet and the vendor files in
 * `content/sources/`. Partner Center documentation, © Microsoft, CC BY 4.0.
 */

import { localizedTitles } from '../sources/library.ts';

/** One article of Microsoft's Partner Center documentation. */
export interface SourceArticle {
	/** The fact sheet's key: `CAI`. */
	readonly key: string;
	/** Its file name upstream without `.md` (`partner-center/<file>.md` in MicrosoftDocs/partner-center-pr). */
	readonly file: string;
	/** Its first heading in Microsoft's English original (the localized ones come from the vendor files). */
	readonly titles: { readonly 'en-US': string };
	/** `ms.date` of the cited version as an ISO date (`2020-06-29`); undefined when the fact sheet records none. */
	readonly date?: string;
	/** False for an article the sheet cites only to keep it apart from the CPOR flow. */
	readonly cpor: boolean;
}

/** The cited articles, in the order the fact sheet's key table lists them. */
export const sourceArticles: readonly SourceArticle[] = [
	{
		key: 'CAI',
		file: 'incentives-customer-association-issues',
		titles: { 'en-US': 'Customer association issues' },
		date: '2020-06-29',
		cpor: true,
	},
	{
		key: 'MCA',
		file: 'incentives-manage-customer-associations',
		titles: { 'en-US': 'Manage customer associations' },
		date: '2020-06-29',
		cpor: true,
	},
	{
		key: 'OSA',
		file: 'submit-osa-claim',
		titles: { 'en-US': 'Create a customer association via the CPOR model – use for Microsoft 365 and Dynamics 365 customers' },
		date: '2020-06-03',
		cpor: true,
	},
	{
		key: 'POE',
		file: 'incentives-prepare-your-proof-of-execution',
		titles: { 'en-US': 'Create and submit documents for your incentives proof of execution (PoE)' },
		cpor: false,
	},
	{
		key: 'FCD',
		file: 'find-customer-domain-name',
		titles: { 'en-US': "Find your customer's domain name and directory ID" },
		date: '2019-11-27',
		cpor: true,
	},
];

/**
 * The article's title in a locale (`ja-JP`): the first heading of its vendor file there, or Microsoft's English title
 * where the repository has no file of it in that locale.
 */
export function articleTitle(article: SourceArticle, sourceLocale: string): string {
	return localizedTitles(article.file).get(sourceLocale) ?? article.titles['en-US'];
}

/**
 * Where a title's subtitle starts: an en or em dash (`… CPOR model – use for Microsoft 365 …`, ja `…作成する– Microsoft
 * 365 …`), a spaced colon (fr `… modèle CPOR : à utiliser …`), or a hyphen that joins no two Latin letters or digits
 * (zh-TW `…客戶關聯-用於…`; not de `cpor-Modell`).
 */
const SUBTITLE = /\s*[–—]\s*|\s+:\s+|(?<![\p{Script=Latin}\d])-|-(?![\p{Script=Latin}\d])/u;

/**
 * The article's name in a locale, as the site's sentences name it: its title (`articleTitle`) without the subtitle
 * Microsoft gives the OSA article (`Create a customer association via the CPOR model – use for Microsoft 365 and
 * Dynamics 365 customers` → `Create a customer association via the CPOR model`). Messages never write an article's
 * name: they take it as an argument from here, so it is the title of the page a citation opens.
 */
export function articleName(article: SourceArticle, sourceLocale: string): string {
	const title = articleTitle(article, sourceLocale);
	const subtitle = SUBTITLE.exec(title);
	return subtitle && subtitle.index > 0 ? title.slice(0, subtitle.index).trim() : title;
}

/** The article with the fact sheet's key `key` (`OSA`); throws on a key the key table lacks. */
export function articleByKey(key: string): SourceArticle {
	const article = sourceArticles.find((candidate) => candidate.key === key);
	if (!article) throw new Error(`src/facts/articles.ts: no article has the key ${key}`);
	return article;
}
