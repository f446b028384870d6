/**
 * What an island's first render reads of its data (#19), found by rendering it: the page carries that part in the
 * island's props, and the island downloads the whole when it leaves its first state. No list of keys to keep in step
 * with the views: the render is the list. Build-time only.
 */

/** Per field of the data: the keys the render read, or every key (it listed them, or the field is an array). */
type Reads = Map<string, Set<string> | 'all'>;

/** `value` watched: every property the render reads (or tests with `in`) is noted in `reads` under `field`. */
function watch(value: object, field: string, reads: Reads): object {
	const note = (key: string | symbol) => {
		const keys = reads.get(field);
		if (typeof key !== 'string' || keys === 'all') return;
		if (keys) keys.add(key);
		else reads.set(field, new Set([key]));
	};
	return new Proxy(value, {
		get(target, key, receiver) {
			note(key);
			return Reflect.get(target, key, receiver) as unknown;
		},
		has(target, key) {
			note(key);
			return Reflect.has(target, key);
		},
		ownKeys(target) {
			reads.set(field, 'all');
			return Reflect.ownKeys(target);
		},
	});
}

/**
 * The part of `data` that `render` reads: `render` gets `data` with each field watched (reads of a field's own
 * properties are noted, one level deep), and the answer has the same fields, each with only the properties read (the
 * whole field when the render listed its keys, or it is an array; none when it read none). `render` is the island's
 * first render (`renderToString` of it with the watched data); it must not keep the watched objects.
 */
export function firstRead<D extends Readonly<Record<string, object>>>(data: D, render: (watched: D) => void): D {
	const reads: Reads = new Map();
	const watched = Object.fromEntries(
		Object.entries(data).map(([field, value]) => [field, Array.isArray(value) ? value : watch(value, field, reads)]),
	);
	render(watched as D);
	return Object.fromEntries(
		Object.entries(data).map(([field, value]) => {
			const keys = reads.get(field);
			if (Array.isArray(value) || keys === 'all') return [field, value];
			return [field, Object.fromEntries(Object.entries(value).filter(([key]) => keys?.has(key)))];
		}),
	) as D;
}
