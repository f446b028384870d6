/**
 * Whose clock a simulator counts on: the browser's time zone unless the reader picks another, the zones
 * offered, and "today" in a zone. Shared by the claim simulator (the day a claim is submitted) and the
 * lifecycle simulator (today on its timeline); the picker is `TimeZoneSelect.tsx`.
 */
import { todayIn } from '../../claim/business-days.ts';

/** A few IANA zones across the partner regions, offered besides the browser's own. */
export const offeredTimeZones: readonly string[] = [
	'UTC',
	'America/Los_Angeles',
	'America/New_York',
	'Europe/London',
	'Europe/Berlin',
	'Asia/Kolkata',
	'Asia/Taipei',
	'Asia/Tokyo',
	'Australia/Sydney',
];

/** The browser's IANA time zone (`UTC` when it has none). */
export function browserTimeZone(): string {
	try {
		return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
	} catch {
		return 'UTC';
	}
}

/** Today in a time zone, `YYYY-MM-DD`; today in UTC for a zone the browser doesn't know. */
export function safeToday(timeZone: string): string {
	try {
		return todayIn(timeZone);
	} catch {
		return todayIn('UTC');
	}
}
