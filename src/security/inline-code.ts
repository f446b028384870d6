/**
 * Finds the inline code of a built HTML page (the text of `<script>` and `<style>` elements without
 * `src`, and every `style` attribute value), hashes it as CSP hash sources, and writes the policy
 * into the page as the first thing of its `<head>` after `<meta charset>`, so that it governs every
 * script of the page (a meta policy only applies to what comes after it).
 *
 * Plain Node (no Astro import): the build integration and the tests use it. It reads the HTML with
 * regular expressions, not a full parser, because it runs on every page of every build (3,000 pages
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
 */
const INLINE_CODE =
	/<!--[\s\S]*?-->|<script\b([^>]*)>([\s\S]*?)<\/script\s*>|<style\b[^>]*>([\s\S]*?)<\/style\s*>|<[a-zA-Z][^\s/>]*\s(?:[^>]*?\s)?style=(?:"([^"]*)"|'([^']*)')/gi;
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

/** The inline code of one HTML page, each text once, in order of appearance. */
export function inlineCodeOf(html: string): InlineCode {
	const scripts = new Set<string>();
	const styles = new Set<string>();
	const styleAttributes = new Set<string>();
	for (const [, scriptAttributes, script, style, doubleQuoted, singleQuoted] of html.matchAll(INLINE_CODE)) {
		if (script !== undefined) {
			if (!/\bsrc\s*=/.test(scriptAttributes!) && !DATA_SCRIPT_TYPE.test(scriptAttributes!)) scripts.add(script);
		} else if (style !== undefined) styles.add(style);
		else if (doubleQuoted !== undefined || singleQuoted !== undefined) styleAttributes.add(decodeAttribute(doubleQuoted ?? singleQuoted!));
	}
	return { scripts: [...scripts], styles: [...styles], styleAttributes: [...styleAttributes] };
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
 * Hashes a page's inline code and writes its policy into it. `chrome` is the text of the page's chrome when the pass
 * over the built pages cut it out of `html` (`src/build/page-chrome.ts`): its code is the page's too.
 */
export function protectPage(html: string, chrome = ''): string {
	const [page, cut] = [inlineCodeOf(html), inlineCodeOf(chrome)];
	const code: InlineCode = {
		scripts: [...page.scripts, ...cut.scripts],
		styles: [...page.styles, ...cut.styles],
		styleAttributes: [...page.styleAttributes, ...cut.styleAttributes],
	};
	return withCspMeta(html, contentSecurityPolicy(hashesOf(code)));
}
