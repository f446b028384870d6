/**
 * The claim simulator's state in the page URL, so that a shared link reproduces the exact claim and sandbox
 * and a reload loses nothing: `url-encoding.ts` writes it, `url-decoding.ts` reads it back. This module puts
 * the two together with the presets (`presets.ts`) as the starting point, for pages, other tools and tests;
 * the island imports the halves itself, to load zod and the presets only when it needs them.
 */
import { findPreset, presetSandbox } from './presets.ts';
import { decodeStateFrom, type DecodedState, type StartingPoint } from './url-decoding.ts';
import { encodeState as encodeOn, initialStateOn, type SimulatorState } from './url-encoding.ts';

export * from './url-encoding.ts';
export type { DecodedState } from './url-decoding.ts';

const presetStart: StartingPoint = { sandbox: presetSandbox, presetDraft: (id) => findPreset(id)?.draft };

/** An empty draft on the preset sandbox, first step. */
export function initialState(): SimulatorState {
	return initialStateOn(presetSandbox);
}

/** The query parameters for a state, the preset sandbox left out. */
export function encodeState(state: SimulatorState): URLSearchParams {
	return encodeOn(state, presetSandbox);
}

/** The state a URL's query describes, starting from the presets. Never throws. */
export function decodeState(params: URLSearchParams): DecodedState {
	return decodeStateFrom(params, presetStart);
}
