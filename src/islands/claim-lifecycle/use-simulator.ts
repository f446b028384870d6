/**
 * The lifecycle island's state as a Preact hook: the reducer of `src/claim/lifecycle/simulator.ts`, fed once
 * from the page URL (a handed-over claim read in `handover.worker.ts`), and the URL kept in step with it
 * (replaceState), so a reload or a shared link shows the same timeline.
 */
import { useEffect, useLayoutEffect, useMemo, useReducer, useRef, useState } from 'preact/hooks';
import { LINK_LIMIT } from '../../claim/base64-json.ts';
import { deflateLater, readyToDecode } from '../links/deflate-on-demand.ts';
import type { ClaimSummary } from '../../claim/lifecycle/claim-summary.ts';
import {
	initialSimulatorState,
	lifecycleOf,
	simulatorReducer,
	startFromUrl,
	type PresetClaim,
	type SimulatorAction,
	type SimulatorData,
	type SimulatorState,
} from '../../claim/lifecycle/simulator.ts';
import type { LifecycleState } from '../../claim/lifecycle/transitions.ts';
import { decodeLifecycleParams, encodeLifecycleParams } from '../../claim/lifecycle/url-state.ts';
import { withQuery } from '../../url-query.ts';
import { safeToday } from '../time-zone/time-zone.ts';

/** How long the hand-over worker may take to load and answer before the island says it couldn't load. */
const WORKER_TIMEOUT_MS = 20_000;

/**
 * The summary of a handed-over claim, read by `handover.worker.ts` (see there why a worker); `null` if unreadable;
 * `failed` when the worker itself couldn't load or didn't answer in time (a network failure, not a damaged link).
 */
function readInWorker(param: string): Promise<ClaimSummary | null | 'failed'> {
	return new Promise((resolve) => {
		try {
			const worker = new Worker(new URL('./handover.worker.ts', import.meta.url), { type: 'module' });
			const done = (summary: ClaimSummary | null | 'failed') => {
				clearTimeout(timer);
				worker.terminate();
				resolve(summary);
			};
			const timer = setTimeout(() => done('failed'), WORKER_TIMEOUT_MS);
			worker.addEventListener('message', (event: MessageEvent<ClaimSummary | null>) => done(event.data));
			// The worker never throws on a claim (`readHandedOverClaim`): an error is its script failing to load.
			worker.addEventListener('error', () => done('failed'));
			worker.postMessage(param);
		} catch {
			resolve('failed');
		}
	});
}

/**
 * The state's query in the URL, replacing the entry; a query past `LINK_LIMIT` is not written (the URL keeps the
 * last one that fit). Never throws. Returns the query.
 */
function writeLifecycleUrl(data: SimulatorData): URLSearchParams {
	const params = encodeLifecycleParams(data);
	if (params.toString().length > LINK_LIMIT) return params;
	try {
		window.history.replaceState(window.history.state, '', `${withQuery(window.location.pathname, params)}${window.location.hash}`);
	} catch {
		// Safari's limit on replacements (SecurityError): the next change writes it.
	}
	return params;
}

export interface Simulator {
	readonly state: SimulatorState;
	/** The lifecycle of `state.data`, `null` until loaded. */
	readonly lifecycle: LifecycleState | null;
	readonly dispatch: (action: SimulatorAction) => void;
	/** The handed-over claim couldn't be loaded (network): the URL is left as it was until `retry` succeeds. */
	readonly failed: boolean;
	readonly retry: () => void;
}

/** The simulator, loaded from the page URL once and written back to it on every change. */
export function useSimulator(presets: readonly PresetClaim[], browserZone: string): Simulator {
	const [state, dispatch] = useReducer(simulatorReducer, initialSimulatorState);
	const [attempt, setAttempt] = useState(0);
	const [failed, setFailed] = useState(false);

	useEffect(() => {
		let cancelled = false;
		void (async () => {
			const params = new URLSearchParams(window.location.search);
			const codec = await readyToDecode(params).then(
				() => true,
				() => false,
			);
			if (!codec) {
				if (!cancelled) setFailed(true);
				return;
			}
			const decoded = decodeLifecycleParams(params);
			const handedOver = decoded.state.source.kind === 'claim' ? await readInWorker(decoded.state.source.param) : null;
			if (handedOver === 'failed') {
				if (!cancelled) setFailed(true);
				return;
			}
			const started = startFromUrl(decoded, handedOver, presets, safeToday(decoded.state.timeZone ?? browserZone));
			if (!cancelled && started) dispatch({ kind: 'loaded', ...started });
		})();
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
		const write = () => writeLifecycleUrl(latest.current ?? data);
		deflateLater(write(), write);
	}, [data]);

	const lifecycle = useMemo(() => (data ? lifecycleOf(data) : null), [data]);
	const retry = () => {
		setFailed(false);
		setAttempt(attempt + 1);
	};
	return { state, lifecycle, dispatch, failed, retry };
}
