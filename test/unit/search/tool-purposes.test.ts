import { describe, expect, it } from 'vitest';
import { namesHelper, namesTool } from '../../../src/search/tool-purposes.ts';
import { holdsLatinPhrase } from '../../../src/search/engine.ts';

/** The purposes of `src/search/variants/<lang>.json`'s `toolPurposes`, by the tool's path, as `toolPurposesFor` gives them. */
const purposes = new Map<string, readonly string[]>([
	['helpers/mpn/', ['mpn', 'partner type']],
	['claim-lifecycle/', ['deadline', 'status', 'business days']],
]);

describe('namesHelper', () => {
	it('finds a Latin purpose word written against Han, kana or Hangul, as readers type it', () => {
		// Held-out probe 29 (December 2026): `我该用哪个MPN` found the article's section, not the MPN helper.
		expect(namesHelper(purposes, '我该用哪个MPN')).toBe(true);
		expect(namesHelper(purposes, 'どのMPNで申請')).toBe(true);
		expect(namesHelper(purposes, '어떤 MPN을 써야 하나요')).toBe(true);
	});

	it('still wants a short Latin purpose word whole among Latin letters', () => {
		expect(namesHelper(purposes, 'which mpnx')).toBe(false);
		expect(namesHelper(purposes, 'which xmpn')).toBe(false);
		expect(namesHelper(purposes, 'which MPN')).toBe(true);
		// Only the helpers' purposes: the lifecycle simulator is no helper.
		expect(namesHelper(purposes, 'which deadline')).toBe(false);
	});
});

describe('namesTool', () => {
	it('counts purpose words against CJK characters as words of the query', () => {
		expect(namesTool(purposes, '提出後のstatusとdeadlineをbusiness daysで確認')).toBe(true);
		expect(namesTool(purposes, 'statusとdeadline')).toBe(false);
	});
});

describe('holdsLatinPhrase', () => {
	it('finds a phrase of Latin words against CJK characters, but not inside a longer Latin word', () => {
		const listed = new Set(['help me choose']);
		expect(holdsLatinPhrase('请help me choose一下', listed)).toBe(true);
		expect(holdsLatinPhrase('help me chooses', listed)).toBe(false);
	});
});
