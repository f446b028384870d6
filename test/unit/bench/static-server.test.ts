import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect, constants } from 'node:http2';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../bench/static-server.ts';

interface Answer {
	status: number;
	headers: Record<string, string>;
	body: Buffer;
	/** The protocol the TLS handshake chose (ALPN). */
	alpn: string | false | undefined;
}

/** One request over HTTP/2 to the bench's host, accepting its certificate (made for the run) as the bench's browser does. */
function getOverH2(origin: string, path: string, headers: Record<string, string> = {}): Promise<Answer> {
	return new Promise((resolve, reject) => {
		const session = connect(origin, { rejectUnauthorized: false });
		session.once('error', reject);
		const request = session.request({ [constants.HTTP2_HEADER_PATH]: path, 'accept-encoding': 'gzip', ...headers });
		const chunks: Buffer[] = [];
		let answer: Omit<Answer, 'body'> | undefined;
		request.on('response', (received) => {
			const { ':status': status, ...rest } = received;
			answer = {
				status: Number(status),
				headers: Object.fromEntries(Object.entries(rest).map(([name, value]) => [name, String(value)])),
				alpn: session.alpnProtocol,
			};
		});
		request.on('data', (chunk: Buffer) => chunks.push(chunk));
		request.on('end', () => {
			session.close();
			if (answer) resolve({ ...answer, body: Buffer.concat(chunks) });
			else reject(new Error('no response'));
		});
		request.on('error', reject);
		request.end();
	});
}

describe("the bench's static host", () => {
	let dir: string;
	let h2: StaticServer;
	let http1: StaticServer;

	beforeAll(async () => {
		dir = mkdtempSync(join(tmpdir(), 'bench-host-'));
		mkdirSync(join(dir, '_astro'));
		writeFileSync(join(dir, 'index.html'), `<!doctype html><title>home</title>${'<p>text</p>'.repeat(200)}`);
		writeFileSync(join(dir, '_astro', 'page.abc.js'), `console.log(${JSON.stringify('x'.repeat(2000))});`);
		writeFileSync(
			join(dir, '_headers'),
			"/*\n  Content-Security-Policy: object-src 'none'\n/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n",
		);
		[h2, http1] = await Promise.all([serveStatic(dir, 'h2'), serveStatic(dir)]);
	});

	afterAll(async () => {
		await Promise.all([h2?.close(), http1?.close()]);
		rmSync(dir, { recursive: true, force: true });
	});

	it('serves over HTTP/2 with TLS, as the hosts do, the text gzipped and the _headers rules applied by path', async () => {
		expect(h2.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
		const page = await getOverH2(h2.url, '/');
		expect(page.alpn).toBe('h2');
		expect(page.status).toBe(200);
		expect(page.headers['content-encoding']).toBe('gzip');
		expect(gunzipSync(page.body).toString()).toContain('<title>home</title>');
		expect(page.headers['content-security-policy']).toBe("object-src 'none'");
		expect(page.headers['cache-control']).toBe('no-cache');
		const script = await getOverH2(h2.url, '/_astro/page.abc.js');
		expect(script.headers['cache-control']).toBe('public, max-age=31536000, immutable');
		expect(script.headers['content-type']).toMatch(/^text\/javascript/);
	});

	it('answers a revalidation with 304 and a missing page with 404', async () => {
		const page = await getOverH2(h2.url, '/');
		const again = await getOverH2(h2.url, '/', { 'if-none-match': page.headers['etag']! });
		expect(again.status).toBe(304);
		expect(again.body.byteLength).toBe(0);
		expect((await getOverH2(h2.url, '/nowhere/')).status).toBe(404);
	});

	it('serves the same files over plain HTTP/1.1 when asked', async () => {
		expect(http1.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
		const response = await fetch(`${http1.url}/_astro/page.abc.js`);
		expect(response.status).toBe(200);
		expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
		expect(await response.text()).toContain('xxxx');
	});

	it('closes while a client still holds its connection open', async () => {
		const other = await serveStatic(dir, 'h2');
		const session = connect(other.url, { rejectUnauthorized: false });
		await new Promise<void>((resolve) => session.once('connect', () => resolve()));
		// Resolves (the test would time out otherwise) though the client never let go.
		await other.close();
		session.destroy();
	});
});
