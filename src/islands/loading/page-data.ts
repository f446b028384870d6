/**
 * An island's data carried by its page as a JSON script beside it, rather than in the island's props (#19): Astro
 * serializes props with a type tag around every value and HTML-escapes their quotes, which costs the lifecycle page
 * 0.2 kB gzipped; and a page that carries its data renders the island's first view at once, where fetching it would
 * show a loading line that the island pushes the page down from (the claim simulator: 0.55 CLS in Lighthouse).
 *
 * The server render gets the data from `provideServerData` (called by the island's Astro component before it renders
 * the island); the browser reads the same data from the JSON script (`pageDataId`, `pageDataJson`), so its first render
 * matches the server's. Used by the claim simulator's page and the lifecycle simulator.
 */

const onServer = new Map<string, unknown>();

/**
 * Server only: the data the island `id` renders with. `version` tells apart the same island id in the pages of
 * several locales, which a build may render at the same time (the locale's data URL, or its language).
 */
export function provideServerData(id: string, version: string, data: unknown): void {
	onServer.set(`${id} ${version}`, data);
}

/** The id of the JSON script holding the data of the island `id`. */
export function pageDataId(id: string): string {
	return `${id}-data`;
}

/** The JSON script's text: `<` escaped, so no text of the data can close the script. */
export function pageDataJson(data: unknown): string {
	return JSON.stringify(data).replace(/</g, '\\u003c');
}

/**
 * The data the page carries for the island `id` (`version` as given to `provideServerData`), on the server and in
 * the browser; null when it carries none or its script is not JSON. The caller names its shape `T`: the data was
 * written by the same build.
 */
export function pageData<T>(id: string, version: string): T | null {
	if (typeof document === 'undefined') return (onServer.get(`${id} ${version}`) as T | undefined) ?? null;
	const text = document.getElementById(pageDataId(id))?.textContent;
	if (!text) return null;
	try {
		return JSON.parse(text) as T;
	} catch {
		return null;
	}
}
