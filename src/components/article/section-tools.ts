/**
 * Which interactive tools the article shows at the end of which section: the claim simulator, with the
 * presets that reproduce the errors the section explains (from the error catalog's `anchor`).
 */
import { claimErrorCatalog, claimPresets } from '../../claim/index.ts';

export type SectionTool = { readonly kind: 'claim-simulator'; readonly presetIds: readonly string[] };

/** Sections whose own helpers (activity, MPN) exercise them better than the whole claim flow does. */
const SECTIONS_WITH_HELPERS: readonly string[] = ['which-activity-do-i-choose', 'which-mpn-do-i-choose'];

export function sectionTools(anchor: string): SectionTool[] {
	if (anchor === '' || SECTIONS_WITH_HELPERS.includes(anchor)) return [];
	const presetIds = claimPresets
		.filter((preset) => preset.expected !== 'submitted' && claimErrorCatalog[preset.expected].anchor === anchor)
		.map((preset) => preset.id);
	return presetIds.length > 0 ? [{ kind: 'claim-simulator', presetIds }] : [];
}
