/**
 * What the tools' islands download after the page (a chunk, a locale's JSON file), bounded in time: a loading state
 * never waits forever, and a failed download is tried again on the reader's retry rather than remembered. Shared by
 * the claim simulator (its data, its error texts) and the claim lifecycle (its later texts, #19).
 */

/** How long a download or a chunk may take before the island says it couldn't load (and offers to retry), in ms. */
export const LOAD_TIMEOUT_MS = 20_000;

/** `pending`, or a rejection once `ms` have passed without an answer: no loading state waits forever. */
export function withinTime<T>(pending: Promise<T>, ms = LOAD_TIMEOUT_MS): Promise<T> {
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
		pending.then(
			(value) => {
				clearTimeout(timer);
				resolve(value);
			},
			(error: unknown) => {
				clearTimeout(timer);
				reject(error instanceof Error ? error : new Error(String(error)));
			},
		);
	});
}

/** One download per URL and page, however many islands ask for it. */
const downloads = new Map<string, Promise<unknown>>();

/**
 * The JSON at `url` (same origin), downloaded once per page; rejects on a network failure, an HTTP error, an answer
 * that is not JSON or no answer within the time limit, and is then downloaded again on the next call.
 */
export function downloadJson<T>(url: string): Promise<T> {
	let pending = downloads.get(url) as Promise<T> | undefined;
	if (!pending) {
		pending = withinTime(
			fetch(url).then((response) => {
				if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
				return response.json() as Promise<T>;
			}),
		);
		pending.catch(() => downloads.delete(url));
		downloads.set(url, pending);
	}
	return pending;
}
