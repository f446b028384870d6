/** The current step's form: its heading, the problems the last check found, its fields, Back and Check/Submit. */
import type { RefObject } from 'preact';
import { claimStepIds, stepMessageKey, type ClaimStepId } from '../../claim/flow.ts';
import type { SimulatorData } from './data.ts';
import type { LoadedChecks } from './load.ts';
import { edit, type Check, type SimulatorView } from './state.ts';
import { StepFields } from './StepFields.tsx';
import type { CheckedTexts, LaterTranslate, SimulatorTranslate } from './translate.ts';

interface Props {
	id: string;
	t: SimulatorTranslate;
	/** The later texts' translator (`later-texts.ts`), once they are there: a later step is shown only then. */
	later: LaterTranslate | null;
	data: SimulatorData;
	view: SimulatorView;
	/** The check of this step, if any. */
	check: Check | null;
	/** The checks and their view, once loaded (a check implies them). */
	checks: LoadedChecks | null;
	/** What the checks brought to word their problems. */
	checked: CheckedTexts | null;
	heading: RefObject<HTMLHeadingElement>;
	onView: (view: SimulatorView) => void;
	onStep: (step: ClaimStepId) => void;
	onSubmit: () => void;
}

export function StepForm({ id, t, later, data, view, check, checks, checked, heading, onView, onStep, onSubmit }: Props) {
	const { sim } = view;
	const index = claimStepIds.indexOf(sim.step);
	return (
		<form
			class="cs-step"
			noValidate
			onSubmit={(event) => {
				event.preventDefault();
				onSubmit();
			}}
		>
			<h3 tabIndex={-1} ref={heading}>
				{t('simulator.stepOf', { n: index + 1, total: claimStepIds.length, step: t(stepMessageKey(sim.step)) })}
			</h3>
			{checks && checked && check && check.errors.length > 0 && (
				<checks.ErrorSummary id={id} errors={check.errors} t={checked.t} facts={checked.errors} />
			)}
			{checks && checked && check && check.errors.length > 0 && (
				<checks.ProblemList
					id={`${id}-errors`}
					heading={checked.t('simulator.errorDetailsHeading')}
					problems={check.errors}
					t={checked.t}
					errors={checked.errors}
					kind="error"
				/>
			)}
			{checks && checked && check && check.warnings.length > 0 && (
				<checks.ProblemList
					id={`${id}-step-warnings`}
					heading={checked.t('simulator.warningsHeading')}
					problems={check.warnings}
					t={checked.t}
					errors={checked.errors}
					kind="warning"
				/>
			)}
			<StepFields
				id={id}
				t={t}
				later={later}
				lang={data.lang}
				sim={sim}
				errors={check?.errors ?? []}
				onDraft={(draft) => onView(edit(view, { draft }))}
			/>
			<div class="cs-actions">
				{index > 0 && later && (
					<button type="button" onClick={() => onStep(claimStepIds[index - 1] ?? sim.step)}>
						{later('simulator.back')}
					</button>
				)}
				<button type="submit" class="cs-primary">
					{t(sim.step === 'submit' ? 'simulator.submit' : 'simulator.next')}
				</button>
			</div>
		</form>
	);
}
