/** A query of the recall set, and what it must find in the top 3. */
export interface RecallQuery {
	/** What the reader types or pastes. */
	q: string;
	/** The page that must be among the first 3 results, as its path below the locale prefix: `errors/subscription-not-active/`. */
	page: string;
	/** When set, the page's section (anchor) that must be among that result's first 3 sections. */
	section?: string;
	/**
	 * Which language's copy of the page counts: the reader's (default), or `any` for a paste in another
	 * language, where the explanation in that language is a right answer too.
	 */
	lang?: 'any';
	/** What kind of query it is. */
	kind: 'heading' | 'pasted' | 'reworded' | 'no-spaces' | 'width' | 'mixed' | 'code' | 'cross-language' | 'words';
}

export const ARTICLE = 'incentives-customer-association-issues/';
