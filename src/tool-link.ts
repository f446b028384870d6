/**
 * A link from one tool to another with the state the other opens with in its query (#17): the claim simulator's
 * "Follow the review in the lifecycle simulator", its embedded copies' "Open this claim in the full simulator" and the
 * MPN helper's "Start a claim with this choice". Past `LINK_LIMIT` characters such a link would fail as a tool's own
 * would (a server refuses it), so it is never offered: the tool says so and offers the state as the file the other
 * tool opens (`StateFile.tsx`, `state-file.ts`). The links written at build time (the activity helper's, the error
 * pages' "Try it") carry a preset or two choices; a unit test holds them under the limit.
 *
 * Plain TS, no imports but the limit and `withQuery`: the islands bundle it.
 */
import { LINK_LIMIT } from './claim/base64-json.ts';
import { withQuery } from './url-query.ts';

/** The tools that open a state saved as a file: the name written into the file, so each opens only its own. */
export type SavedTool = 'claim-simulator' | 'claim-lifecycle' | 'mpn-helper';

/** The state for another tool, too long for a link: what a file saved for that tool holds, and where that tool is. */
export interface ToolFile {
	readonly kind: 'file';
	/** The other tool's page, without the state. */
	readonly page: string;
	readonly tool: SavedTool;
	readonly query: URLSearchParams;
	/** The query's length in characters (past `LINK_LIMIT`). */
	readonly length: number;
}

/** A link to another tool that works, or the state to save as that tool's file. */
export type ToolLink = { readonly kind: 'link'; readonly href: string } | ToolFile;

/** The length of `query` in characters when it is past `LINK_LIMIT` (too long for a link), else `null`. */
export function overLinkLimit(query: URLSearchParams): number | null {
	const length = query.toString().length;
	return length > LINK_LIMIT ? length : null;
}

/**
 * The link to `page` (the tool `tool`) with `query` when the query fits in a link (at most `LINK_LIMIT` characters,
 * the rule of the tools' own links, `writeLink`); else the state as `tool`'s file.
 */
export function toolLink(page: string, tool: SavedTool, query: URLSearchParams): ToolLink {
	const length = overLinkLimit(query);
	return length === null ? { kind: 'link', href: withQuery(page, query) } : { kind: 'file', page, tool, query, length };
}
