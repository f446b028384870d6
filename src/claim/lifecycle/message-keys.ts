/**
 * Where the lifecycle's words are: the message key of each status, event, reason, refusal, comment, deadline,
 * note and preset. The texts themselves are ICU messages in `src/i18n/messages/<lang>/lifecycle.json`; English
 * is the contract, so a key below that English lacks is a type error (`Key<…>` only accepts a `MessageKey`).
 *
 * Arguments the messages take: refusals `{date}` and `{deadline}` (the refusal's `params`, formatted dates);
 * comments `{reason}` (a more-proof reason's label); deadlines `{deadline}`; notes `{date}`.
 */
import type { MessageKey } from '../../i18n/catalog.ts';
import { statusOfDeadline, type DeadlineKind } from './rules.ts';
import type { LifecyclePresetId } from './presets.ts';
import type { LifecycleEventType, LifecycleStatus, MoreProofReason, RejectionReason } from './schema.ts';
import type { CommentKind, RefusalCode, TimelineNote } from './transitions.ts';

/** A message key the English catalog has: `Key<'lifecycle.x'>` fails the type check when it doesn't. */
type Key<K extends MessageKey> = K;

/**
 * The prefixes of the messages the lifecycle island renders for a claim with no events yet, which come with the page
 * (the page's own texts, `lifecycle.page.*`, stay on the page).
 */
export const islandMessagePrefixes = [
	'lifecycle.status.',
	'lifecycle.event.',
	'lifecycle.rejectionReason.',
	'lifecycle.deadline.',
	'lifecycle.ui.',
	// The copy button's words (`src/islands/copy/CopyValue.tsx`), shared with the claim simulator and the error pages.
	'site.copy.',
] as const;
export type IslandMessagePrefix = (typeof islandMessagePrefixes)[number];

/**
 * The prefixes of the messages only a claim with events shows (why an event is refused, the simulator's assumptions,
 * the timeline's notes, the comments, the reasons asked for more information): the island downloads them on the
 * reader's intent, as `<locale>/claim-lifecycle/texts.json` (`routes.lifecycleTexts()`), so that a first visit does
 * not pay for them (#19).
 */
export const laterMessagePrefixes = [
	'lifecycle.refusal.',
	'lifecycle.assumption.',
	'lifecycle.comment.',
	'lifecycle.note.',
	'lifecycle.moreProofReason.',
] as const;
export type LaterMessagePrefix = (typeof laterMessagePrefixes)[number];

/**
 * The messages under `islandMessagePrefixes` that a visit without a link never shows: the statuses, deadlines and
 * reasons of later steps, a timeline entry's details, the comments' authors, the refusal notice, the notes on later
 * deadlines' versions and the cap on events, and what only a hand-over's claim card or a damaged link shows. They come
 * with the later texts, not with the page (#19: 70 of the island's 124 keys, 1.8 kB gzipped in ja). Found by recording
 * every key the island asks for on a first visit, on a hand-over from the claim simulator (deadline passed and not) and
 * with every disclosure open, in ja and zh-CN. What the first visit's claim can show stays on the page: the calendar,
 * its claim card, the deadline's day and the failures, the texts' own included. A key listed here that a view needs
 * is not shown raw: the island waits for the texts (`createLifecycleTexts`' `missing`), which a link starts downloading
 * at once; a key not listed stays on the page.
 */
export const laterIslandKeys = [
	'lifecycle.status.approved.name',
	'lifecycle.status.approved.meaning',
	'lifecycle.status.editing.name',
	'lifecycle.status.editing.meaning',
	'lifecycle.status.partner-action-required.name',
	'lifecycle.status.partner-action-required.meaning',
	'lifecycle.status.rejected.name',
	'lifecycle.status.rejected.meaning',
	'lifecycle.status.under-review.name',
	'lifecycle.status.under-review.meaning',
	'lifecycle.deadline.arbitration',
	'lifecycle.deadline.consent',
	'lifecycle.deadline.dispute',
	'lifecycle.deadline.dispute-review',
	'lifecycle.deadline.partner-response',
	'lifecycle.deadline.review-decision',
	'lifecycle.rejectionReason.customer-decline.label',
	'lifecycle.rejectionReason.customer-decline.description',
	'lifecycle.rejectionReason.insufficient-poe.description',
	'lifecycle.rejectionReason.missing-customer-consent.description',
	'lifecycle.rejectionReason.missing-products.description',
	'lifecycle.rejectionReason.no-partner-response.label',
	'lifecycle.rejectionReason.no-partner-response.description',
	'lifecycle.rejectionReason.other-partner-chosen.label',
	'lifecycle.rejectionReason.other-partner-chosen.description',
	'lifecycle.rejectionReason.partner-request.description',
	'lifecycle.rejectionReason.poe-unavailable.description',
	'lifecycle.ui.actor.customer',
	'lifecycle.ui.actor.partner',
	'lifecycle.ui.after',
	'lifecycle.ui.assumption',
	'lifecycle.ui.cited',
	'lifecycle.ui.claimNumber',
	'lifecycle.ui.eventLimit',
	'lifecycle.ui.microsoft',
	'lifecycle.ui.moreProofReason',
	'lifecycle.ui.partner',
	'lifecycle.ui.partnerText',
	'lifecycle.ui.reason',
	'lifecycle.ui.reasonLine',
	'lifecycle.ui.refused',
	'lifecycle.ui.sinceUntil',
	'lifecycle.ui.sources',
	'lifecycle.ui.truncated',
	'lifecycle.ui.version.article',
	'lifecycle.ui.version.consent',
	'lifecycle.ui.version.dispute',
	// What only a claim handed over by the claim simulator, or a link that could not all be read, shows (#19): the
	// island downloads the later texts at once on a link, beside the hand-over's worker.
	'lifecycle.ui.handedOver',
	'lifecycle.ui.noValue',
	'lifecycle.ui.subscriptionUnknown',
	'lifecycle.ui.subscriptionNotAsked',
	'lifecycle.ui.subscriptionOnly',
	'lifecycle.ui.tampered',
] as const satisfies readonly MessageKey[];
export type LaterIslandKey = (typeof laterIslandKeys)[number];

