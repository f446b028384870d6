/**
 * Where the claim simulator keeps the claim once the reader has changed it: in the URL on its own page (a reload
 * or a shared link reproduces it), one browser history entry per step (`historyWrite`), so Back returns to the
 * previous step and Forward comes back; in session storage when embedded in an article.
 */
import { useEffect, useRef } from 'preact/hooks';
import { encodeState, type SimulatorState } from '../../claim/url-encoding.ts';
import { withQuery } from '../../url-query.ts';
import type { SimulatorData } from './data.ts';
import { historyWrite } from './history.ts';
import type { SimulatorView } from './state.ts';

interface Options {
	readonly mode: 'page' | 'embedded';
	readonly storageKey: string;
	/** Back or Forward went to another entry of the page: the island reads the URL's claim again. */
	readonly onHistory: () => void;
}

/**
 * Writes the claim when the reader changes it; on the page, listens for Back and Forward. `restored` is called
 * by the island with the state it shows after reading the URL (on load, or after Back/Forward), so the next write
 * is compared with what the current entry shows.
 */
export function useKeptClaim(view: SimulatorView | null, data: SimulatorData | null | false, options: Options) {
	const shown = useRef<SimulatorState | null>(null);
	useEffect(() => {
		if (!view?.touched || !data) return;
		const query = encodeState(view.sim, data.sandbox);
		if (options.mode === 'embedded') {
			sessionStorage.setItem(options.storageKey, query.toString());
			return;
		}
		const url = `${withQuery(location.pathname, query)}${location.hash}`;
		if (shown.current && historyWrite(shown.current, view.sim) === 'push') history.pushState(null, '', url);
		else history.replaceState(history.state, '', url);
		shown.current = view.sim;
	}, [view?.sim]);
	useEffect(() => {
		if (options.mode !== 'page') return;
		const listener = () => options.onHistory();
		addEventListener('popstate', listener);
		return () => removeEventListener('popstate', listener);
	}, []);
	return {
		restored(sim: SimulatorState) {
			shown.current = sim;
		},
	};
}
