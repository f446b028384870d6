/**
 * The basis table of issue #14: every statement the simulators make about the claim flow, each with its one
 * basis. Documented: the `KEY#n` citations that state it (they resolve to the fact sheet
 * `content/facts/cpor-facts.md` or to a vendor file in `content/sources/`). Assumed: the message that tells the
 * reader what the simulator assumes. The sources page renders this table, and the tests check the same rows:
 * one source for what is shown and what is checked.
 *
 * Rows: each error catalog entry under the step whose rule reports it (`src/claim/rules/`), each lifecycle
 * deadline rule, each refusal of the lifecycle's transition table and each refusal of its guards.
 */
import { claimErrorCatalog, errorTitleKey } from '../claim/catalog.ts';
import { errorMessageKey } from '../claim/error-messages.ts';
import { claimErrorCodes, type ClaimErrorCode } from '../claim/errors.ts';
import { stepMessageKey } from '../claim/flow.ts';
import { deadlineKinds, deadlineRules, statusAssumptions, type DeadlineKind, type StatusAssumptionKey } from '../claim/lifecycle/rules.ts';
import { deadlineContextKey, deadlineRuleKey, eventKey } from '../claim/lifecycle/message-keys.ts';
import { refusalBasis, refusalDeadlines } from '../claim/lifecycle/bases.ts';
import { guardRefusalCodes, statusesOfRefusal, tableRefusalCodes, type RefusalCode } from '../claim/lifecycle/transitions.ts';
import type { MessageKey } from '../i18n/catalog.ts';
import { laterChangesOnErrors, refusalLaterChanges, type LaterChangeId } from './later-changes.ts';

/** The simulator's count of a deadline's days, shown beside every row that states one. */
const DAY_COUNT: MessageKey = 'lifecycle.assumption.deadline.days';

/** The groups of the table, in the order the page shows them. */
export const basisGroups = ['claim-check', 'lifecycle-deadline', 'lifecycle-refusal', 'lifecycle-guard'] as const;
type BasisGroup = (typeof basisGroups)[number];

/** One basis: never both, never neither. */
type RowBasis =
	{ readonly kind: 'documented'; readonly citations: readonly string[] } | { readonly kind: 'assumed'; readonly assumption: MessageKey };

/** One row: the site's ID of the statement, what it says (messages) and its basis. */
export interface BasisRow {
	readonly group: BasisGroup;
	/** This site's ID: an error code (`MPN_REQUIRED`), a deadline kind or a refusal code. */
	readonly id: string;
	/** Where it applies: the claim step or the lifecycle status (a message key). */
	readonly context?: MessageKey;
	/** The statement's words (a message key; a refusal's `{date}`/`{deadline}` are left for the page to fill). */
	readonly statement: MessageKey;
	readonly basis: RowBasis;
	/**
	 * What Microsoft's 2023 revisions changed about the statement (fact sheet §11), in the words the reader meets it
	 * with elsewhere: a claim check's "Changed later" notes (`laterChangesOnErrors`, as on its error page), or the
	 * version note of the lifecycle deadline the row states (`deadlineRules[kind].version`, as the lifecycle shows
	 * beside that deadline), and a refusal's both: its deadline's note and the changes it rests on
	 * (`laterChangesOnRefusals`). None where the revisions changed nothing the row says.
	 */
	readonly later?: { readonly changes?: readonly LaterChangeId[]; readonly version?: MessageKey };
	/**
	 * What the simulator assumes about a documented rule, in the words it shows beside it (#14 fifth review): a
	 * documented error's reading (`errors.<CODE>.reading`: whether the claim goes on, which cases lead to it) or the
	 * status a documented deadline runs in (`deadlineRules[kind].statusAssumption`). The rule stays documented; this
	 * part of what the simulator does with it is not.
	 */
	readonly reading?: MessageKey;
	/**
	 * A documented refusal the simulator can give in a status it assumes (Under review after a response or a dispute,
	 * `statusAssumptions`): each such assumption, with the event after which the claim has that status, in the words the
	 * lifecycle shows beside the refusal there (#14 tenth review: "the review has already started" in the island only).
	 */
	readonly statusReadings?: readonly { readonly event: MessageKey; readonly assumption: StatusAssumptionKey }[];
	/**
	 * How the simulator counts the days of the deadline the row states (`lifecycle.assumption.deadline.days`: from the day
	 * after the status begins, the deadline's day included, business days without weekends and the reader's holidays):
	 * the sources give the figures, not the count (#14 eighth review). Lifecycle deadlines and the refusals that apply one.
	 */
	readonly counting?: MessageKey;
}

