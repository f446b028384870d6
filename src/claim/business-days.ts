/**
 * Business days for the claim's dates, such as "Submitted: review starts within five business days" (fact
 * sheet §7). Dates are calendar dates (`YYYY-MM-DD`) without time or time zone; Saturdays, Sundays and the
 * given holidays are not business days. Pure functions; the lifecycle simulator builds on them.
 *
 * "Today" depends on where the reader is: `todayIn` gives the calendar date in an IANA time zone through
 * `Intl` (no date library), and every other function works on calendar dates only, so a deadline never
 * shifts with the time zone once the start date is known.
 */

/** `YYYY-MM-DD` of a real calendar date. */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;
/** Far beyond any claim deadline; keeps a mistaken huge `n` from looping for minutes. */
const MAX_BUSINESS_DAYS = 100_000;

/** Days since 1970-01-01 of a `YYYY-MM-DD` date, or `null` when it isn't a real date. */
function dayNumber(date: string): number | null {
	const match = ISO_DATE.exec(date);
	if (match === null) return null;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const back = new Date(0);
	back.setUTCFullYear(year, month - 1, day);
	// setUTCFullYear rolls 2021-02-30 over to March: such dates are rejected here.
	if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return null;
	return back.getTime() / DAY_MS;
}

function isoDate(days: number): string {
	const date = new Date(days * DAY_MS).toISOString().slice(0, 10);
	if (!ISO_DATE.test(date)) throw new RangeError('the resulting date is outside the years 0000–9999');
	return date;
}

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(date: string): boolean {
	return dayNumber(date) !== null;
}

/**
 * The first and last date a claim's dates may take (a link, an event, a holiday, a date input's `min`/`max`). The
 * last one leaves nine years before 9999-12-31, far more than any deadline after it needs (at most 30 calendar days,
 * or 5 business days past up to 100 holidays), so no date the engine computes from an accepted one runs past the
 * years `YYYY-MM-DD` can write.
 */
export const FIRST_CLAIM_DATE = '2000-01-01';
export const LAST_CLAIM_DATE = '9990-12-31';

/** True for a real calendar date written `YYYY-MM-DD` between `FIRST_CLAIM_DATE` and `LAST_CLAIM_DATE`. */
export function isClaimDate(date: string): boolean {
	return isIsoDate(date) && date >= FIRST_CLAIM_DATE && date <= LAST_CLAIM_DATE;
}

function requireDay(date: string, what: string): number {
	const days = dayNumber(date);
	if (days === null) throw new RangeError(`${what} must be a calendar date written YYYY-MM-DD, got ${JSON.stringify(date)}`);
	return days;
}

/** Monday to Friday and not a holiday. Throws a `RangeError` for a date that isn't `YYYY-MM-DD`. */
export function isBusinessDay(date: string, holidays: readonly string[] = []): boolean {
	const days = requireDay(date, 'date');
	return isWorkday(days, holidaySet(holidays));
}

/**
 * The date `n` business days after `date` (before it for negative `n`; `date` itself for 0, even on a
 * weekend). Throws a `RangeError` for a malformed date or holiday, or an `n` that isn't an integer within
 * ±MAX_BUSINESS_DAYS.
 */
export function addBusinessDays(date: string, n: number, holidays: readonly string[] = []): string {
	let days = requireDay(date, 'date');
	if (!Number.isInteger(n) || Math.abs(n) > MAX_BUSINESS_DAYS) {
		throw new RangeError(`n must be an integer between -${MAX_BUSINESS_DAYS} and ${MAX_BUSINESS_DAYS}, got ${n}`);
	}
	const closed = holidaySet(holidays);
	const direction = Math.sign(n);
	for (let left = Math.abs(n); left > 0;) {
		days += direction;
		if (isWorkday(days, closed)) left -= 1;
	}
	return isoDate(days);
}

function holidaySet(holidays: readonly string[]): Set<number> {
	return new Set(holidays.map((holiday) => requireDay(holiday, 'each holiday')));
}

function isWorkday(days: number, holidays: ReadonlySet<number>): boolean {
	// 1970-01-01 was a Thursday: day 0 → 4 (Sunday = 0).
	const weekday = (((days + 4) % 7) + 7) % 7;
	return weekday !== 0 && weekday !== 6 && !holidays.has(days);
}

/** The date `n` calendar days after `date` (before it for negative `n`). Throws a `RangeError` like `addBusinessDays`. */
export function addCalendarDays(date: string, n: number): string {
	const days = requireDay(date, 'date');
	if (!Number.isInteger(n) || Math.abs(n) > MAX_BUSINESS_DAYS) {
		throw new RangeError(`n must be an integer between -${MAX_BUSINESS_DAYS} and ${MAX_BUSINESS_DAYS}, got ${n}`);
	}
	return isoDate(days + n);
}

/**
 * The signed number of business days from `from` to `to`: for `to` after `from`, the business days after
 * `from` up to and including `to`; for `to` before `from`, minus the business days from `to` up to but not
 * including `from`. So `addBusinessDays(from, businessDaysBetween(from, to))` is `to` whenever `to` is a
 * business day. Throws a `RangeError` for a malformed date or holiday.
 */
export function businessDaysBetween(from: string, to: string, holidays: readonly string[] = []): number {
	const start = requireDay(from, 'from');
	const end = requireDay(to, 'to');
	const closed = holidaySet(holidays);
	return start <= end ? countWorkdays(start, end, closed) : 0 - countWorkdays(end - 1, start - 1, closed);
}

const NO_HOLIDAYS: ReadonlySet<number> = new Set();

/** Business days in the range (after, upTo]. */
function countWorkdays(after: number, upTo: number, holidays: ReadonlySet<number>): number {
	// Whole weeks hold five weekdays each; only the remainder and the holidays inside need a look.
	const weeks = Math.floor((upTo - after) / 7);
	let count = weeks * 5;
	for (let day = after + weeks * 7 + 1; day <= upTo; day += 1) if (isWorkday(day, NO_HOLIDAYS)) count += 1;
	for (const holiday of holidays) if (holiday > after && holiday <= upTo && isWorkday(holiday, NO_HOLIDAYS)) count -= 1;
	return count;
}

/** True for a time zone name `Intl` knows, such as `Asia/Tokyo` or `UTC`. */
export function isTimeZone(timeZone: string): boolean {
	if (timeZone.length === 0 || timeZone.length > 64) return false;
	try {
		new Intl.DateTimeFormat('en', { timeZone });
		return true;
	} catch {
		return false;
	}
}

/**
 * The calendar date (`YYYY-MM-DD`) it is in `timeZone` at the instant `now` (default: the current time).
 * Throws a `RangeError` for an unknown time zone.
 */
export function todayIn(timeZone: string, now: Date | number = Date.now()): string {
	const parts = new Intl.DateTimeFormat('en-US', {
		timeZone,
		calendar: 'gregory',
		numberingSystem: 'latn',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		era: 'short',
	}).formatToParts(now);
	const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((candidate) => candidate.type === type)?.value ?? '';
	const year = Number(part('year'));
	if (part('era') !== 'AD' || year > 9999) throw new RangeError('the date is outside the years 0001–9999');
	return `${String(year).padStart(4, '0')}-${part('month')}-${part('day')}`;
}
