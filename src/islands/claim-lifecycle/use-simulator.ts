/**
 * The lifecycle island's state as a Preact hook: the reducer of `src/claim/lifecycle/simulator.ts`, fed once
 * from the page URL (a handed-over claim read in `handover.worker.ts`), and the URL kept in step with it
 * (replaceState), so a reload or a shared link shows the same timeline.
 */
import { useEffect, useMemo, useReducer } from 'preact/hooks';
import type { ClaimSummary } from '../../claim/lifecycle/claim-summary.ts';
import {
	initialSimulatorState,
	lifecycleOf,
	simulatorReducer,
	startFromUrl,
	type PresetClaim,
	type SimulatorAction,
	type SimulatorState,
} from '../../claim/lifecycle/simulator.ts';
import type { LifecycleState } from '../../claim/lifecycle/transitions.ts';
import { decodeLifecycleParams, encodeLifecycleParams } from '../../claim/lifecycle/url-state.ts';
import { withQuery } from '../../url-query.ts';
import { safeToday } from '../time-zone/time-zone.ts';

/** The summary of a handed-over claim, read by `handover.worker.ts` (see there why a worker); `null` if unreadable. */
function readInWorker(param: string): Promise<ClaimSummary | null> {
	return new Promise((resolve) => {
		try {
			const worker = new Worker(new URL('./handover.worker.ts', import.meta.url), { type: 'module' });
			const done = (summary: ClaimSummary | null) => {
				worker.terminate();
				resolve(summary);
			};
			worker.addEventListener('message', (event: MessageEvent<ClaimSummary | null>) => done(event.data));
			worker.addEventListener('error', () => done(null));
			worker.postMessage(param);
		} catch {
			resolve(null);
		}
	});
}

export interface Simulator {
	readonly state: SimulatorState;
	/** The lifecycle of `state.data`, `null` until loaded. */
	readonly lifecycle: LifecycleState | null;
	readonly dispatch: (action: SimulatorAction) => void;
}

/** The simulator, loaded from the page URL once and written back to it on every change. */
export function useSimulator(presets: readonly PresetClaim[], browserZone: string): Simulator {
	const [state, dispatch] = useReducer(simulatorReducer, initialSimulatorState);

	useEffect(() => {
		let cancelled = false;
		void (async () => {
			const decoded = decodeLifecycleParams(new URLSearchParams(window.location.search));
			const handedOver = decoded.state.source.kind === 'claim' ? await readInWorker(decoded.state.source.param) : null;
			const started = startFromUrl(decoded, handedOver, presets, safeToday(decoded.state.timeZone ?? browserZone));
			if (!cancelled && started) dispatch({ kind: 'loaded', ...started });
		})();
		return () => {
			cancelled = true;
		};
	}, []);

	const { data } = state;
	useEffect(() => {
		if (!data) return;
		const params = encodeLifecycleParams(data);
		window.history.replaceState(window.history.state, '', `${withQuery(window.location.pathname, params)}${window.location.hash}`);
	}, [data]);

	const lifecycle = useMemo(() => (data ? lifecycleOf(data) : null), [data]);
	return { state, lifecycle, dispatch };
}
