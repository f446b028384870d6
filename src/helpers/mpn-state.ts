/**
 * What the reader does to the MPN helper's list and questions, as a pure reducer over its URL state: edit a
 * row, add or remove one, load the sample, answer a question about the work, start over. Plain TypeScript
 * (the island keeps the state in the URL with it; the unit tests drive it directly).
 */
import type { MpnId } from '../claim/schema.ts';
import { entryOf, reconcileWork, unknownWork, type MpnEntry, type MpnWork } from './mpn.ts';
import { emptyMpnState, MAX_MPN_ROWS, type MpnState } from './url.ts';

/** A row as "Add an MPN ID" adds it. */
export const blankMpnEntry: MpnEntry = { id: '', name: '', enrolledInIncentives: false, partnerType: '', location: '' };

export type MpnAction =
	| { readonly type: 'edit'; readonly index: number; readonly change: Partial<MpnEntry> }
	| { readonly type: 'add' }
	| { readonly type: 'remove'; readonly index: number }
	/** The simulator sandbox's MPN IDs in place of the list; the answers about the work forgotten. */
	| { readonly type: 'load-sample'; readonly mpnIds: readonly MpnId[] }
	| { readonly type: 'answer-work'; readonly work: MpnWork }
	| { readonly type: 'start-over' };

/**
 * The state after an action. A change to the list drops an answer about the work that no listed row has
 * any more (`reconcileWork`); adding beyond `MAX_MPN_ROWS` or editing a row that isn't there changes nothing.
 */
export function mpnStateAfter(state: MpnState, action: MpnAction): MpnState {
	const withEntries = (entries: readonly MpnEntry[]): MpnState => ({ entries, work: reconcileWork(entries, state.work) });
	switch (action.type) {
		case 'edit':
			if (action.index < 0 || action.index >= state.entries.length) return state;
			return withEntries(state.entries.map((entry, at) => (at === action.index ? { ...entry, ...action.change } : entry)));
		case 'add':
			return state.entries.length >= MAX_MPN_ROWS ? state : withEntries([...state.entries, blankMpnEntry]);
		case 'remove':
			return withEntries(state.entries.filter((_, at) => at !== action.index));
		case 'load-sample':
			return { entries: action.mpnIds.map(entryOf), work: unknownWork };
		case 'answer-work':
			return { entries: state.entries, work: action.work };
		case 'start-over':
			return emptyMpnState;
	}
}
