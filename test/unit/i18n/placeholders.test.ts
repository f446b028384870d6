import { describe, expect, it } from 'vitest';
import { splitPlaceholders } from '../../../src/i18n/placeholders.ts';

describe('splitPlaceholders', () => {
	it('keeps the word order of the translation', () => {
		expect(splitPlaceholders('Microsoft の「{{title}}」を {{license}} の下で')).toEqual([
			{ text: 'Microsoft の「' },
			{ placeholder: 'title' },
			{ text: '」を ' },
			{ placeholder: 'license' },
			{ text: ' の下で' },
		]);
	});

	it('leaves text without placeholders, or with an unclosed one, as text', () => {
		expect(splitPlaceholders('plain')).toEqual([{ text: 'plain' }]);
		expect(splitPlaceholders('a {{broken')).toEqual([{ text: 'a {{broken' }]);
	});

	it('handles placeholders at both ends', () => {
		expect(splitPlaceholders('{{a}} and {{ b }}')).toEqual([{ placeholder: 'a' }, { text: ' and ' }, { placeholder: 'b' }]);
	});
});
