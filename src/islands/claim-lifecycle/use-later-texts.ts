/**
 * The lifecycle's later texts (`LaterTexts`: what only a claim with events shows) as a Preact hook: downloaded once
 * per page (`downloadJson`) on the reader's intent (the pointer over the island, the focus in it), before any event
 * is applied (`whenLoaded`) and before a claim with events is shown, so that a first visit of an empty claim does not
 * pay for them (#19) and no claim is ever shown without them.
 */
import { useCallback, useState } from 'preact/hooks';
import { downloadJson } from '../loading/download.ts';
import type { LaterTexts } from './texts.ts';

export interface LaterTextsLoader {
	/** The texts, once downloaded. */
	readonly texts: LaterTexts | undefined;
	/** The last download failed (network, HTTP error, no answer in time); `whenLoaded` tries again. */
	readonly failed: boolean;
	/** Starts the download if it has not started: the reader's intent. */
	readonly prefetch: () => void;
	/** The texts, downloaded if they are not yet; rejects (and sets `failed`) when they cannot be. */
	readonly whenLoaded: () => Promise<LaterTexts>;
}

/** The later texts at `url` (`routes.lifecycleTexts()` in the page's locale). */
export function useLaterTexts(url: string): LaterTextsLoader {
	const [texts, setTexts] = useState<LaterTexts | undefined>(undefined);
	const [failed, setFailed] = useState(false);
	// `report`: a failure is the reader's to see (an event or a link waits for the texts), not a prefetch's.
	const load = useCallback(
		(report: boolean) => {
			// A reported wait hides an earlier failure: a second failure is a new alert.
			if (report) setFailed(false);
			return downloadJson<LaterTexts>(url).then(
				(loaded) => {
					setFailed(false);
					setTexts(loaded);
					return loaded;
				},
				(error: unknown) => {
					if (report) setFailed(true);
					throw error;
				},
			);
		},
		[url],
	);
	const whenLoaded = useCallback(() => load(true), [load]);
	const prefetch = useCallback(() => void load(false).catch(() => undefined), [load]);
	return { texts, failed, prefetch, whenLoaded };
}
