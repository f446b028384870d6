import { describe, expect, it } from 'vitest';
import { compoundCuts, splitCompounds, splitsCompounds } from '../../../src/search/compounds.ts';

/** An index whose words are `words`: a part is known when some word begins with it. */
const indexOf =
	(...words: string[]) =>
	async (part: string): Promise<boolean> =>
		words.some((word) => word.startsWith(part));

describe('compound words', () => {
	it('cuts a long word into modifier and head of four letters at least, longest head first', () => {
		expect(compoundCuts('Abonnementfehler')[0]).toEqual({ modifier: 'Abon', head: 'nementfehler' });
		expect(compoundCuts('Abonnementfehler')).toContainEqual({ modifier: 'Abonnement', head: 'fehler' });
		expect(compoundCuts('Lösungsbereich').at(-1)).toEqual({ modifier: 'Lösungsber', head: 'eich' });
		expect(compoundCuts('Mandanten-ID')).toEqual([]);
		expect(compoundCuts('Fehler')).toEqual([]);
		// Nine letters: a stem with its ending (`Mand|anten` finds nothing), not tried.
		expect(compoundCuts('Mandanten')).toEqual([]);
		expect(compoundCuts('Kundendaten')).toContainEqual({ modifier: 'Kunden', head: 'daten' });
	});

	it('writes a typed compound as the two words the pages write apart', async () => {
		const index = indexOf('abonnement', 'fehler', 'kunden', 'zuordnung', 'entfernen');
		expect(await splitCompounds('Abonnementfehler', 'de', index)).toBe('Abonnement fehler');
		expect(await splitCompounds('Kundenzuordnung erstellen', 'de-DE', index)).toBe('Kunden zuordnung erstellen');
	});

	it('writes a Korean word typed without its spaces as the words the pages write (held-out probe 32)', async () => {
		const index = indexOf('테넌트', 'id', '도메인', '불일치');
		expect(await splitCompounds('테넌트ID도메인불일치', 'ko', index)).toBe('테넌트 ID 도메인 불일치');
		expect(await splitCompounds('도메인 불일치', 'ko', index)).toBe('도메인 불일치');
		expect(compoundCuts('도메인불일치')).toContainEqual({ modifier: '도메인', head: '불일치' });
		expect(compoundCuts('도메인')).toEqual([]);
		// A particle after a Latin noun belongs to it (`queryWords` strips it).
		expect(await splitCompounds('고객이 CSP로 구매한 구독 ID를 넣었더니', 'ko', index)).toBe('고객이 CSP로 구매한 구독 ID를 넣었더니');
		// Latin words meeting Latin words are no script change.
		expect(await splitCompounds('CSP-Partner', 'de', indexOf('csp-partner'))).toBe('CSP-Partner');
	});

	it('keeps a word whose head or modifier the index does not know, and languages that do not compound', async () => {
		const index = indexOf('abonnement', 'fehler');
		expect(await splitCompounds('Verzeichnisfehler', 'de', index)).toBe('Verzeichnisfehler');
		expect(await splitCompounds('Abonnementfehler', 'fr', index)).toBe('Abonnementfehler');
		expect(splitsCompounds('nl-NL')).toBe(true);
		expect(splitsCompounds('ja')).toBe(false);
	});

	it('writes a hyphenated compound the index does not know as the runs of its parts it knows (twelfth held-out probe)', async () => {
		const index = indexOf('presales', 'claim', 'csp', 'partner', 'mandanten-id', 'mandanten', 'dynamics');
		expect(await splitCompounds('CSP-Partner gekauft, Pre-Sales-Claim gibt Warnung', 'de', index)).toBe(
			'CSP Partner gekauft, PreSales Claim gibt Warnung',
		);
		// A word the index knows whole stays; hyphenated words are split before the longer compounds (two words at most).
		expect(await splitCompounds('Mandanten-ID fehlt', 'de', index)).toBe('Mandanten-ID fehlt');
		expect(await splitCompounds('Dynamicspartner CSP-Partner Pre-Sales', 'de', index)).toBe('Dynamicspartner CSP Partner PreSales');
		expect(await splitCompounds('CSP-Partner', 'fr', index)).toBe('CSP-Partner');
	});

	it('tries only the capitalized words of a query that writes its nouns so, every long word of one in lower case', async () => {
		const asked: string[] = [];
		const index = async (part: string): Promise<boolean> => {
			asked.push(part);
			return ['ausge', 'wählte', 'kunden', 'zuordnung'].some((word) => word.startsWith(part));
		};
		// A pasted portal message: `ausgewählte` is no noun, and no probe of the index is spent on it.
		expect(await splitCompounds('Die ausgewählte Kundenzuordnung fehlt', 'de', index)).toBe('Die ausgewählte Kunden zuordnung fehlt');
		expect(asked.filter((part) => part.includes('hlte'))).toEqual([]);
		// Typed in lower case, nothing tells nouns apart: each long word is tried.
		expect(await splitCompounds('die ausgewählte kundenzuordnung fehlt', 'de', index)).toBe('die ausge wählte kunden zuordnung fehlt');
	});

	it('leaves the query as typed when the index cannot be asked', async () => {
		expect(await splitCompounds('Abonnementfehler', 'de', () => Promise.reject(new Error('offline')))).toBe('Abonnementfehler');
	});
});
