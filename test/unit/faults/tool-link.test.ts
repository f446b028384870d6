/**
 * Links from one tool to another (#17): a link past `LINK_LIMIT` is never offered; the state comes as the other tool's
 * file instead, and that tool opens it as the link would have. The claim simulator's hand-over to the lifecycle, its
 * embedded copies' link to the simulator page and the MPN helper's "Start a claim with this choice" can each be built
 * past the limit; the links written at build time (the activity helper's, the error pages' "Try it") stay under it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { LINK_LIMIT } from '../../../src/claim/base64-json.ts';
import { mulberry32 } from '../../../src/claim/bench.ts';
import { claimStepIds } from '../../../src/claim/flow.ts';
import { claimSummary } from '../../../src/claim/lifecycle/claim-summary.ts';
import { readHandedOverClaim } from '../../../src/claim/lifecycle/handover.ts';
import { lifecyclePresetIds } from '../../../src/claim/lifecycle/presets.ts';
import { lifecycleQuery } from '../../../src/claim/lifecycle/url-state.ts';
import { claimPresets, findPreset, presetSandbox } from '../../../src/claim/presets.ts';
import { decodeState, encodeState, presetQuery } from '../../../src/claim/url-state.ts';
import { activityClaimQueries } from '../../../src/helpers/claim-links.ts';
import { adviseMpn, mpnClaimQuery, sandboxMpnIds, type MpnEntry } from '../../../src/helpers/mpn.ts';
import { MAX_LABEL, MAX_MPN_ROWS } from '../../../src/helpers/url.ts';
import { startFromQuery } from '../../../src/islands/claim-lifecycle/start.ts';
import { stateFile, stateFromFile } from '../../../src/islands/links/state-file.ts';
import { overLinkLimit, toolLink, type SavedTool, type ToolFile, type ToolLink } from '../../../src/tool-link.ts';

/** `length` CJK ideographs drawn by `next`: text that deflate can hardly shorten, as a real name. */
function ideographs(next: () => number, length: number): string {
	return Array.from({ length }, () => String.fromCodePoint(0x4e00 + Math.floor(next() * 0x5000))).join('');
}

/** The query a file saved from `link` gives back in `tool` (`null`: that tool refuses it). */
async function opened(link: ToolFile, tool: SavedTool): Promise<URLSearchParams | null> {
	return stateFromFile(tool, await stateFile(link.tool, link.query).text());
}

function expectFile(link: ToolLink): ToolFile {
	if (link.kind !== 'file') throw new Error(`a link of ${link.href.length} characters was offered`);
	return link;
}

beforeAll(async () => {
	// The islands build long states deflated once the codec has loaded: the limit is measured on those.
	await import('../../../src/claim/deflate.ts');
});

describe('toolLink', () => {
	const page = '/ja/claim-lifecycle/';

	it(`offers the link up to ${LINK_LIMIT} characters of query, and past that only the state for a file`, () => {
		const fits = new URLSearchParams({ claim: 'x'.repeat(LINK_LIMIT - 'claim='.length) });
		expect(toolLink(page, 'claim-lifecycle', fits)).toEqual({ kind: 'link', href: `${page}?${fits}` });
		expect(overLinkLimit(fits)).toBeNull();
		const past = new URLSearchParams({ claim: 'x'.repeat(LINK_LIMIT - 'claim='.length + 1) });
		expect(toolLink(page, 'claim-lifecycle', past)).toEqual({
			kind: 'file',
			page,
			tool: 'claim-lifecycle',
			query: past,
			length: LINK_LIMIT + 1,
		});
		expect(overLinkLimit(past)).toBe(LINK_LIMIT + 1);
	});

	it('measures the query as the link carries it, percent-encoding included', () => {
		// 1,000 ideographs are 9,000 characters once percent-encoded (three bytes of three characters each).
		const query = new URLSearchParams({ name: ideographs(mulberry32(1), 1000) });
		expect(expectFile(toolLink(page, 'claim-lifecycle', query)).length).toBe(query.toString().length);
	});
});

