/**
 * The activity helper: four radio groups, and the answer as the reader answers (headline announced through
 * a status region; reasons, losses and assumptions with the article's sentences below it). The answers live
 * in the URL (`activity.*`), so a link or a reload shows the same answer.
 */
import { fillPlaceholders } from '../../i18n/placeholders.ts';
import {
	activityClaimChoice,
	activityClaimKey,
	activityLossSegments,
	activityReasonSegments,
	adviseActivity,
	areaAnswers,
	channelAnswers,
	didAnswers,
	incentivesAnswers,
	noActivityAnswers,
	type ActivityAnswers,
} from '../../claim/advice/activity.ts';
import type { ComponentChildren } from 'preact';
import { decodeActivityAnswers, encodeActivityAnswers } from '../../claim/advice/url.ts';
import { AdviceFooter, Heading, HelperForm, QuotedList, quoteOnce, useUrlState } from '../helper-parts/parts.tsx';
import type { ArticleQuotes, ArticleSection, ErrorLinks } from '../helper-parts/types.ts';
import type { ActivityHelperStrings } from './strings.ts';

interface Props {
	strings: Omit<ActivityHelperStrings, 'page'>;
	quotes: ArticleQuotes;
	section: ArticleSection;
	errorLinks: ErrorLinks;
	/** The claim simulator page of this locale. */
	simulatorHref: string;
	/** `activityClaimKey` → the simulator's query for that solution area and activity. */
	claimQueries: Readonly<Record<string, string>>;
	/** Level of the helper's own heading; its answer's headings are one below. */
	headingLevel: number;
}

const ID = 'activity-helper';

export default function ActivityHelper({ strings, quotes, section, errorLinks, simulatorHref, claimQueries, headingLevel }: Props) {
	const { value: answers, set, malformed, ready } = useUrlState<ActivityAnswers>(noActivityAnswers, decodeActivityAnswers, encodeActivityAnswers);
	const advice = adviseActivity(answers);
	const activityName = advice.activity ? strings.activities[advice.activity] : '';
	const headline = fillPlaceholders(strings.outcomes[advice.outcome], {
		activity: activityName,
		questions: advice.missing.map((question) => strings.questions[question].short).join(strings.labels.listSeparator),
	});
	const choice = activityClaimChoice(advice);
	const claimQuery = choice ? claimQueries[activityClaimKey(choice.solutionArea, choice.activity)] : undefined;
	const answer = <K extends keyof ActivityAnswers>(key: K, value: ActivityAnswers[K]) => set({ ...answers, [key]: value });
	const sub = headingLevel + 1;
	const firstQuotes = quoteOnce();
	const listProps = { headingLevel: sub, quotes, section, englishLabel: strings.labels.englishOriginal };

	const group = <K extends keyof ActivityAnswers>(key: K, options: readonly NonNullable<ActivityAnswers[K]>[], label: (option: NonNullable<ActivityAnswers[K]>) => ComponentChildren) => (
		<fieldset class="helper-question">
			<legend>{strings.questions[key].legend}</legend>
			{options.map((option) => (
				<label key={option} class="helper-option">
					<input type="radio" name={`${ID}-${key}`} value={option} checked={answers[key] === option} onChange={() => answer(key, option)} />{' '}
					{label(option)}
				</label>
			))}
		</fieldset>
	);

	return (
		<div class="helper" data-helper="activity" data-ready={ready ? '' : undefined}>
			<HelperForm ready={ready}>
				{group('area', areaAnswers, (area) => (
					<>
						{strings.areas[area].label} <span class="helper-hint">({strings.areas[area].hint})</span>
					</>
				))}
				{group('channel', channelAnswers, (channel) => strings.channels[channel])}
				{group('did', didAnswers, (did) => strings.did[did])}
				{group('incentives', incentivesAnswers, (value) => strings.incentives[value])}
			</HelperForm>

			<div class="helper-answer" data-outcome={advice.outcome}>
				{malformed && <p class="helper-malformed">{strings.labels.malformed}</p>}
				<p role="status" class="helper-headline">
					{headline}
				</p>
				<p>{strings.outcomeDetails[advice.outcome]}</p>

				{advice.askCustomer.length > 0 && (
					<>
						<Heading level={sub}>{strings.labels.askCustomer}</Heading>
						<ul>
							{advice.askCustomer.map((question) => (
								<li key={question}>{strings.askCustomer[question]}</li>
							))}
						</ul>
					</>
				)}

				<QuotedList
					{...listProps}
					heading={strings.labels.why}
					className="helper-reasons"
					item="reason"
					entries={advice.reasons.map((reason) => ({ key: reason, text: strings.reasons[reason], quote: firstQuotes(activityReasonSegments[reason]) }))}
				/>
				<QuotedList
					{...listProps}
					heading={strings.labels.losses}
					className="helper-losses"
					item="loss"
					entries={advice.losses.map((loss) => ({ key: loss, text: strings.losses[loss], quote: firstQuotes(activityLossSegments[loss]) }))}
				/>

				<AdviceFooter
					headingLevel={sub}
					assumptions={advice.assumptions.map((assumption) => ({ key: assumption, text: strings.assumptions[assumption] }))}
					labels={strings.labels}
					errors={advice.errors}
					errorLinks={errorLinks}
					startHref={claimQuery !== undefined ? `${simulatorHref}${claimQuery}` : undefined}
					onStartOver={() => set(noActivityAnswers)}
				/>
			</div>
		</div>
	);
}
