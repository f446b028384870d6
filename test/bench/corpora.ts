/**
 * Build time of synthetic corpora (see `corpus.ts`): N articles × every locale, built from the vendor
 * files in a temporary directory (`CPOR_SOURCES_DIR`) into a temporary output directory, each build
 * cold (content-layer cache removed), `runs` times per corpus, with the build profile
 * (`build-profile.ts`). Per corpus, the same articles built as a plain Starlight site (`baseline.ts`,
 * unless the baseline is skipped) give the ratio to plain Starlight. The per-article ratio between the
 * largest and the smallest corpus says how linear the build is (1 = linear). The largest corpus is
 * also rebuilt after one vendor file changed, its content-layer cache kept (unless `rebuild` is skipped):
 * that time as a share of its cold build. Budgets: `corpusLinearity` and `corpusBudgets` in `src/budgets.ts`.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpusBudgets, corpusLinearity } from '../../src/budgets.ts';
import { locales } from '../../src/i18n/locales.ts';
import { buildStarlightCorpus } from './baseline.ts';
import { buildFigures } from './build-profile.ts';
import { generateCorpus, type Corpus } from './corpus.ts';
import { DATA_STORE, progress, timedAstroBuild, type BenchFigure, type TimedBuild } from './shared.ts';
import { median, repeat, round, spreadFigure } from './stats.ts';

/** The corpus whose cold build has a budget of its own (issue #19: 1,000 articles). */
const BUDGETED_SIZE = 1000;

const label = (size: number) => `${size} articles × ${locales.length} locales`;

/**
 * Changes one sentence of one translated vendor file of `corpus` (the first file of its first locale folder),
 * differently for each `edit`, as a translation update would.
 */
function changeOneVendorFile(corpus: Corpus, edit: number): void {
	const folder = readdirSync(corpus.dir).sort()[0]!;
	const file = join(corpus.dir, folder, readdirSync(join(corpus.dir, folder)).sort()[0]!);
	const text = readFileSync(file, 'utf8');
	const changed = text.replace(/(<span data-ttu-id="[^"]*">)([^<]+)(<\/span>)/, `$1$2 (${edit})$3`);
	if (changed === text) throw new Error(`${file}: no translated sentence to change`);
	writeFileSync(file, changed);
}

export async function benchCorpora(
	sizes: readonly number[],
	options: { runs: number; baseline: boolean; rebuild: boolean },
): Promise<BenchFigure[]> {
	const work = mkdtempSync(join(tmpdir(), 'cpor-bench-corpora-'));
	const figures: BenchFigure[] = [];
	const perArticle: number[] = [];
	try {
		for (const [index, size] of sizes.entries()) {
			const corpus = generateCorpus(join(work, `sources-${size}`), size);
			const outDir = join(work, `dist-${size}`);
			const build = (cold: boolean) => timedAstroBuild({ outDir, env: { CPOR_SOURCES_DIR: corpus.dir }, cold });
			const cold: TimedBuild[] = await repeat(options.runs, async (run) => {
				progress(`building a synthetic corpus of ${size} articles (${corpus.files} vendor files), cold (${run + 1} of ${options.runs})…`);
				const timed = await build(true);
				progress(`  ${size} articles built in ${(timed.ms / 1000).toFixed(1)} s`);
				return timed;
			});
			const coldMs = median(cold.map((timed) => timed.ms));
			perArticle.push(coldMs / corpus.articles);
			const [buildTime, ...profile] = buildFigures(label(size), cold);
			const starlight = options.baseline
				? median((await buildStarlightCorpus(corpus.dir, options.runs)).map((timed) => timed.ms))
				: undefined;
			figures.push(
				{
					...buildTime!,
					...(size === BUDGETED_SIZE ? { budget: corpusBudgets.thousandArticlesMs.value } : {}),
					...(starlight ? { baseline: starlight, ratioBudget: corpusBudgets.vsStarlight.value } : {}),
				},
				...profile,
			);
			if (options.rebuild && index === sizes.length - 1) {
				// The content-layer cache of the last cold build is kept: only the changed file should cost.
				const warm = await repeat(options.runs, async (run) => {
					changeOneVendorFile(corpus, run + 1);
					progress(`rebuilding ${size} articles after one changed vendor file (${run + 1} of ${options.runs})…`);
					return build(false);
				});
				const warmMs = warm.map((timed) => timed.ms);
				figures.push(spreadFigure({ name: `build time, ${label(size)}, after one changed vendor file`, unit: 'ms' }, warmMs));
				figures.push({
					name: `rebuild after one changed vendor file / cold build, ${size} articles`,
					value: round(median(warmMs) / coldMs, 2),
					unit: 'ratio',
					budget: corpusBudgets.rebuildShare.value,
				});
			}
			rmSync(outDir, { recursive: true, force: true });
		}
		if (sizes.length >= 2) {
			figures.push({
				name: `build time per article, ${sizes.at(-1)} vs ${sizes[0]} articles (1 = linear)`,
				value: round(perArticle.at(-1)! / perArticle[0]!, 2),
				unit: 'ratio',
				budget: corpusLinearity.value,
			});
		}
	} finally {
		rmSync(work, { recursive: true, force: true });
		rmSync(DATA_STORE, { force: true }); // the next build of the real site starts from its own sources
	}
	return figures;
}
