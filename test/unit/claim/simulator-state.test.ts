import { describe, expect, it } from 'vitest';
import { presetSandbox } from '../../../src/claim/presets.ts';
import * as checks from '../../../src/claim/steps.ts';
import { initialStateOn } from '../../../src/claim/url-encoding.ts';
import * as state from '../../../src/islands/claim-simulator/state.ts';
import { happy } from './helpers.ts';

const fresh = () => state.loadedView(initialStateOn(presetSandbox));

describe('the claim simulator state', () => {
	it('starts untouched on the first step, with nothing to announce', () => {
		const view = fresh();
		expect(view.sim.step).toBe('mpn');
		expect(view.touched).toBe(false);
		expect(view.announcement).toEqual({ kind: 'none' });
	});

	it('stays on a failing step with its errors, and announces them', () => {
		const view = state.checkAndContinue(fresh(), checks);
		expect(view.sim.step).toBe('mpn');
		expect(view.check?.errors.map((error) => error.code)).toEqual(['MPN_REQUIRED']);
		expect(view.announcement).toEqual({ kind: 'errors', codes: ['MPN_REQUIRED'] });
		expect(state.stepStatus(view, 'mpn')).toBe('failed');
	});

	it('goes on from a passing step, announces it, and marks it passed', () => {
		const view = state.checkAndContinue(state.edit(fresh(), { draft: happy() }), checks);
		expect(view.sim.step).toBe('customer');
		expect(view.announcement).toEqual({ kind: 'passed', step: 'mpn' });
		expect(view.touched).toBe(true);
		expect(state.stepStatus(view, 'mpn')).toBe('passed');
		expect(state.stepStatus(view, 'customer')).toBeNull();
	});

	it('keeps the warnings of a step that passes, and shows them above the next step', () => {
		const draft = { ...happy(), mpnId: presetSandbox.mpnIds.find((mpn) => !mpn.enrolledInIncentives)!.id };
		const view = state.checkAndContinue(state.edit(fresh(), { draft }), checks);
		expect(view.sim.step).toBe('customer');
		expect(state.stepCheck(view)).toBeNull();
		expect(state.earlierWarnings(view, checks).map((warning) => warning.code)).toEqual(['MPN_NOT_ENROLLED']);
	});

	it('submits a valid claim on the given day, and goes back to the first failing step otherwise', () => {
		const submitted = state.submit(state.edit(fresh(), { draft: happy() }), '2024-06-03', checks);
		expect(submitted.sim.submitted).toBe('2024-06-03');
		expect(submitted.announcement).toEqual({ kind: 'submitted' });
		expect(state.stepStatus(submitted, 'submit')).toBe('passed');

		const failed = state.submit(state.goTo(state.edit(fresh(), { draft: { ...happy(), tenantId: '' } }), 'submit'), '2024-06-03', checks);
		expect(failed.sim.step).toBe('customer');
		expect(failed.sim.submitted).toBeNull();
		expect(state.stepCheck(failed)?.errors.map((error) => error.code)).toEqual(['TENANT_ID_REQUIRED']);
	});

	it('edits a submitted claim again from the last step', () => {
		const view = state.editAgain(state.submit(state.edit(fresh(), { draft: happy() }), '2024-06-03', checks));
		expect(view.sim).toMatchObject({ submitted: null, step: 'submit' });
	});

	it('loads a preset on the default sandbox and starts over on the current one, forgetting what a link could not give', () => {
		const edited = { ...presetSandbox, partnerName: 'Other' };
		const view = { ...state.edit(fresh(), { sandbox: edited }), rejected: ['draft' as const] };
		const preset = state.loadPreset(view, { id: 'happy-path', draft: happy() }, presetSandbox);
		expect(preset.sim.sandbox).toBe(presetSandbox);
		expect(preset.sim.draft).toEqual(happy());
		expect(preset.announcement).toEqual({ kind: 'preset', presetId: 'happy-path' });
		const over = state.startOver(view);
		expect(over.sim.sandbox).toBe(edited);
		expect(over.rejected).toEqual([]);
		expect(over.announcement).toEqual({ kind: 'started-over' });
	});

	it('keeps the clock the reader picked across a new claim: it is the reader’s, not the claim’s', () => {
		const view = state.edit(fresh(), { timeZone: 'Asia/Tokyo' });
		expect(state.startOver(view).sim.timeZone).toBe('Asia/Tokyo');
		expect(state.loadPreset(view, { id: 'happy-path', draft: happy() }, presetSandbox).sim.timeZone).toBe('Asia/Tokyo');
	});
});
