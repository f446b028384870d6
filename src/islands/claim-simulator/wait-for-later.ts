/**
 * When the claim simulator needs its later texts (`later-texts.ts`, #19): downloaded on the reader's intent, at once
 * when the island starts on a claim from its link (a reload into a later step or the submitted claim) or embedded in the
 * article (its link to the simulator page needs them), and waited for before a view that needs them is shown.
 */
import { useEffect } from 'preact/hooks';
import { claimStepIds } from '../../claim/flow.ts';
import { carriesState } from '../../claim/url-encoding.ts';
import { useLaterTexts, type LaterTextsLoader } from '../loading/later-texts.ts';
import type { LaterTexts } from './later-texts.ts';
import type { SimulatorView } from './state.ts';

/**
 * Whether `view` shows a later text: anything but a clean claim's first step on the simulator page (a later step, a
 * check, the submitted claim, a link's parameters that could not be read), and the embedded simulator (its link).
 */
export function needsLater(view: SimulatorView, mode: 'page' | 'embedded'): boolean {
	const { sim } = view;
	return mode === 'embedded' || sim.step !== claimStepIds[0] || sim.submitted !== null || view.check !== null || view.rejected.length > 0;
}

/** The later texts' loader, and whether the island waits for them (`waiting`: its view needs them, they are not there). */
export function useWaitForLater(
	url: string,
	view: SimulatorView | null,
	mode: 'page' | 'embedded',
	retry: { readonly attempt: number; readonly failed: () => void },
): LaterTextsLoader<LaterTexts> & { readonly waiting: boolean } {
	const later = useLaterTexts<LaterTexts>(url);
	useEffect(() => {
		if (mode === 'embedded' || carriesState(new URLSearchParams(location.search))) later.prefetch();
	}, []);
	const waiting = !later.texts && view !== null && needsLater(view, mode);
	useEffect(() => {
		if (waiting) later.whenLoaded().catch(retry.failed);
	}, [waiting, retry.attempt]);
	return { ...later, waiting };
}
