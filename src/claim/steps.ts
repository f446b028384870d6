/**
 * Validating a claim draft against the sandbox, one step of the flow at a time, in the flow's order
 * (`flow.ts`; fact sheet §3): MPN ID → customer → solution area and activity → products → contacts →
 * subscription → proof of execution → comments → submit.
 *
 * A step fails when it has at least one problem of severity `error`; warnings are reported but let the claim
 * go on. Comments are optional and submitting adds no check of its own (OSA#148).
 *
 * No exception escapes. The rules are total over the declared types (property-tested with inconsistent
 * sandboxes too); input that isn't of those types (only possible from untyped code) and can't be read gives
 * `INPUT_NOT_READABLE` at the step that tried; input that can be read is validated as it is.
 */
import { claimError, severityOf, type ClaimError } from './errors.ts';
import { claimStepIds, claimSteps, type ClaimStepId } from './flow.ts';
import { checkActivity } from './rules/activity.ts';
import { checkContacts } from './rules/contacts.ts';
import { checkCustomer } from './rules/customer.ts';
import { checkMpn } from './rules/mpn.ts';
import { checkProducts } from './rules/products.ts';
import { checkProofOfExecution } from './rules/proof-of-execution.ts';
import { checkSubscription } from './rules/subscription.ts';
import type { ClaimDraft, Sandbox } from './schema.ts';

export { claimStepIds, claimSteps, type ClaimStepId };

export type StepResult =
	| { readonly ok: true; readonly warnings: readonly ClaimError[] }
	| { readonly ok: false; readonly errors: readonly ClaimError[]; readonly warnings: readonly ClaimError[] };

export type ClaimResult =
	/** Every step passed: the claim can be submitted. */
	| { readonly ok: true; readonly warnings: readonly ClaimError[] }
	/** The first step that failed, all its errors, and the warnings of the steps up to it. */
	| { readonly ok: false; readonly step: ClaimStepId; readonly errors: readonly ClaimError[]; readonly warnings: readonly ClaimError[] };

const rules: Readonly<Record<ClaimStepId, (draft: ClaimDraft, sandbox: Sandbox) => ClaimError[]>> = {
	mpn: checkMpn,
	customer: checkCustomer,
	activity: checkActivity,
	products: checkProducts,
	contacts: checkContacts,
	subscription: checkSubscription,
	'proof-of-execution': checkProofOfExecution,
	comments: () => [],
	submit: () => [],
};

/** The problems of one step, split into errors (the step fails) and warnings. */
export function validateStep(step: ClaimStepId, draft: ClaimDraft, sandbox: Sandbox): StepResult {
	let problems: ClaimError[];
	try {
		const rule = Object.hasOwn(rules, step) ? rules[step] : undefined;
		problems = rule === undefined ? [unreadable(step)] : rule(draft, sandbox);
	} catch {
		problems = [unreadable(step)];
	}
	const errors = problems.filter((problem) => severityOf(problem.code) === 'error');
	const warnings = problems.filter((problem) => severityOf(problem.code) === 'warning');
	return errors.length > 0 ? { ok: false, errors, warnings } : { ok: true, warnings };
}

/** Runs the steps in order and stops at the first that fails. */
export function validateClaim(draft: ClaimDraft, sandbox: Sandbox): ClaimResult {
	const warnings: ClaimError[] = [];
	for (const step of claimStepIds) {
		const result = validateStep(step, draft, sandbox);
		warnings.push(...result.warnings);
		if (!result.ok) return { ok: false, step, errors: result.errors, warnings };
	}
	return { ok: true, warnings };
}

/** The step being validated, or the first one when the step itself is unknown. */
function unreadable(step: ClaimStepId): ClaimError {
	return claimError('INPUT_NOT_READABLE', claimStepIds.includes(step) ? step : 'mpn', []);
}
