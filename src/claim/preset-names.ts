/**
 * The message key of a preset's name, `simulator.preset.<id>`: a module of its own, so that the claim simulator's island
 * names its presets without importing their drafts (`presets.ts`, which re-exports it).
 */
import type { KeysWithPrefix } from '../i18n/catalog.ts';

/** The message key of the name of the preset `id`: `simulator.preset.happy-path`. */
export function presetMessageKey(id: string): KeysWithPrefix<'simulator.preset.'> {
	return `simulator.preset.${id}` as KeysWithPrefix<'simulator.preset.'>;
}
