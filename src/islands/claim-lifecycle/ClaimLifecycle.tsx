/**
 * The claim lifecycle simulator: the claim, a calendar (time zone for "today", holidays), the current status,
 * the timeline (each status with its start date and deadline), the next possible events as buttons, and the
 * comments thread.
 *
 * The state is `src/claim/lifecycle/simulator.ts`'s reducer, held and kept in the URL by `use-simulator.ts`; the
 * views are the modules beside this one. Messages arrive with the page (`LifecycleData`, a JSON script beside the
 * island), in the page's language and only the ones a claim with no events shows (`islandMessagePrefixes`); the rest
 * (refusals, assumptions, notes, comments) are downloaded on the reader's intent, before an event is applied or a
 * claim with events is shown (`use-later-texts.ts`, #19). Dates are formatted with Intl in that language (`texts.ts`).
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { CitationTargets } from '../../facts/citation-targets.ts';
import type { ClaimSummary } from '../../claim/lifecycle/claim-summary.ts';
import { eventKey, statusKeys } from '../../claim/lifecycle/message-keys.ts';
import { atEventLimit, type SimulatorNotice, type SimulatorState } from '../../claim/lifecycle/simulator.ts';
import { currentEntry } from '../../claim/lifecycle/transitions.ts';
import { CalendarPanel } from './CalendarPanel.tsx';
import { ClaimCard } from './ClaimCard.tsx';
import { Comments } from './Comments.tsx';
import { NextEvents } from './NextEvents.tsx';
import { Timeline } from './Timeline.tsx';
import { createLifecycleTexts, refusalText, type LifecycleMessages, type LifecycleTexts } from './texts.ts';
import { browserTimeZone, safeToday } from '../time-zone/time-zone.ts';
import { StateFile } from '../links/StateFile.tsx';
import { useSimulator } from './use-simulator.ts';
import { useLaterTexts } from './use-later-texts.ts';
import { useEventGate } from './use-event-gate.ts';
import { pageData } from '../loading/page-data.ts';
import './claim-lifecycle.css';

/**
 * A scenario the page offers: its name in the page's language and, for the first (where a visit without a link
 * starts), its claim; every claim and script comes with the later texts (`LaterTexts.presets`).
 */
export interface PresetOption {
	readonly id: string;
	readonly label: string;
	readonly summary?: ClaimSummary;
}

/**
 * What the page carries for the island as a JSON script beside it (`src/islands/loading/page-data.ts`), written by
 * `src/components/claim-lifecycle/ClaimLifecycle.astro`.
 */
export interface LifecycleData {
	readonly messages: LifecycleMessages;
	readonly presets: readonly PresetOption[];
	/** IANA zones offered besides the browser's. */
	readonly timeZones: readonly string[];
	/** The sources page in the page's language, which explains the citations. */
	readonly sourcesHref: string;
	/** Where the citations lead: the articles' pages in the page's language (`src/components/citations/targets.ts`). */
	readonly citationTargets: CitationTargets;
}

interface Props {
	/** Unique on the page: the island's data is the JSON script `pageDataId(id)`. */
	readonly id: string;
	readonly lang: string;
	/** The texts only a claim with events shows, in the page's language (`routes.lifecycleTexts()`, `LaterTexts`). */
	readonly textsUrl: string;
}

/** Whether `state` shows anything of the later texts: a claim with events, a notice about the link, a refusal. */
function showsLaterTexts({ data, notices, refusal }: SimulatorState): boolean {
	return !!data && (data.events.length > 0 || notices.length > 0 || refusal !== null);
}

function noticeText(notice: SimulatorNotice, texts: LifecycleTexts): string {
	const { t, list } = texts;
	if (notice.kind === 'tampered') return t('lifecycle.ui.tampered', { params: list(notice.params, 'unit') });
	return `${t('lifecycle.ui.truncated', { event: t(eventKey(notice.event)) })} ${refusalText(notice.refusal, texts)}`;
}

/** The keys of the note and the file controls (`StateFile.tsx`). */
const fileKeys = {
	tooLong: 'lifecycle.ui.linkTooLong',
	save: 'lifecycle.ui.saveFile',
	open: 'lifecycle.ui.openFile',
	unreadable: 'lifecycle.ui.fileUnreadable',
	failed: 'lifecycle.ui.fileFailed',
} as const;

export default function ClaimLifecycle({ id, lang, textsUrl }: Props) {
	const [carried] = useState(() => pageData<LifecycleData>(id, lang));
	// Only a page built without the island's data script: nothing to show but the page's own note.
	if (!carried) return null;
	return <Lifecycle {...carried} lang={lang} textsUrl={textsUrl} />;
}

