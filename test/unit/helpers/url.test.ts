/**
 * The helpers' URL checks written out without zod (`src/helpers/url.ts`): what they accept and refuse beyond
 * the round trips and tampering the activity and MPN tests cover.
 */
import { describe, expect, it } from 'vitest';
import { encodeJson } from '../../../src/claim/base64-json.ts';
import { noActivityAnswers } from '../../../src/helpers/activity.ts';
import { decodeActivityAnswers, decodeMpnState, emptyMpnState } from '../../../src/helpers/url.ts';

const withIds = (rows: unknown) => decodeMpnState(new URLSearchParams({ 'mpn.ids': encodeJson(rows) }));

describe('helpers: URL checks', () => {
	it('drop unknown fields of a row and blank a missing name, partner type or location', () => {
		expect(withIds([{ id: '123', enrolledInIncentives: true, extra: 1 }])).toEqual({
			value: {
				entries: [{ id: '123', name: '', enrolledInIncentives: true, partnerType: '', location: '' }],
				work: { location: null, partnerType: null },
			},
			malformed: false,
		});
	});

	it('refuse a row without an ID or enrollment, with a label that isn’t text or is too long, and anything but a list of rows', () => {
		for (const rows of [
			[{ enrolledInIncentives: true }],
			[{ id: '1' }],
			[{ id: '1', enrolledInIncentives: 'yes' }],
			[{ id: '1', enrolledInIncentives: true, name: null }],
			[{ id: '1', enrolledInIncentives: true, location: 'x'.repeat(201) }],
			[null],
			[['1', true]],
			{ id: '1', enrolledInIncentives: true },
		]) {
			expect(withIds(rows), JSON.stringify(rows)).toEqual({ value: emptyMpnState, malformed: true });
		}
		expect(withIds([{ id: '1', enrolledInIncentives: true, location: 'x'.repeat(200) }]).malformed).toBe(false);
	});

	it('take only the listed answers of the activity helper', () => {
		expect(decodeActivityAnswers(new URLSearchParams('activity.area=microsoft-365&activity.incentives=no'))).toEqual({
			value: { ...noActivityAnswers, area: 'microsoft-365', incentives: 'no' },
			malformed: false,
		});
		for (const query of ['activity.area=', 'activity.channel=CSP', 'activity.incentives=true', 'activity.did=toString']) {
			expect(decodeActivityAnswers(new URLSearchParams(query)), query).toEqual({ value: noActivityAnswers, malformed: true });
		}
	});
});
