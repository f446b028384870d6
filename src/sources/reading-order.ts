/**
 * The order in which a partner meets the Microsoft articles, used wherever the site lists them (sidebar, home page):
 * create the association (OSA), fix its errors (CAI), manage it (MCA), find the customer's domain (FCD). Articles
 * imported later, which this list does not know, follow in name order.
 */
const READING_ORDER: readonly string[] = [
	'submit-osa-claim',
	'incentives-customer-association-issues',
	'incentives-manage-customer-associations',
	'find-customer-domain-name',
];

/** `names` (article names: upstream file names without `.md`) sorted into reading order; returns a new array. */
export function inReadingOrder(names: readonly string[]): string[] {
	const rank = (name: string): number => {
		const index = READING_ORDER.indexOf(name);
		return index === -1 ? READING_ORDER.length : index;
	};
	return [...names].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}
