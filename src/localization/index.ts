/**
 * The vendor side-by-side format: parsing one localized file into a `LocalizedDocument`.
 */
export { SourceFormatError } from './errors.ts';
export { parseLocalizedFile } from './parse.ts';
export * from './schema.ts';
