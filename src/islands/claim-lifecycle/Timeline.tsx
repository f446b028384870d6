/** The claim's history: each status with its dates, what led to it, its reason, its deadline and notes. */
import { entryReasonKeys, eventKey, deadlineKey, noteKey, statusKeys } from '../../claim/lifecycle/message-keys.ts';
import { noteCitations, reasonCitations, statusMeaningCitations } from '../../claim/lifecycle/reasons.ts';
import { deadlineRules, statusAssumptionOf, type DeadlineKind } from '../../claim/lifecycle/rules.ts';
import { timeLeft } from '../../claim/lifecycle/simulator.ts';
import type { LifecycleState, TimelineEntry } from '../../claim/lifecycle/transitions.ts';
import { Cited } from './Cited.tsx';
import type { LifecycleTexts } from './texts.ts';

interface TimelineProps {
	readonly lifecycle: LifecycleState;
	readonly today: string;
	readonly holidays: readonly string[];
	readonly texts: LifecycleTexts;
}

export function Timeline({ lifecycle, today, holidays, texts }: TimelineProps) {
	const manyClaims = lifecycle.claimNumber > 1;
	return (
		<>
			<h3 id="lc-timeline-heading">{texts.t('lifecycle.ui.timelineHeading')}</h3>
			<ol class="lc-timeline" aria-labelledby="lc-timeline-heading">
				{lifecycle.entries.map((entry, index) => (
					<TimelineItem
						entry={entry}
						current={index === lifecycle.entries.length - 1}
						manyClaims={manyClaims}
						today={today}
						holidays={holidays}
						texts={texts}
					/>
				))}
			</ol>
		</>
	);
}

interface ItemProps {
	readonly entry: TimelineEntry;
	readonly current: boolean;
	readonly manyClaims: boolean;
	readonly today: string;
	readonly holidays: readonly string[];
	readonly texts: LifecycleTexts;
}

/** Beside a deadline: which version of Microsoft's rules it follows (the 2020 articles; fact sheet §11 for 2023). */
function DeadlineNote({ kind, texts: { t } }: { kind: DeadlineKind; texts: LifecycleTexts }) {
	return (
		<p class="lc-cite lc-version" data-version-note>
			{t(deadlineRules[kind].version)}
		</p>
	);
}

/** The time left before the current status's deadline, in words. */
function remaining(left: ReturnType<typeof timeLeft>, t: LifecycleTexts['t']): string {
	if (left === null) return '';
	if (left.kind === 'passed') return t('lifecycle.ui.deadlinePassed');
	if (left.kind === 'today') return t('lifecycle.ui.dueToday');
	return t('lifecycle.ui.daysLeft', { count: left.count });
}

function TimelineItem({ entry, current, manyClaims, today, holidays, texts }: ItemProps) {
	const { t, date } = texts;
	const status = statusKeys(entry.status);
	const reason = entry.reason === null ? null : entryReasonKeys(entry.status, entry.reason);
	const { deadline } = entry;
	// The status after a response or a dispute is the simulator's (after a dispute, whatever deadline replaced the dispute's).
	const statusAssumption = statusAssumptionOf(entry);
	return (
		<li class={current ? 'lc-entry lc-entry--current' : 'lc-entry'} aria-current={current ? 'step' : undefined} data-status={entry.status}>
			<p class="lc-entry-status">
				<strong>{t(status.name)}</strong>
				{manyClaims && ` · ${t('lifecycle.ui.claimNumber', { n: entry.claimNumber })}`}
			</p>
			<p>
				{entry.until === null
					? t('lifecycle.ui.since', { date: date(entry.since) })
					: t('lifecycle.ui.sinceUntil', { from: date(entry.since), until: date(entry.until) })}
				{entry.cause !== 'start' && ` · ${t('lifecycle.ui.after', { event: t(eventKey(entry.cause)) })}`}
			</p>
			{reason && entry.reason && (
				<div>
					{t('lifecycle.ui.reasonLine', {
						reason: t('lifecycle.ui.reason', { reason: t(reason.label) }),
						description: t(reason.description),
					})}
					<Cited citations={reasonCitations(entry.status, entry.reason)} texts={texts} />
				</div>
			)}
			{deadline && (
				<div>
					{t(deadlineKey(deadline.kind), { deadline: date(deadline.date) })}{' '}
					{current ? remaining(timeLeft(deadline, today, holidays), t) : ''}
					{deadline.assumption ? (
						<p class="lc-cite">{t('lifecycle.ui.assumption', { assumption: t(deadline.assumption) })}</p>
					) : (
						<Cited citations={deadline.citations} texts={texts} />
					)}
					{statusAssumption && (
						<p class="lc-cite" data-status-assumption>
							{t('lifecycle.ui.assumption', { assumption: t(statusAssumption) })}
						</p>
					)}
					<DeadlineNote kind={deadline.kind} texts={texts} />
				</div>
			)}
			{entry.notes.map((note) => (
				<div class="lc-note">
					{t(noteKey(note.kind), { date: date(note.date) })}
					<Cited citations={noteCitations[note.kind]} texts={texts} />
				</div>
			))}
			{current && (
				<div class="lc-meaning">
					<p>{t(status.meaning)}</p>
					<Cited citations={statusMeaningCitations[entry.status]} texts={texts} />
				</div>
			)}
		</li>
	);
}
