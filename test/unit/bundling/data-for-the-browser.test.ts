import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Plugin } from 'vite';
import { dataForTheBrowser, withoutFields } from '../../../src/bundling/data-for-the-browser.ts';

/** The plugin's transform, called as Vite calls it for a module of the client environment. */
function transform(plugin: Plugin, code: string, id: string): { code: string } | null {
	const hook = plugin.transform as (code: string, id: string) => { code: string } | null;
	return hook.call({} as never, code, id);
}

describe('dataForTheBrowser', () => {
	it('leaves out what only maintainers read, at any depth, and keeps the rest', () => {
		const data = { lang: 'ja', entries: [{ term: '既に', forms: ['すでに'], source: 'why', kind: 'spelling' }] };
		expect(withoutFields(data, new Set(['source']))).toEqual({
			lang: 'ja',
			entries: [{ term: '既に', forms: ['すでに'], kind: 'spelling' }],
		});
	});

	it("sends the browser a locale's variants without their sources and kinds, and its glossary without its wrong words", () => {
		const plugin = dataForTheBrowser();
		const root = new URL('../../../', import.meta.url).pathname;
		const variants = `${root}src/search/variants/ja.json`;
		const sent = JSON.parse(transform(plugin, readFileSync(variants, 'utf8'), variants)!.code);
		expect(sent.entries.length).toBeGreaterThan(10);
		expect(sent.entries.every((entry: object) => !('source' in entry) && !('kind' in entry) && 'term' in entry && 'forms' in entry)).toBe(
			true,
		);
		expect(sent.functionWords).toContain('なぜ');
		const glossary = `${root}src/i18n/glossary/zh-TW.json`;
		const concepts = JSON.parse(transform(plugin, readFileSync(glossary, 'utf8'), glossary)!.code).concepts;
		expect(concepts[0]).toEqual({ id: 'claim', en: 'claim', term: '宣告' });
		// Other JSON, and the character tables, pass as they are.
		expect(transform(plugin, '{"source":1}', `${root}src/i18n/messages/ja/site.json`)).toBeNull();
		expect(transform(plugin, '{"source":1}', `${root}src/search/variants/simplified-chars.json`)).toBeNull();
	});

	it('applies to the browser’s build only: the server and the tests read the files whole', () => {
		const applies = dataForTheBrowser().applyToEnvironment as (environment: { name: string }) => boolean;
		expect(applies({ name: 'client' })).toBe(true);
		expect(applies({ name: 'ssr' })).toBe(false);
	});
});
