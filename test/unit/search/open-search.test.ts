import { afterEach, describe, expect, it, vi } from 'vitest';
import { openSearch, SEARCH_OPEN_EVENT } from '../../../src/search/open-search.ts';

describe('openSearch', () => {
	afterEach(() => vi.unstubAllGlobals());

	it('dispatches cpor:search-open on window with the query', () => {
		const target = new EventTarget();
		vi.stubGlobal('window', target);
		const received: unknown[] = [];
		target.addEventListener(SEARCH_OPEN_EVENT, (event) => received.push((event as CustomEvent).detail));
		openSearch('The subscription provided is for CSP');
		expect(SEARCH_OPEN_EVENT).toBe('cpor:search-open');
		expect(received).toEqual([{ query: 'The subscription provided is for CSP' }]);
	});
});
