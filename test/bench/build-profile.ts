/**
 * Where an `astro build` of the site spends its time, read from what the build prints (no
 * instrumentation of Astro): Astro's own timings (`[types] Generated 1.69s` ends the content sync,
 * `✓ Completed in 3.45s.` ends the rendering of the static routes, `[build] ✓ Completed in 5.42s.` ends
 * bundling and rendering together) and the site's integrations' lines (the content loader's
 * `Published … in N ms`; the pass over the built pages', `Content-Security-Policy: …; busy N ms` and `Read and wrote
 * the built pages … in N ms`, of which all but the policy's busy time is the search index's step). The phases do not
 * overlap; `other` is the wall time left (starting Node and Vite, loading the config, the sitemap, writing files). A
 * phase the log does not show is NaN.
 */
import { localeOfPath } from '../../src/routes.ts';
import type { BenchFigure, TimedBuild } from './shared.ts';
import { spreadFigure } from './stats.ts';

/** The phases of a build, in ms; together with `other` they add up to the build's wall time. */
export interface BuildProfile {
	/** Astro's content sync (the content layer's loaders and the generated types). */
	readonly content: number;
	/** Of `content`: the site's loader reading, checking and rendering the vendor files (not a phase of its own). */
	readonly articles: number;
	/** Vite bundling the pages and islands (the static build minus rendering). */
	readonly bundling: number;
	/** Rendering every static route to HTML. */
	readonly rendering: number;
	/** Hashing inline scripts and styles into each page's Content-Security-Policy. */
	readonly csp: number;
	/** Pagefind indexing the pages. */
	readonly search: number;
	/** Wall time not in a phase above. */
	readonly other: number;
}

/** The phases as the bench names them, in build order. */
const PHASES = {
	content: 'content load and parse (Astro content sync)',
	articles: '  of which the vendor files (site loader)',
	bundling: 'bundling (Vite)',
	rendering: 'rendering',
	csp: 'CSP hashing',
	search: 'search indexing',
	other: 'other (start-up, config, sitemap, writing)',
} as const satisfies Record<keyof BuildProfile, string>;

/** Astro's duration format: `640ms`, `1.23s`, `2m 5s`. NaN when `text` is none of them. */
export function parseDuration(text: string): number {
	const match = /^(?:(\d+)m (\d+)s|([\d.]+)ms|([\d.]+)s)$/.exec(text.trim());
	if (!match) return Number.NaN;
	if (match[1] !== undefined) return (Number(match[1]) * 60 + Number(match[2])) * 1000;
	if (match[3] !== undefined) return Number(match[3]);
	return Number(match[4]) * 1000;
}

const lineDuration = (log: string, pattern: RegExp): number => {
	const match = pattern.exec(log);
	return match ? parseDuration(match[1]!) : Number.NaN;
};

/** The phases of one build, from its output (colours off) and its wall time in ms. */
export function parseBuildProfile(log: string, wallMs: number): BuildProfile {
	const content = lineDuration(log, /\[types\] Generated (\S+(?: \d+s)?)\s*$/m);
	const articles = Number(/Published \d+ article pages from \S+ in (\d+) ms/.exec(log)?.[1] ?? Number.NaN);
	const afterRoutes = log.slice(Math.max(0, log.indexOf('generating static routes')));
	// The rendering's line has no `[tag]`; the static build's (bundling and rendering) follows it with `[build]`.
	const rendering = log.includes('generating static routes') ? lineDuration(afterRoutes, /^\S+ ✓ Completed in (.+?)\.\s*$/m) : Number.NaN;
	const staticBuild = lineDuration(afterRoutes, /\[build\] ✓ Completed in (.+?)\.\s*$/m);
	const bundling = staticBuild - rendering;
	// One pass over the built pages runs both steps: the policy's own time is CSP hashing, the rest of the pass (reading
	// and writing the pages, Pagefind's indexing, which awaits its own process) search indexing.
	const csp = Number(/\] Content-Security-Policy: .*; busy (\d+) ms/.exec(log)?.[1] ?? Number.NaN);
	const pass = Number(/\[site:built-pages\] Read and wrote the built pages .* in (\d+) ms/.exec(log)?.[1] ?? Number.NaN);
	const search = pass - (Number.isNaN(csp) ? 0 : csp);
	const known = [content, bundling, rendering, csp, search].filter((value) => !Number.isNaN(value));
	const other = wallMs - known.reduce((sum, value) => sum + value, 0);
	return { content, articles, bundling, rendering, csp, search, other };
}

/** Sums the per-page render times Astro prints (`├─ /ko/errors/x/index.html (+12ms)`) by locale. */
export function renderTimePerLocale(log: string): Map<string, { pages: number; ms: number }> {
	const perLocale = new Map<string, { pages: number; ms: number }>();
	for (const match of log.matchAll(/[├└]─ (\/\S*?)(?:\d\d:\d\d:\d\d [\s\S]*?)?\s*\(\+(\d+)ms\)/g)) {
		const lang = localeOfPath(match[1]!).lang;
		const sum = perLocale.get(lang) ?? { pages: 0, ms: 0 };
		perLocale.set(lang, { pages: sum.pages + 1, ms: sum.ms + Number(match[2]) });
	}
	return perLocale;
}

/**
 * The figures of repeated builds of one site: `build time, <label>` and each phase of the profile as
 * `build profile, <label>: <phase>`, each the median of the builds with their min and max.
 */
export function buildFigures(label: string, builds: readonly TimedBuild[]): BenchFigure[] {
	const profiles = builds.map((build) => parseBuildProfile(build.log, build.ms));
	return [
		spreadFigure(
			{ name: `build time, ${label}`, unit: 'ms' },
			builds.map((build) => build.ms),
		),
		...(Object.keys(PHASES) as Array<keyof BuildProfile>).map((phase) =>
			profiles.some((profile) => Number.isNaN(profile[phase]))
				? { name: `build profile, ${label}: ${PHASES[phase]}`, value: Number.NaN, unit: 'ms' as const, note: 'not in the build log' }
				: spreadFigure(
						{ name: `build profile, ${label}: ${PHASES[phase]}`, unit: 'ms' },
						profiles.map((profile) => profile[phase]),
					),
		),
	];
}
