/**
 * Which article a vendor file is, by its content rather than its file name. The vendor delivers the same article
 * under other names (`customer-association-issues.ko-kr.md` for `incentives-customer-association-issues.md`); taken
 * by name, it would become a second article with a duplicate English page. Plain TypeScript over parsed documents.
 */
import { SourceFormatError, type LocalizedDocument } from '../localization/index.ts';
import { inlineText } from '../localization/inline.ts';

const englishOf = new WeakMap<LocalizedDocument, string>();

/** The English halves of a file's segments, in order: identical for files of one article and source version. */
function documentEnglish(document: LocalizedDocument): string {
	let english = englishOf.get(document);
	if (english === undefined) {
		english = document.segments.map((segment) => inlineText(segment.english)).join('\n');
		englishOf.set(document, english);
	}
	return english;
}

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
	// Comparing every file with every other article's files grows with the square of the corpus: first look for any
	// file hash, title anchor or English shared by two articles at all, and compare pairs only when one is.
	const keys = new Map([...articles].map(([name, documents]) => [name, documents.flatMap((document) => identityKeys(document))]));
	if (!sharesIdentity(keys)) return;
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

/**
 * What can make a file the same article as another's (`sameness`), as strings: its file hash, its title anchor, and its
 * source version with its English, the English passed through `digest` (identity by default; a loader that keeps the
 * keys between builds passes a hash). Two articles that share no key are not the same article.
 */
export function identityKeys(document: LocalizedDocument, digest: (english: string) => string = (english) => english): string[] {
	const hash = document.frontMatter['ms.openlocfilehash'];
	const anchor = document.headings.find((heading) => heading.depth === 1)?.anchor;
	return [
		...(hash !== undefined ? [`hash\0${hash}`] : []),
		...(anchor !== undefined ? [`anchor\0${anchor}`] : []),
		`english\0${document.sourceVersion.commit}\0${digest(documentEnglish(document))}`,
	];
}

/** Whether two articles (name → the `identityKeys` of its files) share a key: only then can one be the other renamed. */
export function sharesIdentity(keysByArticle: ReadonlyMap<string, readonly string[]>): boolean {
	const owners = new Map<string, string>();
	for (const [name, keys] of keysByArticle) {
		for (const key of keys) {
			const owner = owners.get(key);
			if (owner !== undefined && owner !== name) return true;
			owners.set(key, name);
		}
	}
	return false;
}
