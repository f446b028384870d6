/**
 * The ids of the troubleshooting article's sentences that name a claim error (`article-sentences.ts` puts them on
 * the sentences, error pages link to them). No imports: the search's index step reads the prefix too.
 */

/** The fact-sheet key of the troubleshooting article: its segment `n` is the citation `CAI#n`. */
export const ARTICLE_KEY = 'CAI';

/** What every such id begins with: `cai-`. */
export const SENTENCE_ID_PREFIX = `${ARTICLE_KEY.toLowerCase()}-`;

/** The id of the article's sentence `n` (segment `n`, citation `CAI#n`): `cai-113`. */
export function sentenceId(segment: number): string {
	return `${SENTENCE_ID_PREFIX}${segment}`;
}
