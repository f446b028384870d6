/**
 * A static host for `npm run bench`, so transfer sizes and Lighthouse see what a reader of the
 * deployed site would get, which `astro preview` does not show: gzip for text (what Netlify and
 * Cloudflare Pages send), validators (ETag, answered with 304), the build's `_headers` file when it
 * has one (`/*` and `/prefix/*` rules), and `Cache-Control: no-cache` elsewhere (revalidate on each
 * visit, the hosts' default for HTML). The plain-Starlight baseline has no `_headers`: it gets the
 * same year-long caching of its content-hashed `/_astro/` files, so both are compared on equal terms.
 *
 * Two protocols (`protocol`):
 * - `'h2'`: HTTP/2 over TLS, as Cloudflare Pages and Netlify serve every page (they offer no HTTP/1.1-only
 *   mode to browsers that speak HTTP/2). Response headers are compressed (HPACK), so a header repeated on each of a
 *   page's 25 files costs its bytes once. The certificate is made for this run (`selfsigned`), for 127.0.0.1 only: a
 *   browser reading this host must be told to accept that key (`spki`, `launchBenchBrowser`): with every certificate
 *   error ignored instead, Chromium caches nothing from the host and a cached visit downloads the page again.
 * - `'http/1.1'`: plain HTTP/1.1, where every response repeats its headers in full (the site's security headers are
 *   about 0.8 kB of each): the worst case, kept for Lighthouse and as a reference figure.
 */
import { createHash, createPublicKey } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createSecureServer } from 'node:http2';
import type { AddressInfo, Socket } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { generate } from 'selfsigned';
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
	/** `https://127.0.0.1:<port>` (`'h2'`) or `http://127.0.0.1:<port>` (`'http/1.1'`). */
	readonly url: string;
	/** Over HTTP/2, the base64 SHA-256 of the certificate's public key, which Chromium is told to trust (`--ignore-certificate-errors-spki-list`). */
	readonly spki?: string;
	close(): Promise<void>;
}

/** How the host speaks: HTTP/2 over TLS (the hosts' protocol) or plain HTTP/1.1. */
export type BenchProtocol = 'h2' | 'http/1.1';

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

/** A certificate and key for 127.0.0.1, made for one run. */
async function loopbackCertificate(): Promise<{ key: string; cert: string; spki: string }> {
	const pems = await generate([{ name: 'commonName', value: '127.0.0.1' }], {
		keyType: 'ec',
		algorithm: 'sha256',
		extensions: [{ name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }] }],
	});
	const der = createPublicKey(pems.public).export({ type: 'spki', format: 'der' });
	return { key: pems.private, cert: pems.cert, spki: createHash('sha256').update(der).digest('base64') };
}

/** What the handler uses of a request and a response, the same over HTTP/1.1 and HTTP/2 (Node's compatibility API). */
interface Request {
	readonly url?: string | undefined;
	readonly method?: string | undefined;
	readonly headers: Readonly<Record<string, string | string[] | undefined>>;
}
interface Response {
	writeHead(status: number, headers?: Record<string, string>): { end(body: Buffer): unknown; end(): unknown };
}

/** Serves `distDir` on 127.0.0.1 at a free port, over `protocol` (HTTP/1.1 unless told). */
export async function serveStatic(distDir: string, protocol: BenchProtocol = 'http/1.1'): Promise<StaticServer> {
	const handle = staticHandler(distDir);
	const certificate = protocol === 'h2' ? await loopbackCertificate() : undefined;
	const server = certificate
		? createSecureServer({ key: certificate.key, cert: certificate.cert, allowHTTP1: true }, handle)
		: createServer(handle);
	// A browser keeps its connections open: closing ends them, or `close` would wait for it to let go.
	const sockets = new Set<Socket>();
	server.on('connection', (socket: Socket) => {
		sockets.add(socket);
		socket.once('close', () => sockets.delete(socket));
	});
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as AddressInfo;
			resolve({
				url: `${certificate ? 'https' : 'http'}://127.0.0.1:${port}`,
				...(certificate ? { spki: certificate.spki } : {}),
				close: () =>
					new Promise((done) => {
						server.close(() => done());
						for (const socket of sockets) socket.destroy();
					}),
			});
		});
	});
}

/** Answers a request for a file of `distDir` as the host would. */
function staticHandler(distDir: string): (request: Request, response: Response) => void {
	const rules = headerRules(distDir);
	const cache = new Map<string, { body: Buffer; gzip?: Buffer; etag: string }>();
	return (request, response) => {
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
		response
			.writeHead(status, { ...headers, ...(gzip ? { 'content-encoding': 'gzip' } : {}), 'content-length': String(body.byteLength) })
			.end(request.method === 'HEAD' ? Buffer.alloc(0) : body);
	};
}
