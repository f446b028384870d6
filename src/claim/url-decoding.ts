/**
 * Reading the claim simulator's state back from the page URL (`url-encoding.ts` writes it). Never throws:
 * each parameter that is malformed, tampered with or unknown is reported by name and replaced by a clean
 * start (an empty draft, the default sandbox, the first step), so the page can say what was dropped and
 * carry on.
 */
import { isClaimDate, isTimeZone } from './business-days.ts';
import { claimStepIds, type ClaimStepId } from './flow.ts';
import { parseDraft, parseSandbox, type ClaimDraft, type Sandbox } from './schema.ts';
import { decodeJson } from './base64-json.ts';
import { findSubscription, productsAskingForSubscription } from './lookups.ts';
import { initialStateOn, type SimulatorState, type StateParam } from './url-encoding.ts';

/** What a link starts from: the default sandbox and the preset drafts. */
export interface StartingPoint {
	readonly sandbox: Sandbox;
	readonly presetDraft: (id: string) => ClaimDraft | undefined;
}

export interface DecodedState {
	readonly state: SimulatorState;
	/** The parameters that could not be used (malformed, tampered with or unknown values). */
	readonly rejected: readonly StateParam[];
}

/** The state a URL's query describes, with the parameters that had to be dropped. */
export function decodeStateFrom(params: URLSearchParams, start: StartingPoint): DecodedState {
	const rejected: StateParam[] = [];
	const clean = initialStateOn(start.sandbox);

	let draft = clean.draft;
	/** The draft as the link wrote it, for the fields of an older shape (`withLegacySubscriptionId`). */
	let legacy: unknown;
	const draftParam = params.get('draft');
	const presetParam = params.get('preset');
	if (draftParam !== null) {
		const parsed = decodeJson(draftParam);
		const result = parsed.ok ? parseDraft(parsed.value) : parsed;
		if (result.ok) draft = result.value;
		else rejected.push('draft');
		legacy = parsed.ok ? parsed.value : undefined;
	} else if (presetParam !== null) {
		const preset = start.presetDraft(presetParam);
		if (preset) draft = preset;
		else rejected.push('preset');
	}

	let sandbox = clean.sandbox;
	const sandboxParam = params.get('sandbox');
	if (sandboxParam !== null) {
		const parsed = decodeJson(sandboxParam);
		const result = parsed.ok ? parseSandbox(parsed.value) : parsed;
		if (result.ok) sandbox = result.value;
		else rejected.push('sandbox');
	}

	draft = withLegacySubscriptionId(draft, legacy, sandbox);

	let step = clean.step;
	const stepParam = params.get('step');
	if (stepParam !== null) {
		if (isStepId(stepParam)) step = stepParam;
		else rejected.push('step');
	}

	let submitted: string | null = null;
	const submittedParam = params.get('submitted');
	if (submittedParam !== null) {
		if (isClaimDate(submittedParam)) submitted = submittedParam;
		else rejected.push('submitted');
	}

	let timeZone: string | null = null;
	const tzParam = params.get('tz');
	if (tzParam !== null) {
		if (isTimeZone(tzParam)) timeZone = tzParam;
		else rejected.push('tz');
	}

	return { state: { draft, sandbox, step, submitted, timeZone }, rejected };
}

/**
 * A draft from a link (or an embedded simulator's session) written before one subscription ID per product
 * (`subscriptionIds`, OSA#145) replaced the single `subscriptionId`: the old ID goes to the product the flow asks
 * it for, the product of that subscription when the flow asks for it, else the first product the flow asks a
 * subscription ID for (where the old flow's one field checked it). Dropped when the flow asks for none (the old
 * flow didn't either), and ignored when the link also has the new field. `raw` is the link's decoded JSON.
 */
export function withLegacySubscriptionId(draft: ClaimDraft, raw: unknown, sandbox: Sandbox): ClaimDraft {
	const old = typeof raw === 'object' && raw !== null ? (raw as { subscriptionId?: unknown }).subscriptionId : undefined;
	if (typeof old !== 'string' || old.trim() === '' || Object.keys(draft.subscriptionIds).length > 0) return draft;
	const asked = productsAskingForSubscription(draft, sandbox);
	const own = findSubscription(sandbox, old)?.product;
	const product = asked.find((candidate) => candidate.id === own) ?? asked[0];
	return product ? { ...draft, subscriptionIds: { [product.id]: old } } : draft;
}

function isStepId(value: string): value is ClaimStepId {
	return (claimStepIds as readonly string[]).includes(value);
}
