/**
 * The helpers' URL state hook (browser code: it reads and replaces `window.location`).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { deflateLater, readyToDecode } from '../../links/deflate-on-demand.ts';
import { writeLink } from '../../links/write-link.ts';

interface Decoded<T> {
	readonly value: T;
	readonly malformed: boolean;
}

/** A helper's state kept in the URL, and what its island needs to show and change it. */
export interface UrlState<T> {
	readonly value: T;
	readonly set: (next: T) => void;
	/** The link couldn't be read and the helper started clean; true until the reader changes something. */
	readonly malformed: boolean;
	/** The URL has been read (after hydration). */
	readonly ready: boolean;
	/** The length of the page's query when the state made it too long for a link (the URL keeps the last one that fit); `null` while it fits. */
	readonly tooLong: number | null;
	/** The helper's own parameters for the state (no one else's), as a saved file holds them. */
	readonly query: () => URLSearchParams;
	/** Shows the state a saved file's query describes: `false`, changing nothing, when it can't be read. */
	readonly open: (params: URLSearchParams) => Promise<boolean>;
}

/**
 * A helper's state kept in the page URL. The server render (and the first client render) use `initial`;
 * after hydration the state is read from the URL. A malformed link starts clean, has its parameters
 * removed, and `malformed` is true until the reader changes something. Every change replaces the URL
 * (no history entry per click) and keeps everyone else's parameters and the fragment; a state too long for a link
 * is not written (`writeLink`), and `tooLong` says so (#17).
 */
export function useUrlState<T>(
	initial: T,
	decode: (params: URLSearchParams) => Decoded<T>,
	encode: (params: URLSearchParams, value: T) => URLSearchParams,
): UrlState<T> {
	const [value, setValue] = useState(initial);
	const [malformed, setMalformed] = useState(false);
	const [ready, setReady] = useState(false);
	const [tooLong, setTooLong] = useState<number | null>(null);
	const loaded = useRef(false);

	const latest = useRef(value);
	const write = () => {
		const params = encode(new URLSearchParams(window.location.search), latest.current);
		setTooLong(writeLink(params));
		return params;
	};
	useEffect(() => {
		const start = () => {
			const decoded = decode(new URLSearchParams(window.location.search));
			loaded.current = true;
			latest.current = decoded.value;
			setValue(decoded.value);
			setMalformed(decoded.malformed);
			setReady(true);
			if (decoded.malformed) write();
		};
		// A deflated value needs the codec first; if it can't load, the link is read without it (and starts clean).
		void readyToDecode(new URLSearchParams(window.location.search)).then(start, start);
	}, []);

	const set = (next: T) => {
		setValue(next);
		setMalformed(false);
		latest.current = next;
		if (loaded.current) deflateLater(write(), write);
	};
	return {
		value,
		set,
		malformed,
		ready,
		tooLong,
		query: () => encode(new URLSearchParams(), latest.current),
		open: async (params) => {
			await readyToDecode(params);
			const decoded = decode(params);
			if (decoded.malformed) return false;
			set(decoded.value);
			return true;
		},
	};
}
