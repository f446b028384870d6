/**
 * A seeded URL fuzzer (#17): valid links of every tool, mutated (cut, characters flipped or inserted, parameters
 * repeated, dates at the edges, huge values, deflated values damaged), run through the decoders and the islands'
 * load logic. Each case must not throw and must give either a clean start with the note (the parameters named) or
 * the decoded state, which encodes back to itself. Seeded: a failure reproduces with the printed seed and case.
 */
import { mulberry32 } from '../../../src/claim/bench.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import { encodeJson } from '../../../src/claim/base64-json.ts';
import { claimPresets, presetSandbox } from '../../../src/claim/presets.ts';
import { decodeState, encodeState, initialState } from '../../../src/claim/url-state.ts';
import { lifecyclePresetIds, presetEvents, findLifecyclePreset } from '../../../src/claim/lifecycle/presets.ts';
import { decodeLifecycleParams, encodeLifecycleParams } from '../../../src/claim/lifecycle/url-state.ts';
import { lifecycleOf, startFromUrl } from '../../../src/claim/lifecycle/simulator.ts';
import { claimSummary } from '../../../src/claim/lifecycle/claim-summary.ts';
import { readHandedOverClaim } from '../../../src/claim/lifecycle/handover.ts';
import { decodeActivityAnswers, decodeMpnState, emptyMpnState, encodeMpnState } from '../../../src/helpers/url.ts';
import { noActivityAnswers } from '../../../src/helpers/activity.ts';
import { load } from '../../../src/islands/claim-simulator/load.ts';
import type { SimulatorData } from '../../../src/islands/claim-simulator/data.ts';

const CASES = 320;
const SEED = 0x17_2026;

/** A seeded generator (mulberry32, the bench's), so each run meets the same cases. */
const random = mulberry32;

const noise = [
	'',
	'%',
	'%FF',
	'=',
	'&',
	'.',
	'..',
	'-',
	'_',
	'\u0000',
	'😀',
	'請求',
	'A'.repeat(3000),
	'9999-12-31',
	'9999-12-27',
	'0000-00-00',
];
const dates = ['9999-12-31', '9999-12-20', '9990-12-31', '9991-01-01', '1999-12-31', '2000-01-01', '2024-02-30', '2024-06-03', 'x'];

/** One mutation of a query, chosen by `next`. */
function mutate(query: URLSearchParams, next: () => number): URLSearchParams {
	const entries = [...query.entries()];
	const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
	const mutated = new URLSearchParams(query);
	const [name, value] = entries.length > 0 ? pick(entries) : ['draft', ''];
	switch (Math.floor(next() * 8)) {
		case 0:
			mutated.set(name, value.slice(0, Math.floor(next() * value.length)));
			break;
		case 1: {
			const at = Math.floor(next() * value.length);
			mutated.set(name, `${value.slice(0, at)}${pick(noise)}${value.slice(at + 1)}`);
			break;
		}
		case 2:
			mutated.append(name, value);
			break;
		case 3:
			mutated.set(pick(['submitted', 'holidays', 'step', 'tz', 'preset']), pick(dates));
			break;
		case 4:
			mutated.set(name, pick(noise));
			break;
		case 5:
			mutated.set(name, `.${value.replace(/^\./, '')}`);
			break;
		case 6:
			mutated.set(name, encodeJson(pick<unknown>([null, [], {}, 1, 'x', { __proto__: { x: 1 } }, { claimName: 'a'.repeat(20_000) }])));
			break;
		default:
			mutated.delete(name);
	}
	return mutated;
}

beforeAll(async () => {
	// The islands load the codec for deflated values; the fuzzer meets both forms.
	await import('../../../src/claim/deflate.ts');
});

