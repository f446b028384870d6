/**
 * `build` once per key: the build-time data that every page asks for again (a locale's tool data, a language's date
 * format or messages) is made once per key and shared, so `versionedJsonUrl` also digests each body once. Only for
 * pure builders whose results are never changed. No imports.
 */
export function memoize<K, V>(build: (key: K) => V): (key: K) => V {
	const built = new Map<K, V>();
	return (key) => {
		if (!built.has(key)) built.set(key, build(key));
		return built.get(key)!;
	};
}
