/**
 * Where the claim simulator keeps the claim once the reader has changed it: in the URL on its own page (a reload
 * or a shared link reproduces it), one browser history entry per step (`historyWrite`), so Back returns to the
 * previous step and Forward comes back; in session storage when embedded in an article, or this page's memory
 * where storage is blocked or full (`keep.ts`). Written in a layout effect, in the same task as the reader's input,
 * so a reload right after typing loses nothing; a long state is written again deflated once the codec has loaded
 * (`deflateLater`).
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { encodeState, type SimulatorState } from '../../claim/url-encoding.ts';
import { deflateLater } from '../links/deflate-on-demand.ts';
import type { SimulatorData } from './data.ts';
import { historyWrite } from './history.ts';
import { keepClaim } from './keep.ts';
import type { SimulatorView } from './state.ts';

interface Options {
	readonly mode: 'page' | 'embedded';
	readonly storageKey: string;
	/** Back or Forward went to another entry of the page: the island reads the URL's claim again. */
	readonly onHistory: () => void;
}

/** What the reader is told about where the claim is kept: not saved in this tab (once), or too long for a link. */
export interface KeptNotes {
	readonly unsaved: 'full' | 'unavailable' | null;
	/** The length of the query that didn't fit in a link, `null` while it fits. */
	readonly tooLong: number | null;
}

/**
 * Writes the claim when the reader changes it; on the page, listens for Back and Forward. `restored` is called
 * by the island with the state it shows after reading the URL (on load, or after Back/Forward), so the next write
 * is compared with what the current entry shows. `notes` says what the reader must be told.
 */
export function useKeptClaim(view: SimulatorView | null, data: SimulatorData | null | false, options: Options) {
	const shown = useRef<SimulatorState | null>(null);
	const latest = useRef(view);
	latest.current = view;
	const [notes, setNotes] = useState<KeptNotes>({ unsaved: null, tooLong: null });
	useLayoutEffect(() => {
		if (!view?.touched || !data) return;
		let push = options.mode === 'page' && shown.current !== null && historyWrite(shown.current, view.sim) === 'push';
		const write = () => {
			const query = encodeState((latest.current ?? view).sim, data.sandbox);
			const outcome = keepClaim(options.mode, options.storageKey, query, push);
			push = false; // a deflated rewrite replaces the entry it follows
			setNotes((said) => ({
				unsaved: said.unsaved ?? (outcome === 'full' || outcome === 'unavailable' ? outcome : null),
				tooLong: outcome === 'too-long' ? query.toString().length : null,
			}));
			return query;
		};
		deflateLater(write(), write);
		shown.current = view.sim;
	}, [view?.sim]);
	useEffect(() => {
		if (options.mode !== 'page') return;
		const listener = () => options.onHistory();
		addEventListener('popstate', listener);
		return () => removeEventListener('popstate', listener);
	}, []);
	return {
		notes,
		restored(sim: SimulatorState) {
			shown.current = sim;
		},
	};
}
