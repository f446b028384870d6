/**
 * The claim simulator's state in the page URL, so that a shared link reproduces the exact claim and sandbox
 * and a reload loses nothing.
 *
 * Parameters (all optional):
 * - `preset`: a preset id (`presets.ts`); the start when there is no `draft`. Readable links for the error pages.
 * - `draft`: the claim draft as base64url-encoded UTF-8 JSON, with empty fields left out.
 * - `sandbox`: the sandbox, encoded the same way; left out while it is the preset sandbox.
 * - `step`: the step the reader is on (`flow.ts`).
 * - `submitted`: the date the claim was submitted (`YYYY-MM-DD`), so the review dates survive a reload.
 *
 * Decoding never throws: each parameter that is malformed, tampered with or unknown is reported by name and
 * replaced by a clean start (an empty draft, the preset sandbox, the first step), so the page can say what
 * was dropped and carry on.
 */
import { decodeJson, encodeJson } from './base64url-json.ts';
import { isIsoDate } from './business-days.ts';
import { claimStepIds, type ClaimStepId } from './flow.ts';
import { findPreset, presetSandbox } from './presets.ts';
import { emptyDraft, parseDraft, parseSandbox, type ClaimDraft, type Sandbox } from './schema.ts';

export { decodeJson, encodeJson, MAX_PARAM_LENGTH } from './base64url-json.ts';

/** The simulator page's path below a locale prefix (`/ja/` + `claim-simulator/`). */
export const SIMULATOR_PATH = 'claim-simulator/';

export interface SimulatorState {
	readonly draft: ClaimDraft;
	readonly sandbox: Sandbox;
	readonly step: ClaimStepId;
	/** Set once the claim is submitted: the submission date. */
	readonly submitted: string | null;
}

export const stateParams = ['preset', 'draft', 'sandbox', 'step', 'submitted'] as const;
export type StateParam = (typeof stateParams)[number];

export interface DecodedState {
	readonly state: SimulatorState;
	/** The parameters that could not be used (malformed, tampered with or unknown values). */
	readonly rejected: readonly StateParam[];
}

/** The state a reader starts from: an empty draft on the preset sandbox, first step. */
export function initialState(): SimulatorState {
	return { draft: emptyDraft(), sandbox: presetSandbox, step: claimStepIds[0], submitted: null };
}

/** The query parameters for a state; the sandbox only when it differs from the preset sandbox. */
export function encodeState(state: SimulatorState): URLSearchParams {
	const params = new URLSearchParams();
	params.set('draft', encodeJson(compact(state.draft) ?? {}));
	if (!sameJson(state.sandbox, presetSandbox)) params.set('sandbox', encodeJson(state.sandbox));
	params.set('step', state.step);
	if (state.submitted !== null) params.set('submitted', state.submitted);
	return params;
}

/** The state a URL's query describes, with the parameters that had to be dropped. Never throws. */
export function decodeState(params: URLSearchParams): DecodedState {
	const rejected: StateParam[] = [];
	const start = initialState();

	let draft = start.draft;
	const draftParam = params.get('draft');
	const presetParam = params.get('preset');
	if (draftParam !== null) {
		const parsed = decodeJson(draftParam);
		const result = parsed.ok ? parseDraft(parsed.value) : parsed;
		if (result.ok) draft = result.value;
		else rejected.push('draft');
	} else if (presetParam !== null) {
		const preset = findPreset(presetParam);
		if (preset) draft = preset.draft;
		else rejected.push('preset');
	}

	let sandbox = start.sandbox;
	const sandboxParam = params.get('sandbox');
	if (sandboxParam !== null) {
		const parsed = decodeJson(sandboxParam);
		const result = parsed.ok ? parseSandbox(parsed.value) : parsed;
		if (result.ok) sandbox = result.value;
		else rejected.push('sandbox');
	}

	let step = start.step;
	const stepParam = params.get('step');
	if (stepParam !== null) {
		if (isStepId(stepParam)) step = stepParam;
		else rejected.push('step');
	}

	let submitted: string | null = null;
	const submittedParam = params.get('submitted');
	if (submittedParam !== null) {
		if (isIsoDate(submittedParam)) submitted = submittedParam;
		else rejected.push('submitted');
	}

	return { state: { draft, sandbox, step, submitted }, rejected };
}

/** `?preset=…` for a link that opens the simulator on a preset (the error pages' "Try it" links). */
export function presetQuery(presetId: string): string {
	return `?${new URLSearchParams({ preset: presetId })}`;
}

/** `?draft=…` for a link that opens the simulator with a prefilled draft (the activity and MPN helpers). */
export function draftQuery(draft: ClaimDraft, step?: ClaimStepId): string {
	const params = new URLSearchParams({ draft: encodeJson(compact(draft) ?? {}) });
	if (step) params.set('step', step);
	return `?${params}`;
}

function isStepId(value: string): value is ClaimStepId {
	return (claimStepIds as readonly string[]).includes(value);
}

/** The value without empty strings, nulls, empty arrays and empty objects (the draft schema restores them). */
function compact(value: unknown): unknown {
	if (value === '' || value === null || value === undefined) return undefined;
	if (Array.isArray(value)) return value.length === 0 ? undefined : value;
	if (typeof value === 'object') {
		const entries = Object.entries(value).flatMap(([key, inner]) => {
			const kept = compact(inner);
			return kept === undefined ? [] : [[key, kept] as const];
		});
		return entries.length === 0 ? undefined : Object.fromEntries(entries);
	}
	return value;
}

function sameJson(a: unknown, b: unknown): boolean {
	return JSON.stringify(a) === JSON.stringify(b);
}
