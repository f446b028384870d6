/**
 * States too long for a link (#17): each tool can build one (the lifecycle with a handed-over claim and its
 * comments, the MPN helper at its own limits with text that doesn't compress); `writeLink` leaves it out of the URL
 * and says how long it is; the file `StateFile.tsx` saves holds it whole, opens only in the tool that saved it, and
 * gives the same state back. Files of any shape are refused without a throw.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { mulberry32 } from '../../../src/claim/bench.ts';
import { LINK_LIMIT } from '../../../src/claim/base64-json.ts';
import { claimSummary } from '../../../src/claim/lifecycle/claim-summary.ts';
import { readHandedOverClaim } from '../../../src/claim/lifecycle/handover.ts';
import { lifecyclePresetIds } from '../../../src/claim/lifecycle/presets.ts';
import { encodeLifecycleParams, lifecycleQuery } from '../../../src/claim/lifecycle/url-state.ts';
import { claimPresets, findPreset } from '../../../src/claim/presets.ts';
import { decodeMpnState, encodeMpnState, MAX_LABEL, MAX_MPN_ROWS, type MpnState } from '../../../src/helpers/url.ts';
import { startFromQuery } from '../../../src/islands/claim-lifecycle/start.ts';
import { stateFile, stateFromFile } from '../../../src/islands/links/state-file.ts';
import type { SavedTool } from '../../../src/tool-link.ts';
import { writeLink } from '../../../src/islands/links/write-link.ts';

const tools: readonly SavedTool[] = ['claim-simulator', 'claim-lifecycle', 'mpn-helper'];

/** `length` CJK ideographs drawn by `next`: text that deflate can hardly shorten, as a real name or comment. */
function ideographs(next: () => number, length: number): string {
	return Array.from({ length }, () => String.fromCodePoint(0x4e00 + Math.floor(next() * 0x5000))).join('');
}

/** The lifecycle's state for a claim handed over with a long name, as the page writes it. */
function longLifecycleQuery(name: string): URLSearchParams {
	const claim = lifecycleQuery({ ...findPreset('happy-path')!.draft, claimName: name }, '2024-06-03').get('claim')!;
	return encodeLifecycleParams({
		source: { kind: 'claim', param: claim },
		submitted: '2024-06-03',
		events: [{ type: 'start-review', date: '2024-06-04' }],
		holidays: ['2024-12-25', '2030-01-07'],
		timeZone: 'Asia/Tokyo',
	});
}

/** The MPN helper at its own limits (`MAX_MPN_ROWS` rows, every label `MAX_LABEL` characters), with text that doesn't compress. */
function fullMpnState(next: () => number): MpnState {
	const entries = Array.from({ length: MAX_MPN_ROWS }, (_, row) => ({
		id: String(1_000_000 + row),
		name: ideographs(next, MAX_LABEL),
		enrolledInIncentives: row % 2 === 0,
		partnerType: ideographs(next, MAX_LABEL),
		location: ideographs(next, MAX_LABEL),
	}));
	return { entries, work: { location: entries[3]!.location, partnerType: null } };
}

/** The text of a saved file, as the browser reads it back. */
const fileText = (tool: SavedTool, query: URLSearchParams) => stateFile(tool, query).text();

beforeAll(async () => {
	// The islands write long states deflated once the codec has loaded: the limit is measured on those.
	await import('../../../src/claim/deflate.ts');
});

describe('writeLink', () => {
	const replaceState = vi.fn();
	const pushState = vi.fn();
	const at = (search: string) => {
		vi.stubGlobal('location', { pathname: '/ja/claim-lifecycle/', search, hash: '#timeline' });
		vi.stubGlobal('history', { state: { kept: true }, replaceState, pushState });
	};
	afterEach(() => {
		vi.unstubAllGlobals();
		replaceState.mockReset();
		pushState.mockReset();
	});

	it('writes a query that fits, keeping the path, the fragment and the history entry’s state', () => {
		at('?preset=happy-path');
		expect(writeLink(new URLSearchParams({ preset: 'dispute' }))).toBeNull();
		expect(replaceState).toHaveBeenCalledWith({ kept: true }, '', '/ja/claim-lifecycle/?preset=dispute#timeline');
		expect(writeLink(new URLSearchParams({ preset: 'dispute' }), true)).toBeNull();
		expect(pushState).toHaveBeenCalledWith(null, '', '/ja/claim-lifecycle/?preset=dispute#timeline');
	});

	it('leaves the URL alone when it already is the query', () => {
		at('?preset=dispute');
		expect(writeLink(new URLSearchParams({ preset: 'dispute' }))).toBeNull();
		expect(replaceState).not.toHaveBeenCalled();
	});

	it(`leaves out a query past ${LINK_LIMIT} characters and says how long it is`, () => {
		at('?preset=happy-path');
		const query = new URLSearchParams({ events: 'x'.repeat(LINK_LIMIT) });
		expect(writeLink(query)).toBe(query.toString().length);
		expect(writeLink(new URLSearchParams({ events: 'x'.repeat(LINK_LIMIT - 'events='.length) }))).toBeNull();
		expect(replaceState).toHaveBeenCalledTimes(1);
		expect(pushState).not.toHaveBeenCalled();
	});

	it('never throws when the browser refuses the write (Safari’s limit on replacements)', () => {
		at('');
		replaceState.mockImplementation(() => {
			throw new DOMException('Attempt to use history.replaceState() more than 100 times per 30 seconds', 'SecurityError');
		});
		expect(writeLink(new URLSearchParams({ preset: 'dispute' }))).toBeNull();
	});
});

