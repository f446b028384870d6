import { describe, expect, it } from 'vitest';
import { shareSegmenters, type SegmenterScope } from '../../../src/search/shared-segmenter.ts';

/** A scope whose `Intl.Segmenter` counts the segmenters the platform really makes. */
function countingScope(): SegmenterScope & { made: () => number } {
	let count = 0;
	const Native = Intl.Segmenter;
	class Counting extends Native {
		constructor(...args: ConstructorParameters<typeof Intl.Segmenter>) {
			super(...args);
			count++;
		}
	}
	return { Intl: { Segmenter: Counting }, made: () => count };
}

const words = (segmenter: Intl.Segmenter, text: string) =>
	[...segmenter.segment(text)].filter((part) => part.isWordLike).map((part) => part.segment);

describe('shareSegmenters', () => {
	it('makes one segmenter per language and granularity, however often Pagefind asks for one', () => {
		const scope = countingScope();
		shareSegmenters(scope);
		const { Segmenter } = scope.Intl;
		// Pagefind 1.6's search(): a grapheme segmenter, then for Japanese a word segmenter, on every call.
		for (let call = 0; call < 20; call++) {
			new Segmenter('ja', { granularity: 'grapheme' });
			expect(words(new Segmenter('ja', { granularity: 'word' }), 'テナント ID が無効です')).toContain('テナント');
		}
		expect(scope.made()).toBe(2);
		expect(new Segmenter('ja', { granularity: 'word' })).toBe(new Segmenter('ja', { granularity: 'word' }));
		expect(new Segmenter('ja', { granularity: 'word' })).not.toBe(new Segmenter('zh-CN', { granularity: 'word' }));
		// No options is the grapheme granularity, as the platform reads it.
		expect(new Segmenter('ja')).toBe(new Segmenter('ja', { granularity: 'grapheme' }));
		expect(new Segmenter('ja', { granularity: 'word' })).toBeInstanceOf(Intl.Segmenter);
	});

	it('leaves a subclass, an invalid tag and a second install as the platform has them', () => {
		const scope = countingScope();
		shareSegmenters(scope);
		shareSegmenters(scope);
		const Shared = scope.Intl.Segmenter;
		class Own extends Shared {}
		expect(new Own('en')).not.toBe(new Own('en'));
		expect(() => new Shared('not a tag!')).toThrow(RangeError);
		const before = scope.made();
		new Shared('en');
		new Shared('en');
		expect(scope.made()).toBe(before + 1);
	});
});
