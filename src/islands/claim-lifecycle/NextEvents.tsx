/**
 * What can happen next: the date of the event, the events the current status allows, grouped by who acts (with the
 * reviewer's reason or the partner's comment where they take one), the refusal of the last event tried, the events that are not
 * possible now (trying one explains why), and undo / back to Submitted.
 */
import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { LAST_CLAIM_DATE } from '../../claim/business-days.ts';
import { refusalDeadlines } from '../../claim/lifecycle/bases.ts';
import { eventKey, moreProofReasonKeys, rejectionReasonKeys } from '../../claim/lifecycle/message-keys.ts';
import {
	lifecycleEventTypes,
	MAX_EVENTS,
	moreProofReasons,
	reviewerRejectionReasons,
	type LifecycleEventType,
	type MoreProofReason,
	type ReviewerRejectionReason,
} from '../../claim/lifecycle/schema.ts';
import type { SimulatorAction } from '../../claim/lifecycle/simulator.ts';
import { eventsByActor } from '../../claim/lifecycle/actors.ts';
import { statusAssumptionOf } from '../../claim/lifecycle/rules.ts';
import { currentEntry, dayAfterDeadline, eventsAllowedIn, type LifecycleState, type Refusal } from '../../claim/lifecycle/transitions.ts';
import { Cited } from './Cited.tsx';
import { refusalText, type LifecycleTexts } from './texts.ts';

interface NextEventsProps {
	readonly lifecycle: LifecycleState;
	readonly today: string;
	readonly refusal: Refusal | null;
	/** Grows with each accepted event: the comment is cleared and focus moves to the heading. */
	readonly accepted: number;
	readonly canUndo: boolean;
	/** The timeline holds as many events as a link keeps (`atEventLimit`): the possible events are offered no more. */
	readonly full: boolean;
	readonly dispatch: (action: SimulatorAction) => void;
	/** An event waits for the texts of what it may show (`useEventGate`): the event buttons say they are unavailable. */
	readonly busy: boolean;
	readonly texts: LifecycleTexts;
}

export function NextEvents({ lifecycle, today, refusal, accepted, canUndo, full, dispatch, busy, texts }: NextEventsProps) {
	const { t, date } = texts;
	const firstDate = () => (lifecycle.lastDate > today ? lifecycle.lastDate : today);
	const [eventDate, setEventDate] = useState(firstDate);
	const [moreProofReason, setMoreProofReason] = useState<MoreProofReason>(moreProofReasons[0]);
	const [rejectionReason, setRejectionReason] = useState<ReviewerRejectionReason>(reviewerRejectionReasons[0]);
	const [partnerText, setPartnerText] = useState('');
	const heading = useRef<HTMLHeadingElement>(null);

	useEffect(() => setEventDate(firstDate()), [lifecycle.lastDate, today]);
	useEffect(() => {
		if (accepted === 0) return;
		setPartnerText('');
		heading.current?.focus();
	}, [accepted]);

	const allowed = eventsAllowedIn(lifecycle.status);
	const others = lifecycleEventTypes.filter((event) => !allowed.includes(event));
	const dateField = useRef<HTMLInputElement>(null);
	const fire = (event: LifecycleEventType) => {
		// A cleared date: the field says so in the page's words, not the engine's "can't be read" (meant for a link).
		const field = dateField.current;
		if (!eventDate && field) {
			field.setCustomValidity(t('lifecycle.ui.dateMissing'));
			field.reportValidity();
			return;
		}
		dispatch({ kind: 'fire', event, inputs: { date: eventDate, moreProofReason, rejectionReason, partnerText } });
	};
	// At the limit a possible event is not offered; one not possible now still explains why (break-l L3).
	const eventButton = (type: LifecycleEventType, offered = true) => (
		<button type="button" data-event={type} disabled={!offered} aria-disabled={busy || undefined} onClick={() => fire(type)}>
			{t(eventKey(type))}
		</button>
	);

	/** An event possible now: its button, with the reason it takes, or when it would happen. */
	const item = (type: LifecycleEventType) => (
		<>
			{type === 'request-more-proof' && (
				<>
					<label for="lc-more-proof">{t('lifecycle.ui.moreProofReason')}</label>{' '}
					<select id="lc-more-proof" value={moreProofReason} onChange={(e) => setMoreProofReason(e.currentTarget.value as MoreProofReason)}>
						{moreProofReasons.map((reason) => (
							<option value={reason}>{t(moreProofReasonKeys(reason).label)}</option>
						))}
					</select>{' '}
				</>
			)}
			{type === 'reject' && (
				<>
					<label for="lc-reject">{t('lifecycle.ui.rejectionReason')}</label>{' '}
					<select
						id="lc-reject"
						value={rejectionReason}
						onChange={(e) => setRejectionReason(e.currentTarget.value as ReviewerRejectionReason)}
					>
						{reviewerRejectionReasons.map((reason) => (
							<option value={reason}>{t(rejectionReasonKeys(reason).label)}</option>
						))}
					</select>{' '}
				</>
			)}
			{eventButton(type, !full)}
			{type === 'response-deadline-passes' && (
				<small> {t('lifecycle.ui.deadlinePassHint', { date: date(dayAfterDeadline(lifecycle) ?? '') })}</small>
			)}
		</>
	);

	return (
		<>
			<h3 id="lc-next-heading" ref={heading} tabIndex={-1} aria-describedby={full ? 'lc-event-limit' : undefined}>
				{t('lifecycle.ui.nextHeading')}
			</h3>
			<div class="lc-next">
				{full && (
					<p id="lc-event-limit" class="lc-notice">
						{t('lifecycle.ui.eventLimit', { count: MAX_EVENTS })}
					</p>
				)}
				<EventDateField
					label={t('lifecycle.ui.eventDate')}
					value={eventDate}
					min={lifecycle.lastDate}
					field={dateField}
					onDate={setEventDate}
				/>
				{(allowed.includes('respond') || allowed.includes('dispute')) && (
					<p>
						<label for="lc-text">{t('lifecycle.ui.partnerText')}</label>
						<br />
						<textarea id="lc-text" rows={2} maxLength={1000} value={partnerText} onInput={(e) => setPartnerText(e.currentTarget.value)} />
					</p>
				)}
				{eventsByActor(allowed).map(({ actor, events }) => (
					<div class="lc-actor" data-actor={actor}>
						<h4>{t(`lifecycle.ui.actor.${actor}`)}</h4>
						<ul class="lc-events">
							{events.map((type) => (
								<li>{item(type)}</li>
							))}
						</ul>
					</div>
				))}
				{refusal && <RefusalNotice refusal={refusal} statusAssumption={statusAssumptionOf(currentEntry(lifecycle))} texts={texts} />}
				<details class="lc-others">
					<summary>{t('lifecycle.ui.otherEvents')}</summary>
					<ul class="lc-events">
						{others.map((type) => (
							<li>{eventButton(type)}</li>
						))}
					</ul>
				</details>
				<HistoryButtons
					undo={t('lifecycle.ui.undo')}
					restart={t('lifecycle.ui.restart')}
					canUndo={canUndo}
					lastEvent={lifecycle.events.length <= 1}
					dispatch={dispatch}
					busy={busy}
					heading={heading}
				/>
			</div>
		</>
	);
}

