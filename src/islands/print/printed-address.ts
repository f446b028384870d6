/**
 * The script of `src/components/PrintToolNote.astro`: on paper, the tool note's address is the one that restores what
 * the reader has on screen. A tool keeps its state in the page's query (the claim simulator's `?draft=…&step=…`, the
 * lifecycle's `?events=…`), so the note written at build time (`data-address`, the page's public address) gets the
 * current query when the page is printed (`beforeprint`, and the print media query for a print preview), on the
 * public origin, not the host the page happens to be served from. Without JavaScript the note keeps the page's own
 * address (break-l L4). Small enough for Astro to inline it.
 */
for (const note of document.querySelectorAll<HTMLElement>('.print-tool-note[data-address]')) {
	const built = note.dataset['address']!;
	let written = built;
	const follow = (): void => {
		const address = new URL(location.pathname + location.search, built).href;
		if (address === written) return;
		for (const node of note.childNodes) if (node.nodeValue?.includes(written)) node.nodeValue = node.nodeValue.replace(written, address);
		written = address;
	};
	addEventListener('beforeprint', follow);
	matchMedia('print').addEventListener('change', (media) => media.matches && follow());
}
