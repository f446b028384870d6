/**
 * Where the vendor-localized articles come from upstream: the Microsoft Learn page and the
 * MicrosoftDocs repository of each locale (Partner Center documentation, CC BY 4.0).
 */
const LEARN = 'https://learn.microsoft.com';
const REPOSITORY = 'https://github.com/MicrosoftDocs/partner-center-pr';

/** The upstream page of an article in one locale (`en-US` for the English original). */
export function upstreamPageUrl(sourceLocale: string, article: string): string {
	return `${LEARN}/${sourceLocale.toLowerCase()}/partner-center/${article}`;
}

/** The upstream repository of one locale; the English original lives in the unsuffixed one. */
export function upstreamRepositoryUrl(sourceLocale: string): string {
	const code = sourceLocale.toLowerCase();
	return code === 'en-us' ? REPOSITORY : `${REPOSITORY}.${code}`;
}

export const LICENSE_URL = 'https://creativecommons.org/licenses/by/4.0/';
