/**
 * What the reader does to the MPN helper (`mpnStateAfter`): each action on the list and the questions, and the
 * answers about the work dropped when no listed row has them any more.
 */
import { describe, expect, it } from 'vitest';
import { presetSandbox } from '../../../src/claim/presets.ts';
import { entryOf, unknownWork, type MpnEntry } from '../../../src/helpers/mpn.ts';
import { blankMpnEntry, mpnStateAfter } from '../../../src/helpers/mpn-state.ts';
import { emptyMpnState, MAX_MPN_ROWS, type MpnState } from '../../../src/helpers/url.ts';

const row = (id: string, location = '', partnerType = ''): MpnEntry => ({
	id,
	name: '',
	enrolledInIncentives: true,
	partnerType,
	location,
});
const two: MpnState = {
	entries: [row('1111111', 'Seattle', 'FRP FastTrack'), row('2222222', 'Tokyo')],
	work: { location: 'Tokyo', partnerType: 'FRP FastTrack' },
};

describe('mpnStateAfter', () => {
	it('adds a blank row, up to the most rows a link may hold', () => {
		expect(mpnStateAfter(emptyMpnState, { type: 'add' }).entries).toEqual([blankMpnEntry]);
		const full: MpnState = { entries: Array.from({ length: MAX_MPN_ROWS }, () => blankMpnEntry), work: unknownWork };
		expect(mpnStateAfter(full, { type: 'add' })).toBe(full);
	});

	it('edits one row and keeps the others', () => {
		const next = mpnStateAfter(two, { type: 'edit', index: 1, change: { name: 'Contoso Japan' } });
		expect(next.entries[1]).toEqual({ ...two.entries[1], name: 'Contoso Japan' });
		expect(next.entries[0]).toBe(two.entries[0]);
		expect(next.work).toEqual(two.work);
		expect(mpnStateAfter(two, { type: 'edit', index: 5, change: { name: 'x' } })).toBe(two);
	});

	it('drops an answer about the work that no listed row has any more', () => {
		const renamed = mpnStateAfter(two, { type: 'edit', index: 1, change: { location: 'Osaka' } });
		expect(renamed.work).toEqual({ location: null, partnerType: 'FRP FastTrack' });
		const removed = mpnStateAfter(two, { type: 'remove', index: 0 });
		expect(removed.entries).toEqual([two.entries[1]]);
		expect(removed.work).toEqual({ location: 'Tokyo', partnerType: null });
	});

	it('keeps "no specific partner type" whatever the rows', () => {
		const none: MpnState = { ...two, work: { location: null, partnerType: '' } };
		expect(mpnStateAfter(none, { type: 'remove', index: 0 }).work).toEqual({ location: null, partnerType: '' });
	});

	it('loads the sample in place of the list and forgets the answers', () => {
		const next = mpnStateAfter(two, { type: 'load-sample', mpnIds: presetSandbox.mpnIds });
		expect(next).toEqual({ entries: presetSandbox.mpnIds.map(entryOf), work: unknownWork });
	});

	it('answers a question about the work as given, and starts over clean', () => {
		expect(mpnStateAfter(two, { type: 'answer-work', work: { location: 'Seattle', partnerType: null } })).toEqual({
			entries: two.entries,
			work: { location: 'Seattle', partnerType: null },
		});
		expect(mpnStateAfter(two, { type: 'start-over' })).toBe(emptyMpnState);
	});
});
