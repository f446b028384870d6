/** Small text helpers of the claim simulator island: dates, file sizes, field and problem ids. */

/** A `YYYY-MM-DD` date, written the way the page's language writes dates. */
export function formatDate(iso: string, lang: string): string {
	return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}

/** 248312 → `242.5 kB` (kilobytes of 1,024 bytes, as file pickers show them). */
export function formatSize(bytes: number, lang: string): string {
	const [value, unit] =
		bytes >= 1024 * 1024 ? [bytes / 1024 / 1024, 'megabyte'] : bytes >= 1024 ? [bytes / 1024, 'kilobyte'] : [bytes, 'byte'];
	return new Intl.NumberFormat(lang, { style: 'unit', unit, maximumFractionDigits: 1 }).format(value);
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
