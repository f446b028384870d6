import { describe, expect, it } from 'vitest';
import { locales } from '../../../src/i18n/locales.ts';
import { parseBenchOptions } from '../../bench/options.ts';

describe('npm run bench’s options', () => {
	it('default to 3 runs of everything timed, 3 Lighthouse runs, corpora of 300 and 1,000 articles, every locale', () => {
		const options = parseBenchOptions([]);
		expect(options).toMatchObject({ runs: 3, lighthouseRuns: 3, corpora: [300, 1000] });
		expect(options.locales).toEqual(locales);
		expect(options.skip.size).toBe(0);
	});

	it('read smaller runs for a quick look', () => {
		const options = parseBenchOptions(['--runs=1', '--lighthouse-runs=1', '--corpora=60,20', '--locales=ja,en', '--skip=rebuild,search']);
		expect(options).toMatchObject({ runs: 1, lighthouseRuns: 1, corpora: [20, 60] });
		expect(options.locales.map((locale) => locale.lang)).toEqual(['en', 'ja']);
		expect([...options.skip]).toEqual(['rebuild', 'search']);
	});

	it('refuse what they cannot read, naming the option', () => {
		expect(() => parseBenchOptions(['--runs=0'])).toThrow(/--runs=0/);
		expect(() => parseBenchOptions(['--skip=everything'])).toThrow(/--skip=everything/);
		expect(() => parseBenchOptions(['--locales=xx'])).toThrow(/--locales=xx/);
		expect(() => parseBenchOptions(['--corpora=ten'])).toThrow(/--corpora=ten/);
	});
});
