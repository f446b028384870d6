/**
 * A submitted claim: its status and the date the review starts by, counted in business days (MCA#120: up to five
 * business days). No decision date: the articles give two figures for it (MCA#121: five business days after the start;
 * MCA#123: within 10 days plus the time to provide more information), which the note gives with the 2020 version note;
 * the lifecycle simulator counts the review's five business days from the day after its start (#14 fifth and tenth
 * reviews), and how the days are counted is the simulator's assumption, said under the date. What happens next is the lifecycle simulator's. The dates are counted on the calendar of the browser's time zone or
 * of the one the reader picks here (`TimeZoneSelect`, shared with the lifecycle simulator), which the state keeps.
 */
import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';
import { addBusinessDays } from '../../claim/business-days.ts';
import type { ClaimDraft } from '../../claim/schema.ts';
import { lifecycleQuery } from '../../claim/lifecycle/handover-link.ts';
import { LinkOrFile } from '../links/LinkOrFile.tsx';
import { browserTimeZone, offeredTimeZones, safeToday } from '../time-zone/time-zone.ts';
import { TimeZoneSelect } from '../time-zone/TimeZoneSelect.tsx';
import { formatDate } from './format.ts';
import type { LaterTranslate } from './translate.ts';

const REVIEW_START_BUSINESS_DAYS = 5;

/** The note and controls of a claim too long for a link to the lifecycle simulator (`LinkOrFile.tsx`). */
const handoverKeys = {
	note: 'simulator.handover.tooLong',
	save: 'simulator.handover.save',
	goTo: 'simulator.handover.goTo',
	failed: 'simulator.partLoadFailed',
} as const;

export interface SubmittedProps {
	/** With the later texts (`later-texts.ts`): the island shows a submitted claim only once they are there. */
	t: LaterTranslate;
	lang: string;
	submitted: string;
	/** The zone the reader picked; `null`: the browser's. */
	timeZone: string | null;
	/** Another zone picked: the zone, and the submission date on its calendar. */
	onClock: (change: { timeZone: string | null; submitted: string }) => void;
	/**
	 * The lifecycle simulator's page; the link hands the claim over in its query (built here, off the island's first
	 * load), or, too long for a link, the note and the claim saved as the lifecycle's file (`LinkOrFile.tsx`).
	 */
	lifecyclePage: string | undefined;
	draft: ClaimDraft;
	/** The claim simulator's `sandbox` parameter when the reader edited the sandbox (handed over with the claim). */
	sandboxParam: () => string | null;
	onEdit: () => void;
	heading: RefObject<HTMLHeadingElement>;
	/** Just submitted (not reloaded): move the focus to the heading, the form that had it is gone. */
	focus: boolean;
}

export function Submitted({
	t,
	lang,
	submitted,
	timeZone,
	onClock,
	lifecyclePage,
	draft,
	sandboxParam,
	onEdit,
	heading,
	focus,
}: SubmittedProps) {
	useEffect(() => {
		if (focus) heading.current?.focus();
	}, []);
	const reviewStarts = addBusinessDays(submitted, REVIEW_START_BUSINESS_DAYS);
	const browserZone = browserTimeZone();
	const zone = timeZone ?? browserZone;
	const pickZone = (next: string | null) => {
		// A claim submitted today on the old clock is submitted today on the new one; an older date stays.
		const redated = submitted === safeToday(zone) ? safeToday(next ?? browserZone) : submitted;
		onClock({ timeZone: next, submitted: redated });
	};
	const date = (iso: string) => <time dateTime={iso}>{formatDate(iso, lang)}</time>;
	return (
		<section class="cs-submitted">
			<h3 tabIndex={-1} ref={heading}>
				{t('simulator.submittedHeading')}
			</h3>
			<dl class="cs-summary">
				<dt>{t('simulator.status')}</dt>
				<dd>
					<strong class="cs-status">{t('simulator.statusSubmitted')}</strong>
				</dd>
				<dt>{t('simulator.submittedOn')}</dt>
				<dd>{date(submitted)}</dd>
				<dt>{t('simulator.reviewStartsBy')}</dt>
				<dd>{date(reviewStarts)}</dd>
			</dl>
			{/* The five business days are MCA#120's; how they are counted is the simulator's (#14 tenth review). */}
			<p class="cs-hint" data-assumption="review-start">
				<b>{t('simulator.assumption')}</b> {t('simulator.reviewStartDays')}
			</p>
			<p class="cs-hint">{t('simulator.datesNote')}</p>
			<p class="cs-hint" data-version>
				{t('lifecycle.ui.version.deadline')}
			</p>
			<p class="cs-hint">{t('simulator.clockNote')}</p>
			<p class="cs-clock">
				<TimeZoneSelect
					label={t('lifecycle.ui.timeZone')}
					zone={zone}
					browserZone={browserZone}
					zones={offeredTimeZones}
					browserLabel={(candidate) => t('lifecycle.ui.browserZone', { zone: candidate })}
					onChange={pickZone}
				/>
			</p>
			<p class="cs-hint">{t('simulator.editAgainNote')}</p>
			<div class="cs-actions">
				<button type="button" onClick={onEdit}>
					{t('simulator.editAgain')}
				</button>
				{lifecyclePage && (
					<LinkOrFile
						page={lifecyclePage}
						tool="claim-lifecycle"
						query={() => lifecycleQuery(draft, submitted, sandboxParam())}
						t={t}
						keys={handoverKeys}
						values={{ open: t('lifecycle.ui.openFile') }}
						noteClass="cs-message"
					>
						{(href) => <a href={href}>{t('simulator.followReview')}</a>}
					</LinkOrFile>
				)}
			</div>
		</section>
	);
}
