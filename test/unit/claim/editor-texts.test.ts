/**
 * The sandbox editor's texts (#19, `src/islands/claim-simulator/editor-texts.ts`): every `simulator.editor.*` message is
 * on exactly one side, the page (the island's data, `simulatorData`: also `data.json`) or `editor-texts.json`
 * (`simulatorEditorTexts`); what the panel shows before the editor is there stays on the page; only the editor's own
 * modules ask for the texts that moved, and its translator words each of them in every locale.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../../src/i18n/messages/en/simulator.json';
import { inputProblems } from '../../../src/claim/schema.ts';
import { locales } from '../../../src/i18n/locales.ts';
import { messagesFor } from '../../../src/i18n/messages.ts';
import { simulatorData, simulatorEditorTexts, simulatorLaterTexts } from '../../../src/components/claim-simulator/simulator-data.ts';
import {
	editorKeysOnPage,
	editorOnlyKeys,
	isEditorMessageKey,
	type EditorMessageKey,
} from '../../../src/islands/claim-simulator/editor-texts.ts';
import { refusalKeys } from '../../../src/islands/claim-simulator/sandbox-edits.ts';
import { editorTranslator, simulatorTranslator } from '../../../src/islands/claim-simulator/translate.ts';

const editorKeys = Object.keys(en).filter((key) => key.startsWith('simulator.editor.'));
const islandsDir = join(import.meta.dirname, '../../../src/islands');

/** The island modules, with their path under `src/islands/`. */
function islandModules(dir = islandsDir): Array<{ path: string; source: string }> {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return islandModules(path);
		return /\.tsx?$/.test(entry.name) ? [{ path: relative(islandsDir, path), source: readFileSync(path, 'utf8') }] : [];
	});
}

describe('the sandbox editor’s texts', () => {
	it('puts every simulator.editor.* message on exactly one side, the page or editor-texts.json, in every locale', () => {
		expect(editorKeys.length).toBeGreaterThan(30);
		for (const locale of locales) {
			const all = messagesFor(locale.lang);
			const page = simulatorData(locale).messages as Readonly<Record<string, string>>;
			const file = simulatorEditorTexts(locale) as Readonly<Record<string, string>>;
			for (const key of editorKeys) {
				const sides = [Object.hasOwn(page, key), Object.hasOwn(file, key)].filter(Boolean);
				expect(sides, `${locale.lang} ${key}`).toHaveLength(1);
				expect(page[key] ?? file[key], `${locale.lang} ${key}`).toBe(all[key as keyof typeof all]);
			}
			// The file holds the editor's texts and nothing else; the page none of them.
			expect(Object.keys(file).every(isEditorMessageKey), locale.lang).toBe(true);
			expect(Object.keys(page).filter(isEditorMessageKey), locale.lang).toEqual([]);
		}
	});

	it('keeps on the page what the panel shows while the editor loads or fails, and moves what only the editor shows', () => {
		const page = Object.keys(simulatorData(locales[0]!).messages);
		const file = Object.keys(simulatorEditorTexts(locales[0]!));
		for (const key of [...editorKeysOnPage, 'simulator.sandboxSummary', 'simulator.partLoadFailed']) expect(page, key).toContain(key);
		for (const key of ['simulator.editor.intro', 'simulator.editor.addTenant', 'simulator.editor.problem.notGuid', ...editorOnlyKeys])
			expect(file, key).toContain(key);
		// Every reason an edit is refused comes with the editor's texts.
		for (const key of refusalKeys(inputProblems.map((problem) => ({ path: '', message: '', problem })))) expect(file, key).toContain(key);
		expect(file).toContain(refusalKeys([{ path: '', message: '' }])[0]);
	});

	it('is asked for only by the editor’s own modules: nothing shown before the editor loads reads a moved key', () => {
		const editorModules = new Set([
			'claim-simulator/SandboxEditor.tsx',
			'claim-simulator/sandbox-edits.ts',
			'claim-simulator/editor-texts.ts',
		]);
		const asked = islandModules().flatMap(({ path, source }) =>
			[...source.matchAll(/['"`](simulator\.[\w.-]+)['"`]/g)].flatMap(([, key]) =>
				isEditorMessageKey(key!) && !editorModules.has(path) ? [`${path}: ${key}`] : [],
			),
		);
		// The editor's texts outside simulator.editor.* among them (`editorOnlyKeys`).
		expect(asked).toEqual([]);
	});

	it('words every moved message in every locale once the texts are there, and the page alone does not have them', () => {
		for (const locale of locales) {
			const data = simulatorData(locale);
			const t = editorTranslator(data, simulatorLaterTexts(locale), simulatorEditorTexts(locale));
			const values = { name: 'N', problems: 'P', company: 'C', tenantId: 'T', domains: 'D', enrolled: 'E', partnerType: 'P' };
			for (const key of Object.keys(simulatorEditorTexts(locale)) as EditorMessageKey[]) {
				expect(t(key, values), `${locale.lang} ${key}`).not.toBe(key);
				expect(t(key, values), `${locale.lang} ${key}`).not.toMatch(/^simulator\.|\{/);
			}
			// The island's own messages too, through the same translator.
			expect(t('simulator.editor.loading')).toBe(messagesFor(locale.lang)['simulator.editor.loading']);
			// Before the texts arrive the page's translator has none of them: the editor is not shown until they are.
			const before = simulatorTranslator(data) as unknown as (key: string) => string;
			expect(before('simulator.editor.intro')).toBe('simulator.editor.intro');
		}
	});
});
