/**
 * The helpers' URL state hook (browser code: it reads and replaces `window.location`).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { withQuery } from '../../../url-query.ts';

interface Decoded<T> {
	readonly value: T;
	readonly malformed: boolean;
}

/**
 * A helper's state kept in the page URL. The server render (and the first client render) use `initial`;
 * after hydration the state is read from the URL. A malformed link starts clean, has its parameters
 * removed, and `malformed` is true until the reader changes something. Every change replaces the URL
 * (no history entry per click) and keeps everyone else's parameters and the fragment.
 */
export function useUrlState<T>(
	initial: T,
	decode: (params: URLSearchParams) => Decoded<T>,
	encode: (params: URLSearchParams, value: T) => URLSearchParams,
): { value: T; set: (next: T) => void; malformed: boolean; ready: boolean } {
	const [value, setValue] = useState(initial);
	const [malformed, setMalformed] = useState(false);
	const [ready, setReady] = useState(false);
	const loaded = useRef(false);

	useEffect(() => {
		const decoded = decode(new URLSearchParams(window.location.search));
		loaded.current = true;
		setValue(decoded.value);
		setMalformed(decoded.malformed);
		setReady(true);
		if (decoded.malformed) writeUrl(encode(new URLSearchParams(window.location.search), decoded.value));
	}, []);

	const set = (next: T) => {
		setValue(next);
		setMalformed(false);
		if (loaded.current) writeUrl(encode(new URLSearchParams(window.location.search), next));
	};
	return { value, set, malformed, ready };
}

function writeUrl(params: URLSearchParams): void {
	const url = `${withQuery(window.location.pathname, params)}${window.location.hash}`;
	if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
		window.history.replaceState(window.history.state, '', url);
	}
}
