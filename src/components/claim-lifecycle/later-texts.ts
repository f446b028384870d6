/**
 * What the lifecycle island shows only once a claim has events, in one locale: the messages of `laterMessagePrefixes`
 * and `laterIslandKeys`, each refusal's later-change note, as the page's basis table words it (`refusalLaterChanges`),
 * and the scenarios' claims and scripts (a link to a scenario plays its events). Assembled at build time and served as
 * `<locale>/claim-lifecycle/texts.json` (`routes.lifecycleTexts()`); the island downloads it on the reader's intent
 * (`src/islands/claim-lifecycle/use-later-texts.ts`), so a first visit does not pay for it (#19).
 */
import { findPreset } from '../../claim/presets.ts';
import { claimSummary, lifecyclePresets, presetKey, type LifecyclePresetId } from '../../claim/lifecycle/index.ts';
import type { PresetClaim } from '../../claim/lifecycle/simulator.ts';
import { islandMessagePrefixes, laterIslandKeys, laterMessagePrefixes } from '../../claim/lifecycle/message-keys.ts';
import { refusalCodes } from '../../claim/lifecycle/transitions.ts';
import { laterChangeCitation, refusalLaterChanges } from '../../facts/later-changes.ts';
import { pickMessages, translator } from '../../i18n/messages.ts';
import { memoize } from '../../memoize.ts';
import type { LaterTexts, LifecycleMessages } from '../../islands/claim-lifecycle/texts.ts';
import type { PresetOption } from '../../islands/claim-lifecycle/ClaimLifecycle.tsx';

/** Each scenario's claim as the lifecycle shows it and its script, in the page's order (`lifecyclePresets`). */
function presetClaims(): Array<PresetClaim & { id: LifecyclePresetId }> {
	return lifecyclePresets.flatMap(({ id, claimPreset, script }) => {
		const claim = findPreset(claimPreset);
		return claim ? [{ id, summary: claimSummary(claim.draft), script }] : [];
	});
}

/**
 * The scenarios the lifecycle page offers in `lang`, by name; only the first, which a visit without a link starts
 * from, with its claim: a link to a scenario plays its script, so the island waits for the later texts, which carry
 * every scenario's claim and script.
 */
export function lifecyclePresetOptions(lang: string): PresetOption[] {
	const t = translator(lang);
	return presetClaims().map(({ id, summary }, index) => ({
		id,
		label: t(presetKey(id)),
		...(index === 0 ? { summary } : {}),
	}));
}

/**
 * The later texts of the lifecycle in `lang` (a CLDR tag of the site's locales; others get English). Built once per
 * language: every page that embeds the lifecycle names the same file (`versionedJsonUrl` digests it once).
 */
export const lifecycleLaterTexts: (lang: string) => LaterTexts = memoize(buildLaterTexts);

function buildLaterTexts(lang: string): LaterTexts {
	const t = translator(lang);
	const refusalNotes = Object.fromEntries(
		refusalCodes.flatMap((code) => {
			const later = refusalLaterChanges(code);
			if (!later) return [];
			const changes =
				later.changes?.map((id) => [t(`facts.changedLater.${id}`), laterChangeCitation(id, t)].filter(Boolean).join('')) ?? [];
			const parts = [
				...(later.version ? [t(later.version)] : []),
				...(changes.length ? [t('facts.changedLater.heading'), ...changes] : []),
			];
			return [[code, parts.join(' ')]];
		}),
	);
	const island = pickMessages(lang, ...islandMessagePrefixes);
	const moved = Object.fromEntries(laterIslandKeys.map((key) => [key, island[key]]));
	return {
		messages: { ...pickMessages(lang, ...laterMessagePrefixes), ...moved } as LaterTexts['messages'],
		refusalNotes,
		presets: presetClaims(),
	};
}

/**
 * The messages the lifecycle page hands its island in `lang`: what a claim with no events shows (`islandMessagePrefixes`
 * without `laterIslandKeys`, which come with `lifecycleLaterTexts`).
 */
export function lifecycleIslandMessages(lang: string): LifecycleMessages {
	const later = new Set<string>(laterIslandKeys);
	return Object.fromEntries(
		Object.entries(pickMessages(lang, ...islandMessagePrefixes)).filter(([key]) => !later.has(key)),
	) as LifecycleMessages;
}