/** Why the event tried is not possible, with the dates it depends on and its basis: its sources, or the simulator's assumption. */
function RefusalNotice({
	refusal,
	statusAssumption,
	texts,
}: {
	readonly refusal: Refusal;
	/** The simulator's assumption behind the claim's current status, if any (`statusAssumptionOf`). */
	readonly statusAssumption: ReturnType<typeof statusAssumptionOf>;
	readonly texts: LifecycleTexts;
}) {
	const { t } = texts;
	return (
		<div class="lc-refusal" role="alert">
			<p>
				<strong>{t('lifecycle.ui.refused', { event: refusal.event ? t(eventKey(refusal.event)) : '' })}</strong>
			</p>
			<p>{refusalText(refusal, texts)}</p>
			{refusal.basis.kind === 'documented' ? (
				<>
					<Cited citations={refusal.basis.citations} texts={texts} />
					{statusAssumption && (
						<p class="lc-assumption" data-status-assumption>
							{t('lifecycle.ui.assumption', { assumption: t(statusAssumption) })}
						</p>
					)}
				</>
			) : (
				<p class="lc-assumption">{t('lifecycle.ui.assumption', { assumption: t(refusal.basis.assumption) })}</p>
			)}
			{refusalDeadlines[refusal.code] && (
				<p class="lc-assumption" data-day-count>
					{t('lifecycle.ui.assumption', { assumption: t('lifecycle.assumption.deadline.days') })}
				</p>
			)}
			<RefusalLater code={refusal.code} texts={texts} />
		</div>
	);
}

/** What Microsoft changed later under the refusal's rule, as the sources page's basis table says it beside the same refusal. */
function RefusalLater({ code, texts }: { readonly code: Refusal['code']; readonly texts: LifecycleTexts }) {
	const note = texts.refusalNote(code);
	return note ? (
		<p class="lc-cite lc-version" data-later>
			{note}
		</p>
	) : null;
}

/** The date of the next event; a cleared date is reported by the field itself (`fire` sets its message). */
function EventDateField({
	label,
	value,
	min,
	field,
	onDate,
}: {
	readonly label: string;
	readonly value: string;
	readonly min: string;
	readonly field: RefObject<HTMLInputElement>;
	readonly onDate: (date: string) => void;
}) {
	return (
		<p>
			<label for="lc-date">{label}</label>
			<br />
			<input
				id="lc-date"
				type="date"
				value={value}
				min={min}
				max={LAST_CLAIM_DATE}
				required
				ref={field}
				onInput={(e) => {
					e.currentTarget.setCustomValidity('');
					onDate(e.currentTarget.value);
				}}
			/>
		</p>
	);
}

/**
 * Undo and back to Submitted. The button an action disables would drop the focus to the page: it goes to the heading of
 * what can happen next instead (break-l M3).
 */
function HistoryButtons(props: {
	readonly undo: string;
	readonly restart: string;
	readonly canUndo: boolean;
	/** Undo removes the last event: both buttons become disabled. */
	readonly lastEvent: boolean;
	readonly dispatch: (action: SimulatorAction) => void;
	readonly busy: boolean;
	readonly heading: RefObject<HTMLHeadingElement>;
}) {
	const act = (kind: 'undo' | 'restart') => {
		props.dispatch({ kind });
		if (kind === 'restart' || props.lastEvent) props.heading.current?.focus();
	};
	return (
		<p class="lc-history">
			<button type="button" disabled={!props.canUndo} aria-disabled={props.busy || undefined} onClick={() => act('undo')}>
				{props.undo}
			</button>{' '}
			<button type="button" disabled={!props.canUndo} aria-disabled={props.busy || undefined} onClick={() => act('restart')}>
				{props.restart}
			</button>
		</p>
	);
}
