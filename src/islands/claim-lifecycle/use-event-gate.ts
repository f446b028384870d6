/**
 * The reader's events, held until the later texts (`useLaterTexts`) have arrived: an event may show a refusal, an
 * assumption or a note, which the first visit does not carry (#19).
 */
import { useRef, useState } from 'preact/hooks';
import type { LaterTextsLoader } from './use-later-texts.ts';

/** What `useEventGate` gives the island. */
export interface EventGate<A> {
	/**
	 * Applies `action` at once when the texts are there; else it waits for them. While one action waits, others are
	 * ignored: a second tap on a button that has not answered yet is not a second event (which the claim would refuse).
	 */
	readonly fire: (action: A) => void;
	/** An action waits for the texts: the island is busy and its event buttons say they are unavailable. */
	readonly busy: boolean;
	/** The action whose wait failed (the texts could not be downloaded), until `retry` or another action. */
	readonly dropped: A | undefined;
	/** Applies `dropped` again, waiting for the texts again. */
	readonly retry: () => void;
}

/** Applies the reader's actions through `dispatch` once `later` has its texts, one at a time. */
export function useEventGate<A>(later: LaterTextsLoader, dispatch: (action: A) => void): EventGate<A> {
	// A ref, not only state: two taps within one frame both see the render before the first.
	const waiting = useRef(false);
	const [busy, setBusy] = useState(false);
	const [dropped, setDropped] = useState<A | undefined>(undefined);
	const fire = (action: A) => {
		if (later.texts) return dispatch(action);
		if (waiting.current) return;
		waiting.current = true;
		setBusy(true);
		setDropped(undefined);
		void later
			.whenLoaded()
			.then(
				() => dispatch(action),
				() => setDropped(() => action),
			)
			.finally(() => {
				waiting.current = false;
				setBusy(false);
			});
	};
	return { fire, busy, dropped, retry: () => dropped !== undefined && fire(dropped) };
}
