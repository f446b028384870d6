/**
 * The lifecycle island's state as a Preact hook: the reducer of `src/claim/lifecycle/simulator.ts`, fed once
 * from the page URL (`start.ts`), and the URL kept in step with it (replaceState, `writeLink`), so a reload or a
 * shared link shows the same timeline. A state too long for a link is not written: the island says so and offers to
 * save it as a file, which `open` reads back (#17).
 */
import { useEffect, useLayoutEffect, useMemo, useReducer, useRef, useState } from 'preact/hooks';
import {
	initialSimulatorState,
	lifecycleOf,
	simulatorReducer,
	type SimulatorAction,
	type SimulatorState,
} from '../../claim/lifecycle/simulator.ts';
import type { LifecycleState } from '../../claim/lifecycle/transitions.ts';
import { encodeLifecycleParams } from '../../claim/lifecycle/url-state.ts';
import { deflateLater } from '../links/deflate-on-demand.ts';
import { writeLink } from '../links/write-link.ts';
import { startFromQuery, type PresetSource } from './start.ts';

export interface Simulator {
	readonly state: SimulatorState;
	/** The lifecycle of `state.data`, `null` until loaded. */
	readonly lifecycle: LifecycleState | null;
	readonly dispatch: (action: SimulatorAction) => void;
	/**
	 * What the start couldn't load (network): the handed-over claim (`handover`: the worker or the codec) or the
	 * later texts with the scenario's claim (`texts`); `null` when nothing failed. The URL is left as it was until
	 * `retry` succeeds.
	 */
	readonly failed: 'handover' | 'texts' | null;
	readonly retry: () => void;
	/** The length of the state's query when it is too long for a link (the URL keeps the last one that fit); `null` while it fits. */
	readonly tooLong: number | null;
	/** The state's query, as a saved file holds it. */
	readonly query: () => URLSearchParams;
	/** Shows the state a saved file's query describes; rejects when what it needs couldn't load (nothing changes). */
	readonly open: (params: URLSearchParams) => Promise<boolean>;
}

/** The simulator, loaded from the page URL once and written back to it on every change. */
export function useSimulator(presets: PresetSource, browserZone: string): Simulator {
	const [state, dispatch] = useReducer(simulatorReducer, initialSimulatorState);
	const [attempt, setAttempt] = useState(0);
	const [failed, setFailed] = useState<'handover' | 'texts' | null>(null);
	const [tooLong, setTooLong] = useState<number | null>(null);

	useEffect(() => {
		let cancelled = false;
		void startFromQuery(new URLSearchParams(window.location.search), presets, browserZone).then((started) => {
			if (cancelled) return;
			if (started === 'failed') setFailed('handover');
			else if (started === 'texts-failed') setFailed('texts');
			else if (started) dispatch({ kind: 'loaded', ...started });
		});
		return () => {
			cancelled = true;
		};
	}, [attempt]);

	const { data } = state;
	const latest = useRef(data);
	latest.current = data;
	// In the same task as the reader's click (a layout effect), so a reload right after it loses nothing; a long
	// state again, deflated, once the codec has loaded.
	useLayoutEffect(() => {
		if (!data) return;
		const write = () => {
			const params = encodeLifecycleParams(latest.current ?? data);
			setTooLong(writeLink(params));
			return params;
		};
		deflateLater(write(), write);
	}, [data]);

	const lifecycle = useMemo(() => (data ? lifecycleOf(data) : null), [data]);
	return {
		state,
		lifecycle,
		dispatch,
		failed,
		retry: () => {
			setFailed(null);
			setAttempt(attempt + 1);
		},
		tooLong,
		query: () => (latest.current ? encodeLifecycleParams(latest.current) : new URLSearchParams()),
		open: async (params) => {
			const started = await startFromQuery(params, presets, browserZone);
			if (started === 'failed' || started === 'texts-failed')
				throw new Error('The hand-over worker, the deflate codec or the later texts could not load');
			if (started) dispatch({ kind: 'loaded', ...started });
			return started !== null;
		},
	};
}
