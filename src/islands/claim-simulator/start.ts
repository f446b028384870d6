/**
 * How the claim simulator starts and comes back: the claim read from the URL or session storage (`load.ts`), what
 * the page's link asks besides (the error pages' "Try it": its preset shown as chosen, its step checked on
 * arrival), and where it is kept (`kept-claim.ts`): on the page, read again after Back or Forward.
 */
import type { RefObject } from 'preact';
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { carriesState, type StateParam, type SimulatorState } from '../../claim/url-encoding.ts';
import type { SimulatorData } from './data.ts';
import { errorSummaryId } from './format.ts';
import { useKeptClaim } from './kept-claim.ts';
import { arrivalOf, type LoadedChecks } from './load.ts';
import { checkOnArrival, loadedView, type SimulatorView } from './state.ts';

interface Options {
	readonly id: string;
	readonly mode: 'page' | 'embedded';
	/** Reads the claim (`load`). */
	readonly read: () => Promise<{ loaded: SimulatorData; state: SimulatorState; dropped: readonly StateParam[] }>;
	readonly storageKey: string;
	/** Loads the checks with their error texts (`loadChecks`). */
	readonly loadChecks: () => Promise<LoadedChecks>;
	/** The island's view and data, which `useKeptClaim` keeps. */
	readonly view: SimulatorView | null;
	readonly data: SimulatorData | null | false;
	readonly heading: RefObject<HTMLHeadingElement>;
	/** The data the page carries (`../loading/page-data.ts`), if any. */
	readonly carried: SimulatorData | null;
	readonly setData: (data: SimulatorData) => void;
	readonly setView: (update: SimulatorView | ((view: SimulatorView | null) => SimulatorView | null)) => void;
	readonly checks: LoadedChecks | null;
	readonly setChecks: (checks: LoadedChecks) => void;
	/** A part (a chunk) that can't be downloaded: the island offers to try again (`use-retry.ts`). */
	readonly failed: () => void;
	/** The data that can't be downloaded: the island shows its load failure, with "Try again". */
	readonly dataFailed: () => void;
	/** The reader's retries so far (`use-retry.ts`): the loads run again on each. */
	readonly attempt: number;
}

/**
 * Starts the island (the checks too, for a submitted claim's warnings); returns the preset the page's link opened
 * (shown as chosen in the scenario menu), if any, and whether the island is still inert.
 */
export function useStart(options: Options): { linkedPreset: string | null; busy: boolean; kept: ReturnType<typeof useKeptClaim> } {
	const { id, mode, read, heading, setView, setChecks, failed, loadChecks } = options;
	const [linkedPreset, setLinkedPreset] = useState<string | null>(null);
	// The claim rendered with the page stays inert until the island has started (a click or a keystroke before
	// that would be lost: the sandbox editor would never load), and, when the link carries a claim, until the
	// link's claim replaces it (a moment: zod loads to read the link), so nothing is typed into the wrong claim.
	const [busy, setBusy] = useState(true);
	useLayoutEffect(() => {
		if (!options.carried || !carriesState(new URLSearchParams(location.search))) setBusy(false);
	}, []);
	const kept = useKeptClaim(options.view, options.data, {
		mode,
		storageKey: options.storageKey,
		onHistory: () =>
			read().then(({ state, dropped }) => {
				kept.restored(state);
				setView(() => loadedView(state, dropped));
				requestAnimationFrame(() => heading.current?.focus());
			}, failed),
	});
	useEffect(() => {
		// Once at the start, and on a retry after the data failed (the island cleared it): not for a chunk's retry.
		if (options.attempt > 0 && options.data !== null) return;
		read().then(({ loaded: data, state, dropped }) => {
			kept.restored(state);
			options.setData(data);
			setView(loadedView(state, dropped));
			setBusy(false);
			if (mode !== 'page') return;
			const arrival = arrivalOf(
				new URLSearchParams(location.search),
				data.presets.map((preset) => preset.id),
			);
			setLinkedPreset(arrival.presetId);
			if (arrival.check)
				loadChecks().then((checks) => {
					setChecks(checks);
					setView((current) => current && checkOnArrival(current, checks));
					showCheck(id, heading.current);
				}, failed);
		}, options.dataFailed);
	}, [options.attempt]);
	// A submitted claim (one just submitted, or from a link) shows its warnings: they need the checks.
	const submitted = options.view?.sim.submitted;
	useEffect(() => {
		if (submitted != null && !options.checks) loadChecks().then(setChecks, failed);
	}, [submitted, options.attempt]);
	return { linkedPreset, busy, kept };
}

/**
 * After a check: the focus on the step's error summary (`ErrorSummary.tsx`), scrolled to the top of the view;
 * without errors (a link's step that only warns), the step's heading scrolled there.
 */
export function showCheck(id: string, heading: HTMLHeadingElement | null) {
	requestAnimationFrame(() => {
		const summary = document.getElementById(errorSummaryId(id));
		summary?.focus({ preventScroll: true });
		(summary ?? heading)?.scrollIntoView({ block: 'start' });
	});
}
