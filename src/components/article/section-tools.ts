/**
 * Which interactive tools the article shows at the end of which section: the activity and MPN helpers at their
 * sections, and elsewhere the claim simulator, with the presets that reproduce the errors the section explains
 * (from the error catalog's `anchor`).
 */
import { claimErrorCatalog, claimPresets } from '../../claim/index.ts';

export type SectionTool =
	| { readonly kind: 'claim-simulator'; readonly presetIds: readonly string[] }
	| { readonly kind: 'activity-helper' }
	| { readonly kind: 'mpn-helper' };

/** Sections whose own helpers exercise them better than the whole claim flow does. */
const HELPERS: Readonly<Record<string, SectionTool>> = {
	'which-activity-do-i-choose': { kind: 'activity-helper' },
	'which-mpn-do-i-choose': { kind: 'mpn-helper' },
};

export function sectionTools(anchor: string): SectionTool[] {
	const helper = HELPERS[anchor];
	if (helper) return [helper];
	if (anchor === '') return [];
	const presetIds = claimPresets
		.filter((preset) => preset.expected !== 'submitted' && claimErrorCatalog[preset.expected].anchor === anchor)
		.map((preset) => preset.id);
	return presetIds.length > 0 ? [{ kind: 'claim-simulator', presetIds }] : [];
}
