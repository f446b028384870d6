/**
 * The claim lifecycle simulator: the claim, its timeline (each status with its start date and deadline), the
 * next possible events as buttons, the comments thread, and a calendar (time zone for "today", holidays).
 *
 * State lives in the URL (`src/claim/lifecycle/url-state.ts`, replaceState): a reload or a shared link shows the
 * same timeline. A tampered link is reported and starts clean. A claim handed over by the claim simulator is
 * read with the claim engine's `parseDraft` in a worker (`handover.worker.ts`), fetched only for such links.
 * Strings arrive as a prop, in the page's language only; dates are formatted with Intl in that language.
 */
import { fillPlaceholders } from '../../i18n/placeholders.ts';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { businessDaysBetween, isIsoDate, todayIn } from '../../claim/business-days.ts';
import type { ClaimSummary } from '../../claim/lifecycle/claim-summary.ts';
import { findLifecyclePreset, presetEvents } from '../../claim/lifecycle/presets.ts';
import { deadlineRules } from '../../claim/lifecycle/rules.ts';
import {
	lifecycleEventTypes,
	moreProofReasons,
	reviewerRejectionReasons,
	type ClaimFacts,
	type LifecycleEvent,
	type LifecycleEventType,
	type MoreProofReason,
	type ReviewerRejectionReason,
} from '../../claim/lifecycle/schema.ts';
import {
	applyEvent,
	currentEntry,
	dayAfterDeadline,
	eventsAllowedIn,
	replay,
	type LifecycleState,
	type Refusal,
	type TimelineEntry,
} from '../../claim/lifecycle/transitions.ts';
import { decodeLifecycleParams, encodeLifecycleParams, normalizeHolidays, type ClaimSource, type LifecycleParam } from '../../claim/lifecycle/url-state.ts';
import type { LifecycleStrings } from './strings.ts';

export interface PresetOption {
	readonly id: string;
	readonly label: string;
	readonly summary: ClaimSummary;
}

interface Props {
	lang: string;
	strings: LifecycleStrings;
	presets: readonly PresetOption[];
	timeZones: readonly string[];
}

interface Loaded {
	readonly source: ClaimSource;
	readonly summary: ClaimSummary;
	readonly submitted: string;
	readonly events: readonly LifecycleEvent[];
	readonly holidays: readonly string[];
	readonly timeZone: string | null;
}

function browserTimeZone(): string {
	try {
		return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
	} catch {
		return 'UTC';
	}
}

function factsOf(summary: ClaimSummary): ClaimFacts {
	return summary.comments === '' ? { dynamics: summary.dynamics } : { dynamics: summary.dynamics, submittedComment: summary.comments };
}

/** The summary of a handed-over claim, read by `handover.worker.ts` (see there why a worker); `null` if unreadable. */
function readInWorker(param: string): Promise<ClaimSummary | null> {
	return new Promise((resolve) => {
		try {
			const worker = new Worker(new URL('./handover.worker.ts', import.meta.url), { type: 'module' });
			const done = (summary: ClaimSummary | null) => {
				worker.terminate();
				resolve(summary);
			};
			worker.addEventListener('message', (event: MessageEvent<ClaimSummary | null>) => done(event.data));
			worker.addEventListener('error', () => done(null));
			worker.postMessage(param);
		} catch {
			resolve(null);
		}
	});
}

function safeToday(timeZone: string): string {
	try {
		return todayIn(timeZone);
	} catch {
		return todayIn('UTC');
	}
}

