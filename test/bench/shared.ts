/**
 * What the bench modules share: the figure they report, the project root, a timed `astro build`,
 * and progress lines on stderr (the table goes to stdout).
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface BenchFigure {
	name: string;
	value: number;
	unit: 'ms' | 'KB' | 'score' | 'ratio' | 'CLS';
	budget?: number;
	/** Budget is a floor (scores), not a ceiling. */
	atLeast?: boolean;
	/** The same figure for the plain-Starlight baseline, when there is one. */
	baseline?: number;
	/** Why there is no value (a page that does not exist on this branch…). */
	note?: string;
	/** For a figure measured in several runs (`value` is then their median): the lowest and highest run, and how many. */
	min?: number;
	max?: number;
	runs?: number;
	/** The most the figure may be as a multiple of `baseline` (plain Starlight's same figure). */
	ratioBudget?: number;
}

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export function progress(message: string): void {
	process.stderr.write(`bench: ${message}\n`);
}

export const kb = (bytes: number): number => Math.round(bytes / 10) / 100;

/** The content layer's cache: removed before each timed build, so every build is a cold one. */
export const DATA_STORE = fileURLToPath(new URL('../../node_modules/.astro/data-store.json', import.meta.url));

/** A finished `astro build`: its wall time and what it printed (stdout and stderr, without colours). */
export interface TimedBuild {
	readonly ms: number;
	readonly log: string;
}

/**
 * Runs `astro build` in `cwd` and returns its wall time in ms and its output (throws with the build's
 * output when it fails). `cold` removes the site's content-layer cache first.
 */
export function timedAstroBuild(
	options: { cwd?: string; outDir?: string; env?: Record<string, string>; cold?: boolean } = {},
): Promise<TimedBuild> {
	const cwd = options.cwd ?? PROJECT_ROOT;
	if (options.cold) rmSync(DATA_STORE, { force: true });
	const args = [fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url)), 'build'];
	if (options.outDir) args.push('--outDir', options.outDir);
	return new Promise((resolve, reject) => {
		const started = performance.now();
		const child = spawn(process.execPath, args, {
			cwd,
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...options.env },
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		child.on('error', reject);
		child.on('exit', (code) => {
			const elapsed = Math.round(performance.now() - started);
			if (code === 0) resolve({ ms: elapsed, log: output });
			else reject(new Error(`astro build in ${cwd} failed (exit ${code}):\n${output.slice(-4000)}`));
		});
	});
}
