/**
 * An island's later texts (what its first render does not show) as a Preact hook: downloaded once per page
 * (`downloadJson`) on the reader's intent (`prefetch`), and waited for before a view that needs them (`whenLoaded`),
 * so that a first visit does not pay for them (#19) and no view shows a key. The claim simulator's
 * (`src/islands/claim-simulator/later-texts.ts`); the lifecycle's own is `src/islands/claim-lifecycle/use-later-texts.ts`.
 */
import { useCallback, useState } from 'preact/hooks';
import { downloadJson } from './download.ts';

export interface LaterTextsLoader<T> {
	/** The texts, once downloaded. */
	readonly texts: T | undefined;
	/** Starts the download if it has not started: the reader's intent. A failure here is nobody's to see. */
	readonly prefetch: () => void;
	/** The texts, downloaded if they are not yet; rejects when they cannot be (the next call tries again). */
	readonly whenLoaded: () => Promise<T>;
}

/** The later texts at `url` (a locale's JSON file). */
export function useLaterTexts<T>(url: string): LaterTextsLoader<T> {
	const [texts, setTexts] = useState<T | undefined>(undefined);
	const whenLoaded = useCallback(
		() =>
			downloadJson<T>(url).then((loaded) => {
				setTexts(() => loaded);
				return loaded;
			}),
		[url],
	);
	const prefetch = useCallback(() => void whenLoaded().catch(() => undefined), [whenLoaded]);
	return { texts, prefetch, whenLoaded };
}
