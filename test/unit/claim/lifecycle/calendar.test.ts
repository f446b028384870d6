/**
 * The lifecycle's business-day calendar against a naive day-by-day count: one calendar day at a time with
 * `Date.UTC` and `getUTCDay`, for random dates (biased to month and year ends), spans, holiday lists and time
 * zones. "Today in a time zone" is checked against offsets computed by hand: fixed-offset zones, and the
 * written DST rules of the US (since 2007) and the EU (since 1996).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addBusinessDays, addCalendarDays, businessDaysBetween, isTimeZone, todayIn } from '../../../../src/claim/business-days.ts';
import { deadlineDate, deadlineKinds, deadlineRules } from '../../../../src/claim/lifecycle/rules.ts';

const DAY = 86_400_000;

// ---------------------------------------------------------------------------------------------
// The naive calendar
// ---------------------------------------------------------------------------------------------

function toUtc(date: string): Date {
	const [year, month, day] = date.split('-').map(Number) as [number, number, number];
	return new Date(Date.UTC(year, month - 1, day));
}

function fromUtc(date: Date): string {
	return date.toISOString().slice(0, 10);
}

function naiveNextDay(date: string, step: 1 | -1 = 1): string {
	const d = toUtc(date);
	d.setUTCDate(d.getUTCDate() + step);
	return fromUtc(d);
}

function naiveIsBusinessDay(date: string, holidays: readonly string[]): boolean {
	const weekday = toUtc(date).getUTCDay();
	return weekday !== 0 && weekday !== 6 && !holidays.includes(date);
}

/** Walks one day at a time until n business days are counted. */
function naiveAddBusinessDays(date: string, n: number, holidays: readonly string[]): string {
	let current = date;
	const step = n < 0 ? -1 : 1;
	for (let left = Math.abs(n); left > 0;) {
		current = naiveNextDay(current, step);
		if (naiveIsBusinessDay(current, holidays)) left -= 1;
	}
	return current;
}

function naiveAddCalendarDays(date: string, n: number): string {
	let current = date;
	for (let i = 0; i < Math.abs(n); i += 1) current = naiveNextDay(current, n < 0 ? -1 : 1);
	return current;
}

/** Business days in (from, to] for to ≥ from; minus those in [to, from) otherwise. */
function naiveBetween(from: string, to: string, holidays: readonly string[]): number {
	let count = 0;
	if (to >= from) {
		for (let d = naiveNextDay(from); d <= to; d = naiveNextDay(d)) if (naiveIsBusinessDay(d, holidays)) count += 1;
		return count;
	}
	for (let d = to; d < from; d = naiveNextDay(d)) if (naiveIsBusinessDay(d, holidays)) count += 1;
	return 0 - count;
}

// ---------------------------------------------------------------------------------------------
// Arbitraries
// ---------------------------------------------------------------------------------------------

const anyDay = fc
	.integer({ min: Date.UTC(1995, 0, 1) / DAY, max: Date.UTC(2060, 11, 31) / DAY })
	.map((days) => fromUtc(new Date(days * DAY)));

/** The last or first days of a month, often December and January, so spans cross month and year ends. */
const monthEdge = fc
	.record({
		year: fc.integer({ min: 1995, max: 2060 }),
		month: fc.oneof(fc.constantFrom(0, 11), fc.integer({ min: 0, max: 11 })),
		back: fc.integer({ min: -3, max: 2 }),
	})
	.map(({ year, month, back }) => fromUtc(new Date(Date.UTC(year, month + 1, 1) + back * DAY)));

const date = fc.oneof(anyDay, monthEdge);

/** Holidays near a start date, so they fall inside the spans tested, plus a few anywhere. */
function holidaysNear(start: string): fc.Arbitrary<string[]> {
	const near = fc.integer({ min: -20, max: 60 }).map((offset) => naiveAddCalendarDays(start, offset));
	return fc.array(fc.oneof({ weight: 4, arbitrary: near }, { weight: 1, arbitrary: anyDay }), { maxLength: 15 });
}

const startAndHolidays = date.chain((start) => holidaysNear(start).map((holidays) => ({ start, holidays })));

// ---------------------------------------------------------------------------------------------

describe('business days against a day-by-day count', () => {
	it('addBusinessDays lands where counting day by day lands, both directions', () => {
		fc.assert(
			fc.property(startAndHolidays, fc.integer({ min: -40, max: 40 }), ({ start, holidays }, n) => {
				expect(addBusinessDays(start, n, holidays)).toBe(naiveAddBusinessDays(start, n, holidays));
			}),
			{ numRuns: 500 },
		);
	});

	it('businessDaysBetween counts what a day-by-day walk counts, and inverts addBusinessDays', () => {
		fc.assert(
			fc.property(startAndHolidays, fc.integer({ min: -60, max: 60 }), ({ start, holidays }, span) => {
				const end = naiveAddCalendarDays(start, span);
				const count = businessDaysBetween(start, end, holidays);
				expect(count).toBe(naiveBetween(start, end, holidays));
				if (naiveIsBusinessDay(end, holidays)) expect(addBusinessDays(start, count, holidays)).toBe(end);
			}),
			{ numRuns: 500 },
		);
	});

	it('addCalendarDays matches stepping one day at a time across months, years and leap days', () => {
		fc.assert(
			fc.property(date, fc.integer({ min: -400, max: 400 }), (start, n) => {
				expect(addCalendarDays(start, n)).toBe(naiveAddCalendarDays(start, n));
			}),
			{ numRuns: 300 },
		);
		expect(addCalendarDays('2020-02-28', 1)).toBe('2020-02-29');
		expect(addCalendarDays('2021-02-28', 1)).toBe('2021-03-01');
		expect(addCalendarDays('2020-12-31', 1)).toBe('2021-01-01');
	});

	it('every lifecycle deadline is its rule counted day by day', () => {
		fc.assert(
			fc.property(startAndHolidays, fc.constantFrom(...deadlineKinds), ({ start, holidays }, kind) => {
				const rule = deadlineRules[kind];
				const expected =
					rule.unit === 'business' ? naiveAddBusinessDays(start, rule.days, holidays) : naiveAddCalendarDays(start, rule.days);
				expect(deadlineDate(kind, start, holidays)).toBe(expected);
			}),
			{ numRuns: 300 },
		);
	});

	it('a holiday on a weekend changes nothing; one on a weekday pushes the deadline by a business day', () => {
		// Friday 2024-12-27 → 5 business days → Friday 2025-01-03; with New Year's Day (Wednesday): Monday 2025-01-06.
		expect(deadlineDate('partner-response', '2024-12-27', [])).toBe('2025-01-03');
		expect(deadlineDate('partner-response', '2024-12-27', ['2025-01-01'])).toBe('2025-01-06');
		expect(deadlineDate('partner-response', '2024-12-27', ['2024-12-28', '2024-12-29'])).toBe('2025-01-03');
	});
});

