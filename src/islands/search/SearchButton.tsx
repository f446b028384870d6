/**
 * The header's search button: hidden until the island runs (no dead button without JavaScript), starts
 * loading the index on hover or focus, and shows the platform's shortcut (the messages `search.shortcut.apple`, ⌘K,
 * on Apple devices and `search.shortcut.other`, Ctrl K, elsewhere).
 */
import { useEffect, useState } from 'preact/hooks';

export interface SearchButtonProps {
	label: string;
	/** The shortcut's label on Apple devices (`⌘K`) and elsewhere (`Ctrl K`). */
	shortcuts: { apple: string; other: string };
	onOpen: () => void;
	/** Hover or focus: the reader is about to search. */
	onIntent: () => void;
}

export function SearchButton({ label, shortcuts, onOpen, onIntent }: SearchButtonProps) {
	const [hydrated, setHydrated] = useState(false);
	const [apple, setApple] = useState(false);
	useEffect(() => {
		setHydrated(true);
		setApple(/Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent));
	}, []);
	return (
		<button
			type="button"
			class="site-search__button"
			hidden={!hydrated}
			aria-haspopup="dialog"
			aria-keyshortcuts="Control+K Meta+K"
			onClick={onOpen}
			onPointerEnter={onIntent}
			onFocus={onIntent}
		>
			<svg aria-hidden="true" viewBox="0 0 24 24" width="16" height="16">
				<path fill="currentColor" d="M21.7 20.3 18 16.6A9 9 0 1 0 16.6 18l3.7 3.7a1 1 0 0 0 1.4-1.4ZM11 18a7 7 0 1 1 7-7 7 7 0 0 1-7 7Z" />
			</svg>
			<span>{label}</span>
			<kbd aria-hidden="true">{apple ? shortcuts.apple : shortcuts.other}</kbd>
		</button>
	);
}
