/**
 * Every budget of the site, in one place: what a page and each island may make a reader download, and the
 * figures `npm run bench` holds the site to. The size gate (`test/gates/size-budgets.spec.ts`, through
 * `test/support/island-weight.ts`), the bench (`test/bench/`) and the tests that hold the site to a figure (search
 * recall, the simulator page's layout shift, a simulator link's length) read them here; nothing else declares one.
 *
 * Units are in each name: `Kb` is kilobytes of 1000 bytes, gzipped at level 9 (as size-limit, which Starlight's
 * budgets use, counts); `Ms` milliseconds; scores and ratios have no unit. Each budget says where its figure
 * comes from. Plain TypeScript without imports, so tests and Node scripts can read it.
 */

/** A budget and where its figure comes from. */
export interface Budget {
	/** The figure, in the unit the budget's name gives. */
	readonly value: number;
	/** Where the figure comes from. */
	readonly why: string;
}

/** What every page may load, gzipped, in kB (1000 bytes). Print style sheets are left out. */
export const pageBudgets = {
	/** JS of any page except a tool's own page (its island has its own budget below). */
	jsKb: {
		value: 4.1,
		why: "issue #19: no more than plain Starlight's pages load (4.08 kB: its prefetch, search button and table-of-contents scripts, measured by the bench's baseline); measured 3.98 kB on every page without a tool once the site's scripts became one page script that loads the rest on use (6.78 kB before, 7.19 on translated articles; Starlight's size-limit budget, 27 kB, was the figure until then)",
	},
	/** CSS of any page. */
	cssKb: { value: 16.75, why: "Starlight's own size-limit budget" },
	/** HTML of a home page. */
	homeHtmlKb: {
		value: 8.75,
		why: "Starlight's /index.html budget, 8 kB, measured on an English page; Japanese and Chinese text takes three bytes a character in UTF-8 and compresses less: + 0.5 kB; + 0.25 kB for #18's seven languages and four articles: seven picker options and eight hreflang links per page, four articles in the sidebar and in the home page's list. The search dialog's messages are no longer in every page's props (#19: they come with the dialog, `search-messages.json`): measured ja 8.55 kB, ko 8.40, zh-TW 8.33, en 8.02 (9.23 kB for ja before)",
	},
	/** The page chrome of an article's HTML (head, theme script, header, sidebar). */
	articleChromeHtmlKb: { value: 8, why: "Starlight's /index.html budget (its basics example's home page)" },
	/**
	 * An article's HTML beyond the chrome, as a multiple of the gzipped size of the article's largest vendor file
	 * (every sentence twice, translated and English, as a translated page carries it).
	 */
	articleMarkupFactor: {
		value: 1.25,
		why: 'the markup the site adds per sentence (<span class="sxs-original" lang="en">), heading anchors, the table of contents (twice: desktop and mobile) and the attribution',
	},
} as const satisfies Record<string, Budget>;

/** HTML each "Changed later" note beside an article's sections (`laterChangesOnArticles`) may add to it, gzipped kB. */
export const changedLaterNoteHtmlKb: Budget = {
	value: 0.4,
	why: 'a "Changed later" note (#14): its heading, its lead and one to five changes in the reader’s language; the intro note on the customer association issues article (the model’s name, seventh review) took the ja page 0.26 kB over the allowance without it',
};

/** HTML each kind of tool embedded beside an article's sections may add to the article, gzipped kB (1000 bytes). */
export const embeddedToolHtmlKb = {
	'activity-helper': {
		value: 4,
		why: "a helper server-renders its questions and carries its strings and the article's quotes as island props",
	},
	'mpn-helper': { value: 4, why: "a helper server-renders its questions and carries its strings and the article's quotes as island props" },
	'claim-simulator': { value: 0.4, why: 'a folded claim simulator carries only its loader and a <noscript> note' },
} as const satisfies Record<string, Budget>;

/**
 * Each island's JS, by the island's file name without extension: its entry chunk and every module it imports
 * statically (Preact included), gzipped kB (1000 bytes). Astro's hydration code (its Preact renderer and Vite's
 * preload helper, about 1.7 kB, loaded once per page whatever the islands) is counted by the page budgets instead.
 */
