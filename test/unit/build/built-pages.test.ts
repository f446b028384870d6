import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { builtHtmlFiles, rewriteBuiltPages, type PageStep } from '../../../src/build/built-pages.ts';
import { CHROME_MARK } from '../../../src/build/page-chrome.ts';

let dir: string | undefined;
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

/** A built site of `count` pages (`p00/index.html` …), each holding its own number, and a file that is no page. */
function site(count: number): string {
	const root = mkdtempSync(join(tmpdir(), 'built-pages-'));
	for (let n = 0; n < count; n++) {
		const folder = join(root, `p${String(n).padStart(2, '0')}`);
		mkdirSync(folder);
		writeFileSync(join(folder, 'index.html'), `<p>${n}</p>`);
	}
	writeFileSync(join(root, 'data.json'), '{}');
	return root;
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the pass over the built pages', () => {
	it('hands each page to every step in turn, the second seeing the first’s HTML, and writes the result', async () => {
		dir = site(3);
		const wrap: PageStep = { name: 'wrap', page: (html) => `<main>${html}</main>` };
		const mark: PageStep = { name: 'mark', page: (html, { file }) => `${html}<!-- ${file} -->` };
		await rewriteBuiltPages(dir, [wrap, mark]);
		expect(readFileSync(join(dir, 'p01', 'index.html'), 'utf8')).toBe('<main><p>1</p></main><!-- p01/index.html -->');
		expect(readFileSync(join(dir, 'data.json'), 'utf8')).toBe('{}');
		expect(builtHtmlFiles(dir)).toEqual(['p00/index.html', 'p01/index.html', 'p02/index.html']);
	});

	it('hands the steps each page without its chrome, and writes the chrome back as it was, page after page', async () => {
		dir = site(0);
		// Pages of very different sizes, read one after another into the same reused buffers.
		const pages = [3, 40_000, 1, 9_000, 0].map((links, n) => {
			const chrome = `<nav>${'<a href="/記事/">記事</a>'.repeat(links)}</nav>`;
			const html = `<html><head><title>${n}</title></head><body>${chrome}<main><p>本文 ${n}</p></main></body></html>`;
			mkdirSync(join(dir!, `p${n}`));
			writeFileSync(join(dir!, `p${n}`, 'index.html'), html);
			return { html, chrome };
		});
		const seen = new Map<string, string>();
		const edit: PageStep = {
			name: 'edit',
			page: (html, { file, chrome }) => {
				seen.set(file, html);
				expect(chrome.bytes?.toString('utf8')).toMatch(/^<nav>/);
				return html.replace('本文', '本文です');
			},
		};
		await rewriteBuiltPages(dir, [edit]);
		for (const [n, { html, chrome }] of pages.entries()) {
			expect(seen.get(`p${n}/index.html`)).toBe(html.replace(chrome, CHROME_MARK));
			expect(readFileSync(join(dir, `p${n}`, 'index.html'), 'utf8')).toBe(html.replace('本文', '本文です'));
		}
		// A step that loses the chrome's place fails the build, naming the page.
		const losing: PageStep = {
			name: 'losing',
			page: (html, { file }) => (file === 'p3/index.html' ? html.replace(CHROME_MARK, '') : html),
		};
		await expect(rewriteBuiltPages(dir, [losing])).rejects.toThrow(/p3\/index\.html: .* removed/);
	});

	it('leaves a page no step changes as it was, not written again', async () => {
		dir = site(2);
		const old = new Date('2020-01-01T00:00:00Z');
		utimesSync(join(dir, 'p00', 'index.html'), old, old);
		await rewriteBuiltPages(dir, [{ name: 'second page only', page: (html, { file }) => (file.startsWith('p01') ? `${html}!` : html) }]);
		expect(statSync(join(dir, 'p00', 'index.html')).mtime).toEqual(old);
		expect(readFileSync(join(dir, 'p01', 'index.html'), 'utf8')).toBe('<p>1</p>!');
	});

	it('runs each page’s in-turn action in file order, however long the pages before it take', async () => {
		dir = site(20);
		const order: string[] = [];
		const slowFirst: PageStep = {
			name: 'slow first',
			// The first pages take longest, so later pages reach `inTurn` first.
			page: async (html, { file, inTurn }) => {
				await wait((20 - Number(file.slice(1, 3))) * 3);
				// Every third page calls no in-turn action: it must not hold the others up.
				if (Number(file.slice(1, 3)) % 3 === 2) return html;
				await inTurn(async () => order.push(file));
				return html;
			},
		};
		await rewriteBuiltPages(dir, [slowFirst]);
		expect(order).toEqual(builtHtmlFiles(dir).filter((file) => Number(file.slice(1, 3)) % 3 !== 2));
	});

	it('reports each step with what it did, after every page', async () => {
		dir = site(4);
		let pages = 0;
		const counting: PageStep = {
			name: 'counting',
			page: (html) => {
				pages++;
				return html;
			},
			finish: () => `${pages} pages`,
		};
		const [report] = await rewriteBuiltPages(dir, [counting]);
		expect(report).toMatchObject({ name: 'counting', did: '4 pages' });
		expect(report!.ms).toBeGreaterThanOrEqual(0);
	});

	it('changes no page when a step refuses to start, stops on a page a step cannot handle, and closes every step', async () => {
		dir = site(10);
		const change: PageStep = { name: 'change', page: (html) => `${html}!` };
		const refusing: PageStep = {
			name: 'refusing',
			start: () => {
				throw new Error('no');
			},
			page: (html) => html,
		};
		await expect(rewriteBuiltPages(dir, [change, refusing])).rejects.toThrow('no');
		expect(readFileSync(join(dir, 'p05', 'index.html'), 'utf8')).toBe('<p>5</p>');
		const closed: string[] = [];
		const failing: PageStep = {
			name: 'failing',
			page: async (html, { file, inTurn }) => {
				if (file.startsWith('p03')) throw new Error('bad page');
				return inTurn(async () => html);
			},
			close: () => void closed.push('failing'),
		};
		// What a step started (Pagefind's process) is closed even when another step fails: left running, the build would not end.
		const holding: PageStep = { name: 'holding', page: (html) => html, close: () => void closed.push('holding') };
		await expect(rewriteBuiltPages(dir, [holding, failing])).rejects.toThrow('bad page');
		expect(closed.sort()).toEqual(['failing', 'holding']);
		await rewriteBuiltPages(dir, [holding]);
		expect(closed).toHaveLength(3);
	});
});
