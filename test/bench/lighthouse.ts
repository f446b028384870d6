/**
 * Lighthouse (its default: mobile, simulated slow 4G and 4× CPU slowdown) on pages served by
 * `static-server.ts`, in a Chromium launched once with a debugging port Lighthouse connects to.
 * Budgets (issue #8, declared in `src/budgets.ts`): performance 100, accessibility 100, best practices ≥ 95, SEO ≥ 95.
 */
import lighthouse from 'lighthouse';
import { lighthouseScores } from '../../src/budgets.ts';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM_MESSAGE } from '../support/chromium.ts';
import { freePort } from '../support/preview-server.ts';

const MAX_ATTEMPTS = 3;

export const LIGHTHOUSE_BUDGETS = {
	performance: lighthouseScores.performance.value,
	accessibility: lighthouseScores.accessibility.value,
	'best-practices': lighthouseScores['best-practices'].value,
	seo: lighthouseScores.seo.value,
} as const;
export type LighthouseCategory = keyof typeof LIGHTHOUSE_BUDGETS;
type LighthouseScores = Record<LighthouseCategory, number>;

export interface LighthouseRunner {
	/** Scores 0–100 of one URL, and the failing audits of each category (for the report). */
	run(url: string): Promise<{ scores: LighthouseScores; failing: string[] }>;
	/** The median score of each category over `runs` runs (Lighthouse's advice against variance). */
	median(url: string, runs: number): Promise<{ scores: LighthouseScores; failing: string[] }>;
	close(): Promise<void>;
}

export async function startLighthouse(): Promise<LighthouseRunner> {
	const executablePath = findChromium();
	if (!executablePath) throw new Error(NO_CHROMIUM_MESSAGE);
	const port = await freePort();
	const browser: Browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS, `--remote-debugging-port=${port}`] });
	const runner: LighthouseRunner = {
		async run(url) {
			// Lighthouse sometimes loses its trace on a busy machine (NO_NAVSTART, NO_FCP): try again.
			let lhr;
			for (let attempt = 1; ; attempt++) {
				const result = await lighthouse(url, {
					port,
					output: 'json',
					logLevel: 'error',
					onlyCategories: Object.keys(LIGHTHOUSE_BUDGETS),
				});
				if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
				lhr = result.lhr;
				if (!lhr.runtimeError) break;
				if (attempt === MAX_ATTEMPTS) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
			}
			const scores = Object.fromEntries(
				(Object.keys(LIGHTHOUSE_BUDGETS) as LighthouseCategory[]).map((category) => [
					category,
					Math.round((lhr.categories[category]?.score ?? 0) * 100),
				]),
			) as LighthouseScores;
			const failing = Object.values(lhr.categories).flatMap((category) =>
				category.auditRefs
					.filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
					.map((ref) => `${category.id}: ${ref.id} (${lhr.audits[ref.id]?.displayValue ?? lhr.audits[ref.id]?.score})`),
			);
			return { scores, failing };
		},
		async median(url, runs) {
			const results: Array<{ scores: LighthouseScores; failing: string[] }> = [];
			for (let run = 0; run < Math.max(1, runs); run++) results.push(await runner.run(url));
			const middle = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
			const scores = Object.fromEntries(
				(Object.keys(LIGHTHOUSE_BUDGETS) as LighthouseCategory[]).map((category) => [
					category,
					middle(results.map((result) => result.scores[category])),
				]),
			) as LighthouseScores;
			return { scores, failing: [...new Set(results.flatMap((result) => result.failing))] };
		},
		close: () => browser.close(),
	};
	return runner;
}
