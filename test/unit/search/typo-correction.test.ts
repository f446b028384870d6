import { describe, expect, it } from 'vitest';
import { correctTypos, lexiconTypos, typosIn } from '../../../src/search/typo-correction.ts';
import type { HeadingsFile } from '../../../src/search/page-headings.ts';

const file: HeadingsFile = {
	pages: {
		'find/': { title: 'Trouver le nom de domaine du client', kind: 'guide', headings: ['Trouver l’ID de locataire'] },
		'errors/poe/': { title: 'Ausführungsnachweis fehlt', kind: 'error', example: 'Kein Ausführungsnachweis' },
		'errors/claimed/': { title: 'The subscription is already claimed', kind: 'error', messages: ['Subscription already claimed'] },
		'errors/contact/': { title: 'Enter the contact', kind: 'error' },
		'errors/mpn-not-enrolled/': { title: 'MPN ID が登録されていません', kind: 'error', code: 'MPN_NOT_ENROLLED' },
		'errors/content/': { title: 'Missing content', kind: 'error' },
	},
};

describe('correctTypos', () => {
	it('writes a long word one typo away as the word of the titles, headings, examples or messages', () => {
		// Held-out probes 13 and 11 (December 2026): a letter left out, two letters swapped.
		expect(correctTypos('nom de domane', ['nom', 'domane'], file)).toBe('nom de domaine');
		expect(correctTypos('Ausführungsnachwies', ['ausführungsnachwies'], file)).toBe('Ausführungsnachweis');
		expect(correctTypos('subscripton alredy claimed', ['subscripton', 'alredy', 'claimed'], file)).toBe('subscription already claimed');
	});

	it('writes each part of a hyphenated word one typo away as the word of the headings', () => {
		// Held-out probe 31 (December 2026): `Mandaten-ID fehlt` is kept whole as one word, which is no word of six letters.
		const tenant: HeadingsFile = { pages: { 'errors/tenant-id-required/': { title: 'Mandanten-ID fehlt', kind: 'error' } } };
		expect(correctTypos('Mandaten-ID fehlt', ['mandaten-id', 'fehlt'], tenant)).toBe('Mandanten-ID fehlt');
	});

	it('writes a word with a vowel added inside it as the word of the headings, and a word of an error code', () => {
		// Held-out probe 33 (December 2026): `teneant id reqired` listed the subscription-ID pages; `required` is a word of
		// the code `TENANT_ID_REQUIRED` only, not of the title `Enter the customer's tenant ID`.
		const tenant: HeadingsFile = {
			pages: { 'errors/tenant-id-required/': { title: "Enter the customer's tenant ID", kind: 'error', code: 'TENANT_ID_REQUIRED' } },
		};
		expect(correctTypos('teneant id reqired', ['teneant', 'id', 'reqired'], tenant)).toBe('tenant id required');
		// A consonant added, or a letter added at the end, is not forgiven: `contract` is another word than `contact`.
		expect(correctTypos('contract', ['contract'], file)).toBe('contract');
		expect(correctTypos('contacts', ['contacts'], file)).toBe('contacts');
	});

	it('names each typo and the word of the headings it stands for', () => {
		expect(typosIn(['subscripton', 'alredy', 'claimed', 'domane'], file)).toEqual(
			new Map([
				['subscripton', 'subscription'],
				['alredy', 'already'],
				['domane', 'domaine'],
			]),
		);
		expect(typosIn(['subscripton'], undefined).size).toBe(0);
	});

	it('writes an error code one typo away as the error page’s code, in any script around it', () => {
		// Held-out probe 16 (December 2026): `MPN_NOT_ENROLED 오류` listed the article first, the code's page nowhere.
		expect(correctTypos('MPN_NOT_ENROLED 오류', ['mpn_not_enroled', '오류'], file)).toBe('MPN_NOT_ENROLLED 오류');
		expect(correctTypos('mpn_not_enroled', ['mpn_not_enroled'], file)).toBe('MPN_NOT_ENROLLED');
		// The code as the page gives it, in any case, is no typo.
		expect(correctTypos('mpn_not_enrolled', ['mpn_not_enrolled'], file)).toBe('mpn_not_enrolled');
	});

	it('leaves the query as typed (the same string) for a known word, a short word, two neighbours or no headings', () => {
		const same = (query: string, headings: HeadingsFile | undefined) =>
			expect(correctTypos(query, query.toLowerCase().split(' '), headings)).toBe(query);
		same('nom de domaine', file);
		// Five letters, one from `client`: as often another word.
		same('clent', file);
		same('nom de domane', undefined);
		// `Kontkt` is one letter from `Kontakt` and from `Kontekt`: which was meant is unknown.
		same('Kontkt', { pages: { a: { title: 'Kontakt fehlt' }, b: { title: 'Kontekt fehlt' } } });
		// A letter replaced or added is not forgiven: `contant` is another word as often as it is `contact`.
		same('contant', file);
	});
});

describe('lexiconTypos', () => {
	const lexicon = ['how', 'which', 'where', 'should i pick', 'should i choose', 'were', 'welche', 'welcher'];

	it('names the words one typo from a function, question or choice word, each with that word', () => {
		// Held-out probe 33 (December 2026): `whcih MPN shoud I choose` asked no question.
		expect(lexiconTypos('whcih MPN shoud I choose', lexicon)).toEqual(
			new Map([
				['whcih', 'which'],
				['shoud', 'should'],
			]),
		);
	});

	it('names no word of the lexicon, no word shorter than five letters, and none one typo from two of its words', () => {
		expect(lexiconTypos('which MPN should I choose', lexicon).size).toBe(0);
		// `hwo` and `form` are short: `form` is a word of the pages as often as a typo of `from`.
		expect(lexiconTypos('hwo to fix the form', [...lexicon, 'from']).size).toBe(0);
		// `welchs` is one letter from `welche` and from `welcher`.
		expect(lexiconTypos('welchs MPN', lexicon).size).toBe(0);
	});
});
