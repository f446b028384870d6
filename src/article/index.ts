/**
 * Assembling the article in every locale from the locale documents, and rendering it.
 */
export { assembleArticle, allViews } from './assemble.ts';
export { renderArticle, englishCalloutLabels, type CalloutLabels } from './render.ts';
export { articleText, segmentText } from './text.ts';
export * from './schema.ts';