describe('URL fuzzer (seeded)', () => {
	it(`claim simulator: ${CASES} mutated links decode to the state or a clean start with the note`, () => {
		const next = random(SEED);
		const valid = claimPresets.map((preset) =>
			encodeState({ ...initialState(), draft: preset.draft, submitted: '2024-06-03', step: 'submit' }),
		);
		for (let index = 0; index < CASES; index += 1) {
			const query = mutate(valid[index % valid.length]!, next);
			const decoded = decodeState(query);
			if (decoded.rejected.length === 0) {
				expect(decodeState(encodeState(decoded.state)).state, `case ${index}: ${query}`).toEqual(decoded.state);
			} else {
				expect(
					decoded.rejected.every((param) => query.has(param)),
					`case ${index}`,
				).toBe(true);
			}
		}
	});

	it(`claim simulator island load: ${CASES} mutated links and session values, page and embedded`, async () => {
		const next = random(SEED + 1);
		const data = { lang: 'en', messages: {}, errors: {}, presets: claimPresets, sandbox: presetSandbox } as unknown as SimulatorData;
		// The presets' drafts as the island downloads them (a link's `preset`, the embedded simulator's first).
		const drafts = Object.fromEntries(claimPresets.map((preset) => [preset.id, preset.draft]));
		const draftsUrl = `data:application/json,${encodeURIComponent(JSON.stringify(drafts))}`;
		const session = new Map<string, string>();
		const globals = globalThis as { location?: unknown; sessionStorage?: unknown };
		globals.sessionStorage = {
			getItem: (key: string) => session.get(key) ?? null,
			setItem: (key: string, value: string) => session.set(key, value),
			removeItem: (key: string) => session.delete(key),
		};
		try {
			const valid = claimPresets.map((preset) => encodeState({ ...initialState(), draft: preset.draft }));
			for (let index = 0; index < CASES; index += 1) {
				const query = mutate(valid[index % valid.length]!, next);
				globals.location = { search: `?${query}` };
				const page = await load({ dataUrl: '', draftsUrl, mode: 'page', storageKey: 'k' }, data);
				expect(
					page.dropped.every((param) => query.has(param)),
					`page case ${index}`,
				).toBe(true);
				session.set('k', query.toString());
				const embedded = await load({ dataUrl: '', draftsUrl, mode: 'embedded', storageKey: 'k', presetIds: ['happy-path'] }, data);
				// A damaged session value is reset quietly: never reported as a damaged link.
				expect(embedded.dropped, `embedded case ${index}`).toEqual([]);
			}
		} finally {
			delete globals.location;
			delete globals.sessionStorage;
		}
	});

	it(`lifecycle simulator: ${CASES} mutated links start, with the note for what was dropped`, () => {
		const next = random(SEED + 2);
		const presets = lifecyclePresetIds.map((id) => ({
			id,
			summary: claimSummary(claimPresets[0]!.draft),
			script: findLifecyclePreset(id)!.script,
		}));
		const valid = lifecyclePresetIds.map((id) => {
			const preset = findLifecyclePreset(id)!;
			const events = presetEvents(preset, '2024-06-03', { dynamics: true, dynamicsOnly: false }).events;
			return encodeLifecycleParams({
				source: { kind: 'preset', id },
				submitted: '2024-06-03',
				events,
				holidays: ['2024-06-10'],
				timeZone: 'Asia/Tokyo',
			});
		});
		valid.push(new URLSearchParams({ claim: encodeJson(claimPresets[0]!.draft), submitted: '2024-06-03' }));
		for (let index = 0; index < CASES; index += 1) {
			const query = mutate(valid[index % valid.length]!, next);
			const decoded = decodeLifecycleParams(query);
			const handedOver = decoded.state.source.kind === 'claim' ? readHandedOverClaim(decoded.state.source.param) : null;
			const started = startFromUrl(decoded, handedOver, presets, '2024-06-03');
			expect(started, `case ${index}`).not.toBeNull();
			if (!started) continue;
			expect(() => lifecycleOf(started.data), `case ${index}: ${query}`).not.toThrow();
			const tampered = started.notices.some((notice) => notice.kind === 'tampered');
			expect(tampered, `case ${index}`).toBe(decoded.rejected.length > 0 || (decoded.state.source.kind === 'claim' && handedOver === null));
		}
	});

	it(`helpers: ${CASES} mutated links give the answers or a clean start marked malformed`, () => {
		const next = random(SEED + 3);
		const rows = [
			{ id: '1234567', name: '東京', enrolledInIncentives: true, partnerType: 'FRP FastTrack', location: 'Tokyo' },
			{ id: '7654321', name: 'x'.repeat(200), enrolledInIncentives: false, partnerType: '', location: '' },
		];
		const valid = [
			encodeMpnState(new URLSearchParams(), { entries: rows, work: { location: 'Tokyo', partnerType: 'FRP FastTrack' } }),
			new URLSearchParams({ 'activity.area': 'business-applications', 'activity.channel': 'csp', 'activity.did': 'drives-usage' }),
		];
		for (let index = 0; index < CASES; index += 1) {
			const query = mutate(valid[index % valid.length]!, next);
			const mpn = decodeMpnState(query);
			if (mpn.malformed) expect(mpn.value).toEqual(emptyMpnState);
			else expect(decodeMpnState(encodeMpnState(new URLSearchParams(), mpn.value)).value, `case ${index}`).toEqual(mpn.value);
			const activity = decodeActivityAnswers(query);
			if (activity.malformed) expect(activity.value).toEqual(noActivityAnswers);
		}
	});
});
