/**
 * The simulator's data on its own page, where it is rendered on the server and in the page's HTML
 * rather than fetched: the island then shows its first step as the page loads, instead of a loading
 * line that the simulator pushes the rest of the page down from once `data.json` arrives (Lighthouse
 * measured that shift at 0.55 CLS). The server render gets the data from `provideServerData` (called
 * by `ClaimSimulator.astro` before it renders the island, so the data is not also serialized into the
 * island's props); the browser reads the same data from a JSON script beside the island, so its first
 * render matches the server's. The article's simulators, folded until opened, still fetch `data.json`.
 */
import type { SimulatorData } from './data.ts';

const onServer = new Map<string, SimulatorData>();

/** Server only: the data the simulator `id` of a simulator page renders with. */
export function provideServerData(id: string, dataUrl: string, data: SimulatorData): void {
	onServer.set(`${id} ${dataUrl}`, data);
}

/** The id of the JSON script holding the data of the simulator `id`. */
export function pageDataId(id: string): string {
	return `${id}-data`;
}

/** The JSON script's text: `<` escaped, so no text of the data can close the script. */
export function pageDataJson(data: SimulatorData): string {
	return JSON.stringify(data).replace(/</g, '\\u003c');
}

/** The data the page carries for the simulator `id`, on the server and in the browser; null when it carries none. */
export function pageData(id: string, dataUrl: string): SimulatorData | null {
	if (typeof document === 'undefined') return onServer.get(`${id} ${dataUrl}`) ?? null;
	const text = document.getElementById(pageDataId(id))?.textContent;
	if (!text) return null;
	try {
		return JSON.parse(text) as SimulatorData;
	} catch {
		return null;
	}
}
