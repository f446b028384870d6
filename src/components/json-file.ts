/**
 * The site's JSON files that islands download (`routes.simulatorData()`, `routes.simulatorErrorTexts()`,
 * `routes.simulatorEditorTexts()`, `routes.simulatorLaterTexts()`, `routes.searchMessages()`, `routes.lifecycleTexts()`):
 * the endpoint's answer and the URL a page gives its island. Build-time only (Node's crypto).
 */
import { createHash } from 'node:crypto';

/** The endpoint's answer: `body` as JSON, UTF-8. */
export function jsonFile(body: unknown): Response {
	return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}

/**
 * `path` with `?v=` and the first 12 hex digits of the SHA-256 of `body` as the endpoint serializes it: a file whose
 * content changed has a new URL, so a browser never takes a copy cached from an earlier deploy (the files carry no
 * Cache-Control, and a heuristic freshness could otherwise serve texts that lack a key the new island shows).
 */
export function versionedJsonUrl(path: string, body: unknown): string {
	return `${path}?v=${digestOf(body)}`;
}

/** Digests by body object: every page that embeds a tool names the same files (bodies are never changed once built). */
const digests = new WeakMap<object, string>();

function digestOf(body: unknown): string {
	const known = typeof body === 'object' && body !== null ? digests.get(body) : undefined;
	if (known) return known;
	const digest = createHash('sha256').update(JSON.stringify(body), 'utf8').digest('hex').slice(0, 12);
	if (typeof body === 'object' && body !== null) digests.set(body, digest);
	return digest;
}
