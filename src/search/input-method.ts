/**
 * The rule every text field of the site follows while an input method composes (issue #15). Plain TypeScript.
 */

/**
 * Whether a key belongs to the input method rather than to the page: pressed while a composition is active
 * (`isComposing`), or reported as `keyCode` 229, as macOS Chrome and Safari report the Enter that commits a
 * conversion (Safari fires it after `compositionend`). Enter, arrows, Home/End and Escape then convert, pick a
 * candidate or cancel the conversion: the page must neither open a result nor move the selection.
 */
export function isInputMethodKey(event: { readonly isComposing: boolean; readonly keyCode: number }): boolean {
	return event.isComposing || event.keyCode === 229;
}
