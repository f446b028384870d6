/**
 * Build time of synthetic corpora (see `corpus.ts`): N articles × every locale, built from the vendor
 * files in a temporary directory (`CPOR_SOURCES_DIR`) into a temporary output directory, each build
 * cold (content-layer cache removed). The figure that matters is the ratio of time per article
 * between the largest and the smallest corpus: 1 means linear; the budget is `corpusLinearity` in `src/budgets.ts`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpusLinearity } from '../../src/budgets.ts';
import { generateCorpus } from './corpus.ts';
import { DATA_STORE, progress, timedAstroBuild, type BenchFigure } from './shared.ts';

const CORPUS_SIZES = [300, 1000] as const;
const LINEARITY_BUDGET = corpusLinearity.value;

export async function benchCorpora(sizes: readonly number[] = CORPUS_SIZES): Promise<BenchFigure[]> {
	const work = mkdtempSync(join(tmpdir(), 'cpor-bench-corpora-'));
	const figures: BenchFigure[] = [];
	const perArticle: number[] = [];
	try {
		for (const size of sizes) {
			const corpus = generateCorpus(join(work, `sources-${size}`), size);
			progress(`building a synthetic corpus of ${size} articles (${corpus.files} vendor files)…`);
			const ms = await timedAstroBuild({ outDir: join(work, `dist-${size}`), env: { CPOR_SOURCES_DIR: corpus.dir }, cold: true });
			progress(`  ${size} articles built in ${(ms / 1000).toFixed(1)} s`);
			figures.push({ name: `build time, ${size} articles × 3 locales`, value: ms, unit: 'ms' });
			perArticle.push(ms / size);
			rmSync(join(work, `dist-${size}`), { recursive: true, force: true });
		}
		if (sizes.length >= 2) {
			const ratio = perArticle[perArticle.length - 1]! / perArticle[0]!;
			figures.push({
				name: `build time per article, ${sizes[sizes.length - 1]} vs ${sizes[0]} articles (1 = linear)`,
				value: Math.round(ratio * 100) / 100,
				unit: 'ratio',
				budget: LINEARITY_BUDGET,
			});
		}
	} finally {
		rmSync(work, { recursive: true, force: true });
		rmSync(DATA_STORE, { force: true }); // the next build of the real site starts from its own sources
	}
	return figures;
}
