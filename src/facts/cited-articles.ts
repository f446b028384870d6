/**
 * The Microsoft sentences the site's citations name: the vendor files of the cited source version, kept in
 * `content/facts/articles/<locale>/` (the ja-JP copies of `ms.sourcegitcommit` 36a60f67, whose segment numbers
 * the fact sheet follows; see its key table). A citation `KEY#n` resolves to segment n of the article with that
 * key: its English sentence, exactly as Microsoft wrote it, and whether it is a heading (a heading names a
 * section; it states no rule, so no rule may cite it alone).
 *
 * Plain TypeScript without I/O: callers read the files and pass their text. Parsed with the vendor-format parser
 * (`src/localization/`), the same one that publishes the articles.
 */
import { inlineText } from '../localization/inline.ts';
import { parseLocalizedFile, type Block, type ContentPart } from '../localization/index.ts';
import { sourceArticles } from './articles.ts';
import { parseCitations, type Citation } from './citations.ts';

/** One segment of a cited article. */
interface CitedSegment {
	/** Microsoft's English sentence (plain text, Markdown marks removed). */
	readonly english: string;
	/** True when the segment is (part of) a heading. */
	readonly heading: boolean;
}

/** One cited article: its key, the source version its numbers follow, and its segments by number. */
export interface CitedArticle {
	readonly key: string;
	/** `ms.sourcegitcommit` of the English version the copy was translated from. */
	readonly sourceCommit: string;
	readonly segments: ReadonlyMap<number, CitedSegment>;
}

function segmentRefs(parts: readonly ContentPart[], into: Set<number>): Set<number> {
	for (const part of parts) {
		if (part.type === 'segment') into.add(part.number);
		else if ('children' in part) segmentRefs(part.children, into);
	}
	return into;
}

function headingSegments(blocks: readonly Block[], into = new Set<number>()): Set<number> {
	for (const block of blocks) {
		if (block.type === 'heading') segmentRefs(block.content, into);
		else if (block.type === 'list') for (const item of block.items) headingSegments(item, into);
		else if (block.type === 'callout' || block.type === 'quote') headingSegments(block.blocks, into);
	}
	return into;
}

/**
 * The cited articles, by key, from their vendor files (`[path, text]`; the file name names the article, as in
 * `src/facts/articles.ts`). Throws `SourceFormatError` on a file the vendor format refuses, and an `Error` when two
 * files give one article (one cited version per article) or a file names no article of the key table.
 */
export function citedArticles(files: Iterable<readonly [path: string, text: string]>): ReadonlyMap<string, CitedArticle> {
	const articles = new Map<string, CitedArticle>();
	for (const [path, text] of files) {
		const name = path.split('/').pop()!.replace(/\.md$/, '');
		const article = sourceArticles.find((candidate) => candidate.file === name);
		if (!article) throw new Error(`${path}: no article of the fact sheet's key table is named ${name}`);
		if (articles.has(article.key)) throw new Error(`${path}: a second copy of ${article.key}; keep one cited version per article`);
		const document = parseLocalizedFile(text, path);
		const headings = headingSegments(document.blocks);
		const segments = new Map(
			document.segments.map((segment) => [
				segment.number,
				{ english: inlineText(segment.english).trim(), heading: headings.has(segment.number) },
			]),
		);
		articles.set(article.key, { key: article.key, sourceCommit: document.frontMatter['ms.sourcegitcommit'], segments });
	}
	return articles;
}

/**
 * Why `written` (one citation, e.g. `MCA#120` or `CAI#169–170`) does not lead to the sentences that state a rule,
 * or undefined when it does: its article is one of `articles`, every segment of its range is in the cited copy,
 * and not every one of them is a heading. A citation of an article the repository holds no copy of (POE, EN2023)
 * is left to the fact sheet (`unresolved` in `citations.ts`): undefined here too.
 */
export function sentenceProblem(written: string, articles: ReadonlyMap<string, CitedArticle>): string | undefined {
	const parsed = parseCitations(written);
	if (parsed.length !== 1 || parsed[0]!.text !== written) return `${written} is not one citation`;
	const citation = parsed[0]!;
	const article = articles.get(citation.key);
	if (!article) return undefined;
	const numbers = citedNumbers(citation);
	const missing = numbers.filter((number) => !article.segments.has(number));
	if (missing.length > 0) return `${written}: the cited copy of ${citation.key} has no segment ${missing.join(', ')}`;
	if (numbers.every((number) => article.segments.get(number)!.heading)) return `${written} cites only a heading, which states no rule`;
	return undefined;
}

/** The segment numbers a citation covers, in order: `CAI#169–170` → [169, 170]. */
export function citedNumbers(citation: Pick<Citation, 'from' | 'to'>): number[] {
	return Array.from({ length: Math.max(0, citation.to - citation.from + 1) }, (_, offset) => citation.from + offset);
}