export const islandBudgets: Readonly<Record<string, Budget>> = {
	ActivityHelper: {
		value: 16,
		why: 'the helpers issue sets none: measured 13.3 kB (activity) and 14.4 kB (MPN) once their URL state dropped zod/mini (issue #13); 16 kB leaves room for a string or two, not for another library',
	},
	MpnHelper: {
		value: 18.6,
		why: 'the helpers issue sets none: measured 13.3 kB (activity) and 14.4 kB (MPN) once their URL state dropped zod/mini (issue #13); 16 kB leaves room for a string or two, not for another library; 16.00 kB with the note and "save as a file / open a file" for a list too long for a link (#17: the view and the link writer shared with the claim simulator and the lifecycle, the file code loaded on use): + 0.5 kB so the next string fits; 16.74 kB once "Start a claim with this choice" is never a link past the link limit but says so and saves the claim as the simulator’s file (#17: `LinkOrFile.tsx`, 0.64 kB gzipped, shared with the claim simulator), which took that room; 16.81 kB once a pick among several fitting MPNs says it prefers the enrolled one and asks about the work (#14 review: the prefers-enrolled assumption); 16.98 kB once the Intl formatters are made once per language (#19: `message-format.ts`, shared by every tool, which made hundreds as the lifecycle rendered) and the tools, the search dialog and the page script were rechunked by the #19 merges: + 0.2 kB; 17.34 kB once an MPN ID typed in full width (an input method’s ４４１２３４５) is taken in half-width (`src/islands/typing/half-width.ts` and `halfWidth`, a chunk shared with the claim simulator: break-k B1): + 0.3 kB; 17.43 kB once a list of codes in a language whose unit lists have no separator (zh-CN) takes its narrow list (`formatList`, shared by every tool: break-l M2); 17.52 kB once a full-width character committed mid-ID keeps the caret where it was typed (`src/islands/typing/half-width.ts`, shared with the claim simulator: break-l L1): + 0.1 kB; 18.50 kB once the page carries only what its first render reads and the rest (answers, quotes, links, the sample) is its `data.json`, downloaded on the reader’s intent with its wait, failure note and retry (#19: `use-helper-state.ts`, the bounded download shared with the claim simulator and the lifecycle, `src/islands/loading/download.ts`: + 0.98 kB of JS for 2.8 kB less HTML on the en MPN page, 3.6 kB in ja, and 2.0 kB less on the article that embeds both helpers): + 0.1 kB so the next string fits',
	},
	ClaimLifecycle: {
		value: 23.05,
		why: 'the lifecycle issue sets none; 26.1 kB keeps its page within Starlight’s 27 kB page JS budget with Astro’s hydration code (measured 23.6 kB, zod/mini included for its URL state; 24.6 kB with the message formatter, issue #13; 25.4 kB with lists in the reader’s language and one basis per refusal, issue #14; 25.9 kB with the time-zone picker shared with the claim simulator and the chunks Vite now shares with the grown search dialog, #14/#15; 26.03 kB with the notes’ citations and the comments’ note, #14 review; 26.82 kB with events grouped by who acts and citations behind a disclosure, #16, and the hand-over’s retry and bounded dates, #17; 27.70 kB with every citation a link to its sentence, #18; 28.65 kB with the note and "save as a file / open a file" for a state too long for a link, #17: the view (`StateFile.tsx`, 0.64 kB) and the link writer are shared with the claim simulator and the MPN helper, so Vite gives them chunks of their own, which compress less than inside the island; the file code loads on use; 29.29 kB with the subscription ID’s copy button, #16 (`src/islands/copy/`: the button and its status, 0.44 kB, and the copy with its selection fallback, 0.22 kB, in chunks shared with the claim simulator and the error pages’ script). 29.54 kB once every status meaning shows its citations, the status after a dispute and a second dispute are shown as the simulator’s assumptions and every deadline says it follows the 2020 articles (#14 review: `statusMeaningCitations`, the version notes). 29.70 kB (+0.15 kB on the 29.6 kB budget) once a partner’s request to reject is taken in every open status while the reviewer’s other reasons keep their refusals (a guard on the reason), a claim of Dynamics 365 products only refuses a competing claim as the claim simulator’s rule, three more refusals are the simulator’s assumptions, the arbitration ends with the decision and the claim card shows one subscription per Dynamics product (#14 fifth review). The performance issue #19 is to bring it down by splitting the first render from the data). #19: 20.88 kB once the events and holidays are read with plain checks instead of zod/mini (its schemas chunk was 8.7 kB), 21.5 kB leaves room for a string or two, not for a library); 21.49 kB with the tenth #14 review’s arbitration across the hand-over and the notes of a new claim in the dispute window and of an event on its deadline’s last day, and the cleared event date asked for in the page’s words (break-k C1): + 0.15 kB so the next string fits; 21.67 kB once a handed-over claim keeps the reader’s sandbox in the lifecycle’s URL and a new claim after a lost arbitration goes through arbitration (#14 eleventh review): + 0.13 kB; 21.82 kB with the focus handed to the heading when Undo empties the history (break-l M3), the reason a shared link’s event is no longer possible (break-l C2) and the zh-CN list separator (M2); 21.97 kB once the events stop at the link’s cap of 100 with a message, so that what is on screen always restores from its link (break-l L3), and another partner’s standing claim or association is state that every new claim starts from, with its own note and the dispute’s refusal as the simulator’s assumption (#14 twelfth review): + 0.15 kB so the next string fits; 22.08 kB with the thirteenth and fourteenth #14 reviews’ note on a dispute decided while another partner stands, its set-aside state and refusal; 22.14 kB once Preact, its hooks and JSX runtime, the message formatter and Vite’s preload helper, which the islands share with the search dialog, are one `ui` chunk (#19, `src/bundling/ui-chunk.ts`: a tool’s page fetches 4 files fewer, 10 kB less over HTTP/1.1, and the lifecycle now loads with them Vite’s preload helper, which it did not use: + 0.06 kB): + 0.1 kB; the next change needs a raise with its reason, or #19’s split of the first render from the data; 22.80 kB once the texts only a claim with events shows (refusals, assumptions, notes, comments, the reasons for more information and the refusals’ later-change notes) are downloaded on the reader’s intent instead of carried by the page (#19: `use-later-texts.ts` and the bounded download shared with the claim simulator, `src/islands/loading/download.ts`, 0.58 kB: + 0.66 kB of JS for 4.4 kB less HTML on every lifecycle page): + 0.1 kB so the next string fits; 22.94 kB once one event at a time waits for those texts (a second tap while they download is not a second event, `use-event-gate.ts`) and a failed download offers its retry beside the events it stopped (stop 36 review): + 0.1 kB so the next string fits',
	},
	ClaimSimulator: {
		value: 21.05,
		why: 'the claim simulator issue set 15 kB gzipped, Preact included (the sandbox editor, the link decoder with zod/mini and the submitted view load on demand); 15.23 kB since lists in the reader’s language (#13) and a subscription field per Dynamics product (#14): 17.59 kB with the error summary, one history entry per step and the subscriptions to pick (#16), and the retries, storage fallback, link limit and saved-claim file (#17): over that issue’s figure by 2.7 kB until the performance issue (#19) splits the first render from the data; 18.06 kB once the saved-claim file’s view and the link writer are shared with the lifecycle and the MPN helper (#17: chunks of their own, which compress less than inside the island; the file code now loads on use); 18.81 kB once the embedded simulator’s "Open this claim in the full simulator" is never a link past the link limit but says so and saves the claim as a file (#17: `LinkOrFile.tsx`, 0.64 kB gzipped, shared with the MPN helper and with the submitted claim’s hand-over to the lifecycle simulator); 19.63 kB with copy buttons beside the tenant and subscription IDs of the claim and of the subscriptions to pick (#16: the button and its status, 0.44 kB, and the copy with its selection fallback, 0.22 kB, in chunks shared with the lifecycle and the error pages’ script; the sandbox editor’s and the error list’s buttons load with them, on demand). #19: 19.15 kB once the embedded simulator’s link to the full page (`OpenFull.tsx`, with `LinkOrFile.tsx`) loads with the embedded island only, net of the error texts now fetched with the checks (`error-texts.json`) and the Intl formatters made once per language; 19.4 kB leaves room for a string, not for a library); 19.57 kB once IDs, domains and email addresses typed in full width are taken in half-width (`src/islands/typing/half-width.ts`, a chunk shared with the MPN helper: break-k B1): + 0.25 kB; 19.68 kB with the zh-CN list separator (`formatList`, break-l M2); 19.79 kB once a full-width character committed mid-ID or mid-address keeps the caret where it was typed (`half-width.ts`, shared with the MPN helper: break-l L1) and “Try again” hands the focus to the step’s heading (break-l M3): + 0.1 kB; 19.90 kB once its bounded download is a chunk shared with the lifecycle (`src/islands/loading/download.ts`, #19: the lifecycle downloads its texts of events with it): + 0.1 kB so the next string fits; 20.14 kB once the presets’ drafts leave the page for `preset-drafts.json`, downloaded when a preset is loaded, on the reader’s intent in the scenario menu, with its wait and retry (#19: `Toolbar.tsx`, `load.ts`: + 0.24 kB of JS for 1.7 kB less HTML on the ja simulator page): + 0.1 kB so the next string fits; 20.74 kB once what its first render does not show (the later steps, a check, the submitted claim, the copy buttons’ words: 95 messages) leaves the page for `later-texts.json`, downloaded on the reader’s intent and waited for by a view that needs it, with its retry (#19: `wait-for-later.ts`, `src/islands/loading/later-texts.ts`, the later translator and the step actions that wait: + 0.56 kB of JS for 2.6 kB less HTML on the ja simulator page, whose first visit goes under 60 kB): + 0.1 kB so the next string fits; 20.93 kB once the helpers share its bounded download and later-texts hook (#19, the helpers’ data): Vite rechunks the shared modules, + 0.08 kB: + 0.1 kB so the next string fits',
	},
};

