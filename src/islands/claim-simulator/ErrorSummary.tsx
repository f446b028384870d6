/**
 * The error summary at the top of a failed step, as GOV.UK's design system has it: a heading, then each error as
 * a link to the field it concerns (else to its explanation below). The island moves the focus to it after a
 * failed check (`focusErrorSummary`), so it is read first and scrolled into view; the fields keep pointing at
 * their explanations (`aria-describedby`). Loaded with the checks (`checked.ts`).
 */
import type { ClaimError } from '../../claim/errors.ts';
import type { SimulatorErrors } from './data.ts';
import { errorSummaryId, fieldId, problemId } from './format.ts';
import type { CheckedTranslate } from './translate.ts';

interface Props {
	/** The island's id (`fieldId`). */
	id: string;
	errors: readonly ClaimError[];
	t: CheckedTranslate;
	/** Each error's facts (its title's key). */
	facts: SimulatorErrors;
}

/** The id of the field an error concerns (one subscription ID field per product, OSA#145), or of its explanation when it names none. */
function targetOf(id: string, error: ClaimError, index: number): { field: string | null; problem: string } {
	const field = error.fields[0];
	const product = error.params?.['product'];
	const name = field === undefined ? null : field === 'subscriptionId' && product ? `${field}-${product}` : field;
	return { field: name === null ? null : fieldId(id, name), problem: problemId(`${id}-errors`, index) };
}

/** Follows a summary link: the field's label (or legend) scrolled into view, then the field focused. */
function goToField(event: MouseEvent, target: { field: string | null; problem: string }) {
	const element = (target.field && document.getElementById(target.field)) || document.getElementById(target.problem);
	if (!element) return;
	event.preventDefault();
	const label =
		document.querySelector(`label[for="${element.id}"]`) ?? (element.tagName === 'FIELDSET' ? element.querySelector('legend') : null);
	(label ?? element).scrollIntoView({ block: 'start' });
	// An explanation (a list item) takes the focus only when sent there.
	if (!element.matches('input, select, textarea, button, [tabindex]')) element.setAttribute('tabindex', '-1');
	element.focus({ preventScroll: true });
}

export function ErrorSummary({ id, errors, t, facts }: Props) {
	const summaryId = errorSummaryId(id);
	return (
		<div id={summaryId} class="cs-error-summary" tabIndex={-1} role="group" aria-labelledby={`${summaryId}-heading`}>
			<h4 id={`${summaryId}-heading`}>{t('simulator.errorsHeading')}</h4>
			<ul>
				{errors.map((error, index) => {
					const target = targetOf(id, error, index);
					return (
						<li>
							<a href={`#${target.field ?? target.problem}`} onClick={(event) => goToField(event, target)}>
								{t(facts[error.code].title)}
							</a>
						</li>
					);
				})}
			</ul>
		</div>
	);
}
