/**
 * The islands of the built site and what each makes the browser download, gzipped, with its budget
 * from `src/budgets.ts`. Pure Node over `dist/` and `src/islands/`, shared by the size gate and
 * `npm run bench`.
 *
 * An island is every distinct `component-url` of an `<astro-island>` in any built page. Astro names
 * the entry chunk after the component's file (`/_astro/ClaimSimulator.<hash>.js` for
 * `ClaimSimulator.tsx`), which is how its source is found; its budget is `islandBudgets[name]` in `src/budgets.ts`
 * (or its folder's entry in `islandFolderBudgets`).
 * Its weight: the entry chunk and every module it imports statically, deduplicated: Preact (core, hooks,
 * JSX runtime) is in every island's figure. Astro's hydration code (`renderer-url`: Astro's Preact client,
 * with Vite's preload helper, and the `before-hydration-url` if any) is the same for every
 * island and loaded once per page: it is measured apart (`renderer`), not charged to each island, and the
 * page budget counts it. Dynamic imports are listed, not counted. Astro's inline island loader is in the
 * page's HTML, not here.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { islandBudgets, islandFolderBudgets, type Budget } from '../../src/budgets.ts';
import { builtPages, DIST_DIR } from './built-pages.ts';
import { moduleImports, sizeOf, type Size } from './page-weight.ts';

const ISLANDS_DIR = fileURLToPath(new URL('../../src/islands/', import.meta.url));
const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface IslandWeight {
	/** The component's file name without extension: `EnglishOriginalToggle`. */
	readonly name: string;
	/** `/_astro/EnglishOriginalToggle.CGqChf1Z.js`. */
	readonly componentUrl: string;
	/** The source file, relative to the project: `src/islands/english-original/EnglishOriginalToggle.tsx`; undefined if not found. */
	readonly source?: string;
	readonly files: ReadonlyArray<{ readonly url: string } & Size>;
	readonly dynamicImports: readonly string[];
	readonly total: Size;
	/** Astro's hydration code the island needs, beyond what it imports itself (not in `total`). */
	readonly renderer: { readonly files: ReadonlyArray<{ readonly url: string } & Size>; readonly total: Size };
	/** The first built page it appears on. */
	readonly page: string;
	/** Its budget in gzipped kB (1000 bytes), why, and where it is declared. */
	readonly budget?: { readonly kb: number; readonly why: string; readonly declaredIn: string };
}

function walk(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
	);
}

/** `ClaimSimulator.CGqChf1Z.js` → `ClaimSimulator` (Vite's `[name].[hash].js`). */
export function componentNameOfChunk(url: string): string {
	return basename(url).replace(/\.[\w-]+\.m?js$/, '');
}

/** The island's budget from `src/budgets.ts`: its own entry, else its folder's; undefined when it has neither. */
function budgetOf(source: string, name: string): IslandWeight['budget'] {
	const folder = relative(ISLANDS_DIR, dirname(source)).split(/[\\/]/)[0] ?? '';
	const own = islandBudgets[name];
	const budget: Budget | undefined = own ?? islandFolderBudgets[folder];
	if (!budget) return undefined;
	return { kb: budget.value, why: budget.why, declaredIn: own ? 'src/budgets.ts (islandBudgets)' : 'src/budgets.ts (islandFolderBudgets)' };
}

function sum(files: ReadonlyArray<Size>): Size {
	return {
		bytes: files.reduce((total, file) => total + file.bytes, 0),
		gzipBytes: files.reduce((total, file) => total + file.gzipBytes, 0),
	};
}

/** Every island of the build, measured, with its budget. */
export async function measureIslands(distDir: string = DIST_DIR): Promise<IslandWeight[]> {
	const sources = walk(ISLANDS_DIR).filter((path) => ['.tsx', '.jsx', '.ts', '.js'].includes(extname(path)));
	const islands = new Map<string, { page: string; urls: string[] }>();
	const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
	for (const page of builtPages({ distDir, includeNotFound: true })) {
		const html = readFileSync(page.path, 'utf8');
		for (const [tag] of html.matchAll(/<astro-island\s[^>]*>/g)) {
			const componentUrl = attribute(tag, 'component-url');
			if (!componentUrl || islands.has(componentUrl)) continue;
			const urls = [componentUrl, attribute(tag, 'renderer-url'), attribute(tag, 'before-hydration-url')].filter((url): url is string =>
				Boolean(url),
			);
			islands.set(componentUrl, { page: page.url, urls });
		}
	}
	const measured: IslandWeight[] = [];
	for (const [componentUrl, { page, urls }] of islands) {
		const files: Array<{ url: string } & Size> = [];
		const rendererFiles: Array<{ url: string } & Size> = [];
		let into = files;
		const dynamicImports = new Set<string>();
		const seen = new Set<string>();
		const add = (url: string) => {
			if (seen.has(url)) return;
			seen.add(url);
			const path = join(distDir, decodeURIComponent(url));
			if (!existsSync(path)) return;
			const content = readFileSync(path);
			into.push({ url, ...sizeOf(content) });
			const imports = moduleImports(content.toString('utf8'));
			const from = new URL(url, 'http://page.invalid');
			for (const specifier of imports.dynamic) dynamicImports.add(new URL(specifier, from).pathname);
			for (const specifier of imports.static) add(new URL(specifier, from).pathname);
		};
		const [entry, ...hydration] = urls;
		if (entry) add(entry);
		into = rendererFiles;
		for (const url of hydration) add(url);
		// Vite's preload helper is imported by Astro's renderer on every page with an island; an island that
		// has dynamic imports imports it too. Either way it is hydration code, not the island's.
		for (const [index, file] of [...files.entries()].reverse()) {
			if (/\/preload-helper\.[\w-]+\.js$/.test(file.url)) rendererFiles.push(...files.splice(index, 1));
		}
		const name = componentNameOfChunk(componentUrl);
		const matches = sources.filter((source) => basename(source, extname(source)) === name);
		const source = matches.length === 1 ? matches[0] : undefined;
		const budget = source ? budgetOf(source, name) : undefined;
		measured.push({
			name,
			componentUrl,
			...(source ? { source: relative(PROJECT_ROOT, source) } : {}),
			files,
			dynamicImports: [...dynamicImports].filter((url) => !seen.has(url)),
			total: sum(files),
			renderer: { files: rendererFiles, total: sum(rendererFiles) },
			page,
			...(budget ? { budget } : {}),
		});
	}
	return measured.sort((a, b) => a.name.localeCompare(b.name));
}
