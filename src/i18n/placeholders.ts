/**
 * `{name}` placeholders in the tools' own strings (`src/islands/<tool>/strings.ts`), until those move to the
 * message catalogs, which format with `src/i18n/message-format.ts`. No imports: islands bundle this.
 */

/** `{name}` placeholders replaced by their values; a placeholder without a value stays as it is. */
export function fillPlaceholders(template: string, values: Readonly<Record<string, string | number>>): string {
	return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));
}
