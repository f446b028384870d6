import { describe, expect, it } from 'vitest';
import { locales } from '../../../src/i18n/locales.ts';
import { inlineText } from '../../../src/localization/inline.ts';
import { parseLocalizedFile } from '../../../src/localization/parse.ts';
import type { LocalizedDocument } from '../../../src/localization/schema.ts';
import { json, parseSeed, readSeed, seedPath, testLocale, VENDOR_MARKUP } from './helpers.ts';

const NBSP = '\u00A0';
const withoutNbsp = (document: LocalizedDocument): string => json(document).replaceAll(NBSP, ' ');

/** Replaces every translation half of the Japanese seed by `translate(number)`. */
function retranslate(translate: (number: number) => string, contentLocale: string): string {
	return readSeed('ja-JP')
		.replace(/ms\.contentlocale: ja-JP/, `ms.contentlocale: ${contentLocale}`)
		.replace(
			/<span data-ttu-id="(bd896-(\d+))">.*?<\/span><span class="sxs-lookup">/g,
			(_, id: string, number: string) => `<span data-ttu-id="${id}">${translate(Number(number))}</span><span class="sxs-lookup">`,
		);
}

function expectSameEnglishAsSeed(document: LocalizedDocument): void {
	const seed = parseSeed('ja-JP');
	expect(document.segments).toHaveLength(71);
	expect(document.segments.map((segment) => segment.english)).toEqual(seed.segments.map((segment) => segment.english));
	expect(document.headings.map((heading) => heading.anchor)).toEqual(seed.headings.map((heading) => heading.anchor));
	for (const markup of VENDOR_MARKUP) expect(json(document)).not.toContain(markup);
}

describe('BOM, CRLF and non-breaking spaces', () => {
	const clean = parseSeed('ja-JP');
	const seed = readSeed('ja-JP');

	it('a BOM and CRLF line endings give exactly the clean document, with the same line numbers', () => {
		const text = `\uFEFF${seed.split('\n').join('\r\n')}`;
		expect(parseLocalizedFile(text, seedPath('ja-JP'))).toEqual(clean);
	});

	it('old Mac CR line endings are accepted too', () => {
		expect(parseLocalizedFile(seed.split('\n').join('\r'), seedPath('ja-JP'))).toEqual(clean);
	});

	it('NBSPs (between segments, inside both halves, at a line end, in the front matter) change nothing else', () => {
		const text = `\uFEFF${seed
			.replaceAll('</span></span> <span', `</span></span>${NBSP}<span`)
			.replace('パートナー センター', `パートナー${NBSP}センター`)
			.replace('>Partner Center<', `>Partner${NBSP}Center<`)
			.replace('レコード (CPOR)', `レコード${NBSP}(CPOR)`)
			.replace('if that is the case.</span></span> \n', `if that is the case.</span></span>${NBSP}\n`)
			.split('\n')
			.join('\r\n')}`;
		const variant = parseLocalizedFile(text, seedPath('ja-JP'));
		expect(variant.segments.find((segment) => segment.number === 105)?.translation).toEqual([
			{ type: 'text', value: `パートナー${NBSP}センター` },
		]);
		expect(variant.frontMatter.description).toContain(NBSP);
		expect(json(variant)).not.toEqual(json(clean));
		expect(withoutNbsp(variant)).toEqual(withoutNbsp(clean));
	});
});

describe('French typography', () => {
	const fr = testLocale('fr-FR', 'fr');
	const french = (number: number): string => {
		if (number === 126)
			return `Si le problème persiste, contactez le [support](https://partner.microsoft.com/dashboard/support/incentives/servicerequests?category=incentives)${NBSP}!`;
		if (number === 170)
			return `La demande sera examinée sous cinq jours ouvrés, mais son état peut rester _En cours d’examen_ plus longtemps.`;
		if (number === 132) return `Quelle activité choisir${NBSP}?`;
		return `Remarque${NBSP}: la phrase ${number} est «${NBSP}traduite${NBSP}» — n’est-ce pas${NBSP}?`;
	};
	const document = parseLocalizedFile(retranslate(french, 'fr-FR'), 'fr-FR/incentives.md', { locales: [...locales, fr] });

	it('parses, with the same English and anchors as the seed', () => {
		expect(document.locale.sourceLocale).toBe('fr-FR');
		expectSameEnglishAsSeed(document);
	});

	it('keeps the NBSP before ":", "?", "!" and inside « »', () => {
		const segment = document.segments.find((candidate) => candidate.number === 104);
		expect(inlineText(segment?.translation ?? [])).toBe(
			`Remarque${NBSP}: la phrase 104 est «${NBSP}traduite${NBSP}» — n’est-ce pas${NBSP}?`,
		);
		expect(document.headings.find((heading) => heading.anchor === 'which-activity-do-i-choose')?.translation).toBe(
			`Quelle activité choisir${NBSP}?`,
		);
		const support = document.segments.find((candidate) => candidate.number === 126);
		expect(support?.translation.at(-2)).toMatchObject({ type: 'link', children: [{ type: 'text', value: 'support' }] });
		expect(support?.translation.at(-1)).toEqual({ type: 'text', value: `${NBSP}!` });
	});

	it('reads the emphasis CommonMark already sees, without doubling it', () => {
		const segment = document.segments.find((candidate) => candidate.number === 170);
		expect(segment?.translation.filter((node) => node.type === 'emphasis')).toEqual([
			{ type: 'emphasis', children: [{ type: 'text', value: 'En cours d’examen' }] },
		]);
	});
});

describe('Korean (Hangul)', () => {
	const ko = testLocale('ko-KR', 'ko');
	const korean = (number: number): string =>
		number === 170
			? '고객의 CPOR 연결 클레임은 영업일 기준 5일 이내에 검토되지만, 상태가 더 오랫동안 _검토 중_으로 유지될 수 있습니다.'
			: `문장 ${number}번을 번역했습니다.`;
	const document = parseLocalizedFile(retranslate(korean, 'ko-KR'), 'ko-KR/incentives.md', { locales: [...locales, ko] });

	it('parses, with the same English and anchors as the seed', () => {
		expect(document.locale.lang).toBe('ko');
		expectSameEnglishAsSeed(document);
		expect(inlineText(document.segments[0]?.translation ?? [])).toBe('문장 103번을 번역했습니다.');
	});

	it('shows the intraword _검토 중_ as emphasis because the English half has emphasis', () => {
		const segment = document.segments.find((candidate) => candidate.number === 170);
		expect(segment?.translation).toEqual([
			{ type: 'text', value: '고객의 CPOR 연결 클레임은 영업일 기준 5일 이내에 검토되지만, 상태가 더 오랫동안 ' },
			{ type: 'emphasis', children: [{ type: 'text', value: '검토 중' }] },
			{ type: 'text', value: '으로 유지될 수 있습니다.' },
		]);
	});
});
