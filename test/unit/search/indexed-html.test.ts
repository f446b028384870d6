import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { indexedHtml, withoutPageChrome } from '../../../src/search/indexed-html.ts';

/** A page shaped as Starlight builds one: head, header, sidebar listing other pages, `<main data-pagefind-body>`, footer. */
const page = (options: { main?: string; header?: string; after?: string } = {}): string =>
	'<!doctype html><html lang="ja" dir="ltr"><head><meta charset="utf-8"><title>要求 | CPOR</title>' +
	'<meta name="description" content="説明"></head><body class="x">' +
	`<header><button>検索</button>${options.header ?? ''}</header>` +
	'<nav aria-label="メイン"><ul>' +
	Array.from({ length: 50 }, (_, n) => `<li><a href="/ja/article-${n}/">記事 ${n} の要求</a></li>`).join('') +
	'</ul></nav>' +
	(options.main ??
		'<main data-pagefind-body lang="ja"><h1 id="_top">要求の状態</h1>' +
			'<span hidden data-pagefind-filter="kind:guide" data-pagefind-meta="aliases:ステータス"></span>' +
			'<h2 id="status">状態を確認する<span class="sxs-original" lang="en" data-pagefind-weight="0.5">View the status</span></h2>' +
			'<p><span id="s-3" class="sxs">要求は審査中です。</span></p></main>') +
	`<footer>フッター</footer>${options.after ?? ''}</body></html>`;

describe('withoutPageChrome', () => {
	it('keeps the head and the main element, and drops the header, the sidebar and the footer', () => {
		const trimmed = withoutPageChrome(page());
		expect(trimmed).toContain('<title>要求 | CPOR</title>');
		expect(trimmed).toContain('<body class="x"><main data-pagefind-body lang="ja">');
		expect(trimmed).toContain('要求は審査中です。</span></p></main></body></html>');
		expect(trimmed).not.toContain('記事 7 の要求');
		expect(trimmed).not.toContain('フッター');
		expect(trimmed.length).toBeLessThan(page().length / 3);
	});

	it('leaves a page alone when Pagefind could read something outside its main element, or it has no single one', () => {
		const filterInHeader = page({ header: '<span data-pagefind-filter="kind:tool"></span>' });
		expect(withoutPageChrome(filterInHeader)).toBe(filterInHeader);
		const metaAfter = page({ after: '<p data-pagefind-meta="extra:yes"></p>' });
		expect(withoutPageChrome(metaAfter)).toBe(metaAfter);
		const unmarked = page({ main: '<main><h1>タイトル</h1></main>' });
		expect(withoutPageChrome(unmarked)).toBe(unmarked);
		const twoMains = page({ main: '<main data-pagefind-body><h1>一</h1></main><main><p>二</p></main>' });
		expect(withoutPageChrome(twoMains)).toBe(twoMains);
		expect(withoutPageChrome('<p>断片</p>')).toBe('<p>断片</p>');
	});
});

describe('indexedHtml', () => {
	it('moves the heading’s original out of the heading and drops the sentence anchors, in the trimmed page', () => {
		const html = indexedHtml(page());
		expect(html).toContain('<h2 id="status">状態を確認する</h2><p lang="en"><span class="sxs-original"');
		expect(html).toContain('<span class="sxs">要求は審査中です。</span>');
		expect(html).not.toContain('記事 7');
	});
});

describe('the index Pagefind writes', () => {
	const dirs: string[] = [];
	afterAll(async () => {
		await pagefind.close();
		for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
	});

	/** Every file of the bundle Pagefind writes for `pages`, by name. */
	async function bundle(pages: Record<string, string>): Promise<Map<string, Buffer>> {
		const { index } = await pagefind.createIndex({});
		for (const [url, content] of Object.entries(pages)) {
			const added = await index!.addHTMLFile({ url, content });
			expect(added.errors).toEqual([]);
		}
		const outputPath = mkdtempSync(join(tmpdir(), 'cpor-indexed-html-'));
		dirs.push(outputPath);
		expect((await index!.writeFiles({ outputPath })).errors).toEqual([]);
		const files = new Map<string, Buffer>();
		const walk = (dir: string, prefix: string): void => {
			for (const entry of readdirSync(dir, { withFileTypes: true })) {
				if (entry.isDirectory()) walk(join(dir, entry.name), `${prefix}${entry.name}/`);
				else files.set(`${prefix}${entry.name}`, readFileSync(join(dir, entry.name)));
			}
		};
		walk(outputPath, '');
		return files;
	}

	it('is the same, byte for byte, from the page without its chrome as from the whole page', async () => {
		const second = page({ main: '<main data-pagefind-body lang="ja"><h1>テナント ID</h1><p>無効な GUID です。</p></main>' });
		const whole = await bundle({ '/ja/a/': page(), '/ja/b/': second });
		const trimmed = await bundle({ '/ja/a/': withoutPageChrome(page()), '/ja/b/': withoutPageChrome(second) });
		expect([...trimmed.keys()].sort()).toEqual([...whole.keys()].sort());
		for (const [name, bytes] of whole) expect(trimmed.get(name)!.equals(bytes), name).toBe(true);
		// Both pages were indexed (a fragment each), so the comparison covers their words, filters and meta fields.
		expect([...whole.keys()].filter((name) => name.endsWith('.pf_fragment'))).toHaveLength(2);
	});
});
