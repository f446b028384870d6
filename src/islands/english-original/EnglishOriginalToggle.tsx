/**
 * The "Show English original" button: a toggle (aria-pressed) that reveals the English source
 * of every sentence beside its translation, without reload, and remembers the choice.
 * Rendered with the page, so nothing moves when it starts; its stylesheet hides it from readers without
 * JavaScript (they never meet a dead button). Its look follows the choice the head script applied before the
 * first paint; `aria-pressed` is set once the island has read the choice.
 */
import { storeOf } from '../storage/storage.ts';
import { useEffect, useState } from 'preact/hooks';
import { readShowOriginal, SHOW_ORIGINAL_ATTRIBUTE, writeShowOriginal } from './show-original.ts';

interface Props {
	label: string;
}

export default function EnglishOriginalToggle({ label }: Props) {
	const [shown, setShown] = useState<boolean | undefined>(undefined);

	useEffect(() => {
		const remembered = readShowOriginal(storeOf('local') ?? undefined);
		document.documentElement.toggleAttribute(SHOW_ORIGINAL_ATTRIBUTE, remembered);
		setShown(remembered);
	}, []);

	const toggle = () => {
		const next = !shown;
		document.documentElement.toggleAttribute(SHOW_ORIGINAL_ATTRIBUTE, next);
		writeShowOriginal(storeOf('local') ?? undefined, next);
		setShown(next);
	};

	return (
		<button type="button" class="english-original-toggle" aria-pressed={shown} onClick={toggle}>
			{label}
		</button>
	);
}
