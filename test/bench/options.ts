/**
 * The command line of `npm run bench` (after `--`):
 * - `--skip=corpora,lighthouse,baseline,search,browser,rebuild` leaves parts out;
 * - `--runs=N` (default 3): how many times each timed build and the claim engine's timing run;
 * - `--lighthouse-runs=N` (default 3): Lighthouse runs per page;
 * - `--corpora=300,1000` (the default): the synthetic corpora's sizes, in articles (smallest first);
 * - `--locales=en,ja` (default: every locale): the locales whose pages the browser figures, Lighthouse and search measure.
 */
import { locales, type SiteLocale } from '../../src/i18n/locales.ts';

/** The parts `--skip` can leave out. */
const PARTS = ['corpora', 'lighthouse', 'baseline', 'search', 'browser', 'rebuild'] as const;
type Part = (typeof PARTS)[number];

export interface BenchOptions {
	readonly skip: ReadonlySet<Part>;
	readonly runs: number;
	readonly lighthouseRuns: number;
	readonly corpora: readonly number[];
	readonly locales: readonly SiteLocale[];
}

/** The options in `args` (`process.argv.slice(2)`); throws on a value it cannot read, naming the option. */
export function parseBenchOptions(args: readonly string[]): BenchOptions {
	const value = (name: string): string | undefined => args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
	const list = (name: string): string[] | undefined => value(name)?.split(',').filter(Boolean);
	const count = (name: string, fallback: number): number => {
		const text = value(name);
		const n = Number(text ?? fallback);
		if (!Number.isInteger(n) || n < 1) throw new Error(`--${name}=${text}: a whole number of at least 1`);
		return n;
	};
	const skip = list('skip') ?? [];
	for (const part of skip) if (!PARTS.includes(part as Part)) throw new Error(`--skip=${part}: one of ${PARTS.join(', ')}`);
	const corpora = (list('corpora') ?? ['300', '1000']).map(Number).sort((a, b) => a - b);
	if (corpora.some((size) => !Number.isInteger(size) || size < 1)) throw new Error(`--corpora=${value('corpora')}: sizes in articles`);
	const langs = list('locales');
	const chosen = langs ? locales.filter((locale) => langs.includes(locale.lang)) : locales;
	if (langs && chosen.length !== langs.length)
		throw new Error(`--locales=${value('locales')}: of ${locales.map((l) => l.lang).join(', ')}`);
	return {
		skip: new Set(skip as Part[]),
		runs: count('runs', 3),
		lighthouseRuns: count('lighthouse-runs', 3),
		corpora,
		locales: chosen,
	};
}
