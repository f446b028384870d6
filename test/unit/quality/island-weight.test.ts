import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { componentNameOfChunk, measureIslands } from '../../support/island-weight.ts';

describe('island weight', () => {
	let dist: string | undefined;
	afterEach(() => dist && rmSync(dist, { recursive: true, force: true }));

	function site(pages: Record<string, string>, chunks: Record<string, string>): string {
		dist = mkdtempSync(join(tmpdir(), 'islands-'));
		mkdirSync(join(dist, '_astro'));
		for (const [file, html] of Object.entries(pages)) writeFileSync(join(dist, file), html);
		for (const [file, js] of Object.entries(chunks)) writeFileSync(join(dist, '_astro', file), js);
		return dist;
	}
	const island = (component: string) =>
		`<!DOCTYPE html><html lang="en"><head></head><body><astro-island uid="a" component-url="/_astro/${component}" renderer-url="/_astro/client.x1.js" opts="{}"></astro-island></body></html>`;

	it('names the component after its chunk', () => {
		expect(componentNameOfChunk('/_astro/ClaimSimulator.CGqChf1Z.js')).toBe('ClaimSimulator');
		expect(componentNameOfChunk('/_astro/EnglishOriginalToggle.-hgniBUK.js')).toBe('EnglishOriginalToggle');
	});

	it('counts the entry and its static imports once, Preact included, apart from the renderer and the preload helper, not dynamic imports, with its budget from src/budgets.ts', async () => {
		const big = randomBytes(24_000).toString('base64');
		const islands = await measureIslands(
			site(
				{ 'index.html': island('ClaimSimulator.e1.js'), '404.html': island('ClaimSimulator.e1.js') },
				{
					'ClaimSimulator.e1.js': 'import "./preact.p1.js"; import "./preload-helper.h1.js"; import("./lazy.l1.js");',
					'client.x1.js': 'import "./preact.p1.js"; import "./preload-helper.h1.js";',
					'preload-helper.h1.js': 'export const preload = (f) => f();',
					'preact.p1.js': `export const big = ${JSON.stringify(big)};`,
					'lazy.l1.js': 'export {}',
				},
			),
		);
		expect(islands).toHaveLength(1);
		const [toggle] = islands;
		expect(toggle!.source).toBe('src/islands/claim-simulator/ClaimSimulator.tsx');
		expect(toggle!.files.map((file) => file.url)).toEqual(['/_astro/ClaimSimulator.e1.js', '/_astro/preact.p1.js']);
		expect(toggle!.renderer.files.map((file) => file.url).sort()).toEqual(['/_astro/client.x1.js', '/_astro/preload-helper.h1.js']);
		expect(toggle!.dynamicImports).toEqual(['/_astro/lazy.l1.js']);
		expect(toggle!.budget?.declaredIn).toBe('src/budgets.ts (islandBudgets)');
		// The random part does not compress: this island is over its budget, which the gate reports.
		expect(toggle!.total.gzipBytes).toBeGreaterThan(toggle!.budget!.kb * 1000);
	});

	it('finds no source and no budget for an island outside src/islands', async () => {
		const [stray] = await measureIslands(site({ 'index.html': island('Stray.s1.js') }, { 'Stray.s1.js': '', 'client.x1.js': '' }));
		expect(stray!.source).toBeUndefined();
		expect(stray!.budget).toBeUndefined();
	});
});