function Lifecycle({ lang, messages, presets, timeZones, sourcesHref, citationTargets, textsUrl }: LifecycleData & Omit<Props, 'id'>) {
	const later = useLaterTexts(textsUrl);
	// A render that needed a later text before it arrived (`createLifecycleTexts`' `missing`) waits for it, before paint.
	const missed = useRef(false);
	const [needed, setNeeded] = useState(false);
	const texts = useMemo(
		() => createLifecycleTexts(messages, lang, sourcesHref, citationTargets, later.texts, () => (missed.current = true)),
		[messages, lang, sourcesHref, citationTargets, later.texts],
	);
	useLayoutEffect(() => {
		if (missed.current && !later.texts) setNeeded(true);
		missed.current = false;
	});
	// A link (a scenario, a hand-over, events) shows what the later texts carry: they download beside the start.
	useEffect(() => {
		if (window.location.search.length > 1) later.prefetch();
	}, []);
	const browserZone = useMemo(browserTimeZone, []);
	const [presetSource] = useState(() => ({ onPage: presets, later: () => later.whenLoaded().then((loaded) => loaded.presets) }));
	const { state, lifecycle, dispatch, failed, retry, tooLong, query, open } = useSimulator(presetSource, browserZone);
	const { data } = state;
	const waiting = (needed || showsLaterTexts(state)) && !later.texts;
	useEffect(() => {
		if (waiting) later.whenLoaded().catch(() => undefined);
	}, [waiting]);
	// An event is applied once the texts of what it may show have arrived (at once when the reader's intent loaded them).
	const gate = useEventGate(later, dispatch);
	// The alert and its button leave while the retry waits: the focus goes where the event's answer will be.
	const retryEvent = () => {
		document.getElementById('lc-next-heading')?.focus();
		gate.retry();
	};
	if (failed || (waiting && later.failed))
		return (
			<div class="lc">
				<p class="lc-notice" role="alert">
					{texts.t(failed === 'handover' ? 'lifecycle.ui.handoverFailed' : 'lifecycle.ui.textsFailed')}{' '}
					<button type="button" onClick={failed ? retry : () => void later.whenLoaded().catch(() => undefined)}>
						{texts.t('lifecycle.ui.retry')}
					</button>
				</p>
			</div>
		);
	if (!data || !lifecycle || waiting) return <div class="lc" aria-busy="true" />;

	const { t } = texts;
	const zone = data.timeZone ?? browserZone;
	const today = safeToday(zone);
	const entry = currentEntry(lifecycle);
	const source = data.source;
	const presetLabel = source.kind === 'preset' ? presets.find((preset) => preset.id === source.id)?.label : undefined;
	return (
		<div class="lc" aria-busy={gate.busy || undefined} onPointerEnter={later.prefetch} onFocusCapture={later.prefetch}>
			{state.notices.map((notice) => (
				<p class="lc-notice" role="alert">
					{noticeText(notice, texts)}
				</p>
			))}
			<ClaimCard summary={data.summary} source={presetLabel ?? t('lifecycle.ui.handedOver')} texts={texts} />
			<CalendarPanel
				zone={zone}
				browserZone={browserZone}
				timeZones={timeZones}
				today={today}
				holidays={data.holidays}
				texts={texts}
				onChange={(change) => dispatch({ kind: 'calendar', change })}
			/>
			<p class="lc-status" role="status" aria-live="polite">
				{t('lifecycle.ui.statusNow', { status: t(statusKeys(entry.status).name), date: texts.date(entry.since) })}
			</p>
			<Timeline lifecycle={lifecycle} today={today} holidays={data.holidays} texts={texts} />
			{later.failed && (
				<p class="lc-notice" role="alert">
					{t('lifecycle.ui.textsFailed')}
					{gate.dropped && (
						<>
							{' '}
							<button type="button" onClick={retryEvent}>
								{t('lifecycle.ui.retry')}
							</button>
						</>
					)}
				</p>
			)}
			<NextEvents
				lifecycle={lifecycle}
				today={today}
				refusal={state.refusal}
				accepted={state.accepted}
				canUndo={data.events.length > 0}
				full={atEventLimit(data)}
				dispatch={gate.fire}
				busy={gate.busy}
				texts={texts}
			/>
			<Comments comments={lifecycle.comments} texts={texts} />
			<StateFile
				tool="claim-lifecycle"
				tooLong={tooLong}
				t={t}
				keys={fileKeys}
				query={query}
				onOpen={(params) => later.whenLoaded().then(() => open(params))}
				noteClass="lc-notice"
			/>
		</div>
	);
}
