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
		/** A value typed into the wrong field, or a wrong choice, in the reader's words: the error's example in the simulator. */
		| 'situation'
		/** A reader's account of what happened, often ending with a question (`…、どうすればいいですか`): the error it tells of. */
		| 'account'
		/** A later portal name of a 2020 term (`content/facts/cpor-facts.md` §11). */
		| 'renamed'
		/** Korean words with their particles attached (`구독이`, `테넌트와`), as a reader types them (issue #18 §4). */
		| 'particle'
		/** A German compound written as one word where the article splits it, or the reverse (`Abonnementfehler`). */
		| 'compound'
		/** Letters typed without their accents, umlauts or `ß` (`Domaenen`, `deja`, `ausserdem`), or French elision (`l'abonnement`). */
		| 'spelling'
		/** A status name as Partner Center shows it (MCA's status table). */
		| 'status'
		/** Chinese in the other script: Traditional characters on `/zh-cn/`, Simplified on `/zh-tw/`. */
		| 'script'
		/** One of the site's tools asked for by what it does (`simulate a claim`, `Frist berechnen`): `toolWords`. */
		| 'tool';
}

/** A query the site has no good answer to: the search must not present its results as a confident answer. */
export interface OffTopicQuery {
	q: string;
}

/**
 * Off-topic questions written as sentences in the languages the indexes hold in Latin letters, asked on every
 * locale's pages: nothing matches well, and the dialog says so (confidence `weak`), rather than calling pages that
 * hold the question's function words (`how`, `do`, `un`, in the English originals every index holds, or in French
 * pages found across languages) partial matches (break-l L7).
 */
export const foreignOffTopic: OffTopicQuery[] = [
	{ q: 'how do I bake a cake' },
	{ q: 'reset my password' },
	{ q: 'Wie backe ich einen Kuchen' },
	{ q: 'comment faire un gâteau' },
];

/** The customer association issues article (CAI). */
export const ARTICLE = 'incentives-customer-association-issues/';
/** The manage customer associations article (MCA): statuses, timeline, disputes, consent. */
export const MANAGE = 'incentives-manage-customer-associations/';
/** The create-a-customer-association article (OSA). */
export const CREATE = 'submit-osa-claim/';
/** The find-the-customer's-domain article (FCD). */
export const FIND_DOMAIN = 'find-customer-domain-name/';
/** MCA's status table, where the five-business-day review and each status are documented. */
export const STATUS_SECTION = 'view-the-status-of-your-cpor-association-claim';
/** CAI's list of the subscription errors, where the localized article quotes each portal message. */
export const SUBSCRIPTION_ERRORS = 'subscription-errors-in-the-cpor-association-claim-flow';