/** A status's name as Microsoft's dashboard shows it (MCA#130–156), and what it means. */
export const statusKeys = (status: LifecycleStatus) => ({
	name: `lifecycle.status.${status}.name` as Key<`lifecycle.status.${LifecycleStatus}.name`>,
	meaning: `lifecycle.status.${status}.meaning` as Key<`lifecycle.status.${LifecycleStatus}.meaning`>,
});

/** An event's button label: what happens. */
export const eventKey = (event: LifecycleEventType): Key<`lifecycle.event.${LifecycleEventType}`> => `lifecycle.event.${event}`;

/** A more-proof reason's label and description (MCA#152–156). */
export const moreProofReasonKeys = (reason: MoreProofReason) => ({
	label: `lifecycle.moreProofReason.${reason}.label` as Key<`lifecycle.moreProofReason.${MoreProofReason}.label`>,
	description: `lifecycle.moreProofReason.${reason}.description` as Key<`lifecycle.moreProofReason.${MoreProofReason}.description`>,
});

/** A rejection reason's label and description (MCA#169–182). */
export const rejectionReasonKeys = (reason: RejectionReason) => ({
	label: `lifecycle.rejectionReason.${reason}.label` as Key<`lifecycle.rejectionReason.${RejectionReason}.label`>,
	description: `lifecycle.rejectionReason.${reason}.description` as Key<`lifecycle.rejectionReason.${RejectionReason}.description`>,
});

/** The reason a timeline entry shows: a more-proof reason in Partner action required, a rejection reason otherwise. */
export function entryReasonKeys(status: LifecycleStatus, reason: MoreProofReason | RejectionReason) {
	return status === 'partner-action-required'
		? moreProofReasonKeys(reason as MoreProofReason)
		: rejectionReasonKeys(reason as RejectionReason);
}

/** A refusal's explanation (arguments: the refusal's `params`). */
export const refusalKey = (code: RefusalCode): Key<`lifecycle.refusal.${RefusalCode}`> => `lifecycle.refusal.${code}`;

/** A comment Microsoft or the partner leaves (MCA#197–200; CAI#172–173). */
export const commentKey = (kind: CommentKind): Key<`lifecycle.comment.${CommentKind}`> => `lifecycle.comment.${kind}`;

/** A deadline with its date (`{deadline}`). */
export const deadlineKey = (kind: DeadlineKind): Key<`lifecycle.deadline.${DeadlineKind}`> => `lifecycle.deadline.${kind}`;

/** The page's one-line rule of a deadline, for the list of deadlines the simulator counts. */
export const deadlineRuleKey = (kind: DeadlineKind): Key<`lifecycle.page.rule.${DeadlineKind}`> => `lifecycle.page.rule.${kind}`;

/**
 * Where a deadline applies, for the page's list and the basis table: its status's name, except after a dispute,
 * where the status is the simulator's assumption (`deadlineRules['dispute-review'].statusAssumption`).
 */
export const deadlineContextKey = (kind: DeadlineKind): Key<'lifecycle.page.afterDispute' | `lifecycle.status.${LifecycleStatus}.name`> =>
	kind === 'dispute-review' ? 'lifecycle.page.afterDispute' : statusKeys(statusOfDeadline[kind]).name;

/** A note on a timeline entry (`{date}`). */
export const noteKey = (kind: TimelineNote['kind']): Key<`lifecycle.note.${TimelineNote['kind']}`> => `lifecycle.note.${kind}`;

/** A preset's name. */
export const presetKey = (id: LifecyclePresetId): Key<`lifecycle.preset.${LifecyclePresetId}`> => `lifecycle.preset.${id}`;
