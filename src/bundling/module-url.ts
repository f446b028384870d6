/**
 * Vite plugin: `import url from 'module-url:./mount-dialog.ts'` gives the URL of that module's own chunk, built like
 * any other, which the page then loads with a plain `import(url)` when it needs it (#19: pay on intent).
 *
 * Why not a plain `import('./mount-dialog.ts')`: Vite wraps every dynamic import of client code in its preload
 * helper (`preload-helper.js`, 0.9 kB gzipped), a static import of the importing chunk, so every page would load the
 * helper with its first script even when no reader ever opens what the import loads. The page's one script
 * (`src/islands/page/page.ts`) stays a single small file this way; the chunk it imports on use loads its own
 * static imports (and may use Vite's dynamic imports, helper included, from there on).
 *
 * Types: `module-url-imports.d.ts`. In the dev server the URL is the module's own path, which Vite serves.
 */
import type { Plugin } from 'vite';

const PREFIX = 'module-url:';
const RESOLVED = `\0${PREFIX}`;

export function moduleUrl(): Plugin {
	return {
		name: 'site:module-url',
		async resolveId(source, importer) {
			if (!source.startsWith(PREFIX)) return null;
			const target = await this.resolve(source.slice(PREFIX.length), importer);
			if (!target) throw new Error(`${source}: no such module (imported by ${importer ?? 'an entry'})`);
			return `${RESOLVED}${target.id}`;
		},
		load(id) {
			if (!id.startsWith(RESOLVED)) return null;
			const target = id.slice(RESOLVED.length);
			if (this.environment.mode === 'dev') return `export default ${JSON.stringify(`/@fs${target}`)};`;
			// The chunk keeps its exports (`preserveSignature`), which nothing imports statically.
			const reference = this.emitFile({ type: 'chunk', id: target, preserveSignature: 'exports-only' });
			return `export default import.meta.ROLLUP_FILE_URL_${reference};`;
		},
	};
}
