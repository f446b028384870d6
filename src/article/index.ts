/**
 * Assembling the article in every locale from the locale documents, and rendering it.
 */
export { assembleArticle, allViews, type AssembleOptions } from './assemble.ts';
export {
	renderArticle,
	calloutStyles,
	englishCalloutLabels,
	type CalloutLabels,
	type RenderOptions,
	type RenderedArticle,
	type StarlightAsideStyle,
	type TocHeading,
} from './render.ts';
export { articleText, englishKey, normalizeWhitespace, segmentText } from './text.ts';
export { changedSections, sectionsOf, type Section } from './sections.ts';
export { checkSameEnglish, compareSourceVersions, groupBySourceVersion, type VersionGroup } from './versions.ts';
export * from './schema.ts';