// ---------------------------------------------------------------------------------------------
// Time zones
// ---------------------------------------------------------------------------------------------

/** The n-th (1-based; -1 = last) Sunday of a month, as a UTC day number. */
function sunday(year: number, month: number, nth: number): number {
	if (nth > 0) {
		const first = Date.UTC(year, month, 1) / DAY;
		const weekday = new Date(first * DAY).getUTCDay();
		return first + ((7 - weekday) % 7) + (nth - 1) * 7;
	}
	const last = Date.UTC(year, month + 1, 0) / DAY;
	return last - new Date(last * DAY).getUTCDay();
}

/** Offsets in minutes east of UTC, by hand. */
const naiveOffsets: Record<string, (instant: number) => number> = {
	UTC: () => 0,
	'Asia/Tokyo': () => 9 * 60,
	'Asia/Kolkata': () => 5 * 60 + 30,
	'Etc/GMT+10': () => -10 * 60,
	'Etc/GMT-14': () => 14 * 60,
	// US rules since 2007: from the second Sunday of March, 2:00 local (7:00 UTC), to the first Sunday of November, 2:00 local (6:00 UTC).
	'America/New_York': (instant) => {
		const year = new Date(instant).getUTCFullYear();
		const start = sunday(year, 2, 2) * DAY + 7 * 3_600_000;
		const end = sunday(year, 10, 1) * DAY + 6 * 3_600_000;
		return instant >= start && instant < end ? -4 * 60 : -5 * 60;
	},
	// EU rules since 1996: from the last Sunday of March to the last Sunday of October, both at 1:00 UTC.
	'Europe/Berlin': (instant) => {
		const year = new Date(instant).getUTCFullYear();
		const start = sunday(year, 2, -1) * DAY + 3_600_000;
		const end = sunday(year, 9, -1) * DAY + 3_600_000;
		return instant >= start && instant < end ? 2 * 60 : 60;
	},
};

/** Instants spread over 2008–2059, many of them within hours of a UTC midnight at a month or year end. */
const instant = fc.oneof(
	fc.integer({ min: Date.UTC(2008, 0, 1), max: Date.UTC(2059, 11, 31) }),
	monthEdge
		.filter((day) => day >= '2008-01-01' && day < '2060-01-01')
		.chain((day) => fc.integer({ min: -15 * 3_600_000, max: 15 * 3_600_000 }).map((offset) => toUtc(day).getTime() + offset)),
);

describe('today in a time zone', () => {
	it('is the calendar date a hand-computed offset gives, for fixed-offset and DST zones', () => {
		fc.assert(
			fc.property(instant, fc.constantFrom(...Object.keys(naiveOffsets)), (now, zone) => {
				const expected = fromUtc(new Date(now + naiveOffsets[zone]!(now) * 60_000));
				expect(todayIn(zone, now)).toBe(expected);
			}),
			{ numRuns: 1000 },
		);
	});

	it('a deadline counted from today depends on the zone only through the date', () => {
		fc.assert(
			fc.property(instant, fc.constantFrom(...Object.keys(naiveOffsets)), fc.array(anyDay, { maxLength: 5 }), (now, zone, holidays) => {
				const local = fromUtc(new Date(now + naiveOffsets[zone]!(now) * 60_000));
				expect(deadlineDate('review-start', todayIn(zone, now), holidays)).toBe(naiveAddBusinessDays(local, 5, holidays));
			}),
			{ numRuns: 300 },
		);
	});

	it('differs between zones on either side of the date line at the same instant', () => {
		const instantAt = Date.UTC(2024, 11, 31, 12, 0); // noon UTC on New Year's Eve
		expect(todayIn('Etc/GMT-14', instantAt)).toBe('2025-01-01');
		expect(todayIn('Etc/GMT+12', instantAt)).toBe('2024-12-31');
		expect(todayIn('Pacific/Pago_Pago', Date.UTC(2025, 0, 1, 10, 59))).toBe('2024-12-31');
	});

	it('knows real zone names only', () => {
		for (const zone of ['UTC', 'Asia/Tokyo', 'Asia/Taipei', 'America/Los_Angeles']) expect(isTimeZone(zone), zone).toBe(true);
		for (const zone of ['', 'Mars/Olympus_Mons', 'Asia/Tokyo ', 'x'.repeat(100)]) expect(isTimeZone(zone), zone).toBe(false);
		expect(() => todayIn('Mars/Olympus_Mons')).toThrow(RangeError);
	});
});
