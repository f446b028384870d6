/**
 * No catalog names a Microsoft article by anything but its title. The sources page, the citation links and the
 * article pages show each article under its first heading in the reader's language (`articleTitle`, from the vendor
 * files); a sentence that names an article must use that name (`articleName`: the title without the OSA article's
 * subtitle), best through an argument (`{article}`, `{mca}`, `{osa}`). Reviewers found "Submit an OSA claim" (the
 * upstream file name, not a title) and 「顧客の関連付けの管理」 (the ja title is 「顧客の関連付けを管理する」).
 */
import { describe, expect, it } from 'vitest';
import { articleName, articleTitle, sourceArticles } from '../../../src/facts/articles.ts';
import { ownMessages, readCatalogFiles } from '../../../src/i18n/catalog-files.ts';
import { locales } from '../../../src/i18n/locales.ts';

/** Names reviewers found for articles that are no article's title in any locale. */
const wrongNames = [
	'Submit an OSA claim',
	'OSA claim article',
	'OSA 要求の送信',
	'提交 OSA 宣告',
	'提交 OSA 声明',
	'OSA-Artikel',
	'顧客の関連付けの管理',
	'Erstellen einer Kundenzuordnung über das CPOR-Modell',
];

/** The phrases a message puts in quotation marks, in any of the site's quotation styles. */
function quoted(text: string): string[] {
	const pattern = /“([^”]+)”|「([^」]+)」|„([^“]+)“|«[\s\u00a0]*([^»]+?)[\s\u00a0]*»|"([^"]+)"/g;
	return [...text.matchAll(pattern)].map((match) => match.slice(1).find((group) => group !== undefined)!);
}

/** Dice similarity of two strings' character bigrams (0 to 1), case and spacing aside. */
function similarity(a: string, b: string): number {
	const bigrams = (text: string) => {
		const squeezed = text.toLowerCase().replace(/[\s\u00a0-]+/g, '');
		return Array.from({ length: Math.max(squeezed.length - 1, 0) }, (_, index) => squeezed.slice(index, index + 2));
	};
	const [left, right] = [bigrams(a), bigrams(b)];
	const pool = [...right];
	let shared = 0;
	for (const bigram of left) {
		const at = pool.indexOf(bigram);
		if (at >= 0) {
			shared++;
			pool.splice(at, 1);
		}
	}
	return left.length + right.length === 0 ? 0 : (2 * shared) / (left.length + right.length);
}

const catalogFiles = readCatalogFiles();

describe('article names in the catalogs', () => {
	it('articleName is the title without its subtitle, in every locale', () => {
		const osa = sourceArticles.find((article) => article.key === 'OSA')!;
		expect(articleName(osa, 'en-US')).toBe('Create a customer association via the CPOR model');
		expect(articleName(osa, 'ja-JP')).toBe('CPOR モデルを使用して顧客の関連付けを作成する');
		expect(articleName(osa, 'zh-TW')).toBe('透過 CPOR 模型建立客戶關聯');
		expect(articleName(osa, 'de-DE')).toBe('Erstellen einer Kunden Zuordnung über das cpor-Modell');
		expect(articleName(osa, 'fr-FR')).toBe('Créer une association client via le modèle CPOR');
		for (const locale of locales)
			for (const article of sourceArticles)
				expect(articleTitle(article, locale.sourceLocale)).toContain(articleName(article, locale.sourceLocale));
	});

	for (const locale of locales) {
		it(`${locale.lang}: names no article by a wrong name, and quotes article names exactly`, () => {
			const messages = Object.entries(ownMessages(catalogFiles).get(locale.lang) ?? {});
			const names = sourceArticles.flatMap((article) => [
				articleName(article, locale.sourceLocale),
				articleTitle(article, locale.sourceLocale),
			]);
			const problems: string[] = [];
			for (const [key, text] of messages) {
				for (const wrong of wrongNames) if (text.includes(wrong)) problems.push(`${key}: “${wrong}” is no article's title`);
				for (const phrase of quoted(text)) {
					if (phrase.includes('{') || names.includes(phrase.trim())) continue;
					const near = names.find((name) => similarity(name, phrase) >= 0.6);
					if (near) problems.push(`${key}: “${phrase}” is not the article's title “${near}”`);
				}
			}
			expect(problems).toEqual([]);
		});
	}
});
