/**
 * Finds the inline code of a built HTML page (the text of `<script>` and `<style>` elements without
 * `src`, and every `style` attribute value), hashes it as CSP hash sources, and writes the policy
 * into the page as the first thing of its `<head>` after `<meta charset>`, so that it governs every
 * script of the page (a meta policy only applies to what comes after it).
 *
 * Plain Node (no Astro import): the build integration and the tests use it. It reads the HTML with
 * one regular expression, not a full parser, because it runs on every page of every build (7,000 pages
 * in the synthetic corpora of `npm run bench`). That is exact for what Astro writes: a script or
 * style element's text is raw text (no entity decoding, and it ends at the first `</script>` or
 * `</style>`), and attribute values are double-quoted; a `style` value with a character reference is
 * decoded by a real HTML parser. Whatever this missed, the browser gates would report as a
 * CSP violation.
 */
import { createHash } from 'node:crypto';
import { fromHtml } from 'hast-util-from-html';
import { contentSecurityPolicy, type InlineHashes } from './csp.ts';

export function hashSource(text: string): string {
	return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * One pass over the page finds, at each `<`, the first of: a comment (skipped whole: nothing in it runs), a script
 * element (attributes, text), a style element (text), or a start tag with a `style` attribute (its value, double- or
 * single-quoted). A `<script>` inside a comment, or a `style=` inside a script's text, is never taken for code.
 *
 * Every character it names is ASCII, and whitespace is HTML's (tab, line feed, form feed, carriage return, space), not
 * JavaScript's `\s`: it finds the same code in a page's bytes read one character per byte (`inlineCodeOfBytes`) as in
 * its decoded text, because a byte of a multi-byte UTF-8 character (0x80 to 0xFF) is matched only where any
 * character is (`[\s\S]` or a negated class such as `[^>]`). The `d` flag gives where each piece of code is, for decoding it alone.
 */
const INLINE_CODE =
	/<!--[\s\S]*?-->|<script\b([^>]*)>([\s\S]*?)<\/script[\t\n\f\r ]*>|<style\b[^>]*>([\s\S]*?)<\/style[\t\n\f\r ]*>|<[a-z][^\t\n\f\r />]*[\t\n\f\r ](?:[^>]*?[\t\n\f\r ])?style=(?:"([^"]*)"|'([^']*)')/dgi;
/** Non-JavaScript script types (JSON-LD, templates): data, never run, so not governed by script-src. */
const DATA_SCRIPT_TYPE = /\btype\s*=\s*["']?(application\/(ld\+)?json|importmap|text\/(template|html|plain))/i;

function decodeAttribute(value: string): string {
	if (!value.includes('&')) return value;
	const element = fromHtml(`<p style="${value.replace(/"/g, '&quot;')}"></p>`, { fragment: true }).children[0];
	const style = element?.type === 'element' ? element.properties['style'] : undefined;
	return typeof style === 'string' ? style : value;
}

export interface InlineCode {
	readonly scripts: readonly string[];
	readonly styles: readonly string[];
	readonly styleAttributes: readonly string[];
}

/**
 * The inline code in `text`, each piece once, in order of appearance. `decode(start, end)` gives the code between
 * those offsets of `text`: `text` itself may be a page's bytes read one character per byte.
 */
function findInlineCode(text: string, decode: (start: number, end: number) => string): InlineCode {
	const scripts = new Set<string>();
	const styles = new Set<string>();
	const styleAttributes = new Set<string>();
	for (const match of text.matchAll(INLINE_CODE)) {
		const piece = (group: number) => decode(...match.indices![group]!);
		const [, , script, style, doubleQuoted, singleQuoted] = match;
		if (script !== undefined) {
			const attributes = piece(1);
			if (!/\bsrc\s*=/.test(attributes) && !DATA_SCRIPT_TYPE.test(attributes)) scripts.add(piece(2));
		} else if (style !== undefined) styles.add(piece(3));
		else if (doubleQuoted !== undefined) styleAttributes.add(decodeAttribute(piece(4)));
		else if (singleQuoted !== undefined) styleAttributes.add(decodeAttribute(piece(5)));
	}
	return { scripts: [...scripts], styles: [...styles], styleAttributes: [...styleAttributes] };
}

/** The inline code of one HTML page, each text once, in order of appearance. */
export function inlineCodeOf(html: string): InlineCode {
	return findInlineCode(html, (start, end) => html.slice(start, end));
}

/**
 * `inlineCodeOf` a page's UTF-8 bytes (a page's chrome: `src/build/page-chrome.ts`), decoding only its code. The chrome
 * of every page lists every article; decoding all of it on every page made this step grow with pages × articles (#19:
 * 2.4 s of 2,365 pages at 300 articles, 0.3 s read as bytes).
 */
export function inlineCodeOfBytes(bytes: Buffer): InlineCode {
	return findInlineCode(bytes.toString('latin1'), (start, end) => bytes.toString('utf8', start, end));
}

const hashCache = new Map<string, string>();
function cachedHash(text: string): string {
	let hash = hashCache.get(text);
	if (!hash) {
		hash = hashSource(text);
		hashCache.set(text, hash);
	}
	return hash;
}

function hashesOf(code: InlineCode): InlineHashes {
	return {
		scripts: new Set(code.scripts.map(cachedHash)),
		styles: new Set(code.styles.map(cachedHash)),
		styleAttributes: new Set(code.styleAttributes.map(cachedHash)),
	};
}

export const CSP_META_PATTERN = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"\s*\/?>/i;

/**
 * The page with its policy meta tag: right after `<meta charset>` when the head starts with one
 * (the charset must stay in the first 1024 bytes), otherwise first in `<head>`. Throws when the
 * page has no `<head>` or already has a policy (a page must have exactly one, written here).
 */
export function withCspMeta(html: string, policy: string): string {
	if (CSP_META_PATTERN.test(html)) throw new Error('the page already has a Content-Security-Policy meta tag');
	const head = /<head(\s[^>]*)?>/i.exec(html);
	if (!head) throw new Error('the page has no <head>');
	let at = head.index + head[0].length;
	const charset = /^\s*<meta charset=[^>]*>/i.exec(html.slice(at));
	if (charset) at += charset[0].length;
	const meta = `<meta http-equiv="Content-Security-Policy" content="${policy.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}">`;
	return html.slice(0, at) + meta + html.slice(at);
}

/**
 * Hashes a page's inline code and writes its policy into it. `chrome` is the page's chrome (UTF-8 bytes) when the pass
 * over the built pages cut it out of `html` (`src/build/page-chrome.ts`): its code is the page's too.
 */
export function protectPage(html: string, chrome?: Buffer): string {
	const [page, cut] = [inlineCodeOf(html), chrome ? inlineCodeOfBytes(chrome) : undefined];
	const code: InlineCode = {
		scripts: [...page.scripts, ...(cut?.scripts ?? [])],
		styles: [...page.styles, ...(cut?.styles ?? [])],
		styleAttributes: [...page.styleAttributes, ...(cut?.styleAttributes ?? [])],
	};
	return withCspMeta(html, contentSecurityPolicy(hashesOf(code)));
}
