/**
 * Where the claim simulator's data and state come from: the data carried by the page (`page-data.ts`) or
 * downloaded once per page, then the state from the URL (page) or session storage (embedded), else a clean
 * start (the embedded simulator starts on its section's first preset); and the claim engine's checks, which
 * only a reader who checks a step needs.
 */
import { carriesState, checkParam, initialStateOn, type SimulatorState, type StateParam } from '../../claim/url-encoding.ts';
import type * as checked from './checked.ts';
import type { SimulatorData } from './data.ts';

/** Where the island runs, as `load` needs it. */
export interface LoadOptions {
	readonly dataUrl: string;
	readonly mode: 'page' | 'embedded';
	readonly presetIds?: readonly string[] | undefined;
	readonly storageKey: string;
}

/** One download per page, however many simulators the article embeds. */
const downloads = new Map<string, Promise<SimulatorData>>();

function download(url: string): Promise<SimulatorData> {
	let pending = downloads.get(url);
	if (!pending) {
		pending = fetch(url).then((response) => {
			if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
			return response.json() as Promise<SimulatorData>;
		});
		downloads.set(url, pending);
	}
	return pending;
}

/** The data (carried by the page, else downloaded), then the state and the link parameters that could not be read. */
export async function load(
	options: LoadOptions,
	carried: SimulatorData | null,
): Promise<{ loaded: SimulatorData; state: SimulatorState; dropped: readonly StateParam[] }> {
	const loaded = carried ?? (await download(options.dataUrl));
	const query =
		options.mode === 'page' ? new URLSearchParams(location.search) : new URLSearchParams(sessionStorage.getItem(options.storageKey) ?? '');
	let state = initialStateOn(loaded.sandbox);
	if (options.mode === 'embedded' && query.size === 0) {
		const first = loaded.presets.find((preset) => options.presetIds?.includes(preset.id));
		if (first) state = { ...state, draft: first.draft };
	}
	if (!carriesState(query)) return { loaded, state, dropped: [] };
	// zod is loaded only for links that carry a claim.
	const { decodeStateFrom } = await import('../../claim/url-decoding.ts');
	const decoded = decodeStateFrom(query, {
		sandbox: loaded.sandbox,
		presetDraft: (presetId) => loaded.presets.find((preset) => preset.id === presetId)?.draft,
	});
	return { loaded, state: decoded.state, dropped: decoded.rejected };
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

/** The checks and their view (`checked.ts`). */
export type LoadedChecks = typeof checked;

let checks: Promise<LoadedChecks> | undefined;

/** The claim engine's checks and the view of their problems, loaded once, when the reader first checks a step. */
export function loadChecks(): Promise<LoadedChecks> {
	checks ??= import('./checked.ts');
	return checks;
}
