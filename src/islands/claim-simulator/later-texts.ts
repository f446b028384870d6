/**
 * The claim simulator's later texts (#19): what its first render on its page does not show (a clean claim on its first
 * step) comes as `<locale>/claim-simulator/later-texts.json` (`routes.simulatorLaterTexts()`, assembled by
 * `simulatorLaterTexts` in `src/components/claim-simulator/simulator-data.ts`) instead of with the page: the later steps'
 * fields, Back and Submit, what a check shows (headings, an error's labels and links, the steps' marks), the submitted
 * claim and its hand-over to the lifecycle simulator, the notes on a link's or the tab's storage, what the screen reader
 * is told after an action, and the embedded simulator's link to its page. The island downloads them once per page on the
 * reader's intent (a pointer, a key or the focus in it), and before it shows a view that needs them (`needsLater`,
 * `ClaimSimulator.tsx`): until then it shows its loading line, so it never shows a key; a failed download is the
 * island's part that couldn't load, with "Try again"; the sandbox editor waits for them too (`SandboxPanel.tsx`: its copy
 * buttons and its labels shared with the later steps are among them). What the first render shows, and what the failures
 * of a download show (`simulator.partLoadFailed`, the file controls' notes), stays on the page.
 *
 * The split is in the types: the island's messages (`SimulatorMessages`, `data.ts`) leave out `LaterMessageKey`, so a
 * view asking for one with the page's translator (`SimulatorTranslate`) is a type error; the later translator
 * (`LaterTranslate`, `translate.ts`) takes both, and exists only once the texts are there. The island imports its types
 * only; the keys are the build's (`simulatorLaterTexts`) and the unit tests'.
 */
import type { KeysWithPrefix, MessageKey } from '../../i18n/catalog.ts';

/** The prefixes whose every message is a later one: the later steps' choices, the parameters a link may lose, the hand-over. */
export const laterPrefixes = [
	'simulator.choice.activity.',
	'simulator.choice.solutionArea.',
	'simulator.param.',
	'simulator.handover.',
	'simulator.storage.',
	// The copy buttons' words: no copy button is on a clean claim's first step (the sandbox editor waits for these texts).
	'site.copy.',
] as const;

/** The later messages outside `laterPrefixes`, found by what each view asks for (`test/unit/claim/later-texts.test.ts`). */
export const laterKeys = [
	// The later steps' fields and Back (not Submit, the first step's button's other word).
	'simulator.tenantId',
	'simulator.subscriptionId',
	'simulator.back',
	'simulator.customerDomain',
	'simulator.customerDomainHint',
	'simulator.tenantIdHint',
	'simulator.activity',
	'simulator.activityHint',
	'simulator.solutionArea',
	'simulator.claimName',
	'simulator.revenueAssociation',
	'simulator.customerName',
	'simulator.solutionSellerName',
	'simulator.isvProductName',
	'simulator.products',
	'simulator.productsHint',
	'simulator.contactName',
	'simulator.contactTitle',
	'simulator.contactEmail',
	'simulator.customerContact',
	'simulator.technicalContact',
	'simulator.technicalNotAsked',
	'simulator.companyContact',
	'simulator.subscriptionHint',
	'simulator.subscriptionIdOf',
	'simulator.subscriptionNotAsked',
	'simulator.subscriptionNoChoices',
	'simulator.subscriptionPick',
	'simulator.subscriptionChoice',
	'simulator.proofOfExecution',
	'simulator.proofOfExecutionHint',
	'simulator.fileChosen',
	'simulator.removeFile',
	'simulator.comments',
	'simulator.commentsHint',
	'simulator.notFilled',
	'simulator.summaryHeading',
	// What a check shows.
	'simulator.errorsHeading',
	'simulator.errorDetailsHeading',
	'simulator.warningsHeading',
	'simulator.fixLabel',
	'simulator.portalLabel',
	'simulator.siteIdLabel',
	'simulator.searchError',
	'simulator.articleSection',
	'simulator.errorReference',
	'simulator.sandboxAnswer',
	'simulator.assumption',
	'simulator.note',
	'simulator.stepFailed',
	'simulator.stepPassed',
	// What the screen reader is told after an action.
	'simulator.announce.errors',
	'simulator.passedHeading',
	'simulator.presetLoaded',
	// The submitted claim and its hand-over.
	'simulator.submittedHeading',
	'simulator.status',
	'simulator.statusSubmitted',
	'simulator.submittedOn',
	'simulator.reviewStartsBy',
	'simulator.reviewStartDays',
	'simulator.datesNote',
	'simulator.clockNote',
	'simulator.editAgain',
	'simulator.editAgainNote',
	'simulator.followReview',
	'lifecycle.ui.timeZone',
	'lifecycle.ui.browserZone',
	'lifecycle.ui.openFile',
	'lifecycle.ui.version.deadline',
	// A link's parameters that could not be read.
	'simulator.linkRejected',
	// The embedded simulator's link to its page.
	'simulator.openFull',
	'simulator.openFullTooLong',
	'simulator.goToFull',
] as const satisfies readonly MessageKey[];

/** A message the first render does not show: it comes with the later texts, not with the page. */
export type LaterMessageKey = KeysWithPrefix<(typeof laterPrefixes)[number]> | (typeof laterKeys)[number];

/** The later texts in one locale, as `later-texts.json` serves them. */
export type LaterTexts = Readonly<Record<LaterMessageKey, string>>;

/** Whether `key` is one of the later texts (`LaterMessageKey`) rather than the page's. */
export function isLaterMessageKey(key: string): key is LaterMessageKey {
	return laterPrefixes.some((prefix) => key.startsWith(prefix)) || (laterKeys as readonly string[]).includes(key);
}
