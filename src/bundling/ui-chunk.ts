/**
 * One chunk for the code the tools' islands share with the search dialog (#19: fewer requests for a tool's page and
 * for the first search). Left alone, Rolldown gives Preact, its hooks, its JSX runtime, the message formatter and
 * Vite's preload helper a chunk each, because the islands and the dialog both import them: a tool's page and the first
 * search each fetched four or five files of 0.1–4.4 kB gzipped, each a request with its response headers (2.3 kB with
 * the site's security headers over HTTP/1.1). Every module of the `ui` chunk is one the search dialog loads anyway,
 * so the first search downloads the same bytes in fewer files.
 *
 * What is grouped is decided over the module graph (`uiChunkName`): a module that an island and the search dialog
 * reach, and no page script (the code every page loads), with everything it imports (Rolldown puts a grouped module's
 * imports in its group): a page without a tool loads no more than before. Grouping the islands' other shared modules
 * too was measured and left out: one `tools` chunk fetched 4–5 kB more per island (code of the other tools) to save
 * requests, a loss on HTTP/2, where the hosts' repeated headers cost next to nothing.
 */

/** The part of Rolldown's module info this reads (`ChunkingContext.getModuleInfo`). */
export interface ModuleGraphInfo {
	readonly isEntry: boolean;
	readonly importers: readonly string[];
	readonly dynamicImporters: readonly string[];
	readonly importedIds: readonly string[];
}
/** `ctx.getModuleInfo` of a Rolldown chunking context, bound. */
export type ModuleInfoLookup = (id: string) => ModuleGraphInfo | null;

/** The chunk's name: `dist/_astro/ui.<hash>.js`. */
export const UI_CHUNK = 'ui';

/** What loads a root of the module graph. */
type RootKind = 'island' | 'search' | 'page' | 'on-use';

/**
 * `island`: an island component (`.tsx`) or the Preact renderer that hydrates one. `search`: the search dialog's code
 * (`src/islands/search/`, loaded on the reader's intent). `page`: Astro's page scripts, loaded by every page that has
 * the component. `on-use`: any other `module-url:` chunk or dynamic import.
 */
function rootKind(root: string): RootKind {
	if (/\.tsx$/.test(root) || /[\\/]@astrojs[\\/]preact[\\/]dist[\\/]client\.js$/.test(root)) return 'island';
	if (root.includes('?astro&type=script') || root.startsWith('astro:scripts/')) return 'page';
	if (/[\\/]src[\\/]islands[\\/]search[\\/]/.test(root)) return 'search';
	return 'on-use';
}

/** The entries, and targets of dynamic imports, that reach `id` through static imports. */
function staticRoots(id: string, lookup: ModuleInfoLookup): Set<string> {
	const roots = new Set<string>();
	const seen = new Set<string>([id]);
	const queue = [id];
	while (queue.length > 0) {
		const current = queue.pop() as string;
		const info = lookup(current);
		if (!info) continue;
		if (info.isEntry || info.dynamicImporters.length > 0 || info.importers.length === 0) roots.add(current);
		if (info.isEntry) continue;
		for (const importer of info.importers) {
			if (!seen.has(importer)) {
				seen.add(importer);
				queue.push(importer);
			}
		}
	}
	return roots;
}

/** Whether `id` (not an entry nor a dynamic import's target) is reached by an island and the search dialog, and no page script. */
function sharedWithSearch(id: string, lookup: ModuleInfoLookup): boolean {
	const info = lookup(id);
	if (!info || info.isEntry || info.dynamicImporters.length > 0) return false;
	const kinds = new Set([...staticRoots(id, lookup)].map(rootKind));
	return kinds.has('island') && kinds.has('search') && !kinds.has('page');
}

/** Whether `id` and every module it imports statically are `sharedWithSearch`. */
function groupable(id: string, lookup: ModuleInfoLookup, seen = new Set<string>()): boolean {
	if (seen.has(id)) return true;
	seen.add(id);
	return sharedWithSearch(id, lookup) && (lookup(id)?.importedIds ?? []).every((imported) => groupable(imported, lookup, seen));
}

/**
 * Rolldown `codeSplitting` group name of a module: `ui` for code the islands share with the search dialog (with all it
 * imports), `null` (Rolldown's own chunking) otherwise. Pure over the module graph; `lookup` is `ctx.getModuleInfo`.
 */
export function uiChunkName(id: string, lookup: ModuleInfoLookup): typeof UI_CHUNK | null {
	return groupable(id, lookup) ? UI_CHUNK : null;
}

/** Astro's Vite config for the client build: the `ui` group. */
export function uiChunking() {
	const name = (id: string, ctx: { getModuleInfo: ModuleInfoLookup }) => uiChunkName(id, (moduleId) => ctx.getModuleInfo(moduleId));
	return { environments: { client: { build: { rolldownOptions: { output: { codeSplitting: { groups: [{ name }] } } } } } } };
}
