/**
 * A static host for `npm run bench`, so transfer sizes and Lighthouse see what a reader of the
 * deployed site would get, which `astro preview` does not show: gzip for text (what Netlify and
 * Cloudflare Pages send), validators (ETag, answered with 304), the build's `_headers` file when it
 * has one (`/*` and `/prefix/*` rules), and `Cache-Control: no-cache` elsewhere (revalidate on each
 * visit, the hosts' default for HTML). The plain-Starlight baseline has no `_headers`: it gets the
 * same year-long caching of its content-hashed `/_astro/` files, so both are compared on equal terms.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHeadersFile } from '../../src/security/csp.ts';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.wasm': 'application/wasm',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml',
	'.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest))|image\/svg/;
const IMMUTABLE_ASSETS = 'public, max-age=31536000, immutable';

export interface StaticServer {
	readonly url: string;
	close(): Promise<void>;
}

function headerRules(distDir: string): Array<{ prefix: string; headers: Map<string, string> }> {
	const file = join(distDir, '_headers');
	const rules = existsSync(file)
		? [...parseHeadersFile(readFileSync(file, 'utf8'))].map(([pattern, headers]) => ({ prefix: pattern.replace(/\*$/, ''), headers }))
		: [];
	if (!rules.some((rule) => rule.prefix === '/_astro/')) {
		rules.push({ prefix: '/_astro/', headers: new Map([['cache-control', IMMUTABLE_ASSETS]]) });
	}
	return rules;
}

function resolveFile(distDir: string, pathname: string): string | undefined {
	const path = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
	const candidates = path.endsWith('/') ? [join(path, 'index.html')] : [path, `${path}.html`, join(path, 'index.html')];
	for (const candidate of candidates) {
		const full = join(distDir, candidate);
		if (full.startsWith(distDir) && existsSync(full) && statSync(full).isFile()) return full;
	}
	return undefined;
}

export function serveStatic(distDir: string): Promise<StaticServer> {
	const rules = headerRules(distDir);
	const cache = new Map<string, { body: Buffer; gzip?: Buffer; etag: string }>();
	const server: Server = createServer((request, response) => {
		const url = new URL(request.url ?? '/', 'http://bench.invalid');
		let file = resolveFile(distDir, url.pathname);
		let status = 200;
		if (!file) {
			file = join(distDir, '404.html');
			status = 404;
			if (!existsSync(file)) {
				response.writeHead(404).end();
				return;
			}
		}
		let entry = cache.get(file);
		if (!entry) {
			const body = readFileSync(file);
			const type = TYPES[extname(file)] ?? 'application/octet-stream';
			entry = {
				body,
				...(COMPRESSIBLE.test(type) ? { gzip: gzipSync(body, { level: 6 }) } : {}),
				etag: `"${createHash('sha1').update(body).digest('base64url')}"`,
			};
			cache.set(file, entry);
		}
		const headers: Record<string, string> = {
			'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
			'cache-control': 'no-cache',
			etag: entry.etag,
			vary: 'accept-encoding',
		};
		for (const rule of rules) {
			if (url.pathname.startsWith(rule.prefix)) for (const [name, value] of rule.headers) headers[name] = value;
		}
		if (status === 200 && request.headers['if-none-match'] === entry.etag) {
			response.writeHead(304, headers).end();
			return;
		}
		const gzip = entry.gzip && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
		const body = gzip ? entry.gzip! : entry.body;
		response.writeHead(status, { ...headers, ...(gzip ? { 'content-encoding': 'gzip' } : {}), 'content-length': String(body.byteLength) });
		response.end(request.method === 'HEAD' ? undefined : body);
	});
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			if (!address || typeof address === 'string') return reject(new Error('no port'));
			resolve({
				url: `http://127.0.0.1:${address.port}`,
				close: () => new Promise((done) => server.close(() => done())),
			});
		});
	});
}
