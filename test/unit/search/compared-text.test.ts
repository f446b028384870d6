import { describe, expect, it } from 'vitest';
import { holdsWord } from '../../../src/search/compared-text.ts';

describe('holdsWord', () => {
	it('finds a short Latin word written against a Korean particle or Japanese and Chinese text', () => {
		// Held-out probe 29 (December 2026): the MPN helper's title `어떤 MPN을 선택해야 하나요?` did not hold `MPN`, so
		// `MPN 선택 도우미` found the MPN error page first.
		expect(holdsWord('어떤 MPN을 선택해야 하나요?', 'mpn')).toBe(true);
		expect(holdsWord('どのMPNを選びますか', 'mpn')).toBe(true);
		expect(holdsWord('我该用哪个MPN', 'mpn')).toBe(true);
		expect(holdsWord('Microsoft 365를 선택했는데', '365')).toBe(true);
	});

	it('still wants a short Latin word whole among Latin letters and digits', () => {
		expect(holdsWord('어떤 MPNX을', 'mpn')).toBe(false);
		expect(holdsWord('MPN2를', 'mpn')).toBe(false);
		expect(holdsWord('Dynamics 365', 'my')).toBe(false);
		expect(holdsWord('claims', 'claim')).toBe(true);
	});
});
