/**
 * Publishing the articles into the content layer's store, incrementally: each article's pages are rendered again only
 * when something they are rendered from changed since the pages in the store were (its vendor files, the list of
 * published articles, which decides the links between articles, or the site's code and catalogs, `code-digest.ts`).
 * The rest keep the pages the store holds from the last build. The store then holds exactly what a build from nothing
 * would put there, in the same order.
 */
import type { LoaderContext } from 'astro/loaders';
import { articleEntryData } from '../sources/article-entry.ts';
import { identityKeys, refuseRenamedArticles, sharesIdentity } from '../sources/article-identity.ts';
import { parseOnAllCores } from '../sources/parse-on-all-cores.ts';
import {
	parseArticleFiles,
	renderArticlePages,
	type ArticlePage,
	type CalloutLabelsFor,
	type HeadingLinkLabelFor,
	type SourceFile,
} from '../sources/library.ts';

/** What the meta store keeps of one article between builds. */
interface ArticleRecord {
	/** The digest of everything its pages are rendered from. */
	readonly digest: string;
	/** Its pages' entry ids, in order. */
	readonly ids: readonly string[];
	/** The `identityKeys` of its files (English as a digest), to refuse a renamed article without parsing the others. */
	readonly identity: readonly string[];
}

/** The meta store's key of the records (article name → `ArticleRecord`), as JSON. */
const RECORDS = 'articles';

export interface PublishOptions {
	/** A digest of the code and catalogs that render the pages (`siteCodeDigest`). */
	readonly codeDigest: string;
	readonly calloutLabelsFor: CalloutLabelsFor;
	readonly headingLinkLabelFor: HeadingLinkLabelFor;
}

/** What `planArticles` decided: the articles in order, each with its new record and, when rendered, its pages. */
export interface ArticlePlan {
	readonly articles: ReadonlyArray<{ readonly name: string; readonly record: ArticleRecord; readonly pages?: readonly ArticlePage[] }>;
}

type Context = Pick<LoaderContext, 'store' | 'meta' | 'generateDigest' | 'parseData'>;

function readRecords(context: Context): Record<string, ArticleRecord> {
	const text = context.meta.get(RECORDS);
	if (!text) return {};
	try {
		return JSON.parse(text) as Record<string, ArticleRecord>;
	} catch {
		return {};
	}
}

/**
 * Decides which articles of `files` to render and renders them; touches nothing in the store. Throws a
 * `SourceFormatError` on a bad file (of a rendered article) or on a file that is another article renamed.
 */
export async function planArticles(context: Context, files: readonly SourceFile[], options: PublishOptions): Promise<ArticlePlan> {
	const filesByArticle = new Map<string, SourceFile[]>();
	for (const file of files) filesByArticle.set(file.article, [...(filesByArticle.get(file.article) ?? []), file]);
	const published: ReadonlySet<string> = new Set(filesByArticle.keys());
	const shared = context.generateDigest(JSON.stringify([options.codeDigest, [...published]]));
	const previous = readRecords(context);
	const digests = new Map(
		[...filesByArticle].map(([name, ofArticle]) => [
			name,
			context.generateDigest(JSON.stringify([shared, ofArticle.map((file) => [file.name, file.text])])),
		]),
	);
	const kept = (name: string): boolean => {
		const record = previous[name];
		return record !== undefined && record.digest === digests.get(name) && record.ids.every((id) => context.store.has(id));
	};
	const changed = [...filesByArticle.keys()].filter((name) => !kept(name));
	const toParse = changed.flatMap((name) => filesByArticle.get(name)!);
	// Parsed on every core first; the parse below then reads each document from the cache, and throws on a bad file.
	await parseOnAllCores(toParse.map(({ text, name }) => ({ text, name })));
	const documents = parseArticleFiles(toParse);
	const englishDigest = (english: string) => context.generateDigest(english);
	const identity = new Map(
		[...filesByArticle.keys()].map((name) => {
			const parsed = documents.get(name);
			return [name, parsed ? parsed.flatMap((document) => identityKeys(document, englishDigest)) : previous[name]!.identity] as const;
		}),
	);
	// Two articles share a file hash, a title anchor or an English: check every file, as a build from nothing does.
	if (sharesIdentity(identity)) refuseRenamedArticles(parseArticleFiles(files));
	return {
		articles: [...filesByArticle.keys()].map((name) => {
			const parsed = documents.get(name);
			if (!parsed) return { name, record: previous[name]! };
			const pages = renderArticlePages(name, parsed, published, options.calloutLabelsFor, options.headingLinkLabelFor);
			const record = { digest: digests.get(name)!, ids: pages.map((page) => page.id), identity: identity.get(name)! };
			return { name, record, pages };
		}),
	};
}

/**
 * Puts the plan into the store: the rendered articles' pages set, the pages of articles no longer published removed,
 * the order of the entries that of the plan. Returns how many pages and articles it holds, and how many were rendered.
 */
export async function applyPlan(context: Context, plan: ArticlePlan): Promise<{ pages: number; articles: number; rendered: number }> {
	const entries = [];
	for (const { record, pages } of plan.articles) {
		if (!pages) {
			entries.push(...record.ids.map((id) => context.store.get(id)!));
			continue;
		}
		for (const page of pages) {
			const data = await context.parseData({ id: page.id, data: articleEntryData(page) });
			entries.push({
				id: page.id,
				data,
				digest: context.generateDigest(page.html + JSON.stringify(data)),
				rendered: { html: page.html, metadata: { headings: [...page.headings], sections: [...page.sections] } },
			});
		}
	}
	const ids = entries.map((entry) => entry.id);
	// Only when the pages and their order are those in the store are the unchanged ones left in place.
	if (ids.join('\n') !== context.store.keys().join('\n')) context.store.clear();
	for (const entry of entries) context.store.set(entry);
	context.meta.set(RECORDS, JSON.stringify(Object.fromEntries(plan.articles.map(({ name, record }) => [name, record]))));
	return { pages: entries.length, articles: plan.articles.length, rendered: plan.articles.filter((article) => article.pages).length };
}
