/**
 * Serves the built `dist/` with `astro preview` on 127.0.0.1 and a free port, for the browser tests.
 * `--ignore-lock` lets it run beside a reader's own `npm start`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

export async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
		});
	});
}

export interface PreviewServer {
	url: string;
	stop(): Promise<void>;
}

export async function startPreview(): Promise<PreviewServer> {
	const port = await freePort();
	const url = `http://127.0.0.1:${port}`;
	const child = spawn(
		process.execPath,
		['node_modules/astro/bin/astro.mjs', 'preview', '--host', '127.0.0.1', '--port', String(port), '--ignore-lock'],
		{ cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } },
	);
	let output = '';
	child.stdout?.on('data', (chunk) => (output += chunk));
	child.stderr?.on('data', (chunk) => (output += chunk));
	await waitUntilServing(url, child, () => output);
	return {
		url,
		stop: () =>
			new Promise((resolve) => {
				if (child.exitCode !== null) return resolve();
				child.once('exit', () => resolve());
				child.kill('SIGTERM');
			}),
	};
}

async function waitUntilServing(url: string, child: ChildProcess, output: () => string): Promise<void> {
	// Far above its work (a second or two): `astro preview` starts slowly on a busy machine; only a hung one fails.
	const deadline = Date.now() + 300_000;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new Error(`astro preview exited early:\n${output()}`);
		try {
			const response = await fetch(url);
			if (response.ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	child.kill('SIGTERM');
	throw new Error(`astro preview did not answer on ${url} within 300 s:\n${output()}`);
}
