/**
 * The activity helper's answer: the headline (announced), a sentence under it, what to ask the customer, why,
 * what a wrong choice costs, and the footer every helper shares.
 */
import { formatList, type MessageValues } from '../../../i18n/message-format.ts';
import { activityLossSegments, activityReasonSegments, createFlowOption, type ActivityAdvice } from '../../../helpers/activity.ts';
import { AdviceFooter, Heading, QuotedList, quoteOnce, StartLink } from '../parts/parts.tsx';
import type { ArticleQuotes, ArticleSection, ErrorLinks, HelperMessageKey } from '../parts/types.ts';

/** The activity helper's `t`: its own messages and the shared ones. */
export type ActivityTranslate = (key: HelperMessageKey<'activity'>, values?: MessageValues) => string;

interface Props {
	/** The page's language. */
	lang: string;
	t: ActivityTranslate;
	advice: ActivityAdvice;
	malformed: boolean;
	quotes: ArticleQuotes;
	section: ArticleSection;
	errorLinks: ErrorLinks;
	/** The claim simulator, prefilled with the answer (built at build time: a short link); none while the answer can't start a claim. */
	startHref: string | undefined;
	onStartOver: () => void;
	/** Level of the answer's headings. */
	headingLevel: number;
}

/** The answer to the reader's answers so far (the status region announces its headline). */
export function ActivityAnswer({ lang, t, advice, malformed, quotes, section, errorLinks, startHref, onStartOver, headingLevel }: Props) {
	const headline = t(`helpers.activity.outcomes.${advice.outcome}`, {
		activity: advice.activity ? t(`helpers.activity.activities.${advice.activity}`) : '',
		option: createFlowOption(advice),
		questions: formatList(
			advice.missing.map((question) => t(`helpers.activity.questions.${question}.short`)),
			lang,
		),
	});
	const firstQuotes = quoteOnce();
	const listProps = { headingLevel, quotes, section, englishLabel: t('helpers.common.englishOriginal') };

	return (
		<div class="helper-answer" data-outcome={advice.outcome}>
			{malformed && <p class="helper-malformed">{t('helpers.activity.labels.malformed')}</p>}
			<p role="status" class="helper-headline">
				{headline}
			</p>
			<p>{t(`helpers.activity.outcomeDetails.${advice.outcome}`)}</p>

			{advice.askCustomer.length > 0 && (
				<>
					<Heading level={headingLevel}>{t('helpers.activity.labels.askCustomer')}</Heading>
					<ul>
						{advice.askCustomer.map((question) => (
							<li key={question}>{t(`helpers.activity.askCustomer.${question}`)}</li>
						))}
					</ul>
				</>
			)}

			<QuotedList
				{...listProps}
				heading={t('helpers.common.why')}
				className="helper-reasons"
				item="reason"
				entries={advice.reasons.map((reason) => ({
					key: reason,
					text: t(`helpers.activity.reasons.${reason}`),
					quote: firstQuotes(activityReasonSegments[reason]),
				}))}
			/>
			<QuotedList
				{...listProps}
				heading={t('helpers.activity.labels.losses')}
				className="helper-losses"
				item="loss"
				entries={advice.losses.map((loss) => ({
					key: loss,
					text: t(`helpers.activity.losses.${loss}`),
					quote: firstQuotes(activityLossSegments[loss]),
				}))}
			/>

			<AdviceFooter
				t={t}
				lang={lang}
				headingLevel={headingLevel}
				assumptions={advice.assumptions.map((assumption) => ({ key: assumption, text: t(`helpers.activity.assumptions.${assumption}`) }))}
				errors={advice.errors}
				errorLinks={errorLinks}
				start={startHref !== undefined && <StartLink t={t} href={startHref} />}
				onStartOver={onStartOver}
			/>
		</div>
	);
}
