/** Small text helpers of the claim simulator island: dates, file sizes, field and problem ids. */

/** A `YYYY-MM-DD` date, written the way the page's language writes dates. */
export function formatDate(iso: string, lang: string): string {
	return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}

/** The units a file size is written in, smallest first: each 1,024 times the one before, as file pickers count. */
const sizeUnits = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte', 'petabyte'] as const;

/**
 * 248312 → `242.5 kB`, 5 × 1024⁴ → `5 TB`: the largest unit the size fills at least once (units of 1,024, as file
 * pickers show them), in the page's language.
 */
export function formatSize(bytes: number, lang: string): string {
	let value = Math.max(0, bytes);
	let unit = 0;
	while (value >= 1024 && unit < sizeUnits.length - 1) {
		value /= 1024;
		unit += 1;
	}
	return new Intl.NumberFormat(lang, { style: 'unit', unit: sizeUnits[unit], maximumFractionDigits: 1 }).format(value);
}

/** The id of a draft field's input: `cs-contacts-customer-email`. */
export function fieldId(id: string, field: string): string {
	return `${id}-${field.replaceAll('.', '-')}`;
}

/** The id of a problem's list item (`ProblemList.tsx`), for the fields' `aria-describedby`. */
export function problemId(listId: string, index: number): string {
	return `${listId}-${index}`;
}

/** The id of a failed step's error summary (`ErrorSummary.tsx`), which takes the focus after the check. */
export function errorSummaryId(id: string): string {
	return `${id}-error-summary`;
}
