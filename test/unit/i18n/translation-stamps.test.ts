import { describe, expect, it } from 'vitest';
import { englishMessages, readStamps } from '../../../src/i18n/catalog-files.ts';
import { changedSinceTranslated, fingerprint, stampsOf } from '../../../src/i18n/translation-stamps.ts';

describe('translation stamps', () => {
	it('report an English message changed since its translations were checked, and a new one', () => {
		const stamps = stampsOf({ 'a.kept': 'Kept', 'a.fixed': 'For a Dynamics 365 subscription' });
		expect(changedSinceTranslated({ 'a.kept': 'Kept', 'a.fixed': 'For the subscription it checks' }, stamps)).toEqual(['a.fixed']);
		expect(changedSinceTranslated({ 'a.kept': 'Kept', 'a.new': 'New' }, stamps)).toEqual(['a.new']);
		expect(changedSinceTranslated({ 'a.kept': 'Kept' }, stamps)).toEqual([]);
		// A fingerprint tells texts apart that differ by one character only.
		expect(fingerprint('it checks')).not.toBe(fingerprint('it checked'));
	});

	it('match every English message of the site: its translations were checked against this English (#14 tenth review)', () => {
		// On a failure: bring each listed key in every locale in line with its English, then run `npm run i18n:stamp`.
		expect(changedSinceTranslated(englishMessages(), readStamps())).toEqual([]);
	});
});
