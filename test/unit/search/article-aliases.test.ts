import { describe, expect, it } from 'vitest';
import { aliasesFor, articleAliases } from '../../../src/search/article-aliases.ts';
import { readGlossaries } from '../../../src/i18n/catalog-files.ts';
import { sourceArticles } from '../../../src/facts/articles.ts';

const glossaries = readGlossaries();
const english = glossaries.get('en')!;

describe('article aliases', () => {
	it('gives the article about the Directory ID the tenant ID in the page’s language and in English', () => {
		expect(aliasesFor('find-customer-domain-name', glossaries.get('ja'), english)).toBe('テナント ID tenant ID');
		expect(aliasesFor('find-customer-domain-name', glossaries.get('de'), english)).toBe('Mandanten-ID tenant ID');
		expect(aliasesFor('find-customer-domain-name', english, english)).toBe('tenant ID');
		expect(aliasesFor('submit-osa-claim', glossaries.get('ja'), english)).toBeUndefined();
	});

	it('names only articles the site publishes and concepts every glossary has', () => {
		for (const [article, ids] of Object.entries(articleAliases)) {
			expect(sourceArticles.map((source) => source.file)).toContain(article);
			for (const glossary of glossaries.values())
				for (const id of ids)
					expect(
						glossary.concepts.map((concept) => concept.id),
						`${glossary.lang}: ${id}`,
					).toContain(id);
		}
	});
});
