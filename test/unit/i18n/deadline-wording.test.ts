/**
 * #14 eighth review: zh-CN and zh-TW wrote every lifecycle deadline as 「在 {deadline} 之前」 ("before"), a day less than
 * the English "by"/"until" and the engine, which accepts an event dated on the deadline itself. A deadline's day is
 * the last day to act in every locale: no message says "before" the deadline.
 */
import { describe, expect, it } from 'vitest';
import { catalogs, messagesFor } from '../../../src/i18n/messages.ts';

/** "Before {deadline}" (the deadline's day excluded), as each language would write it. */
const beforeDeadline: Readonly<Record<string, RegExp>> = {
	en: /before \{(deadline|date)\}/i,
	de: /vor (dem )?\{(deadline|date)\}/i,
	fr: /avant (le )?\{(deadline|date)\}/i,
	ja: /\{(deadline|date)\}\s*(より前|以前|の前)/,
	ko: /\{(deadline|date)\}\s*(전에|이전)/,
	'zh-TW': /\{(deadline|date)\}[^。；，]{0,16}(之前|以前)/,
	'zh-CN': /\{(deadline|date)\}[^。；，]{0,16}(之前|以前)/,
};

describe('lifecycle deadlines', () => {
	it('count the deadline’s own day in every locale (no “before {deadline}”)', () => {
		for (const lang of catalogs.langs) {
			// A locale added later (README, "Adding a language") has no pattern here until someone writes one.
			const pattern = beforeDeadline[lang];
			if (!pattern) continue;
			const messages = messagesFor(lang) as Readonly<Record<string, string>>;
			const before = Object.entries(messages).filter(([key, text]) => key.startsWith('lifecycle.') && pattern!.test(text));
			expect(
				before.map(([key]) => key),
				lang,
			).toEqual([]);
		}
	});
});
