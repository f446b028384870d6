/**
 * The article's own sentence for each claim error that has one (`articleQuote` in `src/claim/catalog.ts`), as the
 * message `errors.<CODE>.quote` of every locale, taken from the assembled troubleshooting article: the sentence its
 * page shows in that locale (its English where the locale has no translation of it). Written nowhere by hand, so a new
 * source version or a new locale changes the quotes with the article, never leaving a stale copy in the catalogs.
 * Plain TypeScript over parsed vendor files: `messages.ts` (through Vite) and `catalog-files.ts` (Node) read the files
 * and add the result to the catalogs as one more file per locale, `<lang>/quotes.json`.
 */
import { allViews, assembleArticle, segmentText } from '../article/index.ts';
import { englishKey } from '../article/text.ts';
import { claimErrorCatalog } from '../claim/catalog.ts';
import { errorMessageKey } from '../claim/error-messages.ts';
import { claimErrorCodes } from '../claim/errors.ts';
import { parseCitations } from '../facts/citations.ts';
import { locales as siteLocales, type SiteLocale } from '../i18n/locales.ts';
import type { LocalizedDocument } from '../localization/index.ts';

/** The article the quotes come from: the troubleshooting article (key CAI). */
export const QUOTED_ARTICLE = 'incentives-customer-association-issues';

/**
 * A sentence as an ICU message that formats to exactly that text: an apostrophe that would start a quoted run (before
 * `{`, `}`, `#`, `|` or another apostrophe) doubled, and braces quoted; a plain apostrophe (`you're`) stays as it is.
 */
function literalMessage(text: string): string {
	return text.replace(/'(?=[{}#|'])/g, "''").replace(/[{}]/g, (brace) => `'${brace}'`);
}

/**
 * The quote messages of every locale, keyed as catalog files (`ja/quotes.json` → `{ 'errors.X.quote': '…' }`), from
 * the vendor files of the quoted article (`documents`, every locale's). A quote's citation (`CAI#117`) numbers the
 * sentence as the cited copy does (`cited`: `content/facts/articles/ja-JP/<article>.md`); the published article may
 * be a newer source version that numbers it otherwise, so the sentence is found by its English. Throws an `Error`
 * naming the code when the published article no longer has that sentence (a newer version reworded or removed it):
 * the build must stop, and the citation be updated, rather than show a wrong or stale sentence.
 */
export function articleQuoteMessages(
	documents: readonly LocalizedDocument[],
	cited: LocalizedDocument | undefined,
	locales: readonly SiteLocale[] = siteLocales,
): Record<string, Record<string, string>> {
	if (documents.length === 0 || !cited) return {};
	const views = allViews(assembleArticle(documents));
	const english = views[0]!;
	const citedEnglish = new Map(cited.segments.map((segment) => [segment.number, englishKey(segment.english)]));
	const publishedNumber = new Map(english.segments.map((segment) => [englishKey(segment.english), segment.number]));
	/** The published number of the sentence a quote cites, by its English. */
	const numberOf = (code: string, citation: string): number => {
		const [first] = parseCitations(citation);
		const text = first ? citedEnglish.get(first.from) : undefined;
		const number = text === undefined ? undefined : publishedNumber.get(text);
		if (number === undefined) {
			throw new Error(
				`${QUOTED_ARTICLE} no longer has the sentence ${citation} that ${code} quotes (${JSON.stringify(text ?? '?')}): update its articleQuote in src/claim/catalog.ts.`,
			);
		}
		return number;
	};
	const files: Record<string, Record<string, string>> = {};
	for (const locale of locales) {
		const view = views.find((candidate) => candidate.locale.lang === locale.lang) ?? english;
		const segments = new Map(view.segments.map((segment) => [segment.number, segment]));
		const messages: Record<string, string> = {};
		for (const code of claimErrorCodes) {
			const quote = claimErrorCatalog[code].articleQuote;
			if (!quote) continue;
			const segment = segments.get(numberOf(code, quote.citation));
			const half = view.kind === 'english' ? 'english' : 'translation';
			messages[errorMessageKey(code, 'quote')] = literalMessage(
				segmentText(segment, half)
					.replace(/[ \t\r\n]+/g, ' ')
					.trim(),
			);
		}
		files[`${locale.lang}/quotes.json`] = messages;
	}
	return files;
}
