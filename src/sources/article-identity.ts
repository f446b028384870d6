/**
 * Which article a vendor file is, by its content rather than its file name. The vendor delivers the same article
 * under other names (`customer-association-issues.ko-kr.md` for `incentives-customer-association-issues.md`); taken
 * by name, it would become a second article with a duplicate English page. Plain TypeScript over parsed documents.
 */
import { SourceFormatError, type LocalizedDocument } from '../localization/index.ts';
import { inlineText } from '../localization/inline.ts';

/** The English halves of a file's segments, in order: identical for files of one article and source version. */
const documentEnglish = (document: LocalizedDocument): string => document.segments.map((segment) => inlineText(segment.english)).join('\n');

/** What makes two files the same article, in the order it is checked. */
type Sameness = 'the same file hash (ms.openlocfilehash)' | 'the same title anchor' | 'the same English of source version';

function sameness(a: LocalizedDocument, b: LocalizedDocument): Sameness | undefined {
	const hashA = a.frontMatter['ms.openlocfilehash'];
	if (hashA !== undefined && hashA === b.frontMatter['ms.openlocfilehash']) return 'the same file hash (ms.openlocfilehash)';
	const titleA = a.headings.find((heading) => heading.depth === 1)?.anchor;
	if (titleA !== undefined && titleA === b.headings.find((heading) => heading.depth === 1)?.anchor) return 'the same title anchor';
	if (a.sourceVersion.commit === b.sourceVersion.commit && documentEnglish(a) === documentEnglish(b)) {
		return 'the same English of source version';
	}
	return undefined;
}

/**
 * Refuses a file that is an article already present under another name. `articles` maps each article name (the
 * file name without `.md`) to its parsed files. Throws a `SourceFormatError` naming the file, the article it is and
 * why (same file hash, same H1 anchor, or identical English of one source version), and the name to use instead.
 */
export function refuseRenamedArticles(articles: ReadonlyMap<string, readonly LocalizedDocument[]>): void {
	// The article with more files is the established one; the other's file is the one delivered under a new name.
	const names = [...articles.keys()].sort((a, b) => articles.get(b)!.length - articles.get(a)!.length);
	for (const [index, name] of names.entries()) {
		for (const other of names.slice(index + 1)) {
			for (const document of articles.get(other)!) {
				for (const existing of articles.get(name)!) {
					const why = sameness(document, existing);
					if (!why) continue;
					const version = why === 'the same English of source version' ? ` ${existing.sourceVersion.commit.slice(0, 8)}` : '';
					throw new SourceFormatError(
						{ file: document.file, line: 1 },
						`this is the article "${name}" (${why}${version} as ${existing.file}) under another file name; name the file ${name}.md so it replaces or joins that article's ${document.locale.sourceLocale} file instead of becoming a second article`,
					);
				}
			}
		}
	}
}
