/**
 * Lighthouse (its default: mobile, simulated slow 4G and 4× CPU slowdown) on pages served by
 * `static-server.ts`, in a Chromium launched once with a debugging port Lighthouse connects to.
 * Per run: the score of each category and the total blocking time (audit `total-blocking-time`), so the
 * bench can report each figure's min, median and max over the runs. Budgets (issue #19, declared in
 * `src/budgets.ts`): 100 in each category, the median of the runs.
 */
import lighthouse from 'lighthouse';
import { repeat } from './stats.ts';
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

/** One Lighthouse run of a page. */
export interface LighthouseRun {
	/** Score of each category, 0–100. */
	readonly scores: LighthouseScores;
	/** Total blocking time, ms (simulated on Lighthouse's mobile profile). */
	readonly totalBlockingTimeMs: number;
	/** The audits below a perfect score, by category (for the report). */
	readonly failing: readonly string[];
}

export interface LighthouseRunner {
	/** One run of one URL. */
	run(url: string): Promise<LighthouseRun>;
	/** `runs` runs of one URL, one after the other (Lighthouse's advice against variance: several runs, their median). */
	runs(url: string, runs: number): Promise<LighthouseRun[]>;
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
			return { scores, totalBlockingTimeMs: Math.round(lhr.audits['total-blocking-time']?.numericValue ?? Number.NaN), failing };
		},
		runs: (url, runs) => repeat(runs, () => runner.run(url)),
		close: () => browser.close(),
	};
	return runner;
}