export default function ClaimLifecycle({ lang, strings, presets, timeZones }: Props) {
	const { ui } = strings;
	const [loaded, setLoaded] = useState<Loaded | null>(null);
	const [notices, setNotices] = useState<string[]>([]);
	const [refusal, setRefusal] = useState<Refusal | null>(null);
	const [eventDate, setEventDate] = useState('');
	const [moreProofReason, setMoreProofReason] = useState<MoreProofReason>(moreProofReasons[0]);
	const [rejectionReason, setRejectionReason] = useState<ReviewerRejectionReason>(reviewerRejectionReasons[0]);
	const [partnerText, setPartnerText] = useState('');
	const [holidayInput, setHolidayInput] = useState('');
	const nextHeading = useRef<HTMLHeadingElement>(null);
	const browserZone = useMemo(browserTimeZone, []);

	const formatter = useMemo(
		() => new Intl.DateTimeFormat(lang, { weekday: 'short', year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }),
		[lang],
	);
	const formatDate = (date: string) => (isIsoDate(date) ? formatter.format(new Date(`${date}T00:00:00Z`)) : date);

	// Load: read the URL once, then keep it in step with the state.
	useEffect(() => {
		let cancelled = false;
		void (async () => {
			const decoded = decodeLifecycleParams(new URLSearchParams(window.location.search));
			const rejected: LifecycleParam[] = [...decoded.rejected];
			let { source, submitted, events } = decoded.state;
			const { holidays, timeZone } = decoded.state;
			let summary: ClaimSummary | null = null;
			if (source.kind === 'claim') {
				summary = await readInWorker(source.param);
				if (summary === null) {
					rejected.push('claim');
					source = { kind: 'preset', id: 'happy-path' };
					submitted = null;
					events = [];
				}
			}
			const presetId = source.kind === 'preset' ? source.id : null;
			summary ??= presets.find((preset) => preset.id === presetId)?.summary ?? presets[0]?.summary ?? null;
			if (cancelled || summary === null) return;
			const start = submitted ?? safeToday(timeZone ?? browserZone);
			const facts = factsOf(summary);
			const preset = presetId === null ? undefined : findLifecyclePreset(presetId);
			let played = events ?? (preset ? presetEvents(preset, start, facts, holidays).events : []);
			const result = replay({ status: 'submitted', date: start }, played, facts, holidays);
			const messages: string[] = [];
			if (rejected.length > 0) messages.push(fillPlaceholders(ui.tampered, { params: rejected.join(', ') }));
			if (!result.ok) {
				messages.push(fillPlaceholders(ui.truncated, { event: strings.events[played[result.index]?.type ?? 'submit'] }));
				played = played.slice(0, result.index);
			}
			setNotices(messages);
			setLoaded({ source, summary, submitted: start, events: played, holidays, timeZone });
		})();
		return () => {
			cancelled = true;
		};
	}, []);

	const facts = loaded ? factsOf(loaded.summary) : null;
	const state: LifecycleState | null = useMemo(() => {
		if (!loaded || !facts) return null;
		return replay({ status: 'submitted', date: loaded.submitted }, loaded.events, facts, loaded.holidays).state;
	}, [loaded]);
	const zone = loaded?.timeZone ?? browserZone;
	const today = safeToday(zone);

	useEffect(() => {
		if (!loaded) return;
		const params = encodeLifecycleParams({ ...loaded });
		window.history.replaceState(window.history.state, '', `${window.location.pathname}?${params}${window.location.hash}`);
	}, [loaded]);

	useEffect(() => {
		if (state) setEventDate(state.lastDate > today ? state.lastDate : today);
	}, [state?.lastDate, today]);

	if (!loaded || !state) {
		return <div class="lc" aria-busy="true" />;
	}

	const entry = currentEntry(state);
	const allowed = eventsAllowedIn(state.status);
	const others = lifecycleEventTypes.filter((event) => !allowed.includes(event));

	const update = (change: Partial<Loaded>) => {
		const next = { ...loaded, ...change };
		const result = replay({ status: 'submitted', date: next.submitted }, next.events, factsOf(next.summary), next.holidays);
		if (result.ok) {
			setNotices([]);
			setLoaded(next);
			return;
		}
		setNotices([fillPlaceholders(ui.truncated, { event: strings.events[next.events[result.index]?.type ?? 'submit'] })]);
		setLoaded({ ...next, events: next.events.slice(0, result.index) });
	};

	const fire = (type: LifecycleEventType) => {
		const date = type === 'response-deadline-passes' ? (dayAfterDeadline(state) ?? eventDate) : eventDate;
		const text = partnerText.trim();
		const event =
			type === 'request-more-proof'
				? { type, date, reason: moreProofReason }
				: type === 'reject'
					? { type, date, reason: rejectionReason }
					: (type === 'respond' || type === 'dispute') && text !== ''
						? { type, date, text }
						: { type, date };
		const result = applyEvent(state, event);
		if (!result.ok) {
			setRefusal(result.refusal);
			return;
		}
		setRefusal(null);
		setPartnerText('');
		update({ events: result.state.events });
		nextHeading.current?.focus();
	};

	const addHoliday = () => {
		if (!isIsoDate(holidayInput)) return;
		update({ holidays: normalizeHolidays([...loaded.holidays, holidayInput]) });
		setHolidayInput('');
	};

	const presetLabel = loaded.source.kind === 'preset' ? presets.find((preset) => preset.id === (loaded.source as { id: string }).id)?.label : undefined;
	const manyClaims = state.claimNumber > 1;
	const { summary } = loaded;

	return (
		<div class="lc">
			{notices.map((notice) => (
				<p class="lc-notice" role="alert">
					{notice}
				</p>
			))}

			<section class="lc-claim" aria-labelledby="lc-claim-heading">
				<h3 id="lc-claim-heading">{ui.claimHeading}</h3>
				<dl>
					<dt>{ui.source}</dt>
					<dd>{presetLabel ?? ui.handedOver}</dd>
					<dt>{ui.claimName}</dt>
					<dd>{summary.name || ui.noValue}</dd>
					<dt>{ui.customer}</dt>
					<dd>
						{summary.customer || ui.noValue}
						{summary.customerDomain && summary.customerDomain !== summary.customer && <span translate={false}> ({summary.customerDomain})</span>}
					</dd>
					<dt>{ui.products}</dt>
					<dd translate={false}>{summary.products.join(', ') || ui.noValue}</dd>
					{summary.dynamics && (
						<>
							<dt>{ui.subscriptionId}</dt>
							<dd>
								{summary.subscriptionId ? <code translate={false}>{summary.subscriptionId}</code> : ui.subscriptionUnknown}
								<br />
								<small>{ui.subscriptionIdNote}</small>
							</dd>
						</>
					)}
				</dl>
			</section>

			<details class="lc-calendar">
				<summary>
					{ui.calendarHeading}: {fillPlaceholders(ui.today, { date: formatDate(today) })}
					{loaded.holidays.length > 0 ? ` · ${ui.holidays}: ${loaded.holidays.length}` : ''}
				</summary>
				<p>
					<label for="lc-zone">{ui.timeZone}</label>
					<br />
					<select id="lc-zone" value={zone} onChange={(e) => update({ timeZone: e.currentTarget.value === browserZone ? null : e.currentTarget.value })}>
						{[browserZone, ...timeZones.filter((candidate) => candidate !== browserZone)].map((candidate) => (
							<option value={candidate}>{candidate === browserZone ? fillPlaceholders(ui.browserZone, { zone: candidate }) : candidate}</option>
						))}
					</select>
				</p>
				<fieldset>
					<legend>{ui.holidays}</legend>
					{loaded.holidays.length === 0 ? (
						<p>{ui.noHolidays}</p>
					) : (
						<ul class="lc-holidays">
							{loaded.holidays.map((holiday) => (
								<li>
									<time dateTime={holiday}>{formatDate(holiday)}</time>{' '}
									<button type="button" onClick={() => update({ holidays: loaded.holidays.filter((other) => other !== holiday) })}>
										{fillPlaceholders(ui.removeHoliday, { date: formatDate(holiday) })}
									</button>
								</li>
							))}
						</ul>
					)}
					<p>
						<label for="lc-holiday">{ui.holidayDate}</label>{' '}
						<input id="lc-holiday" type="date" value={holidayInput} onInput={(e) => setHolidayInput(e.currentTarget.value)} />{' '}
						<button type="button" onClick={addHoliday} disabled={!isIsoDate(holidayInput)}>
							{ui.addHoliday}
						</button>
					</p>
				</fieldset>
			</details>

			<p class="lc-status" role="status" aria-live="polite">
				{fillPlaceholders(ui.statusNow, { status: strings.statuses[entry.status].name, date: formatDate(entry.since) })}
			</p>

			<h3 id="lc-timeline-heading">{ui.timelineHeading}</h3>
			<ol class="lc-timeline" aria-labelledby="lc-timeline-heading">
				{state.entries.map((item, index) => (
					<TimelineItem
						entry={item}
						current={index === state.entries.length - 1}
						manyClaims={manyClaims}
						today={today}
						holidays={loaded.holidays}
						strings={strings}
						formatDate={formatDate}
					/>
				))}
			</ol>

			<h3 id="lc-next-heading" ref={nextHeading} tabIndex={-1}>
				{ui.nextHeading}
			</h3>
			<div class="lc-next">
				<p>
					<label for="lc-date">{ui.eventDate}</label>
					<br />
					<input id="lc-date" type="date" value={eventDate} min={state.lastDate} required onInput={(e) => setEventDate(e.currentTarget.value)} />
				</p>
				{(allowed.includes('respond') || allowed.includes('dispute')) && (
					<p>
						<label for="lc-text">{ui.partnerText}</label>
						<br />
						<textarea id="lc-text" rows={2} maxLength={1000} value={partnerText} onInput={(e) => setPartnerText(e.currentTarget.value)} />
					</p>
				)}
				<ul class="lc-events">
					{allowed.map((type) => (
						<li>
							{type === 'request-more-proof' && (
								<>
									<label for="lc-more-proof">{ui.moreProofReason}</label>{' '}
									<select id="lc-more-proof" value={moreProofReason} onChange={(e) => setMoreProofReason(e.currentTarget.value as MoreProofReason)}>
										{moreProofReasons.map((reason) => (
											<option value={reason}>{strings.moreProofReasons[reason].label}</option>
										))}
									</select>{' '}
								</>
							)}
							{type === 'reject' && (
								<>
									<label for="lc-reject">{ui.rejectionReason}</label>{' '}
									<select id="lc-reject" value={rejectionReason} onChange={(e) => setRejectionReason(e.currentTarget.value as ReviewerRejectionReason)}>
										{reviewerRejectionReasons.map((reason) => (
											<option value={reason}>{strings.rejectionReasons[reason].label}</option>
										))}
									</select>{' '}
								</>
							)}
							<button type="button" data-event={type} onClick={() => fire(type)}>
								{strings.events[type]}
							</button>
							{type === 'response-deadline-passes' && <small> {fillPlaceholders(ui.deadlinePassHint, { date: formatDate(dayAfterDeadline(state) ?? '') })}</small>}
						</li>
					))}
				</ul>
				{refusal && (
					<div class="lc-refusal" role="alert">
						<p>
							<strong>{fillPlaceholders(ui.refused, { event: refusal.event ? strings.events[refusal.event] : '' })}</strong>
						</p>
						<p>
							{fillPlaceholders(strings.refusals[refusal.code], {
								status: strings.statuses[refusal.status].name,
								...Object.fromEntries(Object.entries(refusal.params).map(([key, value]) => [key, formatDate(value)])),
							})}
						</p>
						{refusal.citations.length > 0 && <p class="lc-cite">{fillPlaceholders(ui.sources, { citations: refusal.citations.join(', ') })}</p>}
					</div>
				)}
				<details class="lc-others">
					<summary>{ui.otherEvents}</summary>
					<ul class="lc-events">
						{others.map((type) => (
							<li>
								<button type="button" data-event={type} onClick={() => fire(type)}>
									{strings.events[type]}
								</button>
							</li>
						))}
					</ul>
				</details>
				<p class="lc-history">
					<button type="button" disabled={loaded.events.length === 0} onClick={() => (setRefusal(null), update({ events: loaded.events.slice(0, -1) }))}>
						{ui.undo}
					</button>{' '}
					<button type="button" disabled={loaded.events.length === 0} onClick={() => (setRefusal(null), update({ events: [] }))}>
						{ui.restart}
					</button>
				</p>
			</div>

			<h3 id="lc-comments-heading">{ui.commentsHeading}</h3>
			{state.comments.length === 0 ? (
				<p>{ui.noComments}</p>
			) : (
				<ol class="lc-comments" aria-labelledby="lc-comments-heading">
					{state.comments.map((comment) => (
						<li class={`lc-comment lc-comment--${comment.author}`}>
							<p class="lc-comment-meta">
								<strong>{comment.author === 'microsoft' ? ui.microsoft : ui.partner}</strong> · <time dateTime={comment.date}>{formatDate(comment.date)}</time>
							</p>
							<p>
								{comment.kind === 'submitted' && comment.text !== ''
									? comment.text
									: fillPlaceholders(strings.comments[comment.kind], { reason: comment.reason ? strings.moreProofReasons[comment.reason].label : '' })}
							</p>
							{comment.kind !== 'submitted' && comment.text !== '' && <blockquote>{comment.text}</blockquote>}
						</li>
					))}
				</ol>
			)}
		</div>
	);
}

