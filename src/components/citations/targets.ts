/**
 * The citation targets of one locale (`CitationTargets`, `src/facts/citation-targets.ts`), computed once per build:
 * each article the site publishes, assembled from `content/sources/` exactly as its pages are
 * (`src/article/assemble.ts`), with its page in the reader's language, its title there and the runs from the cited
 * version's segment numbers to that page's (`src/facts/segment-map.ts`). Pages hand them to their components, and
 * to an island in its props.
 */
import { allViews, assembleArticle, type ArticleView } from '../../article/index.ts';
import { sourceArticles } from '../../facts/articles.ts';
import type { ArticleTarget, CitationTargets } from '../../facts/citation-targets.ts';
import { articleRuns } from '../../facts/segment-map.ts';
import type { SiteLocale } from '../../i18n/locales.ts';
import { translator } from '../../i18n/messages.ts';
import { inlineText } from '../../localization/inline.ts';
import { parseLocalizedFile, type Block, type LocalizedDocument } from '../../localization/index.ts';
import { localePath, routes } from '../../routes.ts';
import { citedCopies } from '../cited-copies.ts';

let published: ReadonlyMap<string, readonly ArticleView[]> | undefined;

/** Every published article's views (English first), by file name. */
function publishedViews(): ReadonlyMap<string, readonly ArticleView[]> {
	if (!published) {
		// Through Vite: the pages run bundled, where a path relative to this module doesn't hold.
		const files = import.meta.glob<string>('/content/sources/*/*.md', { query: '?raw', import: 'default', eager: true });
		const documents = new Map<string, LocalizedDocument[]>();
		for (const [path, text] of Object.entries(files)) {
			const name = path.split('/').pop()!.replace(/\.md$/, '');
			documents.set(name, [...(documents.get(name) ?? []), parseLocalizedFile(text, path.slice(1))]);
		}
		published = new Map([...documents].map(([name, list]) => [name, allViews(assembleArticle(list))]));
	}
	return published;
}

/** The segments of the article's title, its first level-1 heading. */
function titleSegments(blocks: readonly Block[]): number[] {
	const title = blocks.find((block) => block.type === 'heading' && block.depth === 1);
	if (title?.type !== 'heading') return [];
	return title.content.flatMap((part) => (part.type === 'segment' ? [part.number] : []));
}

const cache = new Map<string, CitationTargets>();

/** The articles citations lead to in `locale`, by key; a key without a cited copy and a page (POE, EN2023) is absent. */
export function citationTargets(locale: SiteLocale): CitationTargets {
	const cached = cache.get(locale.lang);
	if (cached) return cached;
	const t = translator(locale.lang);
	const targets: Record<string, ArticleTarget> = {};
	for (const article of sourceArticles) {
		const copy = citedCopies().get(article.key);
		const views = publishedViews().get(article.file);
		if (!copy || !views) continue;
		// A locale without its own translation shows the English article at its address, as Starlight does.
		const view = views.find((candidate) => candidate.kind === 'translation' && candidate.locale.lang === locale.lang) ?? views[0]!;
		// The title is the page's own heading (`renderArticle` leaves it out of the body): no sentence to land on.
		const title = new Set(titleSegments(view.blocks));
		const page = view.segments
			.filter((segment) => !title.has(segment.number))
			.map((segment) => [segment.number, inlineText(segment.english)] as const);
		targets[article.key] = {
			href: localePath(locale, routes.article(article.file)),
			title: t('facts.citation.title', { article: view.title }),
			runs: articleRuns(copy, page),
		};
	}
	cache.set(locale.lang, targets);
	return targets;
}
