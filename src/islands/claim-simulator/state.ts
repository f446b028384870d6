/**
 * The claim simulator's state and its transitions, as plain functions: what the island shows (the claim,
 * the last check, the parts of a link that could not be read, what to announce) and how each action of
 * the reader changes it. No Preact, no DOM: unit-tested (`test/unit/claim/simulator-state.test.ts`); the
 * island (`ClaimSimulator.tsx`) keeps it in a `useState` and applies these.
 *
 * The checks (`steps.ts`, every rule of the flow) are passed in: the island loads them when the reader
 * first checks a step, or when a submitted claim's warnings are to be shown.
 *
 * Announcements are data (`Announcement`); the view words them in the page's language.
 */
import type { ClaimError, ClaimErrorCode } from '../../claim/errors.ts';
import { claimStepIds, type ClaimStepId } from '../../claim/flow.ts';
import type { ClaimDraft, Sandbox } from '../../claim/schema.ts';
import type { validateClaim, validateStep } from '../../claim/steps.ts';
import { initialStateOn, type SimulatorState, type StateParam } from '../../claim/url-encoding.ts';

/** The claim engine's checks (`steps.ts`), as the island loads them (`checked.ts`, which brings their view too). */
export interface Checks {
	readonly validateStep: typeof validateStep;
	readonly validateClaim: typeof validateClaim;
}

/** A step's problems, as the last check found them. */
export interface Check {
	readonly step: ClaimStepId;
	readonly errors: readonly ClaimError[];
	readonly warnings: readonly ClaimError[];
}

/** What the screen reader is told after an action. */
export type Announcement =
	| { readonly kind: 'none' }
	| { readonly kind: 'errors'; readonly codes: readonly ClaimErrorCode[] }
	| { readonly kind: 'passed'; readonly step: ClaimStepId }
	| { readonly kind: 'submitted' }
	| { readonly kind: 'preset'; readonly presetId: string }
	| { readonly kind: 'started-over' };

export interface SimulatorView {
	readonly sim: SimulatorState;
	readonly check: Check | null;
	/** Link parameters that could not be read. */
	readonly rejected: readonly StateParam[];
	readonly announcement: Announcement;
	/** Changed by the reader since it loaded: only then is the state written to the URL or session storage. */
	readonly touched: boolean;
}

/** A view of a loaded state, before the reader has done anything. */
export function loadedView(sim: SimulatorState, rejected: readonly StateParam[] = []): SimulatorView {
	return { sim, check: null, rejected, announcement: { kind: 'none' }, touched: false };
}

const changed = (view: SimulatorView, sim: Partial<SimulatorState>): SimulatorView => ({
	...view,
	sim: { ...view.sim, ...sim },
	touched: true,
});

/** The draft or the sandbox edited, or another clock picked for a submitted claim (`Submitted.tsx`). */
export function edit(
	view: SimulatorView,
	next: Partial<Pick<SimulatorState, 'draft' | 'sandbox' | 'timeZone' | 'submitted'>>,
): SimulatorView {
	return changed(view, next);
}

/** Another step chosen, with the check to show there (none by default). */
export function goTo(view: SimulatorView, step: ClaimStepId, check: Check | null = null): SimulatorView {
	return { ...changed(view, { step }), check };
}

/** "Check and continue": the current step validated; on to the next step when it passes (with its warnings), else its errors. */
export function checkAndContinue(view: SimulatorView, checks: Checks): SimulatorView {
	const { sim } = view;
	const result = checks.validateStep(sim.step, sim.draft, sim.sandbox);
	if (!result.ok) {
		const check = { step: sim.step, errors: result.errors, warnings: result.warnings };
		return { ...view, check, announcement: { kind: 'errors', codes: result.errors.map((error) => error.code) } };
	}
	const next = claimStepIds[claimStepIds.indexOf(sim.step) + 1] ?? sim.step;
	const check = result.warnings.length > 0 ? { step: sim.step, errors: [], warnings: result.warnings } : null;
	return { ...goTo(view, next, check), announcement: { kind: 'passed', step: sim.step } };
}

