/**
 * The helpers' URL state hook (browser code: it reads and replaces `window.location`).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { deflateLater, readyToDecode } from '../../links/deflate-on-demand.ts';
import { writeLink } from '../../links/write-link.ts';

/** A state read from a URL's parameters, and whether they could not be read. */
export interface Decoded<T> {
	readonly value: T;
	readonly malformed: boolean;
}

/** A helper's state kept in the URL, and what its island needs to show and change it. */
export interface UrlState<T> {
	readonly value: T;
	/** What was asked for last: `value`, or the state that waits for `before` (a form shows it at once). */
	readonly shown: T;
	/** Shows `next` (or what it makes of what was asked for last), once `before` allows it. */
	readonly set: (next: T | ((current: T) => T)) => void;
	/** The link couldn't be read and the helper started clean; true until the reader changes something. */
	readonly malformed: boolean;
	/** The URL has been read (after hydration). */
	readonly ready: boolean;
	/** The length of the page's query when the state made it too long for a link (the URL keeps the last one that fit); `null` while it fits. */
	readonly tooLong: number | null;
	/** The helper's own parameters for the state (no one else's), as a saved file holds them. */
	readonly query: () => URLSearchParams;
	/** Tries again to show what was asked for last (after `before` failed: the reader's "Try again"). */
	readonly retry: () => void;
	/** Shows the state a saved file's query describes: `false`, changing nothing, when it can't be read. */
	readonly open: (params: URLSearchParams) => Promise<boolean>;
}

/**
 * A helper's state kept in the page URL. The server render (and the first client render) use `initial`;
 * after hydration the state is read from the URL. A malformed link starts clean, has its parameters
 * removed, and `malformed` is true until the reader changes something. Every change replaces the URL
 * (no history entry per click) and keeps everyone else's parameters and the fragment; a state too long for a link
 * is not written (`writeLink`), and `tooLong` says so (#17).
 *
 * A state other than `initial` (from the URL, the reader or a file) is shown once `before()` resolves, at once when it
 * gives null (the island's data, #19: the first render needs only what the page carries). Until then it is what was
 * asked for (`shown`, which a form shows at once), the next change builds on it, and a failure of `before` keeps it
 * asked for, for `retry`: no answer of the reader's or of a link is lost to a failed download.
 */
export function useUrlState<T>(
	initial: T,
	decode: (params: URLSearchParams) => Decoded<T>,
	encode: (params: URLSearchParams, value: T) => URLSearchParams,
	before: () => Promise<unknown> | null = () => null,
): UrlState<T> {
	const atStart = (value: T) => JSON.stringify(value) === JSON.stringify(initial);
	const [value, setValue] = useState(initial);
	const [malformed, setMalformed] = useState(false);
	const [ready, setReady] = useState(false);
	const [tooLong, setTooLong] = useState<number | null>(null);
	const loaded = useRef(false);
	const latest = useRef(value);
	// What was asked for last (by the link, the reader or a file), and what waits for `before` (null when nothing does).
	const asked = useRef<Decoded<T>>({ value, malformed: false });
	const [pending, setPending] = useState<Decoded<T> | null>(null);

	const write = () => {
		const params = encode(new URLSearchParams(window.location.search), latest.current);
		setTooLong(writeLink(params));
		return params;
	};
	/** Shows `shown` and writes it to the URL (a malformed link's parameters go). */
	const apply = (shown: Decoded<T>) => {
		latest.current = shown.value;
		setValue(shown.value);
		setMalformed(shown.malformed);
		setReady(true);
		if (loaded.current) deflateLater(write(), write);
	};
	/** Shows what was asked for last once `before` allows it; a failure keeps it asked for, and the form usable. */
	const settle = () => {
		const target = asked.current;
		const waitFor = !target.malformed && atStart(target.value) ? null : before();
		if (!waitFor) {
			setPending(null);
			apply(target);
			return;
		}
		setPending(target);
		waitFor.then(
			() => {
				if (asked.current !== target) return;
				setPending(null);
				apply(target);
			},
			() => setReady(true),
		);
	};
	useEffect(() => {
		const start = () => {
			const decoded = decode(new URLSearchParams(window.location.search));
			loaded.current = true;
			asked.current = decoded;
			// A clean link is the first render's state: nothing to write.
			if (!decoded.malformed && atStart(decoded.value)) setReady(true);
			else settle();
		};
		// A deflated value needs the codec first; if it can't load, the link is read without it (and starts clean).
		void readyToDecode(new URLSearchParams(window.location.search)).then(start, start);
	}, []);

	const set = (next: T | ((current: T) => T)) => {
		asked.current = { value: typeof next === 'function' ? (next as (current: T) => T)(asked.current.value) : next, malformed: false };
		settle();
	};
	return {
		value,
		shown: pending ? pending.value : value,
		set,
		malformed,
		ready,
		tooLong,
		retry: settle,
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
