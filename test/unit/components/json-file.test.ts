import { describe, expect, it } from 'vitest';
import { presetDrafts, simulatorData } from '../../../src/components/claim-simulator/simulator-data.ts';
import { versionedJsonUrl } from '../../../src/components/json-file.ts';
import { locales } from '../../../src/i18n/locales.ts';

describe('versionedJsonUrl', () => {
	it('gives a file a new URL when its body changes, and the same URL for the same body', () => {
		const body = { messages: { a: 'one' } };
		const url = versionedJsonUrl('/ja/claim-simulator/data.json', body);
		expect(url).toMatch(/^\/ja\/claim-simulator\/data\.json\?v=[0-9a-f]{12}$/);
		expect(versionedJsonUrl('/ja/claim-simulator/data.json', body)).toBe(url);
		expect(versionedJsonUrl('/ja/claim-simulator/data.json', { messages: { a: 'one' } })).toBe(url);
		expect(versionedJsonUrl('/ja/claim-simulator/data.json', { messages: { a: 'two' } })).not.toBe(url);
	});

	it('names each locale’s simulator data apart, built once per locale', () => {
		const [english, japanese] = locales;
		expect(simulatorData(japanese!)).toBe(simulatorData(japanese!));
		expect(presetDrafts()).toBe(presetDrafts());
		expect(versionedJsonUrl('/data.json', simulatorData(english!))).not.toBe(versionedJsonUrl('/data.json', simulatorData(japanese!)));
	});
});
