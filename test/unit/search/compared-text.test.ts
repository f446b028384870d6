import { describe, expect, it } from 'vitest';
import { holdsPhrase, holdsWord, PHRASE_GAP_WORDS } from '../../../src/search/compared-text.ts';

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

describe('holdsPhrase', () => {
	it('finds a phrase as words of its own', () => {
		expect(holdsPhrase("i didn't select a product", "didn't select")).toBe(true);
		expect(holdsPhrase('nicht ausgewählte felder', 'nicht ausgewählt')).toBe(false);
	});

	it('finds a phrase with a gap when the reader put their own words there (probe 35: kein Produkt ausgewählt)', () => {
		const phrase = 'kein … ausgewählt';
		expect(holdsPhrase('ich habe kein produkt ausgewählt und komme nicht weiter', phrase)).toBe(true);
		expect(holdsPhrase('kein passendes mpn produkt ausgewählt', phrase)).toBe(true);
		// NFKC writes the ellipsis as three dots: the data's phrase after `wordsOf`.
		expect(holdsPhrase('aucun produit sélectionné', 'aucun ... sélectionné')).toBe(true);
	});

	it('needs the gap filled, in order, and no wider than PHRASE_GAP_WORDS words', () => {
		const phrase = 'kein … ausgewählt';
		expect(holdsPhrase('kein ausgewählt', phrase)).toBe(false);
		expect(holdsPhrase('ausgewählt aber kein produkt', phrase)).toBe(false);
		const words = Array.from({ length: PHRASE_GAP_WORDS + 1 }, (_, n) => `wort${n}`).join(' ');
		expect(holdsPhrase(`kein ${words} ausgewählt`, phrase)).toBe(false);
		expect(holdsPhrase('keine produkte ausgewählt', phrase)).toBe(false);
	});
});