interface ItemProps {
	entry: TimelineEntry;
	current: boolean;
	manyClaims: boolean;
	today: string;
	holidays: readonly string[];
	strings: LifecycleStrings;
	formatDate: (date: string) => string;
}

function TimelineItem({ entry, current, manyClaims, today, holidays, strings, formatDate }: ItemProps) {
	const { ui } = strings;
	const status = strings.statuses[entry.status];
	const reason =
		entry.reason === null
			? null
			: entry.status === 'partner-action-required'
				? strings.moreProofReasons[entry.reason as MoreProofReason]
				: strings.rejectionReasons[entry.reason as keyof LifecycleStrings['rejectionReasons']];
	const deadline = entry.deadline;
	let remaining = '';
	if (current && deadline) {
		if (today > deadline.date) remaining = ui.deadlinePassed;
		else if (today === deadline.date) remaining = ui.dueToday;
		else if (deadlineRules[deadline.kind].unit === 'business') remaining = fillPlaceholders(ui.daysLeft, { n: String(businessDaysBetween(today, deadline.date, holidays)) });
	}
	return (
		<li class={current ? 'lc-entry lc-entry--current' : 'lc-entry'} aria-current={current ? 'step' : undefined} data-status={entry.status}>
			<p class="lc-entry-status">
				<strong>{status.name}</strong>
				{manyClaims && ` · ${fillPlaceholders(ui.claimNumber, { n: String(entry.claimNumber) })}`}
			</p>
			<p>
				{entry.until === null
					? fillPlaceholders(ui.since, { date: formatDate(entry.since) })
					: fillPlaceholders(ui.sinceUntil, { from: formatDate(entry.since), until: formatDate(entry.until) })}
				{entry.cause !== 'start' && ` · ${fillPlaceholders(ui.after, { event: strings.events[entry.cause] })}`}
			</p>
			{reason && (
				<p>
					{fillPlaceholders(ui.reason, { reason: reason.label })}: {reason.description} <span class="lc-cite">({reason.citation})</span>
				</p>
			)}
			{deadline && (
				<p>
					{fillPlaceholders(strings.deadlines[deadline.kind], { deadline: formatDate(deadline.date) })} {remaining}{' '}
					<span class="lc-cite">({deadline.citations.join(', ')})</span>
				</p>
			)}
			{entry.notes.map((note) => (
				<p class="lc-note">{fillPlaceholders(strings.notes[note.kind], { date: formatDate(note.date) })}</p>
			))}
			{current && <p class="lc-meaning">{status.meaning}</p>}
		</li>
	);
}
