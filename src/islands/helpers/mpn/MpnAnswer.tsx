/**
 * The MPN helper's answer: the headline (announced), why, what to do next (with the Incentives overview
 * link), what to know before claiming, and the footer every helper shares.
 */
import { mpnReasonSegments, mpnWarningSegments, type MpnAdvice, type MpnEntry } from '../../../helpers/mpn.ts';
import type { ComponentChildren } from 'preact';
import { AdviceFooter, Heading, QuotedList, quoteOnce } from '../parts/parts.tsx';
import type { ArticleQuotes, ArticleSection, ErrorLinks } from '../parts/types.ts';
import type { MpnTranslate } from './MpnList.tsx';

interface Props {
	/** The page's language. */
	lang: string;
	t: MpnTranslate;
	advice: MpnAdvice;
	entries: readonly MpnEntry[];
	malformed: boolean;
	quotes: ArticleQuotes;
	section: ArticleSection;
	errorLinks: ErrorLinks;
	incentivesOverviewUrl: string;
	/** "Start a claim with this choice" (`AdviceFooter`). */
	start: ComponentChildren;
	onStartOver: () => void;
	/** Level of the answer's headings. */
	headingLevel: number;
}

/**
 * The answer to the listed MPN IDs and the answers about the work (the status region announces its headline); none
 * before a row is listed (issue #16: the helper doesn't answer before anything is asked).
 */
export function MpnAnswer({
	lang,
	t,
	advice,
	entries,
	malformed,
	quotes,
	section,
	errorLinks,
	incentivesOverviewUrl,
	start,
	onStartOver,
	headingLevel,
}: Props) {
	// Nothing listed yet: nothing asked, so no answer (the status region stays, empty, to announce the first one).
	const asked = entries.length > 0;
	const chosen = advice.chosen !== null ? entries[advice.chosen] : undefined;
	const chosenLabel = chosen ? `${chosen.id.trim()}${chosen.name.trim() ? ` (${chosen.name.trim()})` : ''}` : '';
	const firstQuotes = quoteOnce();
	const listProps = { headingLevel, quotes, section, englishLabel: t('helpers.common.englishOriginal') };

	return (
		<div class="helper-answer" data-outcome={advice.outcome}>
			{malformed && <p class="helper-malformed">{t('helpers.mpn.labels.malformed')}</p>}
			<p role="status" class="helper-headline">
				{asked && t(`helpers.mpn.outcomes.${advice.outcome}`, { mpn: chosenLabel })}
			</p>
			{asked && (
				<>
					<QuotedList
						{...listProps}
						heading={t('helpers.common.why')}
						className="helper-reasons"
						item="reason"
						entries={advice.reasons.map((reason) => ({
							key: reason,
							text: t(`helpers.mpn.reasons.${reason}`),
							quote: firstQuotes(mpnReasonSegments[reason]),
						}))}
					/>

					{advice.nextSteps.length > 0 && (
						<>
							<Heading level={headingLevel}>{t('helpers.mpn.labels.next')}</Heading>
							<ul class="helper-next">
								{advice.nextSteps.map((step) => (
									<li key={step} data-next={step}>
										{step === 'ask-global-admin' ? t('errors.shared.askGlobalAdmin') : t(`helpers.mpn.nextSteps.${step}`)}
										{step === 'enroll-in-incentives-overview' && (
											<>
												{' '}
												<a href={incentivesOverviewUrl}>{t('helpers.mpn.labels.incentivesOverview')}</a>
											</>
										)}
									</li>
								))}
							</ul>
						</>
					)}

					<QuotedList
						{...listProps}
						heading={t('helpers.mpn.labels.warnings')}
						className="helper-warnings"
						item="warning"
						entries={advice.warnings.map((warning) => ({
							key: warning,
							text: t(`helpers.mpn.warnings.${warning}`, { type: chosen?.partnerType.trim() ?? '' }),
							quote: firstQuotes(mpnWarningSegments[warning]),
						}))}
					/>

					<AdviceFooter
						t={t}
						lang={lang}
						headingLevel={headingLevel}
						assumptions={advice.assumptions.map((assumption) => ({ key: assumption, text: t(`helpers.mpn.assumptions.${assumption}`) }))}
						errors={advice.errors}
						errorLinks={errorLinks}
						start={start}
						onStartOver={onStartOver}
					/>
				</>
			)}
		</div>
	);
}
