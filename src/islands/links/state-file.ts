/**
 * A tool's state saved as a file (#17), for a state too long for a link: the file holds the tool's name and the
 * query its link would carry, and the tool that saved it opens it again. Loaded by `StateFile.tsx` on use (when
 * the reader saves or opens a file), so no island downloads it first.
 */
import type { SavedTool } from '../../tool-link.ts';

/** The name a saved file gets, by tool. */
const FILE_NAMES: Readonly<Record<SavedTool, string>> = {
	'claim-simulator': 'claim.json',
	'claim-lifecycle': 'claim-lifecycle.json',
	'mpn-helper': 'mpn-ids.json',
};

/** The file of `tool`'s state `query` (JSON: `{ tool, query }`), which `stateFromFile` reads back. */
export function stateFile(tool: SavedTool, query: URLSearchParams): Blob {
	return new Blob([JSON.stringify({ tool, query: query.toString() })], { type: 'application/json' });
}

/** The query a file saved by `tool` holds; `null` for any other file (another tool's included). Never throws. */
export function stateFromFile(tool: SavedTool, text: string): URLSearchParams | null {
	try {
		const saved: unknown = JSON.parse(text);
		if (typeof saved !== 'object' || saved === null) return null;
		const { tool: savedBy, query } = saved as { tool?: unknown; query?: unknown };
		return savedBy === tool && typeof query === 'string' ? new URLSearchParams(query) : null;
	} catch {
		return null;
	}
}

/** Has the browser download `tool`'s state `query` as a file (browser only). */
export function saveStateFile(tool: SavedTool, query: URLSearchParams): void {
	const url = URL.createObjectURL(stateFile(tool, query));
	const link = Object.assign(document.createElement('a'), { href: url, download: FILE_NAMES[tool] });
	link.click();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
