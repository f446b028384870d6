/**
 * The sandbox editor's texts (#19): the messages only the loaded editor shows (`EditorMessageKey`: `simulator.editor.*`
 * but what its panel shows before the editor is there, and the two it alone shows outside that prefix) leave the page
 * for `<locale>/claim-simulator/editor-texts.json` (`routes.simulatorEditorTexts()`, assembled by
 * `simulatorEditorTexts` in `src/components/claim-simulator/simulator-data.ts`). `SandboxPanel` downloads them with the
 * editor's chunk, within the same bounded wait and with the same failure (the island's part that couldn't load, with
 * "Try again"); the editor renders only once both are there, with their translator (`editorTranslator`, `translate.ts`),
 * so it never shows a key.
 *
 * The split is in the types: the island's messages (`SimulatorMessages`, `data.ts`) leave out `EditorMessageKey`, so
 * the panel or any view before the editor asking for one of them is a type error; the editor's translator takes both.
 * The island imports its types only; the keys are the build's (`simulatorEditorTexts`) and the unit tests'.
 */
import type { KeysWithPrefix, MessageKey } from '../../i18n/catalog.ts';

/** The editor's messages that its panel shows while the editor loads (or can't): they stay on the page. */
export const editorKeysOnPage = ['simulator.editor.loading'] as const satisfies readonly KeysWithPrefix<'simulator.editor.'>[];

/** The messages outside `simulator.editor.*` that only the editor shows (a subscription's "already claimed", an MPN ID's details). */
export const editorOnlyKeys = ['simulator.alreadyClaimed', 'simulator.mpnDetails'] as const satisfies readonly MessageKey[];

/** A message that only the loaded editor shows: it comes with the editor's texts, not with the page. */
export type EditorMessageKey =
	Exclude<KeysWithPrefix<'simulator.editor.'>, (typeof editorKeysOnPage)[number]> | (typeof editorOnlyKeys)[number];

/** The editor's texts in one locale, as `editor-texts.json` serves them. */
export type EditorTexts = Readonly<Record<EditorMessageKey, string>>;

/** Whether `key` is one of the editor's texts (`EditorMessageKey`) rather than the page's. */
export function isEditorMessageKey(key: string): key is EditorMessageKey {
	return (
		(key.startsWith('simulator.editor.') && !(editorKeysOnPage as readonly string[]).includes(key)) ||
		(editorOnlyKeys as readonly string[]).includes(key)
	);
}
