/**
 * The claim simulator's later texts (#19, `src/islands/claim-simulator/later-texts.ts`): every message the island may show
 * is on exactly one side, the page (the island's data, `simulatorData`: also `data.json`), `later-texts.json`
 * (`simulatorLaterTexts`) or the editor's texts, in every locale; what the first render and a failed download show stays
 * on the page; only the views shown once the later texts are there ask for them, and their translator words each of
 * them in every locale.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../../src/i18n/messages/en/simulator.json';
import { locales } from '../../../src/i18n/locales.ts';
import { messagesFor } from '../../../src/i18n/messages.ts';
import { simulatorData, simulatorEditorTexts, simulatorLaterTexts } from '../../../src/components/claim-simulator/simulator-data.ts';
import { isLaterMessageKey, laterKeys, laterPrefixes, type LaterMessageKey } from '../../../src/islands/claim-simulator/later-texts.ts';
import { laterTranslator, simulatorTranslator } from '../../../src/islands/claim-simulator/translate.ts';
import { loadedView } from '../../../src/islands/claim-simulator/state.ts';
import { needsLater } from '../../../src/islands/claim-simulator/wait-for-later.ts';
import { initialStateOn } from '../../../src/claim/url-encoding.ts';
import { presetSandbox } from '../../../src/claim/presets.ts';

const islandKeys = [
	...Object.keys(en).filter((key) => key.startsWith('simulator.') && !key.startsWith('simulator.page.')),
	'lifecycle.ui.timeZone',
	'lifecycle.ui.browserZone',
	'lifecycle.ui.openFile',
	'lifecycle.ui.version.deadline',
];
const islandsDir = join(import.meta.dirname, '../../../src/islands/claim-simulator');

/** The simulator island's modules, with their path under `src/islands/claim-simulator/`. */
function islandModules(): Array<{ path: string; source: string }> {
	return readdirSync(islandsDir)
		.filter((name) => /\.tsx?$/.test(name))
		.map((name) => ({ path: relative(islandsDir, join(islandsDir, name)), source: readFileSync(join(islandsDir, name), 'utf8') }));
}

describe('the claim simulator’s later texts', () => {
	it('puts every message of the island on exactly one side, the page, later-texts.json or the editor’s texts, in every locale', () => {
		expect(Object.keys(simulatorLaterTexts(locales[0]!)).length).toBeGreaterThan(80);
		for (const locale of locales) {
			const all = messagesFor(locale.lang) as Readonly<Record<string, string>>;
			const page = simulatorData(locale).messages as Readonly<Record<string, string>>;
			const later = simulatorLaterTexts(locale) as Readonly<Record<string, string>>;
			const editor = simulatorEditorTexts(locale) as Readonly<Record<string, string>>;
			for (const key of islandKeys) {
				const sides = [page, later, editor].filter((side) => Object.hasOwn(side, key));
				expect(sides, `${locale.lang} ${key}`).toHaveLength(1);
				expect(sides[0]![key], `${locale.lang} ${key}`).toBe(all[key]);
			}
			// The file holds the later texts and nothing else; the page none of them.
			expect(Object.keys(later).every(isLaterMessageKey), locale.lang).toBe(true);
			expect(Object.keys(page).filter(isLaterMessageKey), locale.lang).toEqual([]);
		}
	});

	it('lists only keys the catalog has, each once, and none a prefix already moves', () => {
		for (const key of laterKeys) {
			expect(Object.hasOwn(en, key) || key.startsWith('lifecycle.'), key).toBe(true);
			expect(
				laterPrefixes.some((prefix) => key.startsWith(prefix)),
				key,
			).toBe(false);
		}
		expect(new Set(laterKeys).size).toBe(laterKeys.length);
	});

	it('keeps on the page what the first render, the sandbox editor and a failed download show, and moves what a later view shows', () => {
		const page = Object.keys(simulatorData(locales[0]!).messages);
		const later = Object.keys(simulatorLaterTexts(locales[0]!));
		for (const key of [
			'simulator.privacy',
			'simulator.presetLabel',
			'simulator.stepOf',
			'simulator.step.submit',
			'simulator.mpnId',
			'simulator.mpnHint',
			'simulator.next',
			'simulator.submit',
			'simulator.sandboxSummary',
			'simulator.editor.loading',
			'simulator.partLoadFailed',
			'simulator.saveFile',
			'simulator.openFile',
			'simulator.withNote',
		])
			expect(page, key).toContain(key);
		for (const key of [
			'simulator.back',
			'simulator.submittedHeading',
			'simulator.handover.tooLong',
			'simulator.editAgainNote',
			'simulator.linkRejected',
			'simulator.param.draft',
			'simulator.errorsHeading',
			'simulator.openFullTooLong',
			'simulator.storage.full',
			'lifecycle.ui.timeZone',
			'simulator.tenantId',
			'site.copy.button',
		])
			expect(later, key).toContain(key);
	});

	it('is asked for only by the views shown once the texts are there: a first step’s view reads no moved key', () => {
		// The views of the first render, which get the page's translator only (the editor waits for the later texts).
		const firstViews = new Set(['Toolbar.tsx', 'SandboxPanel.tsx', 'ClaimFile.tsx']);
		const asked = islandModules().flatMap(({ path, source }) =>
			[...source.matchAll(/['"`]((?:simulator|lifecycle)\.[\w.-]+)['"`]/g)].flatMap(([, key]) =>
				isLaterMessageKey(key!) && firstViews.has(path) ? [`${path}: ${key}`] : [],
			),
		);
		expect(asked).toEqual([]);
	});

	it('words every moved message in every locale once the texts are there, and the page alone does not have them', () => {
		const values = { name: 'N', open: 'O', size: '1', limit: '2', params: 'P', product: 'P', products: 'P', channel: 'C', status: 'S' };
		for (const locale of locales) {
			const data = simulatorData(locale);
			const texts = simulatorLaterTexts(locale);
			const t = laterTranslator(data, texts);
			for (const key of Object.keys(texts) as LaterMessageKey[]) {
				const text = t(key, { ...values, count: 1, zone: 'Z', step: 'S', note: 'N', text: 'T', heading: 'H', titles: 'T', section: 'S' });
				expect(text, `${locale.lang} ${key}`).not.toBe(key);
				expect(text, `${locale.lang} ${key}`).not.toMatch(/^(simulator|lifecycle)\.|\{/);
			}
			expect(t('simulator.next')).toBe(messagesFor(locale.lang)['simulator.next']);
			// Before the texts arrive the page's translator has none of them: a view that needs them waits.
			const before = simulatorTranslator(data) as unknown as (key: string) => string;
			expect(before('simulator.submittedHeading')).toBe('simulator.submittedHeading');
		}
	});

	it('needs them for every view but a clean claim’s first step on the simulator page', () => {
		const clean = initialStateOn(presetSandbox);
		expect(needsLater(loadedView(clean), 'page')).toBe(false);
		// The embedded simulator's link to its page is one of them.
		expect(needsLater(loadedView(clean), 'embedded')).toBe(true);
		expect(needsLater(loadedView({ ...clean, step: 'customer' }), 'page')).toBe(true);
		expect(needsLater(loadedView({ ...clean, submitted: '2026-11-20' }), 'page')).toBe(true);
		expect(needsLater(loadedView(clean, ['draft']), 'page')).toBe(true);
	});
});
