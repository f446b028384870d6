import { describe, expect, it } from 'vitest';
import { UI_CHUNK, uiChunkName, type ModuleGraphInfo } from '../../../src/bundling/ui-chunk.ts';

/**
 * A client build's module graph in small: two islands, the search dialog (a `module-url:` entry), a page script, and
 * the modules they share. `imports` lists static imports; `lazy` a dynamic import's target.
 */
const ISLAND_A = '/site/src/islands/claim-simulator/ClaimSimulator.tsx';
const ISLAND_B = '/site/src/islands/helpers/mpn/MpnHelper.tsx';
const SEARCH = '/site/src/islands/search/load-dialog.ts';
const PAGE = '/site/src/components/PageScript.astro?astro&type=script&index=0&lang.ts';
const PREACT = '/site/node_modules/preact/dist/preact.module.js';
const HOOKS = '/site/node_modules/preact/hooks/dist/hooks.module.js';
const FORMAT = '/site/src/i18n/message-format.ts';
const INPUT_METHOD = '/site/src/search/input-method.ts';
const FIELD = '/site/src/islands/typing/field.ts';
const RULES = '/site/src/claim/rules.ts';
const CHECKS = '/site/src/islands/claim-simulator/checked.ts';
const STORAGE = '/site/src/storage.ts';

const imports: Record<string, string[]> = {
	[ISLAND_A]: [PREACT, HOOKS, FORMAT, RULES, FIELD],
	[ISLAND_B]: [PREACT, HOOKS, FORMAT, RULES],
	[SEARCH]: [PREACT, HOOKS, FORMAT, INPUT_METHOD, STORAGE],
	[PAGE]: [INPUT_METHOD],
	[HOOKS]: [PREACT],
	[FIELD]: [INPUT_METHOD],
	[CHECKS]: [STORAGE],
};
const lazy: Record<string, string[]> = { [ISLAND_A]: [CHECKS] };
const entries = new Set([ISLAND_A, ISLAND_B, SEARCH, PAGE]);

function lookup(id: string): ModuleGraphInfo | null {
	const all = new Set([...Object.keys(imports), ...Object.values(imports).flat(), ...Object.values(lazy).flat()]);
	if (!all.has(id)) return null;
	return {
		isEntry: entries.has(id),
		importedIds: imports[id] ?? [],
		importers: Object.keys(imports).filter((from) => imports[from]!.includes(id)),
		dynamicImporters: Object.keys(lazy).filter((from) => lazy[from]!.includes(id)),
	};
}

describe('uiChunkName', () => {
	it('groups what the islands share with the search dialog, with what it imports', () => {
		expect(uiChunkName(PREACT, lookup)).toBe(UI_CHUNK);
		expect(uiChunkName(HOOKS, lookup)).toBe(UI_CHUNK);
		expect(uiChunkName(FORMAT, lookup)).toBe(UI_CHUNK);
	});

	it('leaves out a module a page script reaches: every page would load the chunk', () => {
		expect(uiChunkName(INPUT_METHOD, lookup)).toBeNull();
		// An island's module that imports one: grouping it would pull the page script's module in.
		expect(uiChunkName(FIELD, lookup)).toBeNull();
	});

	it('leaves out what only islands share: a tool would download the other tools', () => {
		expect(uiChunkName(RULES, lookup)).toBeNull();
	});

	it('leaves out entries and code loaded on use, and a module the dialog shares only with such code', () => {
		expect(uiChunkName(ISLAND_A, lookup)).toBeNull();
		expect(uiChunkName(SEARCH, lookup)).toBeNull();
		expect(uiChunkName(CHECKS, lookup)).toBeNull();
		expect(uiChunkName(STORAGE, lookup)).toBeNull();
	});
});
