/**
 * The "Show English original" button: a toggle (aria-pressed) that reveals the English source
 * of every sentence beside its translation, without reload, and remembers the choice.
 * Rendered hidden on the server, so readers without JavaScript never meet a dead button.
 */
import { useEffect, useState } from 'preact/hooks';
import { readShowOriginal, SHOW_ORIGINAL_ATTRIBUTE, writeShowOriginal } from './english-original.ts';

interface Props {
	label: string;
}

export default function EnglishOriginalToggle({ label }: Props) {
	const [shown, setShown] = useState<boolean | undefined>(undefined);

	useEffect(() => {
		const remembered = readShowOriginal(window.localStorage);
		document.documentElement.toggleAttribute(SHOW_ORIGINAL_ATTRIBUTE, remembered);
		setShown(remembered);
	}, []);

	const toggle = () => {
		const next = !shown;
		document.documentElement.toggleAttribute(SHOW_ORIGINAL_ATTRIBUTE, next);
		writeShowOriginal(window.localStorage, next);
		setShown(next);
	};

	return (
		<button type="button" class="english-original-toggle" aria-pressed={shown === true} hidden={shown === undefined} onClick={toggle}>
			{label}
		</button>
	);
}
