/**
 * The helpers' URL state hook (browser code: it reads and replaces `window.location`).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { LINK_LIMIT } from '../../../claim/base64-json.ts';
import { withQuery } from '../../../url-query.ts';
import { deflateLater, readyToDecode } from '../../links/deflate-on-demand.ts';

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

	const latest = useRef(value);
	useEffect(() => {
		const start = () => {
			const decoded = decode(new URLSearchParams(window.location.search));
			loaded.current = true;
			latest.current = decoded.value;
			setValue(decoded.value);
			setMalformed(decoded.malformed);
			setReady(true);
			if (decoded.malformed) writeUrl(encode(new URLSearchParams(window.location.search), decoded.value));
		};
		// A deflated value needs the codec first; if it can't load, the link is read without it (and starts clean).
		void readyToDecode(new URLSearchParams(window.location.search)).then(start, start);
	}, []);

	const set = (next: T) => {
		setValue(next);
		setMalformed(false);
		latest.current = next;
		if (!loaded.current) return;
		const write = () => writeUrl(encode(new URLSearchParams(window.location.search), latest.current));
		deflateLater(write(), write);
	};
	return { value, set, malformed, ready };
}

/** Replaces the URL's query with `params`, unless it is past `LINK_LIMIT` (the URL keeps the last one that fit). Never throws. */
function writeUrl(params: URLSearchParams): URLSearchParams {
	const url = `${withQuery(window.location.pathname, params)}${window.location.hash}`;
	if (params.toString().length > LINK_LIMIT) return params;
	if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
		try {
			window.history.replaceState(window.history.state, '', url);
		} catch {
			// Safari's limit on replacements (SecurityError): the next change writes it.
		}
	}
	return params;
}