describe('the claim simulator’s hand-over to the lifecycle simulator', () => {
	const presets = lifecyclePresetIds.map((id) => ({ id, summary: claimSummary(claimPresets[0]!.draft) }));
	const readClaim = async (param: string) => readHandedOverClaim(param);

	it('offers the link for a claim that fits', () => {
		const query = lifecycleQuery(findPreset('happy-path')!.draft, '2024-06-03');
		const link = toolLink('/claim-lifecycle/', 'claim-lifecycle', query);
		expect(link).toEqual({ kind: 'link', href: `/claim-lifecycle/?${query}` });
	});

	it('gives a claim too long for a link as the lifecycle’s file, which opens the claim at Submitted on its date', async () => {
		const name = ideographs(mulberry32(0x17_4a0d), 4000);
		const query = lifecycleQuery({ ...findPreset('happy-path')!.draft, claimName: name }, '2024-06-03');
		const file = expectFile(toolLink('/ko/claim-lifecycle/', 'claim-lifecycle', query));
		expect(file.length).toBeGreaterThan(LINK_LIMIT);
		expect(file.page).toBe('/ko/claim-lifecycle/');
		expect(await opened(file, 'claim-simulator')).toBeNull();
		const saved = await opened(file, 'claim-lifecycle');
		const started = await startFromQuery(saved!, { onPage: presets, later: async () => presets }, 'UTC', readClaim);
		if (started === null || started === 'failed' || started === 'texts-failed') throw new Error(`no start: ${started}`);
		expect(started.notices).toEqual([]);
		expect(started.data.summary.name).toBe(name);
		expect(started.data.submitted).toBe('2024-06-03');
		expect(started.data.events).toEqual([]);
	});
});

describe('the embedded simulator’s link to the simulator page', () => {
	it('gives a claim too long for a link as the simulator’s file, which the page opens as it was', async () => {
		const name = ideographs(mulberry32(0x17_e3b), 4000);
		const state = { ...decodeState(new URLSearchParams('preset=happy-path&step=activity')).state };
		const long = { ...state, draft: { ...state.draft, claimName: name } };
		const file = expectFile(toolLink('/de/claim-simulator/', 'claim-simulator', encodeState(long)));
		expect(await opened(file, 'claim-lifecycle')).toBeNull();
		const decoded = decodeState((await opened(file, 'claim-simulator'))!);
		expect(decoded.rejected).toEqual([]);
		expect(decoded.state).toEqual(long);
	});
});

describe('the MPN helper’s “Start a claim with this choice”', () => {
	it('gives a claim with a list too long for a link as the simulator’s file, with the chosen MPN ID and the list', async () => {
		const next = mulberry32(0x17_3b9);
		const entries: MpnEntry[] = Array.from({ length: MAX_MPN_ROWS }, (_, row) => ({
			id: String(1_000_000 + row),
			name: ideographs(next, MAX_LABEL),
			enrolledInIncentives: row === 0,
			partnerType: '',
			location: ideographs(next, MAX_LABEL),
		}));
		const advice = adviseMpn(entries, { location: entries[0]!.location, partnerType: '' });
		expect(advice.outcome).toBe('pick');
		const file = expectFile(toolLink('/claim-simulator/', 'claim-simulator', mpnClaimQuery(entries, advice, presetSandbox)!));
		const decoded = decodeState((await opened(file, 'claim-simulator'))!);
		expect(decoded.rejected).toEqual([]);
		expect(decoded.state.step).toBe('mpn');
		expect(decoded.state.draft.mpnId).toBe(entries[advice.chosen!]!.id);
		expect(decoded.state.sandbox.mpnIds).toEqual(sandboxMpnIds(entries));
	});
});

describe('the links written at build time', () => {
	it('fit in a link: every activity helper answer and every error page’s “Try it”', () => {
		const queries = [
			...Object.values(activityClaimQueries()).map((query) => new URLSearchParams(query)),
			...claimPresets.flatMap((preset) => [undefined, ...claimStepIds].map((step) => presetQuery(preset.id, step))),
		];
		expect(queries.length).toBeGreaterThan(claimPresets.length);
		for (const query of queries) expect(overLinkLimit(query), query.toString()).toBeNull();
	});
});
