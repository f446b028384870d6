/**
 * Business days for the claim's dates, such as "Submitted: review starts within five business days" (fact
 * sheet §7). Dates are calendar dates (`YYYY-MM-DD`) without time or time zone; Saturdays, Sundays and the
 * given holidays are not business days. Pure functions; the lifecycle simulator builds on them.
 */

/** `YYYY-MM-DD` of a real calendar date. */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;
/** Far beyond any claim deadline; keeps a mistaken huge `n` from looping for minutes. */
export const MAX_BUSINESS_DAYS = 100_000;

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
	for (let left = Math.abs(n); left > 0; ) {
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
