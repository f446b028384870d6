/**
 * The cited copies of Microsoft's articles (`content/facts/articles/<locale>/*.md`), parsed once per build: the
 * sentences every `KEY#n` citation names (`src/facts/cited-articles.ts`).
 */
import { citedArticles, type CitedArticle } from '../facts/cited-articles.ts';

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
