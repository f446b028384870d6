import { describe, expect, it } from 'vitest';
import { formatMessageToParts, MessageSyntaxError, parseMessage } from '../../../src/i18n/message-format.ts';

/** What `splitPlaceholders` did for the attribution line, now done by `formatMessageToParts`. */
describe('formatMessageToParts for elements in a translation', () => {
	const slot = (name: string) => ({ placeholder: name });

	it('keeps the word order of the translation', () => {
		expect(
			formatMessageToParts('Microsoft の「{title}」を {license} の下で', { title: slot('title'), license: slot('license') }, 'ja'),
		).toEqual(['Microsoft の「', { placeholder: 'title' }, '」を ', { placeholder: 'license' }, ' の下で']);
	});

	it('leaves text without placeholders as text, and refuses an unclosed one', () => {
		expect(formatMessageToParts('plain', {}, 'en')).toEqual(['plain']);
		expect(() => parseMessage('a {broken')).toThrow(MessageSyntaxError);
	});

	it('handles placeholders at both ends', () => {
		expect(formatMessageToParts('{a} and {b}', { a: slot('a'), b: slot('b') }, 'en')).toEqual([
			{ placeholder: 'a' },
			' and ',
			{ placeholder: 'b' },
		]);
	});
});
