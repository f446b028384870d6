/**
 * When the claim simulator on its own page adds a browser history entry and when it rewrites the current one
 * (issue #16: Back returns to the previous step, Forward comes back). How the state is written into the URL is
 * `url-encoding.ts`'s; this module decides only push or replace, so the two can change apart.
 */
import type { SimulatorState } from '../../claim/url-encoding.ts';

/** How a new state goes into the browser's history: a new entry, or in place of the current one. */
export type HistoryWrite = 'push' | 'replace';

/**
 * `push` when the reader is somewhere else in the flow (another step, or the claim submitted or taken back), so
 * Back returns to where they were; `replace` for anything typed or picked within a step (one entry per step, not
 * per keystroke). `previous` is the state the current entry shows (as loaded, restored by Back, or last written).
 */
export function historyWrite(previous: SimulatorState, next: SimulatorState): HistoryWrite {
	return previous.step !== next.step || (previous.submitted === null) !== (next.submitted === null) ? 'push' : 'replace';
}
