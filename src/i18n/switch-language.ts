/**
 * The URL to open when the reader picks another language: the other locale's pathname,
 * with the current query and `#section` kept, so the reader lands on the same section.
 */
export function switchLanguageUrl(currentHref: string, targetPathname: string): string {
	const current = new URL(currentHref);
	const target = new URL(targetPathname, current);
	target.search = current.search;
	target.hash = current.hash;
	return target.href;
}