function claimCheckRow(code: ClaimErrorCode): BasisRow {
	const entry = claimErrorCatalog[code];
	const basis: RowBasis =
		entry.basis === 'documented'
			? { kind: 'documented', citations: entry.citations }
			: { kind: 'assumed', assumption: errorMessageKey(code, 'assumption') as MessageKey };
	return {
		group: 'claim-check',
		id: code,
		...(entry.step ? { context: stepMessageKey(entry.step) as MessageKey } : {}),
		statement: errorTitleKey(code) as MessageKey,
		basis,
		...(laterChangesOnErrors[code] ? { later: { changes: laterChangesOnErrors[code] } } : {}),
		...(entry.reading ? { reading: errorMessageKey(code, 'reading') as MessageKey } : {}),
	};
}

function deadlineBasis(kind: DeadlineKind): RowBasis {
	const { citations, assumption } = deadlineRules[kind];
	return assumption ? { kind: 'assumed', assumption } : { kind: 'documented', citations };
}

function deadlineRow(kind: DeadlineKind): BasisRow {
	return {
		group: 'lifecycle-deadline',
		id: kind,
		context: deadlineContextKey(kind),
		statement: deadlineRuleKey(kind),
		basis: deadlineBasis(kind),
		later: { version: deadlineRules[kind].version },
		counting: DAY_COUNT,
		...(deadlineRules[kind].statusAssumption ? { reading: deadlineRules[kind].statusAssumption } : {}),
	};
}

/** The status assumptions of the statuses a refusal can be given in (`statusesOfRefusal`), each with its event. */
function statusReadingsOf(code: RefusalCode): NonNullable<BasisRow['statusReadings']> {
	const statuses = statusesOfRefusal(code);
	return (Object.keys(statusAssumptions) as StatusAssumptionKey[])
		.filter((assumption) => statuses.includes(statusAssumptions[assumption].status))
		.map((assumption) => ({ event: eventKey(statusAssumptions[assumption].after), assumption }));
}

function refusalRow(group: 'lifecycle-refusal' | 'lifecycle-guard', code: RefusalCode): BasisRow {
	const basis = refusalBasis(code);
	const later = refusalLaterChanges(code);
	// An assumed refusal's basis is its assumption already; a documented one may be given in an assumed status.
	const statusReadings = basis.kind === 'documented' ? statusReadingsOf(code) : [];
	return {
		group,
		id: code,
		statement: `lifecycle.refusal.${code}` as MessageKey,
		basis:
			basis.kind === 'documented' ? { kind: 'documented', citations: basis.citations } : { kind: 'assumed', assumption: basis.assumption },
		...(later ? { later } : {}),
		...(statusReadings.length > 0 ? { statusReadings } : {}),
		...(refusalDeadlines[code] ? { counting: DAY_COUNT } : {}),
	};
}

/** Every row, by group: the claim checks in catalog order, then the lifecycle's deadlines, table refusals and guards. */
export const basisTable: readonly BasisRow[] = [
	...claimErrorCodes.map(claimCheckRow),
	...deadlineKinds.map(deadlineRow),
	...tableRefusalCodes.map((code) => refusalRow('lifecycle-refusal', code)),
	...guardRefusalCodes.map((code) => refusalRow('lifecycle-guard', code)),
];
