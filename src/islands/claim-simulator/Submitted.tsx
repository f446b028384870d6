/**
 * A submitted claim: its status and the dates the review is expected by, counted in business days (fact
 * sheet §7: up to five business days until the review starts, then a five-business-day review SLA). What
 * happens next is the lifecycle simulator's.
 */
import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';
import { addBusinessDays } from '../../claim/business-days.ts';
import type { ClaimDraft } from '../../claim/schema.ts';
import { lifecycleQuery } from '../../claim/lifecycle/handover-link.ts';
import { withQuery } from '../../url-query.ts';
import { formatDate } from './format.ts';
import type { SimulatorTranslate } from './translate.ts';

const REVIEW_START_BUSINESS_DAYS = 5;
const REVIEW_BUSINESS_DAYS = 5;

export interface SubmittedProps {
	t: SimulatorTranslate;
	lang: string;
	submitted: string;
	/** The lifecycle simulator's page; the link hands the claim over in its query (built here, off the island's first load). */
	lifecyclePage: string | undefined;
	draft: ClaimDraft;
	onEdit: () => void;
	heading: RefObject<HTMLHeadingElement>;
	/** Just submitted (not reloaded): move the focus to the heading, the form that had it is gone. */
	focus: boolean;
}

export function Submitted({ t, lang, submitted, lifecyclePage, draft, onEdit, heading, focus }: SubmittedProps) {
	const lifecycleHref = lifecyclePage && withQuery(lifecyclePage, lifecycleQuery(draft, submitted));
	useEffect(() => {
		if (focus) heading.current?.focus();
	}, []);
	const reviewStarts = addBusinessDays(submitted, REVIEW_START_BUSINESS_DAYS);
	const reviewEnds = addBusinessDays(reviewStarts, REVIEW_BUSINESS_DAYS);
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
				<dt>{t('simulator.reviewEndsBy')}</dt>
				<dd>{date(reviewEnds)}</dd>
			</dl>
			<p class="cs-hint">{t('simulator.datesNote')}</p>
			<div class="cs-actions">
				<button type="button" onClick={onEdit}>
					{t('simulator.editAgain')}
				</button>
				{lifecycleHref && <a href={lifecycleHref}>{t('simulator.followReview')}</a>}
			</div>
		</section>
	);
}
