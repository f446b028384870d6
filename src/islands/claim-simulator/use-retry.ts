/**
 * "Try again" for the claim simulator's parts that failed to load (#17): a failure is remembered until the reader
 * retries; each retry bumps `attempt`, which the island's loads depend on and its lazily loaded panels are keyed by,
 * so what failed is fetched again and the claim stays as it was.
 */
import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

export interface Retry {
	/** How many times the reader has retried: a dependency of the loads, and a key of the lazy panels. */
	readonly attempt: number;
	/** A chunk couldn't be downloaded (or didn't answer in time) since the last retry. */
	readonly partFailed: boolean;
	/** Reports a part that couldn't load. */
	readonly failed: () => void;
	/** The reader's "Try again": `beforeRetry`, then everything that failed loads again, and the focus goes to `focusAfter`. */
	readonly retry: () => void;
}

/**
 * The retry state of an island; `beforeRetry` resets what the island keeps of the failure (its data, say). "Try again"
 * disappears as it retries: the focus goes to `focusAfter` (the step's heading) rather than to the page (break-l M3),
 * once it is shown: at once after a part failed, when the data arrives after the whole island failed.
 */
export function useRetry(beforeRetry: () => void, focusAfter: RefObject<HTMLElement>): Retry {
	const [attempt, setAttempt] = useState(0);
	const [partFailed, setPartFailed] = useState(false);
	// After the whole island failed there is no heading yet: it takes the focus once the retried data shows it.
	const focusPending = useRef(false);
	useEffect(() => {
		if (focusPending.current && focusAfter.current) {
			focusPending.current = false;
			focusAfter.current.focus();
		}
	});
	return {
		attempt,
		partFailed,
		failed: () => setPartFailed(true),
		retry: () => {
			setPartFailed(false);
			beforeRetry();
			setAttempt(attempt + 1);
			focusPending.current = true;
		},
	};
}
