import { describe, expect, it } from 'vitest';
import { CHROME_MARK, cutChrome, pageChrome, withChrome } from '../../../src/build/page-chrome.ts';

const head = '<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>テナント</title></head><body class="x">';
const chrome = '<header>ヘッダー</header><nav><a href="/ja/a/">記事 A</a><script>restore()</script></nav>';
const rest = '<main data-pagefind-body><p>本文</p></main><footer>フッター</footer></body></html>';

describe('a built page’s chrome', () => {
	it('is cut out as bytes between <body> and <main>, and the page is written back byte for byte', () => {
		const page = Buffer.from(`${head}${chrome}${rest}`);
		const cut = cutChrome(page);
		expect(cut.html).toBe(`${head}${CHROME_MARK}${rest}`);
		expect(cut.chrome?.toString('utf8')).toBe(chrome);
		expect(Buffer.concat(withChrome(cut.html, cut.chrome, 'ja/index.html')).equals(page)).toBe(true);
		// A step's change on either side of the mark is kept.
		const changed = cut.html.replace('<head>', '<head><meta name="a">').replace('本文', '本文です');
		expect(Buffer.concat(withChrome(changed, cut.chrome, 'ja/index.html')).toString('utf8')).toBe(
			`${head.replace('<head>', '<head><meta name="a">')}${chrome}${rest.replace('本文', '本文です')}`,
		);
	});

	it('is read by a step without decoding, as bytes, or put back on request', () => {
		const cut = cutChrome(Buffer.from(`${head}${chrome}${rest}`));
		const view = pageChrome(cut.chrome);
		expect(view.includes('<script')).toBe(true);
		expect(view.includes('記事 A')).toBe(true);
		expect(view.includes('data-pagefind-')).toBe(false);
		expect(view.bytes?.toString('utf8')).toBe(chrome);
		expect(view.restore(cut.html)).toBe(`${head}${chrome}${rest}`);
	});

	it('stays in the page the steps see when the page has no single <main>, or already holds the mark', () => {
		for (const text of [
			`${head}${chrome}<p>no main</p></body></html>`,
			`${head}${chrome}<main>a</main><main>b</main></body></html>`,
			`<main>before the body</main>${head}${chrome}</body></html>`,
			`${head}${chrome}<!--site:page-chrome-->${rest}`,
		]) {
			const cut = cutChrome(Buffer.from(text));
			expect(cut).toEqual({ html: text, chrome: undefined });
			expect(pageChrome(cut.chrome).includes('<script')).toBe(false);
			expect(pageChrome(cut.chrome).bytes).toBeUndefined();
			expect(pageChrome(cut.chrome).restore(cut.html)).toBe(text);
			expect(Buffer.concat(withChrome(cut.html, cut.chrome, 'p.html')).toString('utf8')).toBe(text);
		}
	});

	it('cannot be lost or doubled by a step: the page is refused, naming it', () => {
		const cut = cutChrome(Buffer.from(`${head}${chrome}${rest}`));
		expect(() => withChrome(cut.html.replace(CHROME_MARK, ''), cut.chrome, 'ja/a/index.html')).toThrow(/ja\/a\/index\.html: .* removed/);
		expect(() => withChrome(`${cut.html}${CHROME_MARK}`, cut.chrome, 'ja/a/index.html')).toThrow(/repeated/);
	});
});
