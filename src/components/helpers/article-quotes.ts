/**
 * The troubleshooting article's sentences the helpers quote, looked up at build time from the vendor files
 * (parsed and assembled exactly as the article pages are), so a quote is always the article's own text in
 * the reader's language, with its English original.
 */
import { allViews, assembleArticle, segmentText, type ArticleView } from '../../article/index.ts';
import { sectionOfSegments } from '../../article/sections.ts';
import { parseLocalizedFile } from '../../localization/index.ts';
import { TROUBLESHOOTING_ARTICLE } from '../../error-reference/troubleshooting-article.ts';
import type { ArticleQuotes } from '../../islands/helpers/parts/types.ts';

let views: ArticleView[] | undefined;

function articleViews(): ArticleView[] {
	if (!views) {
		// Through Vite, not `readSourceFiles()`: the pages run bundled, where the library's path to the sources
		// (relative to its own module) doesn't hold; the glob is resolved from the project root.
		const files = import.meta.glob<string>('/content/sources/*/*.md', { query: '?raw', import: 'default', eager: true });
		const documents = Object.entries(files)
			.filter(([path]) => path.endsWith(`/${TROUBLESHOOTING_ARTICLE}.md`))
			.map(([path, text]) => parseLocalizedFile(text, path.slice(1)));
		views = allViews(assembleArticle(documents));
	}
	return views;
}

/** The section a helper is about: its anchor, and how to link a section of the article by its anchor. */
interface OwnSection {
	readonly anchor: string;
	readonly href: (anchor: string) => string;
}

/**
 * The sentences numbered `numbers` in the view of `lang` (the English view for a language without one). With `own`,
 * a sentence from another section of the article than the helper's names that section (`section`: its link and its
 * heading in the view's language), so that its quote is captioned with the section it comes from (#14 tenth review:
 * CAI#121, a subscription error, was captioned "Which activity do I choose?"). Throws on a missing segment: the
 * build must stop.
 */
export function articleQuotes(lang: string, numbers: readonly number[], own?: OwnSection): ArticleQuotes {
	const all = articleViews();
	const view = all.find((candidate) => candidate.locale.lang === lang) ?? all[0]!;
	const segments = new Map(view.segments.map((segment) => [segment.number, segment]));
	const sections = sectionOfSegments(view.blocks);
	const textOf = (number: number) => {
		const segment = segments.get(number);
		if (!segment) throw new Error(`${TROUBLESHOOTING_ARTICLE} has no segment ${number}: the helpers quote it (src/helpers).`);
		return { segment, text: segmentText(segment, 'translation').trim() };
	};
	return Object.fromEntries(
		numbers.map((number) => {
			const { segment, text } = textOf(number);
			const english = segmentText(segment, 'english').trim();
			const section = sections.get(number);
			const elsewhere =
				own && section && section.anchor !== own.anchor && section.heading !== undefined
					? { section: { href: own.href(section.anchor), title: textOf(section.heading).text } }
					: {};
			return [number, { text, english, translated: view.kind === 'translation' && segment.translation !== null, ...elsewhere }];
		}),
	);
}
