/**
 * The cited copies of Microsoft's articles (`content/facts/articles/<locale>/*.md`), parsed once per build: the
 * sentences every `KEY#n` citation names (`src/facts/cited-articles.ts`).
 */
import { sourceArticles } from '../facts/articles.ts';
import { copyVersions, type CopyVersions } from '../facts/copy-versions.ts';
import { citedArticles, type CitedArticle } from '../facts/cited-articles.ts';
import { readSourceFiles } from '../sources/library.ts';

let copies: ReadonlyMap<string, CitedArticle> | undefined;

/** The cited article of each key (CAI, MCA, OSA, FCD), by key. Throws when a copy doesn't parse: the build must stop. */
export function citedCopies(): ReadonlyMap<string, CitedArticle> {
	// Through Vite: the pages run bundled, where a path relative to this module doesn't hold.
	copies ??= citedArticles(
		Object.entries(import.meta.glob<string>('/content/facts/articles/*/*.md', { query: '?raw', import: 'default', eager: true })).map(
			([path, text]) => [path.slice(1), text] as const,
		),
	);
	return copies;
}

let versions: CopyVersions | undefined;

/**
 * The versions of the vendor copies of the cited articles (`copyVersions`), computed once per build from their files in
 * `content/sources/` (only theirs: a copy of another article is left out anyway, and a large corpus need not be read).
 */
export function citedCopyVersions(): CopyVersions {
	versions ??= copyVersions(
		citedCopies(),
		sourceArticles.flatMap((article) => readSourceFiles(undefined, article.file)),
	);
	return versions;
}
