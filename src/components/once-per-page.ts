/**
 * What a page has already rendered, for markup that must appear once per page however many components ask for it
 * (`ToolStyles.astro`). Keyed by the page's `Astro.locals`, an object each page render has its own of; forgotten with it.
 */
const rendered = new WeakMap<object, Set<string>>();

/** True the first time `key` is asked for during the render of the page whose `Astro.locals` is `locals`, false after. */
export function firstOnPage(locals: object, key: string): boolean {
	let keys = rendered.get(locals);
	if (!keys) rendered.set(locals, (keys = new Set()));
	if (keys.has(key)) return false;
	keys.add(key);
	return true;
}
