import { describe, expect, it } from 'vitest';
import { restoreTranslationEmphasis } from '../../../src/localization/emphasis.ts';
import { parseLocalizedFile } from '../../../src/localization/parse.ts';
import type { Inline } from '../../../src/localization/schema.ts';
import { pair, parseSeed, vendorFile } from './helpers.ts';

const text = (value: string): Inline => ({ type: 'text', value });
const em = (value: string): Inline => ({ type: 'emphasis', children: [text(value)] });
const strong = (value: string): Inline => ({ type: 'strong', children: [text(value)] });

describe('restoreTranslationEmphasis', () => {
	it('turns an intraword _…_ run into emphasis when the English half has emphasis (Japanese seed)', () => {
		expect(
			restoreTranslationEmphasis(
				[text('状態は長期間にわたって_レビュー中_のままになる')],
				[text('may stay as '), em('Under Review'), text(' for longer')],
			),
		).toEqual([text('状態は長期間にわたって'), em('レビュー中'), text('のままになる')]);
	});

	it('also renders the misplaced run of the Chinese seed as emphasis (no stray underscores)', () => {
		const segment = parseSeed('zh-TW').segments.find((candidate) => candidate.number === 170);
		expect(segment?.translation).toEqual([
			text('您的 CPOR 關聯宣告仍然會在五個工作天內進行檢查，但其狀態可能'),
			em('會在較'),
			text('長的時間內保持不變。'),
		]);
	});

	it('leaves literal underscores alone when the English half has no emphasis', () => {
		const translation = [text('変数 my_var_name を設定します')];
		expect(restoreTranslationEmphasis(translation, [text('Set the my_var_name variable')])).toEqual(translation);
	});

	it('converts no more runs than the English half has', () => {
		expect(restoreTranslationEmphasis([text('_一_と_二_')], [em('one'), text(' and two')])).toEqual([em('一'), text('と_二_')]);
	});

	it('does not add emphasis the translation already has', () => {
		const translation = [em('En cours'), text(' et _x_')];
		expect(restoreTranslationEmphasis(translation, [em('Under Review'), text(' and x')])).toEqual(translation);
	});

	it('restores strong (__…__ / **…**) the same way, and * delimiters', () => {
		expect(restoreTranslationEmphasis([text('これは__重要__です')], [text('This is '), strong('important')])).toEqual([
			text('これは'),
			strong('重要'),
			text('です'),
		]);
		expect(restoreTranslationEmphasis([text('a*b c*d')], [em('x')])).toEqual([text('a'), em('b c'), text('d')]);
	});

	it('ignores runs with spaces inside the delimiters and runs inside links are still found', () => {
		expect(restoreTranslationEmphasis([text('a _ b _ c')], [em('x')])).toEqual([text('a _ b _ c')]);
		expect(restoreTranslationEmphasis([{ type: 'link', href: '/x', children: [text('詳細_情報_を')] }], [em('x')])).toEqual([
			{ type: 'link', href: '/x', children: [text('詳細'), em('情報'), text('を')] },
		]);
	});

	it('is applied by the parser, per segment', () => {
		const body = `${pair('a1b2c-101', '状態は_レビュー中_のまま', 'stays _Under Review_')} ${pair('a1b2c-102', 'snake_case_name を使う', 'use snake_case_name')}\n`;
		const document = parseLocalizedFile(vendorFile(body), 'ja-JP/emphasis.md');
		expect(document.segments[0]?.translation).toEqual([text('状態は'), em('レビュー中'), text('のまま')]);
		expect(document.segments[1]?.translation).toEqual([text('snake_case_name を使う')]);
	});
});
