/**
 * The way other parts of the site open the search dialog with a query, e.g. the claim simulator's
 * **Search this error**: `openSearch(message)`. The search island listens for the event on `window`
 * and opens with the query filled in. Plain TypeScript, so any island can import it without pulling
 * in the search UI.
 */
export const SEARCH_OPEN_EVENT = 'cpor:search-open';

export interface SearchOpenDetail {
	query: string;
}

export function openSearch(query: string): void {
	window.dispatchEvent(new CustomEvent<SearchOpenDetail>(SEARCH_OPEN_EVENT, { detail: { query } }));
}
