/**
 * Placeholders in UI strings. Starlight's strings (`src/content/i18n/`) write them `{{name}}`; the tools'
 * own strings (`src/islands/<tool>/strings.ts`) write them `{name}`. No imports: islands bundle this.
 */

/** `{name}` placeholders replaced by their values; a placeholder without a value stays as it is. */
export function fillPlaceholders(template: string, values: Readonly<Record<string, string | number>>): string {
	return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));
}

/**
 * Splits a UI string with `{{name}}` placeholders into text and placeholder parts, so a component
 * can put links (or any markup) where the translation wants them, in that language's word order,
 * without building HTML from strings.
 */
export type TemplatePart = { readonly text: string } | { readonly placeholder: string };

export function splitPlaceholders(template: string): TemplatePart[] {
	const parts: TemplatePart[] = [];
	let rest = template;
	while (rest.length > 0) {
		const open = rest.indexOf('{{');
		const close = open === -1 ? -1 : rest.indexOf('}}', open + 2);
		if (open === -1 || close === -1) {
			parts.push({ text: rest });
			break;
		}
		if (open > 0) parts.push({ text: rest.slice(0, open) });
		parts.push({ placeholder: rest.slice(open + 2, close).trim() });
		rest = rest.slice(close + 2);
	}
	return parts;
}
