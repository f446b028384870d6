/**
 * What the page's search openers (`mount.ts`) load on the reader's intent, as one chunk of its own (`module-url:`,
 * `src/bundling/module-url.ts`): the dialog's code (`mount-dialog.ts`) and the check of its messages, whose request
 * the openers start at the same time, so that the page's own script carries neither.
 */
import type { SearchIslandProps } from './SearchIsland.tsx';

export { mountSearchDialog } from './mount-dialog.ts';
export { bundlesFor } from './bundles-for.ts';

/** The page kinds the dialog offers as filters, in order. */
export const SEARCH_KINDS: SearchIslandProps['kinds'] = ['guide', 'error', 'tool'];

/** The dialog's messages from the answer for the locale's file at `url`; rejects on a failed, refused or unreadable answer. */
export async function readMessages(answer: Promise<Response>, url: string): Promise<SearchIslandProps['messages']> {
	const response = await answer;
	if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
	const messages: unknown = await response.json();
	if (typeof messages !== 'object' || messages === null || Object.values(messages).some((text) => typeof text !== 'string'))
		throw new Error(`${url}: not a message catalog`);
	return messages as SearchIslandProps['messages'];
}
