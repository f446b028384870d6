/**
 * The activity helper: four radio groups, and the answer as the reader answers (headline announced through
 * a status region; reasons, losses and assumptions with the article's sentences below it). The answers live
 * in the URL (`activity.*`), so a link or a reload shows the same answer. Its words are the messages
 * `helpers.activity.*` and `helpers.common.*` of the page's language: what its first render shows comes with the page,
 * the rest with its data (`ActivityData`, `useHelperState`).
 */
import type { ComponentChildren } from 'preact';
import { createTranslator } from '../../../i18n/message-format.ts';
import {
	activityClaimChoice,
	activityClaimKey,
	adviseActivity,
	areaAnswers,
	channelAnswers,
	didAnswers,
	incentivesAnswers,
	noActivityAnswers,
	type ActivityAnswers,
} from '../../../helpers/activity.ts';
import type { ActivityClaimQueries } from '../../../helpers/claim-links.ts';
import { decodeActivityAnswers, encodeActivityAnswers } from '../../../helpers/url.ts';
import { withQuery } from '../../../url-query.ts';
import { HelperForm, HelperRoot, Pending } from '../parts/parts.tsx';
import type { ArticleSection, HelperData } from '../parts/types.ts';
import { useHelperState } from '../parts/use-helper-state.ts';
import { ActivityAnswer, type ActivityTranslate } from './ActivityAnswer.tsx';

/**
 * The activity helper's data (`<locale>/helpers/activity/data.json`): its messages, quotes and links, and
 * `claimQueries`, `activityClaimKey` → the simulator's query for that solution area and activity.
 */
export type ActivityData = HelperData<'activity', { readonly claimQueries: ActivityClaimQueries }>;

interface Props {
	/** The page's language (plural rules, number formats). */
	lang: string;
	/** What the first render reads of the helper's data (`carriedByPage`). */
	first: ActivityData;
	/** The whole data (`routes.helperData('activity')`, versioned). */
	dataUrl: string;
	section: ArticleSection;
	/** The claim simulator page of this locale. */
	simulatorHref: string;
	/** Level of the helper's own heading; its answer's headings are one below. */
	headingLevel: number;
}

const ID = 'activity-helper';

/** The activity helper's island: its questions and its answer. */
export default function ActivityHelper({ lang, first, dataUrl, section, simulatorHref, headingLevel }: Props) {
	const state = useHelperState<ActivityAnswers, ActivityData>(
		noActivityAnswers,
		decodeActivityAnswers,
		encodeActivityAnswers,
		first,
		dataUrl,
	);
	const { value: answers, shown, set, malformed, ready, data } = state;
	const { quotes, errorLinks, claimQueries } = data;
	const t: ActivityTranslate = createTranslator(data.messages, lang);
	const advice = adviseActivity(answers);
	const choice = activityClaimChoice(advice);
	const claimQuery = choice ? claimQueries[activityClaimKey(choice.solutionArea, choice.activity)] : undefined;
	const answer = <K extends keyof ActivityAnswers>(key: K, value: ActivityAnswers[K]) => set((current) => ({ ...current, [key]: value }));

	const group = <K extends keyof ActivityAnswers>(
		key: K,
		options: readonly NonNullable<ActivityAnswers[K]>[],
		label: (option: NonNullable<ActivityAnswers[K]>) => ComponentChildren,
	) => (
		<fieldset class="helper-question">
			<legend>{t(`helpers.activity.questions.${key}.legend`)}</legend>
			{options.map((option) => (
				<label key={option} class="helper-option">
					<input type="radio" name={`${ID}-${key}`} value={option} checked={shown[key] === option} onChange={() => answer(key, option)} />{' '}
					{label(option)}
				</label>
			))}
		</fieldset>
	);

	return (
		<HelperRoot name="activity" ready={ready} onIntent={state.prefetch}>
			<HelperForm ready={ready}>
				{group('area', areaAnswers, (area) => (
					<>
						{t(`helpers.activity.areas.${area}.label`)}{' '}
						<span class="helper-hint">{t('helpers.common.hint', { hint: t(`helpers.activity.areas.${area}.hint`) })}</span>
					</>
				))}
				{group('channel', channelAnswers, (channel) => t(`helpers.activity.channels.${channel}`))}
				{group('did', didAnswers, (did) => t(`helpers.activity.did.${did}`))}
				{group('incentives', incentivesAnswers, (value) => t(`helpers.activity.incentives.${value}`))}
			</HelperForm>
			<Pending
				t={t}
				waiting={state.waiting}
				failed={state.failed}
				failedText={t('helpers.activity.partLoadFailed')}
				onRetry={state.retry}
			/>

			<ActivityAnswer
				lang={lang}
				t={t}
				advice={advice}
				malformed={malformed}
				quotes={quotes}
				section={section}
				errorLinks={errorLinks}
				startHref={claimQuery !== undefined ? withQuery(simulatorHref, claimQuery) : undefined}
				onStartOver={() => set(noActivityAnswers)}
				headingLevel={headingLevel + 1}
			/>
		</HelperRoot>
	);
}
