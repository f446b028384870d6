/** The article table (`src/facts/articles.ts`) agrees with the fact sheet's key table and with the vendor files in the repository. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { articleTitle, sourceArticles } from '../../../src/facts/articles.ts';
import { findKey, sheetKeys } from '../../../src/facts/citations.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const keys = sheetKeys(readFileSync(join(root, 'content/facts/cpor-facts.md'), 'utf8'));

describe('the article table', () => {
	it('has every article key of the fact sheet, with the same file', () => {
		expect(sourceArticles.map((article) => article.key).sort()).toEqual(['CAI', 'FCD', 'MCA', 'OSA', 'POE']);
		for (const article of sourceArticles) expect(findKey(keys, article.key)?.file, article.key).toBe(`${article.file}.md`);
	});

	it('gives the title and date of the vendor files the repository holds', () => {
		let checked = 0;
		for (const locale of readdirSync(join(root, 'content/sources'))) {
			for (const name of readdirSync(join(root, 'content/sources', locale))) {
				const article = sourceArticles.find((entry) => `${entry.file}.md` === name);
				if (!article) continue;
				const text = readFileSync(join(root, 'content/sources', locale, name), 'utf8');
				const heading = /^# .*?<span data-ttu-id="[^"]+">([^<]*)<\/span><span class="sxs-lookup"><span data-stu-id="[^"]+">([^<]*)</m.exec(
					text,
				);
				expect(articleTitle(article, locale), `${locale}/${name}`).toBe(heading?.[1]);
				// The English title and date of the cited version (36a60f67); newer versions may retitle the article.
				if (/^ms\.sourcegitcommit: 36a60f67/m.test(text)) {
					expect(article.titles['en-US'], `${locale}/${name}`).toBe(heading?.[2]);
					const [month, day, year] = /^ms\.date: (\d\d)\/(\d\d)\/(\d{4})/m.exec(text)!.slice(1);
					expect(article.date, `${locale}/${name}`).toBe(`${year}-${month}-${day}`);
				}
				checked++;
			}
		}
		expect(checked).toBeGreaterThan(0);
	});

	it('falls back to the English title', () => {
		const poe = sourceArticles.find((article) => article.key === 'POE')!;
		expect(articleTitle(poe, 'ja-JP')).toBe(poe.titles['en-US']);
	});
});
