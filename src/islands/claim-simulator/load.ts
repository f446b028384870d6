/**
 * Where the claim simulator's data and state come from: the data carried by the page (`../loading/page-data.ts`) or
 * downloaded once per page, then the state from the URL (page) or session storage (embedded), else a clean
 * start (the embedded simulator starts on its section's first preset); the presets' drafts, which only a preset
 * needs (a link's, the scenario menu's); and the claim engine's checks, which only a reader who checks a step needs.
 */
import { carriesState, checkParam, initialStateOn, type SimulatorState, type StateParam } from '../../claim/url-encoding.ts';
import type * as checked from './checked.ts';
import { forgetKept, keptQuery } from './keep.ts';
import { readyToDecode } from '../links/deflate-on-demand.ts';
import type { DecodedState } from '../../claim/url-decoding.ts';
import type { ClaimDraft, Sandbox } from '../../claim/schema.ts';
import type { PresetDrafts, SimulatorData, SimulatorErrorTexts } from './data.ts';
import { downloadJson as download, withinTime } from '../loading/download.ts';

/** Where the island runs, as `load` needs it. */
export interface LoadOptions {
	readonly dataUrl: string;
	/** The presets' drafts (`PresetDrafts`), downloaded only when a preset is loaded. */
	readonly draftsUrl: string;
	readonly mode: 'page' | 'embedded';
	readonly presetIds?: readonly string[] | undefined;
	readonly storageKey: string;
}

/**
 * The data (carried by the page, else downloaded), then the state and the link parameters that could not be read.
 * The presets' drafts are downloaded only for a preset to start from: the embedded simulator's first, a link's.
 */
export async function load(
	options: LoadOptions,
	carried: SimulatorData | null,
): Promise<{ loaded: SimulatorData; state: SimulatorState; dropped: readonly StateParam[] }> {
	const query = new URLSearchParams(options.mode === 'page' ? location.search : keptQuery(options.storageKey));
	// The embedded simulator starts on its section's first preset: its draft downloads with the data.
	const onFirstPreset = options.mode === 'embedded' && query.size === 0;
	const [loaded, drafts] = await Promise.all([
		carried ?? download<SimulatorData>(options.dataUrl),
		onFirstPreset ? presetDrafts(options.draftsUrl) : null,
	]);
	let state = initialStateOn(loaded.sandbox);
	if (drafts) {
		const first = loaded.presets.find((preset) => options.presetIds?.includes(preset.id));
		const draft = first && draftOf(drafts, first.id);
		if (draft) state = { ...state, draft };
	}
	if (!carriesState(query)) return { loaded, state, dropped: [] };
	const decoded = await decodeQuery(query, loaded.sandbox, options.draftsUrl);
	if (options.mode === 'embedded' && decoded.rejected.length > 0) {
		// A corrupt session value is no damaged link: it is reset quietly.
		forgetKept(options.storageKey);
		return { loaded, state, dropped: [] };
	}
	return { loaded, state: decoded.state, dropped: decoded.rejected };
}

/**
 * The presets' drafts at `url` (`routes.simulatorPresetDrafts()`), downloaded once per page; rejects when they can't
 * be downloaded in time, and are downloaded again on the next call.
 */
export function presetDrafts(url: string): Promise<PresetDrafts> {
	return download<PresetDrafts>(url);
}

/** The draft of the preset `id`, if there is one (not a property every object has: `?preset=constructor`). */
export function draftOf(drafts: PresetDrafts, id: string): ClaimDraft | undefined {
	return Object.hasOwn(drafts, id) ? drafts[id] : undefined;
}

/**
 * The state a query describes (a link, a session, a saved file) on the default `sandbox`, with the parameters that
 * had to be dropped. Loads zod (only links that carry a claim need it), for a deflated value the deflate codec, and
 * for a preset without a draft of its own the presets' drafts (`draftsUrl`). Rejects when they can't be downloaded in
 * time.
 */
export async function decodeQuery(query: URLSearchParams, sandbox: Sandbox, draftsUrl: string): Promise<DecodedState> {
	const drafts = query.has('preset') && !query.has('draft') ? presetDrafts(draftsUrl) : null;
	const [{ decodeStateFrom }, , loadedDrafts] = await withinTime(
		Promise.all([import('../../claim/url-decoding.ts'), readyToDecode(query), drafts]),
	);
	return decodeStateFrom(query, {
		sandbox,
		presetDraft: (presetId) => (loadedDrafts ? draftOf(loadedDrafts, presetId) : undefined),
	});
}

/** What a link asks of the simulator as it opens, besides its claim. */
export interface Arrival {
	/** The preset the link opens (without a draft of its own), to show as chosen in the scenario menu. */
	readonly presetId: string | null;
	/** Check the link's step on arrival (`checkParam`: the error pages' "Try it"). */
	readonly check: boolean;
}

/** What the page's link asks (`query`: its search parameters; `presetIds`: the presets the simulator offers). */
export function arrivalOf(query: URLSearchParams, presetIds: readonly string[]): Arrival {
	const preset = query.get('preset');
	const presetId = preset !== null && !query.has('draft') && presetIds.includes(preset) ? preset : null;
	return { presetId, check: query.has(checkParam) && query.has('step') };
}

/** The checks and their view (`checked.ts`), with the error texts they show. */
export type LoadedChecks = typeof checked & { readonly errorTexts: SimulatorErrorTexts };

let checks: Promise<typeof checked> | undefined;

/**
 * The claim engine's checks and the view of their problems, loaded once, when the reader first checks a step (again
 * after a failure), with the error texts (`errorTextsUrl`, downloaded once per page).
 */
export async function loadChecks(errorTextsUrl: string): Promise<LoadedChecks> {
	if (!checks) {
		checks = withinTime(import('./checked.ts'));
		checks.catch(() => (checks = undefined));
	}
	const [module, errorTexts] = await Promise.all([checks, download<SimulatorErrorTexts>(errorTextsUrl)]);
	return { ...module, errorTexts };
}
