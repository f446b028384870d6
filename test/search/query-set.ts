/** A query of the recall set, and what it must find in the top 3. */
export interface RecallQuery {
	/** What the reader types or pastes. */
	q: string;
	/** The page that must be among the first 3 results, as its path below the locale prefix: `errors/subscription-not-active/`. */
	page: string;
	/** When set, the page's section (anchor) that must be among that result's first 3 sections. */
	section?: string;
	/**
	 * Other pages that answer the query as well (paths like `page`, any section): a page written for exactly that
	 * case since the query was chosen, such as an error page's changed-later note naming today's portal term.
	 */
	alsoRight?: readonly string[];
	/**
	 * Which language's copy of the page counts: the reader's (default), or `any` for a paste in another
	 * language, where the explanation in that language is a right answer too.
	 */
	lang?: 'any';
	/** What kind of query it is. */
	kind:
		| 'heading'
		| 'pasted'
		| 'reworded'
		| 'no-spaces'
		| 'width'
		| 'mixed'
		| 'code'
		| 'cross-language'
		| 'words'
		/** Another spelling of the page's words: kana/kanji, okurigana, Simplified characters (issue #15). */
		| 'variant'
		/** A later portal name of a 2020 term (`content/facts/cpor-facts.md` §11). */
		| 'renamed';
}

/** A query the site has no good answer to: the search must not present its results as a confident answer. */
export interface OffTopicQuery {
	q: string;
}

export const ARTICLE = 'incentives-customer-association-issues/';
