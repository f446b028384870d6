/**
 * A helper island's state and data (#19): the page carries what the first render reads of the helper's data (`first`,
 * `carriedByPage` in `src/components/helpers/helper-data.ts`); the whole (`data.json`, `dataUrl`) is downloaded on the
 * reader's intent (`prefetch`: a pointer, a key or the focus in the helper) and waited for before the helper shows any
 * state but its first (`useUrlState`'s `before`), so no view shows a key. A failed download is the helper's part that
 * couldn't load (`failed`), with "Try again" (`retry`): what was asked for stays asked for, and the form shows it.
 */
import { useState } from 'preact/hooks';
import { useLaterTexts } from '../../loading/later-texts.ts';
import { useUrlState, type Decoded, type UrlState } from './use-url-state.ts';

export interface HelperState<T, D> extends UrlState<T> {
	/** The helper's data: the whole once downloaded, until then what the page carries. */
	readonly data: D;
	/** Starts the download of the data (the reader's intent); a failure here is nobody's to see. */
	readonly prefetch: () => void;
	/** Waiting for the data before showing a state. */
	readonly waiting: boolean;
	/** The data couldn't be downloaded (or didn't answer in time) for the last state asked for. */
	readonly failed: boolean;
	/** The reader's "Try again": downloads the data again, then shows what was asked for last. */
	readonly retry: () => void;
}

/** `useUrlState` for a helper whose data beyond its first render is at `dataUrl` (`first`: what the page carries). */
export function useHelperState<T, D>(
	initial: T,
	decode: (params: URLSearchParams) => Decoded<T>,
	encode: (params: URLSearchParams, value: T) => URLSearchParams,
	first: D,
	dataUrl: string,
): HelperState<T, D> {
	const download = useLaterTexts<D>(dataUrl);
	const [waiting, setWaiting] = useState(false);
	const [failed, setFailed] = useState(false);
	const before = () => {
		if (download.texts) return null;
		setWaiting(true);
		setFailed(false);
		const loaded = download.whenLoaded();
		loaded.then(
			() => setWaiting(false),
			() => {
				setWaiting(false);
				setFailed(true);
			},
		);
		return loaded;
	};
	const state = useUrlState(initial, decode, encode, before);
	return {
		...state,
		data: download.texts ?? first,
		prefetch: download.prefetch,
		waiting,
		failed,
	};
}
