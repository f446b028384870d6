import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUNDLE_SCRIPT, minifyBundleScript } from '../../../src/search/bundle-script.ts';

/** A script written as Pagefind writes `pagefind.js`: whitespace out, every local name whole, an export and `import.meta.url`. */
const PAGEFIND_LIKE = [
	'var build_excerpt_from_fragment_words=(fragment_content_words,excerpt_start_position)=>{let is_zws_delimited_content=fragment_content_words.includes("\\u200B");',
	'let joined_excerpt_words=fragment_content_words.split(is_zws_delimited_content?"\\u200B":" ").slice(excerpt_start_position);',
	'return joined_excerpt_words.join(" ");};',
	'var PagefindInstanceLike=class{constructor(bundle_base_path_option){this.basePath=bundle_base_path_option??new URL("./",import.meta.url).href;}',
	'excerpt(fragment_content_words,excerpt_start_position){return build_excerpt_from_fragment_words(fragment_content_words,excerpt_start_position);}};',
	'var createInstance=(options_of_the_instance)=>new PagefindInstanceLike(options_of_the_instance?.basePath);',
	'export{createInstance};',
].join('');

describe('minifyBundleScript', () => {
	let dir: string;
	beforeEach(() => {
		dir = mkdtempSync(join(tmpdir(), 'bundle-script-'));
	});
	afterEach(() => rmSync(dir, { recursive: true, force: true }));

	it('serves fewer gzipped bytes of a script that still works as Pagefind’s does', async () => {
		writeFileSync(join(dir, BUNDLE_SCRIPT), PAGEFIND_LIKE);
		const { before, after } = minifyBundleScript(dir);
		const served = readFileSync(join(dir, BUNDLE_SCRIPT), 'utf8');
		expect(before).toBe(Buffer.byteLength(PAGEFIND_LIKE));
		expect(after).toBe(Buffer.byteLength(served));
		expect(gzipSync(served).byteLength).toBeLessThan(gzipSync(PAGEFIND_LIKE).byteLength);
		expect(served).not.toContain('is_zws_delimited_content');
		const module = (await import(pathToFileURL(join(dir, BUNDLE_SCRIPT)).href)) as {
			createInstance(options?: { basePath?: string }): { basePath: string; excerpt(text: string, start: number): string };
		};
		const instance = module.createInstance();
		expect(instance.basePath).toBe(pathToFileURL(dir).href + '/');
		expect(instance.excerpt('テナント\u200BID\u200Bが\u200B無効', 1)).toBe('ID が 無効');
	});

	it('refuses a script the minifier cannot read, leaving it as it was', () => {
		writeFileSync(join(dir, BUNDLE_SCRIPT), 'export const broken = (;');
		expect(() => minifyBundleScript(dir)).toThrow(/Could not minify/);
		expect(readFileSync(join(dir, BUNDLE_SCRIPT), 'utf8')).toBe('export const broken = (;');
	});

	it('says which bundle has no script', () => {
		expect(() => minifyBundleScript(dir)).toThrow(/pagefind\.js/);
	});
});