/** Islands without a budget of their own above, by their folder under `src/islands/`: gzipped kB (1000 bytes). */
export const islandFolderBudgets: Readonly<Record<string, Budget>> = {
	search: { value: 20, why: 'the search issue states none; 20 kB, the same order as the simulator with room for the result list' },
};

/** The claim engine: mean time of one `validateClaim` over the bench's drafts, in milliseconds. */
export const claimValidationMs: Budget = {
	value: 1,
	why: "the claim engine's budget since its bench was added: under 1 ms per validation",
};

/** The search dialog (`test/bench/search.ts`), per locale. */
export const searchBudgets = {
	/** From the keystroke to the results of the first search of a visit, milliseconds. */
	firstSearchMs: {
		value: 150,
		why: 'issue #15’s target: first results within 150 ms of the first keystroke on a loaded page, index load included',
	},
	/** A later query, median, milliseconds. */
	laterQueryMs: { value: 30, why: 'issue #15’s target: later queries within 30 ms, median' },
	/** Bytes the first search downloads (Pagefind's index, fragments, WASM), gzipped kB (1000 bytes). */
	firstSearchKb: { value: 150, why: 'issue #15’s target: the first search downloads at most 150 kB gzipped' },
} as const satisfies Record<string, Budget>;

/** Search recall on the built index (`test/search/recall.test.ts`), per locale. */
export const searchRecall = {
	/** How many first results count (recall@n): the expected page, and its section among the page's first n sections. A count. */
	topResults: { value: 3, why: 'issue #7: recall@3 per locale, against the built index' },
	/** The share of a locale's queries that find their page (and section) in the top results, 0–1. */
	minRecall: { value: 0.99, why: 'issue #15: recall@3 ≥ 99% per locale, with every case of the issue in the set' },
	/** The share of a locale's queries whose expected page (and section) is the first result, 0–1. */
	minTopOne: {
		value: 0.9,
		why: 'issue #15: the expected page first for at least 90% of the queries per locale; measured en 98.9%, ja 96.2%, zh-TW 100%, ko 98.8%, zh-CN 100%, de 100%, fr 98.2% (December 2026, 528 queries; held-out probes of 84 queries: 89–92% on their first run) (a tool ranks after the pages that hold the query as well: status names and deadlines open the article that states them)',
	},
} as const satisfies Record<string, Budget>;

