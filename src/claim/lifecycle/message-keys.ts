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
