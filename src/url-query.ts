/**
 * Putting a query on a URL: the one place a `?` is written. Re-exported by `src/routes.ts`, whose `localePath`
 * takes a query too; islands import it from here, so their bundles get these few lines without the site's
 * locales and routes (an island's chunk would otherwise carry all of `routes.ts`, shared with the search island).
 * No imports.
 */

/**
 * A URL's query: parameters as `URLSearchParams` or a plain record (a record survives an island's props, which
 * are JSON). The query encoders (`presetQuery`, `draftQuery`, `lifecycleQuery`, `mpnClaimQuery`) return one.
 */
export type Query = URLSearchParams | Readonly<Record<string, string>>;

/**
 * A path (absolute, relative or empty) with a query put after it: `withQuery('/claim-simulator/', { preset: 'x' })`
 * → `/claim-simulator/?preset=x`; `withQuery('', { preset: 'x' })` → `?preset=x` (a link to the same page);
 * no `?` when there is no query or it is empty. Values are encoded as `URLSearchParams` encodes them.
 * The only place a `?` is put on a URL.
 */
export function withQuery(path: string, query?: Query): string {
	const search = query === undefined ? '' : new URLSearchParams(query).toString();
	return search === '' ? path : `${path}?${search}`;
}
