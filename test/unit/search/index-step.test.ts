import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { locales } from '../../../src/i18n/locales.ts';
import { rewriteBuiltPages } from '../../../src/build/built-pages.ts';
import { searchIndexStep } from '../../../src/search/index-step.ts';

const work = mkdtempSync(join(tmpdir(), 'cpor-index-step-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A translated page as the site builds one: a sidebar of `sidebarLinks` links, sentences with their hidden originals. */
function page(lang: string, n: number, sidebarLinks: number): string {
	const sentence = (segment: number, text: string) =>
		`<span id="s-${segment}" class="sxs" data-segment="${segment}"><span class="sxs-translation">${text}</span>` +
		`<span class="sxs-original" lang="en" data-pagefind-weight="0.5">Claim sentence ${segment} of page ${n}</span></span>`;
	return (
		`<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${n}</title></head><body>` +
		`<nav>${Array.from({ length: sidebarLinks }, (_, link) => `<a href="/${link}/">link ${link}</a>`).join('')}</nav>` +
		`<main data-pagefind-body><h1>Page ${n} 要求</h1><h2 id="s">Section ${n}</h2>` +
		`<p>${sentence(1, `要求 ${n} テナント`)} ${sentence(2, `claim ${n} tenant`)}</p></main></body></html>`
	);
}

/** A built site of `perLocale` pages in every locale, pages of very different sizes (their reads end out of order). */
function builtSite(dir: string, perLocale: number): void {
	for (const locale of locales) {
		for (let n = 0; n < perLocale; n++) {
			const folder = join(dir, locale.slug === 'root' ? '' : locale.slug, `article-${n}`);
			mkdirSync(folder, { recursive: true });
			writeFileSync(join(folder, 'index.html'), page(locale.lang, n, n % 3 === 0 ? 20_000 : 10));
		}
	}
}

async function index(dir: string): Promise<void> {
	await rewriteBuiltPages(dir, [searchIndexStep()]);
}

/** Every file below `dir`, by path, as bytes. */
function files(dir: string, prefix = ''): Map<string, Buffer> {
	const all = new Map<string, Buffer>();
	for (const entry of readdirSync(join(dir, prefix), { withFileTypes: true })) {
		const path = join(prefix, entry.name);
		if (entry.isDirectory()) for (const [name, bytes] of files(dir, path)) all.set(name, bytes);
		else all.set(path, readFileSync(join(dir, path)));
	}
	return all;
}

describe('the search index step of the build', () => {
	it('writes the same bundles and pages in every build, however the pages’ reads interleave', async () => {
		const first = join(work, 'first');
		builtSite(first, 12);
		const second = join(work, 'second');
		cpSync(first, second, { recursive: true });
		await index(first);
		await index(second);
		const one = files(first);
		const two = files(second);
		expect([...two.keys()].sort()).toEqual([...one.keys()].sort());
		for (const [name, bytes] of one) expect(two.get(name)!.equals(bytes), name).toBe(true);
		expect([...one.keys()].filter((name) => name.startsWith('pagefind/ja/fragment/'))).toHaveLength(12);
	}, 120_000);

	it('reads what the page’s chrome tells Pagefind, though it sends Pagefind the page without its chrome', async () => {
		const dir = join(work, 'chrome-meta');
		builtSite(dir, 1);
		mkdirSync(join(dir, 'plain'), { recursive: true });
		mkdirSync(join(dir, 'marked'), { recursive: true });
		const built = (nav: string) =>
			`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title></head><body>${nav}` +
			`<main data-pagefind-body><h1>Claim</h1><p>tenant</p></main></body></html>`;
		writeFileSync(join(dir, 'plain', 'index.html'), built('<nav><a href="/">Home</a></nav>'));
		writeFileSync(join(dir, 'marked', 'index.html'), built('<nav data-pagefind-meta="area:Guides"><a href="/">Home</a></nav>'));
		await index(dir);
		const metas = [...files(dir).entries()]
			.filter(([name]) => name.startsWith('pagefind/en/fragment/'))
			.map(
				([, bytes]) =>
					JSON.parse(
						gunzipSync(bytes)
							.toString('utf8')
							.replace(/^pagefind_dcd/, ''),
					) as { url: string; meta: object },
			);
		expect(metas.find((fragment) => fragment.url === '/marked/')?.meta).toMatchObject({ area: 'Guides' });
		expect(metas.find((fragment) => fragment.url === '/plain/')?.meta).not.toHaveProperty('area');
	}, 120_000);

	it('serves each translated page without its hidden originals, which go to the page’s fragment file', async () => {
		const dir = join(work, 'originals');
		builtSite(dir, 1);
		await index(dir);
		const html = readFileSync(join(dir, 'ja', 'article-0', 'index.html'), 'utf8');
		expect(html).not.toContain('sxs-original');
		expect(html).toContain('要求 0 テナント');
		expect(JSON.parse(readFileSync(join(dir, 'ja', 'article-0', 'originals.json'), 'utf8'))).toEqual({
			'1': 'Claim sentence 1 of page 0',
			'2': 'Claim sentence 2 of page 0',
		});
	}, 120_000);
});
