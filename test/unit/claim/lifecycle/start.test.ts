/**
 * Where the lifecycle island starts from its link (`src/islands/claim-lifecycle/start.ts`): the page carries the
 * first scenario's claim only; a link to a scenario waits for the later texts, which carry its claim and script (#19).
 */
import { describe, expect, it, vi } from 'vitest';
import { lifecyclePresetOptions, lifecycleLaterTexts } from '../../../../src/components/claim-lifecycle/later-texts.ts';
import { lifecyclePresets } from '../../../../src/claim/lifecycle/presets.ts';
import { startFromQuery } from '../../../../src/islands/claim-lifecycle/start.ts';

const onPage = lifecyclePresetOptions('ja');
const later = lifecycleLaterTexts('ja').presets;
const noClaim = async () => null;

describe('the lifecycle island’s start', () => {
	it('carries the first scenario’s claim in the page, and every claim and script in the later texts', () => {
		expect(onPage.map((preset) => preset.id)).toEqual(lifecyclePresets.map((preset) => preset.id));
		expect(onPage.filter((preset) => preset.summary).map((preset) => preset.id)).toEqual([lifecyclePresets[0]!.id]);
		expect(later.map(({ id, script }) => ({ id, script }))).toEqual(lifecyclePresets.map(({ id, script }) => ({ id, script })));
		expect(later[0]!.summary).toEqual(onPage[0]!.summary);
	});

	it('starts a visit without a link from the page alone', async () => {
		const download = vi.fn(async () => later);
		const started = await startFromQuery(new URLSearchParams(), { onPage, later: download }, 'UTC', noClaim);
		expect(download).not.toHaveBeenCalled();
		if (!started || typeof started === 'string') throw new Error(`no start: ${started}`);
		expect(started.data.summary).toEqual(onPage[0]!.summary);
		expect(started.data.events).toEqual([]);
	});

	it.each(['competing-claim', 'happy-path'])('waits for the later texts to play a link to the %s scenario', async (id) => {
		const download = vi.fn(async () => later);
		const started = await startFromQuery(new URLSearchParams({ preset: id }), { onPage, later: download }, 'UTC', noClaim);
		expect(download).toHaveBeenCalledOnce();
		if (!started || typeof started === 'string') throw new Error(`no start: ${started}`);
		expect(started.data.summary).toEqual(later.find((preset) => preset.id === id)!.summary);
		expect(started.data.events.length).toBeGreaterThan(0);
	});

	it('starts a link to the first scenario with its own events from the page alone', async () => {
		const download = vi.fn(async () => later);
		const params = new URLSearchParams({ preset: 'happy-path', submitted: '2024-06-03', events: '[]' });
		const started = await startFromQuery(params, { onPage, later: download }, 'UTC', noClaim);
		expect(download).not.toHaveBeenCalled();
		if (!started || typeof started === 'string') throw new Error(`no start: ${started}`);
		expect(started.data.summary).toEqual(onPage[0]!.summary);
		expect(started.data.submitted).toBe('2024-06-03');
	});

	it('says the later texts failed, not the hand-over, when that scenario’s claim can’t be downloaded', async () => {
		const offline = async () => Promise.reject(new Error('offline'));
		const params = new URLSearchParams({ preset: 'dispute' });
		expect(await startFromQuery(params, { onPage, later: offline }, 'UTC', noClaim)).toBe('texts-failed');
	});
});