/**
 * The cumulative layout shift of the claim simulator page's load (`test/browser/claim-simulator.spec.ts`),
 * unitless: the island renders with the page, so its first step is in the server's HTML and nothing moves.
 */
export const simulatorPageLayoutShift: Budget = {
	value: 0.02,
	why: "the page measured 0.55 while the island fetched its data and then pushed the page down; rendered with the page it should shift nothing: a fifth of Google's 0.1 for a good page",
};

/** The query of a claim simulator link on a preset's claim (`test/unit/claim/url-state.test.ts`), characters. */
export const simulatorLinkChars: Budget = {
	value: 2000,
	why: "shared links stay short: 2,000 characters, the commonly cited safe URL length (Internet Explorer's limit was 2,083)",
};

/** The worst cumulative layout shift of a page's loads (`test/bench/layout-shift.ts`), unitless. */
export const layoutShift: Budget = { value: 0.1, why: 'Google’s threshold of a "good" cumulative layout shift' };

/**
 * Lighthouse mobile scores per page type and locale (home, article, error page and each tool page), 0–100; each is
 * a floor, held against the median of the bench's runs (3 by default).
 */
export const lighthouseScores = {
	performance: { value: 100, why: 'issue #8; issue #19: 100, the median of 3 runs' },
	accessibility: { value: 100, why: 'issue #8; issue #19: 100, the median of 3 runs' },
	'best-practices': { value: 100, why: 'issue #19: 100, the median of 3 runs (issue #8 had 95)' },
	seo: { value: 100, why: 'issue #19: 100, the median of 3 runs (issue #8 had 95)' },
} as const satisfies Record<string, Budget>;

