/**
 * Mounts the search island into `<site-search data-props='…'>` (see `src/components/Search.astro`).
 * A custom element with a bundled module script, rather than an Astro `client:load` island: the search
 * sits in the header of every page, and Astro's inline island runtime and serialized props would add
 * about 3 kB (gzipped) to every page's HTML, which the home page's 8 kB budget cannot take.
 */
import { h, render } from 'preact';
import SearchIsland, { type SearchIslandProps } from './SearchIsland.tsx';

class SiteSearch extends HTMLElement {
	connectedCallback(): void {
		if (this.querySelector('.site-search-root')) return;
		let props: SearchIslandProps;
		try {
			props = JSON.parse(this.dataset['props'] ?? '') as SearchIslandProps;
		} catch {
			return; // no usable configuration: the button stays absent, as without JavaScript
		}
		const root = document.createElement('div');
		root.className = 'site-search-root';
		this.prepend(root);
		render(h(SearchIsland, props), root);
	}
}

if (!customElements.get('site-search')) customElements.define('site-search', SiteSearch);
