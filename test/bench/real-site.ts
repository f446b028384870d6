/**
 * The real site's build figures: `runs` cold builds (content-layer cache removed before each) into
 * `dist/`, reported as the build time, the build profile (`build-profile.ts`) and, per locale, the
 * time Astro spent rendering that locale's pages, each the median of the builds with their min and max.
 * The last build's `dist/` is what the rest of the bench measures.
 */
import { locales } from '../../src/i18n/locales.ts';
import { buildFigures, renderTimePerLocale } from './build-profile.ts';
import { progress, timedAstroBuild, type BenchFigure, type TimedBuild } from './shared.ts';
import { repeat, spreadFigure } from './stats.ts';

/** The label of the real site's build figures (`baselineFigures` names the baseline's build time the same). */
const REAL_SITE = 'real site';

export async function benchRealSite(runs: number): Promise<BenchFigure[]> {
	const builds: TimedBuild[] = await repeat(runs, async (run) => {
		progress(`building the site, cold content cache (${run + 1} of ${runs})…`);
		const build = await timedAstroBuild({ cold: true });
		progress(`  built in ${(build.ms / 1000).toFixed(1)} s`);
		return build;
	});
	const rendering = builds.map((build) => renderTimePerLocale(build.log));
	const perLocale = locales.flatMap((locale) => {
		const sums = rendering.map((perLang) => perLang.get(locale.lang)).filter((sum) => sum !== undefined);
		if (sums.length === 0) return [];
		return [
			spreadFigure(
				{ name: `build time, rendering the ${sums[0]!.pages} pages of ${locale.lang} (sum of per-page times)`, unit: 'ms' },
				sums.map((sum) => sum.ms),
			),
		];
	});
	return [...buildFigures(REAL_SITE, builds), ...perLocale];
}
