/**
 * The English originals of a translated page's sentences, loaded from its fragment file (`ORIGINALS_FILE`) on first
 * use: each `.sxs[data-segment]` sentence gets its `<span class="sxs-original" lang="en">`, hidden until the reader
 * shows the originals (`toggle.ts`) or arrives at a cited sentence (`src/islands/citations/arrival.ts`). Plain DOM.
 */

let loaded: Promise<void> | undefined;

/** Puts each sentence's English original after its translation, from the fragment at `url`; once per page. Rejects when it can't load. */
export function loadOriginals(url: string): Promise<void> {
	loaded ??= (async () => {
		const response = await fetch(url);
		if (!response.ok) throw new Error(`The English originals could not load: ${response.status}`);
		const originals = (await response.json()) as Record<string, string>;
		for (const sentence of document.querySelectorAll<HTMLElement>('.sxs[data-segment]')) {
			const html = originals[sentence.dataset['segment'] ?? ''];
			if (html === undefined || sentence.querySelector(':scope > .sxs-original')) continue;
			const original = document.createElement('span');
			original.className = 'sxs-original';
			original.lang = 'en';
			original.innerHTML = html;
			sentence.append(original);
		}
	})();
	loaded.catch(() => (loaded = undefined));
	return loaded;
}
