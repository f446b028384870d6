/**
 * Typing an ID, a domain or an email address in a Japanese, Chinese or Korean input method: what the field receives
 * is turned into its half-width form (`halfWidth`, `src/claim/format.ts`) once it is committed — pasted, typed
 * outside a composition, or at the composition's end — never while the input method is still composing (that would
 * break the conversion the reader is making).
 */
import { halfWidth } from '../../claim/format.ts';

/**
 * The field's text in half-width, written into the field here with the caret after the converted text it followed:
 * Preact then finds the value already there and leaves the caret alone (it moved to the end when Preact wrote it:
 * break-l L1). Needs a field with a caret (`type="text"`, not `email`).
 */
function converted(input: HTMLInputElement): string {
	const { value, selectionStart } = input;
	const text = halfWidth(value);
	if (text !== value && selectionStart !== null) {
		input.value = text;
		const caret = halfWidth(value.slice(0, selectionStart)).length;
		input.setSelectionRange(caret, caret);
	}
	return text;
}

/** The props of an `<input>` that holds an ID, domain or email address: `set` receives the converted value. */
export function halfWidthTyping(set: (value: string) => void): {
	onInput: (event: Event & { currentTarget: HTMLInputElement }) => void;
	oncompositionend: (event: Event & { currentTarget: HTMLInputElement }) => void;
} {
	return {
		onInput: (event) => {
			const input = event.currentTarget;
			set('isComposing' in event && event.isComposing === true ? input.value : converted(input));
		},
		// All lower case: Preact keeps the case of an event name it doesn't find as an `on…` property of the element,
		// and Chromium has none for composition events (`onCompositionEnd` listened for `CompositionEnd`).
		oncompositionend: (event) => set(converted(event.currentTarget)),
	};
}
