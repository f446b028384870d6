/**
 * Writing a tool's state into the page URL (#17), the one write path of the claim simulator's page, the lifecycle
 * simulator and the helpers: a query past `LINK_LIMIT` characters is not written (a server would refuse the link
 * and a reload would lose the state); the URL keeps the last one that fit, and the tool tells the reader and offers
 * to save the state as a file (`StateFile.tsx`).
 */
import { LINK_LIMIT } from '../../claim/base64-json.ts';
import { withQuery } from '../../url-query.ts';

/**
 * Puts `query` in the page URL, keeping its path and fragment: a new history entry when `push`, else replacing the
 * current one (not at all when the URL is already that). Returns `null` once written, or the query's length in
 * characters when it is past `LINK_LIMIT` and was left out. Never throws.
 */
export function writeLink(query: URLSearchParams, push = false): number | null {
	const length = query.toString().length;
	if (length > LINK_LIMIT) return length;
	const url = `${withQuery(location.pathname, query)}${location.hash}`;
	if (!push && url === `${location.pathname}${location.search}${location.hash}`) return null;
	try {
		if (push) history.pushState(null, '', url);
		else history.replaceState(history.state, '', url);
	} catch {
		// Safari refuses more than 100 replacements in 30 seconds (SecurityError): the next change writes it.
	}
	return null;
}
