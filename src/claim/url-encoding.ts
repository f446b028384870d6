/**
 * Writing the claim simulator's state into the page URL (reading it back is `url-decoding.ts`, which needs
 * the zod schemas; this half doesn't, so the simulator island loads zod only when a link carries a claim).
 *
 * Parameters (all optional):
 * - `preset`: a preset id (`presets.ts`); the start when there is no `draft`. Readable links for the error pages.
 * - `draft`: the claim draft as base64url-encoded UTF-8 JSON, with empty fields left out.
 * - `sandbox`: the sandbox, encoded the same way; left out while it is the preset sandbox.
 * - `step`: the step the reader is on (`flow.ts`).
 * - `submitted`: the date the claim was submitted (`YYYY-MM-DD`), so the review dates survive a reload.
 * - `tz`: the IANA time zone the business days are counted in, when the reader picked one (else the browser's).
 *
 * Not state but a request: `check` (`checkParam`) asks the simulator to check the step as it opens (the error
 * pages' "Try it" links, so the error is on screen on arrival).
 */
import { compactJson as compact, encodeJson } from './base64-json.ts';
import { emptyDraft } from './draft.ts';
import { claimStepIds, type ClaimStepId } from './flow.ts';
import type { ClaimDraft, Sandbox } from './schema.ts';

export interface SimulatorState {
	readonly draft: ClaimDraft;
	readonly sandbox: Sandbox;
	readonly step: ClaimStepId;
	/** Set once the claim is submitted: the submission date. */
	readonly submitted: string | null;
	/** The time zone the reader picked for the business days; `null`: the browser's. */
	readonly timeZone: string | null;
}

export { decodeJson, encodeJson } from './base64-json.ts';

const stateParams = ['preset', 'draft', 'sandbox', 'step', 'submitted', 'tz'] as const;
export type StateParam = (typeof stateParams)[number];

/** Whether a query carries any part of a claim's state (a shared link does; the bare page does not). */
export function carriesState(params: URLSearchParams): boolean {
	return stateParams.some((param) => params.has(param));
}

/** A clean start on a sandbox: an empty draft, first step, not submitted, on the browser's clock. */
export function initialStateOn(sandbox: Sandbox): SimulatorState {
	return { draft: emptyDraft(), sandbox, step: claimStepIds[0], submitted: null, timeZone: null };
}

/** The query parameters for a state; the sandbox only when it differs from the default one. */
export function encodeState(state: SimulatorState, defaultSandbox: Sandbox): URLSearchParams {
	const params = new URLSearchParams();
	params.set('draft', encodeJson(compact(state.draft) ?? {}));
	if (JSON.stringify(state.sandbox) !== JSON.stringify(defaultSandbox)) params.set('sandbox', encodeJson(state.sandbox));
	params.set('step', state.step);
	if (state.submitted !== null) params.set('submitted', state.submitted);
	if (state.timeZone !== null) params.set('tz', state.timeZone);
	return params;
}

/** The parameter that asks the simulator to check the link's step as it opens (`check=1`). */
export const checkParam = 'check';

/**
 * The query (`preset=…&step=…&check=1`) of a link that opens the simulator on a preset (the error pages' "Try it"
 * links): at a step, that step checked on arrival so its error is on screen. `localePath(locale,
 * routes.simulator(), presetQuery(id, step))` (`src/routes.ts`).
 */
export function presetQuery(presetId: string, step?: ClaimStepId): URLSearchParams {
	const params = new URLSearchParams({ preset: presetId });
	if (step) {
		params.set('step', step);
		params.set(checkParam, '1');
	}
	return params;
}

/** The query (`draft=…&step=…`) of a link that opens the simulator with a prefilled draft (the activity helper). */
export function draftQuery(draft: ClaimDraft, step?: ClaimStepId): URLSearchParams {
	const params = new URLSearchParams({ draft: encodeJson(compact(draft) ?? {}) });
	if (step) params.set('step', step);
	return params;
}
