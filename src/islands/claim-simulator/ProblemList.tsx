/**
 * The errors or warnings of a check, each with its cause, fix, assumption and links, in the page's language.
 * Only a check shows it, so it loads with the checks (`checked.ts`).
 */
import { errorMessageKey, sharedSentenceValues } from '../../claim/error-messages.ts';
import type { ClaimError, ClaimErrorCode } from '../../claim/errors.ts';
import { openSearch } from '../../search/open-search.ts';
import type { SimulatorData } from './data.ts';
import { problemId } from './format.ts';
import type { SimulatorTranslate } from './translate.ts';

/** An error's texts; `assumption` only where the catalog has one. */
export function errorTexts(t: SimulatorTranslate, data: SimulatorData, code: ClaimErrorCode) {
	const facts = data.errors[code];
	return {
		title: t(facts.title),
		cause: t(errorMessageKey(code, 'cause')),
		fix: t(errorMessageKey(code, 'fix'), sharedSentenceValues(t)),
		assumption: facts.assumption ? t(errorMessageKey(code, 'assumption')) : null,
	};
}

interface ProblemListProps {
	id: string;
	heading: string;
	problems: readonly ClaimError[];
	t: SimulatorTranslate;
	data: SimulatorData;
	kind: 'error' | 'warning';
}

export function ProblemList({ id, heading, problems, t, data, kind }: ProblemListProps) {
	return (
		<section class={`cs-problems cs-problems--${kind}`} aria-labelledby={`${id}-heading`}>
			<h4 id={`${id}-heading`}>{heading}</h4>
			<ul>
				{problems.map((problem, index) => {
					const text = errorTexts(t, data, problem.code);
					const { reference, section } = data.errors[problem.code];
					return (
						<li id={problemId(id, index)} data-code={problem.code}>
							<p>
								<strong>{text.title}</strong> <small>{t('simulator.siteIdLabel')}</small> <code translate={false}>{problem.code}</code>
							</p>
							<p>{text.cause}</p>
							<p>
								<b>{t('simulator.fixLabel')}</b> {text.fix}
							</p>
							{text.assumption && (
								<p class="cs-assumption">
									<b>{t('simulator.assumption')}</b> {text.assumption}
								</p>
							)}
							<p class="cs-links">
								{reference && <a href={reference}>{t('simulator.errorReference')}</a>}
								{section && <a href={section.href}>{t('simulator.articleSection', { section: section.title })}</a>}
								<button type="button" class="cs-search" onClick={() => openSearch(text.title)}>
									{t('simulator.searchError')}
								</button>
							</p>
						</li>
					);
				})}
			</ul>
		</section>
	);
}
