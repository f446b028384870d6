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
	return localizedTitles().get(article.file)?.get(sourceLocale) ?? article.titles['en-US'];
}
