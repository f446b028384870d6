/**
 * Reads one inline HTML token (the value of an mdast `html` node, which is always a single tag,
 * comment or declaration) and classifies the side-by-side markup:
 * `<span data-ttu-id>` (translation), `<span class="sxs-lookup">`, `<span data-stu-id>` (English).
 */

export type HtmlToken =
	| { readonly kind: 'open'; readonly name: string; readonly attributes: ReadonlyMap<string, string>; readonly selfClosing: boolean }
	| { readonly kind: 'close'; readonly name: string }
	| { readonly kind: 'comment' }
	| { readonly kind: 'other'; readonly raw: string };

const OPEN_TAG = /^<([a-z][a-z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>$/i;
const CLOSE_TAG = /^<\/([a-z][a-z0-9-]*)\s*>$/i;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** Tokenizes a single tag such as `<span data-ttu-id="bd896-112">` or `</span>`. */
export function readHtmlToken(raw: string): HtmlToken {
	const value = raw.trim();
	if (value.startsWith('<!--')) return { kind: 'comment' };
	const close = CLOSE_TAG.exec(value);
	if (close?.[1]) return { kind: 'close', name: close[1].toLowerCase() };
	const open = OPEN_TAG.exec(value);
	if (open?.[1]) {
		const attributes = new Map<string, string>();
		for (const match of (open[2] ?? '').matchAll(ATTRIBUTE)) {
			const [, name, doubleQuoted, singleQuoted, bare] = match;
			if (name) attributes.set(name.toLowerCase(), doubleQuoted ?? singleQuoted ?? bare ?? '');
		}
		return { kind: 'open', name: open[1].toLowerCase(), attributes, selfClosing: open[3] === '/' };
	}
	return { kind: 'other', raw: value };
}

/** What a tag means in the side-by-side format. */
export type SxsMarkup =
	| { readonly role: 'translation-open'; readonly id: string }
	| { readonly role: 'lookup-open' }
	| { readonly role: 'english-open'; readonly id: string }
	| { readonly role: 'span-open' }
	| { readonly role: 'span-close' };

/** Classifies a span tag; `undefined` for anything that is not a `<span>`/`</span>`. */
export function sxsMarkupOf(token: HtmlToken): SxsMarkup | undefined {
	if (token.kind === 'close') return token.name === 'span' ? { role: 'span-close' } : undefined;
	if (token.kind !== 'open' || token.name !== 'span') return undefined;
	const translationId = token.attributes.get('data-ttu-id');
	if (translationId !== undefined) return { role: 'translation-open', id: translationId.trim() };
	const englishId = token.attributes.get('data-stu-id');
	if (englishId !== undefined) return { role: 'english-open', id: englishId.trim() };
	const classes = (token.attributes.get('class') ?? '').split(/\s+/);
	if (classes.includes('sxs-lookup')) return { role: 'lookup-open' };
	return { role: 'span-open' };
}

/** Splits a segment id `bd896-112` into its per-file prefix and its number. */
export function parseSegmentId(id: string): { prefix: string; number: number } | undefined {
	const match = /^(.+)-(\d+)$/.exec(id);
	if (!match?.[1] || !match[2]) return undefined;
	return { prefix: match[1], number: Number(match[2]) };
}
