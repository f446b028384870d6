import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addBusinessDays, isBusinessDay, isIsoDate } from '../../../src/claim/business-days.ts';

describe('addBusinessDays', () => {
	it('counts Monday to Friday and skips weekends', () => {
		// 2020-07-01 was a Wednesday.
		expect(addBusinessDays('2020-07-01', 1)).toBe('2020-07-02');
		expect(addBusinessDays('2020-07-01', 2)).toBe('2020-07-03');
		expect(addBusinessDays('2020-07-01', 3)).toBe('2020-07-06');
		expect(addBusinessDays('2020-07-01', 5)).toBe('2020-07-08');
		expect(addBusinessDays('2020-07-03', 1)).toBe('2020-07-06');
	});

	it('starting on a weekend counts from the next Monday', () => {
		expect(addBusinessDays('2020-07-04', 1)).toBe('2020-07-06');
		expect(addBusinessDays('2020-07-05', 5)).toBe('2020-07-10');
	});

	it('skips listed holidays, and ignores holidays on weekends', () => {
		// Friday 2020-07-03 was the US Independence Day holiday.
		expect(addBusinessDays('2020-07-01', 5, ['2020-07-03'])).toBe('2020-07-09');
		expect(addBusinessDays('2020-07-01', 5, ['2020-07-04', '2020-07-05'])).toBe('2020-07-08');
		expect(addBusinessDays('2020-12-23', 3, ['2020-12-25', '2021-01-01'])).toBe('2020-12-29');
	});

	it('returns the date itself for 0 and goes back for negative counts', () => {
		expect(addBusinessDays('2020-07-04', 0)).toBe('2020-07-04');
		expect(addBusinessDays('2020-07-06', -1)).toBe('2020-07-03');
		expect(addBusinessDays('2020-07-06', -1, ['2020-07-03'])).toBe('2020-07-02');
	});

	it('crosses months, years and leap days', () => {
		expect(addBusinessDays('2020-02-27', 2)).toBe('2020-03-02');
		expect(addBusinessDays('2020-02-28', 1)).toBe('2020-03-02');
		expect(addBusinessDays('2019-12-31', 1)).toBe('2020-01-01');
		expect(addBusinessDays('2020-12-31', 1)).toBe('2021-01-01');
	});

	it('throws a RangeError naming the problem for malformed input', () => {
		expect(() => addBusinessDays('2020-02-30', 1)).toThrow(RangeError);
		expect(() => addBusinessDays('07/01/2020', 1)).toThrow(/YYYY-MM-DD/);
		expect(() => addBusinessDays('2020-07-01', 1.5)).toThrow(/integer/);
		expect(() => addBusinessDays('2020-07-01', Number.NaN)).toThrow(RangeError);
		expect(() => addBusinessDays('2020-07-01', 1e9)).toThrow(RangeError);
		expect(() => addBusinessDays('2020-07-01', 1, ['2020-13-01'])).toThrow(/holiday/);
		expect(() => addBusinessDays('9999-12-31', 1)).toThrow(RangeError);
	});

	it('always lands on a business day, and counts exactly n business days (property)', () => {
		const day = fc
			.integer({ min: Date.UTC(1990, 0, 1) / 86_400_000, max: Date.UTC(2060, 0, 1) / 86_400_000 })
			.map((days) => new Date(days * 86_400_000).toISOString().slice(0, 10));
		fc.assert(
			fc.property(day, fc.integer({ min: 1, max: 60 }), fc.array(day, { maxLength: 10 }), (start, n, holidays) => {
				const end = addBusinessDays(start, n, holidays);
				expect(isBusinessDay(end, holidays)).toBe(true);
				expect(end > start).toBe(true);
				let counted = 0;
				for (let date = addCalendarDay(start); date <= end; date = addCalendarDay(date)) if (isBusinessDay(date, holidays)) counted += 1;
				expect(counted).toBe(n);
				expect(addBusinessDays(end, -n, holidays) <= start || !isBusinessDay(start, holidays)).toBe(true);
			}),
		);
	});
});

describe('isBusinessDay and isIsoDate', () => {
	it('know weekdays, weekends and holidays', () => {
		expect(isBusinessDay('2020-07-06')).toBe(true);
		expect(isBusinessDay('2020-07-04')).toBe(false);
		expect(isBusinessDay('2020-07-05')).toBe(false);
		expect(isBusinessDay('2020-07-03', ['2020-07-03'])).toBe(false);
	});

	it('accept only real dates written YYYY-MM-DD', () => {
		expect(isIsoDate('2020-02-29')).toBe(true);
		expect(isIsoDate('0050-01-01')).toBe(true);
		for (const date of ['2019-02-29', '2020-7-1', '2020-07-01T00:00:00Z', '', '20200701']) expect(isIsoDate(date), date).toBe(false);
	});
});

function addCalendarDay(date: string): string {
	return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}