/** A tool's page (claim simulator, lifecycle, activity and MPN helpers), in every locale. */
export const toolPageBudgets = {
	/** Bytes over the network on a first visit (headers and compressed bodies, as Chromium counts them), kB (1000 bytes). */
	firstVisitKb: { value: 60, why: 'issue #19: tools that start fast, first visit ≤ 60 KB' },
	/** Lighthouse's total blocking time on its mobile profile (simulated 4× CPU slowdown), median of the runs, ms. */
	totalBlockingTimeMs: { value: 50, why: "issue #19: total blocking time ≤ 50 ms on Lighthouse's mobile profile" },
} as const satisfies Record<string, Budget>;

/**
 * The site's figures as a multiple of the same figure of a plain Starlight site that renders the same articles,
 * built in the same run (`test/bench/baseline.ts`), unitless ratios. The baseline has a home page and the articles
 * in every locale, so the page ratios are held on those two page types.
 */
export const starlightRatios = {
	/** JS of a page without a tool (home, article), gzipped. */
	pageJs: { value: 1, why: "issue #19: pages without a tool load no more JS than plain Starlight's (≤ 1.0× its JS)" },
	/** An article's HTML, gzipped. */
	articleHtml: { value: 1.2, why: "issue #19: article HTML ≤ 1.2× the baseline's" },
	/** Bytes transferred on a first visit of a page without a tool (home, article). */
	firstVisit: { value: 1, why: "issue #19: first visit ≤ 1.0× the baseline's per page type" },
	/** Wall time of a cold build of the real site, median of the runs. */
	buildTime: { value: 1.5, why: 'issue #19: real site ≤ 1.5× baseline' },
} as const satisfies Record<string, Budget>;

/** Build time per article of the largest synthetic corpus over the smallest's: 1 means linear. Unitless ratio. */
export const corpusLinearity: Budget = {
	value: 1.1,
	why: 'issue #19: per-article growth ≤ 1.1 (issue #8 had 1.3, for corpora of 300 and 1,000 articles)',
};

/** Builds of the synthetic corpora (`test/bench/corpora.ts`). */
export const corpusBudgets = {
	/** A cold build of 1,000 articles in every locale on the bench's machine (2 cores), median of the runs, ms. */
	thousandArticlesMs: {
		value: 120_000,
		why: 'issue #19: 1,000 articles × 3 locales ≤ 120 s on this machine; the corpus now has the vendor files’ every locale (7), and the budget is the issue’s figure unchanged',
	},
	/** A corpus's cold build over the same corpus built as a plain Starlight site, unitless ratio. */
	vsStarlight: { value: 1.5, why: 'issue #19: ≤ 1.5× plain Starlight on the same corpus' },
	/** A build after one vendor file changed (content-layer cache kept) over a cold build of the same corpus, unitless ratio. */
	rebuildShare: {
		value: 0.15,
		why: 'issue #19: a rebuild after one changed vendor file ≤ 15% of a cold build (Astro’s content-layer cache)',
	},
} as const satisfies Record<string, Budget>;