/**
 * The step a link opens on, checked as it opens (the error pages' "Try it", `checkParam`): its errors or warnings
 * shown there and announced, nothing moved or written (the reader has done nothing yet). A submitted claim stays as it is.
 */
export function checkOnArrival(view: SimulatorView, checks: Checks): SimulatorView {
	const { sim } = view;
	if (sim.submitted !== null) return view;
	const result = checks.validateStep(sim.step, sim.draft, sim.sandbox);
	const errors = result.ok ? [] : result.errors;
	const check = { step: sim.step, errors, warnings: result.warnings };
	const announcement: Announcement = errors.length > 0 ? { kind: 'errors', codes: errors.map((error) => error.code) } : view.announcement;
	return { ...view, check, announcement };
}

/** "Submit claim": every step validated; submitted on `today` (`YYYY-MM-DD`) when all pass, else the first failing step. */
export function submit(view: SimulatorView, today: string, checks: Checks): SimulatorView {
	const { sim } = view;
	const result = checks.validateClaim(sim.draft, sim.sandbox);
	if (!result.ok) {
		const check = { step: result.step, errors: result.errors, warnings: result.warnings };
		return { ...goTo(view, result.step, check), announcement: { kind: 'errors', codes: result.errors.map((error) => error.code) } };
	}
	// Its warnings are shown with the submitted claim, recomputed from it (`earlierWarnings`).
	return { ...changed(view, { submitted: today }), check: null, announcement: { kind: 'submitted' } };
}

/** "Edit the claim again": back to the last step, not submitted. */
export function editAgain(view: SimulatorView): SimulatorView {
	return { ...changed(view, { submitted: null, step: 'submit' }), check: null };
}

/**
 * A fresh claim: a preset's draft on the default sandbox, or an empty one on the current sandbox. The clock the
 * reader picked stays: it is the reader's, not the claim's.
 */
function restart(view: SimulatorView, sim: SimulatorState, announcement: Announcement): SimulatorView {
	return { sim: { ...sim, timeZone: view.sim.timeZone }, check: null, rejected: [], announcement, touched: true };
}

/** A preset loaded onto the default sandbox. */
export function loadPreset(view: SimulatorView, preset: { id: string; draft: ClaimDraft }, defaultSandbox: Sandbox): SimulatorView {
	return restart(view, { ...initialStateOn(defaultSandbox), draft: preset.draft }, { kind: 'preset', presetId: preset.id });
}

/** An empty claim on the current sandbox. */
export function startOver(view: SimulatorView): SimulatorView {
	return restart(view, initialStateOn(view.sim.sandbox), { kind: 'started-over' });
}

/** The check to show with the current step's form (none once submitted). */
export function stepCheck(view: SimulatorView): Check | null {
	const { check, sim } = view;
	return check?.step === sim.step && sim.submitted === null ? check : null;
}

/** Warnings of earlier steps to show above the form; a submitted claim's, recomputed once the checks are loaded (they are not stored). */
export function earlierWarnings(view: SimulatorView, checks: Checks | null): readonly ClaimError[] {
	const { check, sim } = view;
	if (sim.submitted !== null) return checks ? checks.validateClaim(sim.draft, sim.sandbox).warnings : [];
	return check && check.step !== sim.step ? check.warnings : [];
}

/** How each step shows in the step list: the current one, failed or passed. */
export function stepStatus(view: SimulatorView, step: ClaimStepId): 'failed' | 'passed' | null {
	const current = stepCheck(view);
	if (current?.step === step && current.errors.length > 0) return 'failed';
	return claimStepIds.indexOf(step) < claimStepIds.indexOf(view.sim.step) || view.sim.submitted !== null ? 'passed' : null;
}
