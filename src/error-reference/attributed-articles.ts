/**
 * Which of Microsoft's articles an error page adapts, for its attribution (CC BY 4.0: every page that shows the text
 * names it): the articles of the sentences it quotes and cites (its quote, its sources, the sentences its reading and
 * its fix rest on), in that order, each once. A page citing only the create-claim article (OSA) is adapted from that
 * article, not from the troubleshooting article the error reference belongs to (#14 twelfth review); a page citing
 * none names the troubleshooting article (CAI), whose sections and sentences it links to.
 */
import type { CatalogEntry } from '../claim/catalog-schema.ts';
import { articleByKey, sourceArticles } from '../facts/articles.ts';
import { parseCitations } from '../facts/citations.ts';

/** The file names (`submit-osa-claim`) of the articles `entry`'s page adapts, in the order it cites them. */
export function attributedArticles(entry: CatalogEntry): string[] {
	const written = [
		...(entry.articleQuote ? [entry.articleQuote.citation] : []),
		...entry.citations,
		...(entry.readingCitations ?? []),
		...(entry.fixCitations ?? []),
	];
	const files = parseCitations(written.join(', '))
		.map((citation) => sourceArticles.find((article) => article.key === citation.key)?.file)
		.filter((file): file is string => file !== undefined);
	return files.length > 0 ? [...new Set(files)] : [articleByKey('CAI').file];
}
