/**
 * On an article page, the sentences a citation link led to (`src/facts/citation-targets.ts`): the fragment's sentence
 * (`#s-162`), or the range the `cite` parameter names from it (`?cite=162-166#s-162`), get the class `cite-highlight`,
 * which `src/styles/site.css` highlights and under which a translated sentence shows its English original (loaded
 * from the page's fragment file, as the "Show English original" toggle does). Again on every fragment change.
 * Plain DOM, no Preact. Without JavaScript the browser still lands on the sentence, which `:target` highlights.
 */
import { arrivedRange, segmentAnchor } from '../../facts/segment-anchors.ts';
import { loadOriginals } from '../english-original/originals.ts';

const HIGHLIGHT = 'cite-highlight';

function highlight(): void {
	for (const previous of document.querySelectorAll(`.${HIGHLIGHT}`)) previous.classList.remove(HIGHLIGHT);
	const range = arrivedRange(location.search, location.hash);
	if (!range) return;
	const sentences: HTMLElement[] = [];
	for (let number = range.from; number <= range.to; number++) {
		const sentence = document.getElementById(segmentAnchor(number));
		if (!sentence) continue;
		sentence.classList.add(HIGHLIGHT);
		sentences.push(sentence);
	}
	const url = document.querySelector<HTMLElement>('.english-original-toggle[data-originals]')?.dataset['originals'];
	const missing = sentences.some((sentence) => sentence.matches('.sxs[data-segment]') && !sentence.querySelector(':scope > .sxs-original'));
	// The originals appear inside the highlighted sentences only; a failed load leaves the translations alone.
	if (url && missing) loadOriginals(url).catch(() => undefined);
}

highlight();
addEventListener('hashchange', highlight);
