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
	/** What the reader asked for: `value`, or the state that waits for `before` (a form shows it at once). */
	readonly shown: T;
	/** Shows `next` (or what it makes of the state), once `before` allows it. */
	readonly set: (next: T | ((current: T) => T)) => void;
	/** The link couldn't be read and the helper started clean; true until the reader changes something. */
	readonly malformed: boolean;
	/** The URL has been read (after hydration). */
	readonly ready: boolean;
	/** The length of the page's query when the state made it too long for a link (the URL keeps the last one that fit); `null` while it fits. */
	readonly tooLong: number | null;
	/** The helper's own parameters for the state (no one else's), as a saved file holds them. */
	readonly query: () => URLSearchParams;
	/** Reads the URL again and shows its state (after `before` failed: the reader's "Try again"). */
	readonly reread: () => void;
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
 * gives null (the island's data, #19: the first render needs only what the page carries); meanwhile `shown` is the state
 * asked for. When it rejects, the state stays as it was (the form starts clean), and `reread` tries the URL's state again.
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
	// What the reader asked for last: a change waiting for `before` builds on it (answers clicked meanwhile stay), and
	// only the last one asked for is shown.
	const wanted = useRef(value);
	const [pending, setPending] = useState<{ value: T } | null>(null);
	const write = () => {
		const params = encode(new URLSearchParams(window.location.search), latest.current);
		setTooLong(writeLink(params));
		return params;
	};
	const show = (decoded: Decoded<T>) => {
		loaded.current = true;
		wanted.current = decoded.value;
		latest.current = decoded.value;
		setValue(decoded.value);
		setMalformed(decoded.malformed);
		setReady(true);
		if (decoded.malformed) write();
	};
	/** Reads the URL, and shows its state once `before` allows it; the form starts clean when it doesn't. */
	const start = () => {
		const decoded = decode(new URLSearchParams(window.location.search));
		const waitFor = !decoded.malformed && atStart(decoded.value) ? null : before();
		if (!waitFor) show(decoded);
		else
			waitFor.then(
				() => show(decoded),
				() => {
					loaded.current = true;
					setReady(true);
				},
			);
	};
	// A deflated value needs the codec first; if it can't load, the link is read without it (and starts clean).
	const reread = () => void readyToDecode(new URLSearchParams(window.location.search)).then(start, start);
	useEffect(reread, []);

	const change = (next: T) => {
		setValue(next);
		setMalformed(false);
		latest.current = next;
		if (loaded.current) deflateLater(write(), write);
	};
	const set = (next: T | ((current: T) => T)) => {
		const target = typeof next === 'function' ? (next as (current: T) => T)(wanted.current) : next;
		wanted.current = target;
		const waitFor = atStart(target) ? null : before();
		if (!waitFor) {
			setPending(null);
			change(target);
			return;
		}
		setPending({ value: target });
		waitFor.then(
			() => {
				if (wanted.current !== target) return;
				setPending(null);
				change(target);
			},
			() => {
				if (wanted.current !== target) return;
				wanted.current = latest.current;
				setPending(null);
			},
		);
	};
	return {
		value,
		shown: pending ? pending.value : value,
		set,
		malformed,
		ready,
		tooLong,
		reread,
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
