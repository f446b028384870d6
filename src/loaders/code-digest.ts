/**
 * A digest of what renders the article pages besides their vendor files: every file under `src/` (the parser, the
 * renderer, the routes, the message catalogs that name callouts and heading links) and `package-lock.json` (the
 * Markdown and HTML libraries). When any of them changes, the article loader renders every article again instead of
 * keeping the pages of the last build (`publish.ts`).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root: relative to this module, or the working directory where it runs bundled. */
function projectRoot(): string {
	const beside = fileURLToPath(new URL('../../', import.meta.url));
	return existsSync(join(beside, 'src', 'loaders')) ? beside : process.cwd();
}

/** Every file below `dir`, as paths relative to it, sorted. */
function filesBelow(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => join(entry.parentPath, entry.name).slice(dir.length))
		.sort();
}

/** The digest (by `generateDigest`, the content layer's) of the site's code, catalogs and locked dependencies. */
export function siteCodeDigest(generateDigest: (text: string) => string): string {
	const root = projectRoot();
	const src = join(root, 'src');
	const parts = filesBelow(src).map((path) => `${path}\n${generateDigest(readFileSync(join(src, path), 'utf8'))}`);
	const lock = join(root, 'package-lock.json');
	if (existsSync(lock)) parts.push(`package-lock.json\n${generateDigest(readFileSync(lock, 'utf8'))}`);
	return generateDigest(parts.join('\n'));
}
