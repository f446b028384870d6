/**
 * Copying an ID (a tenant, subscription or error ID) for the reader, in plain DOM code without a framework: the
 * Preact islands' `CopyValue.tsx` and the error pages' script (`src/components/CopyId.astro`, `copy-buttons.ts`) share
 * it, so an error page loads no framework for its one button.
 */

/** Selects the text of `source`, so the reader can copy it with Ctrl+C (⌘C). */
function selectText(source: Node): void {
	const selection = getSelection();
	if (!selection) return;
	const range = document.createRange();
	range.selectNodeContents(source);
	selection.removeAllRanges();
	selection.addRange(range);
}

/**
 * Puts `text` on the clipboard. When the Clipboard API is missing (an insecure address, an old browser) or refuses
 * (permission denied), selects `source`'s text instead and resolves `false`: the caller then says how to copy it.
 */
export async function copyText(text: string, source: Node | null): Promise<boolean> {
	try {
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		if (source) selectText(source);
		return false;
	}
}
