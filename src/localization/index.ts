/**
 * The vendor side-by-side format: parsing one localized file into a `LocalizedDocument`.
 */
export { SourceFormatError, formatLocation, type SourceLocation } from './errors.ts';
export { parseLocalizedFile, normalizeSourceText, type ParseOptions } from './parse.ts';
export { restoreTranslationEmphasis } from './emphasis.ts';
export { contentText, inlineText } from './inline.ts';
export { forEachBlock, segmentNumbersOf } from './walk.ts';
export * from './schema.ts';