describe('a state saved as a file', () => {
	it('gives back the query it holds, in the tool that saved it only', async () => {
		const query = new URLSearchParams({ draft: '.abc-_', step: 'activity', 'mpn.rows': '東京' });
		for (const tool of tools) {
			const text = await fileText(tool, query);
			expect(stateFromFile(tool, text)?.toString()).toBe(query.toString());
			for (const other of tools) if (other !== tool) expect(stateFromFile(other, text)).toBeNull();
		}
	});

	it('opens the claim simulator’s files saved before the file code was shared', () => {
		const before = JSON.stringify({ tool: 'claim-simulator', query: 'preset=happy-path&step=activity' });
		expect(stateFromFile('claim-simulator', before)?.get('step')).toBe('activity');
	});

	it('refuses any other file without a throw', () => {
		const seeds = ['', 'null', '[]', '1', '"x"', '{}', '{"tool":"claim-lifecycle"}', '{"tool":"claim-lifecycle","query":1}', '\u0000', '{'];
		const next = mulberry32(0x17_f11e);
		const texts = [...seeds];
		const valid = JSON.stringify({ tool: 'claim-lifecycle', query: 'preset=dispute' });
		for (let index = 0; index < 300; index += 1) {
			const at = Math.floor(next() * valid.length);
			texts.push(`${valid.slice(0, at)}${ideographs(next, 1)}${valid.slice(at + Math.floor(next() * 3))}`);
		}
		for (const text of texts) {
			const query = stateFromFile('claim-lifecycle', text);
			if (query !== null) expect(text, text).toContain('claim-lifecycle');
		}
		for (const text of seeds) expect(stateFromFile('claim-lifecycle', text), text).toBeNull();
	});
});

describe('the lifecycle simulator: a claim too long for a link', () => {
	const presets = lifecyclePresetIds.map((id) => ({ id, summary: claimSummary(claimPresets[0]!.draft) }));
	const readClaim = async (param: string) => readHandedOverClaim(param);

	it(`can be built past ${LINK_LIMIT} characters, and opens from its file as it was`, async () => {
		const name = ideographs(mulberry32(0x17_1ec7), 4000);
		const query = longLifecycleQuery(name);
		expect(query.toString().length).toBeGreaterThan(LINK_LIMIT);
		const saved = stateFromFile('claim-lifecycle', await fileText('claim-lifecycle', query));
		const started = await startFromQuery(saved!, { onPage: presets, later: async () => presets }, 'UTC', readClaim);
		if (started === null || started === 'failed' || started === 'texts-failed') throw new Error(`no start: ${started}`);
		expect(started.notices).toEqual([]);
		expect(started.data.summary.name).toBe(name);
		expect(started.data.events).toEqual([{ type: 'start-review', date: '2024-06-04' }]);
		expect(started.data.holidays).toEqual(['2024-12-25', '2030-01-07']);
		expect(started.data.timeZone).toBe('Asia/Tokyo');
		expect(encodeLifecycleParams(started.data).toString()).toBe(query.toString());
	});

	it('names a reader that couldn’t load a network failure, not a damaged file', async () => {
		const query = longLifecycleQuery('x');
		expect(await startFromQuery(query, { onPage: presets, later: async () => presets }, 'UTC', async () => 'failed')).toBe('failed');
	});
});

describe('the MPN helper at its own limits', () => {
	it(`can be built past ${LINK_LIMIT} characters, and opens from its file as it was`, async () => {
		const state = fullMpnState(mulberry32(0x17_3b9));
		const query = encodeMpnState(new URLSearchParams(), state);
		expect(query.toString().length).toBeGreaterThan(LINK_LIMIT);
		const saved = stateFromFile('mpn-helper', await fileText('mpn-helper', query));
		const decoded = decodeMpnState(saved!);
		expect(decoded.malformed).toBe(false);
		expect(decoded.value).toEqual(state);
	});
});
