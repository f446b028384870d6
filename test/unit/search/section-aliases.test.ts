import { describe, expect, it } from 'vitest';
import { formatSectionAliases, parseSectionAliases } from '../../../src/search/section-aliases.ts';
import { sectionAliases, sectionAliasesFor } from '../../../src/search/article-aliases.ts';
import { readGlossaries } from '../../../src/i18n/catalog-files.ts';
import { sourceArticles } from '../../../src/facts/articles.ts';

const glossaries = readGlossaries();
const english = glossaries.get('en')!;
const STATUS = 'view-the-status-of-your-cpor-association-claim';

describe('section aliases field', () => {
	it('writes each section’s names and reads them back', () => {
		const names = { status: ['Rejeté', 'Refusé'], edit: ['Modification'] };
		const field = formatSectionAliases(names);
		expect(field).toBe('status=Rejeté|Refusé;edit=Modification');
		expect(parseSectionAliases(field)).toEqual(names);
		expect(formatSectionAliases({ status: [] })).toBeUndefined();
	});

	it('refuses a name that would cut the field, and skips parts it cannot read', () => {
		for (const name of ['a, b', 'a|b', 'a;b', 'a=b', ' ']) expect(() => formatSectionAliases({ s: [name] }), name).toThrow();
		expect(parseSectionAliases('=orphan;status=;ok=Fine| ;noequals')).toEqual({ ok: ['Fine'] });
		expect(parseSectionAliases('')).toBeUndefined();
	});
});

describe('the status section’s names', () => {
	it('gives every claim status in the page’s language, the variants readers meet, and in English', () => {
		const fr = parseSectionAliases(sectionAliasesFor('incentives-manage-customer-associations', glossaries.get('fr'), english));
		expect(fr?.[STATUS]).toEqual(
			expect.arrayContaining([
				'Action de partenaire requise',
				'Action du partenaire requise',
				'Partner action required',
				'En cours d’évaluation',
			]),
		);
		const zhTW = parseSectionAliases(sectionAliasesFor('incentives-manage-customer-associations', glossaries.get('zh-TW'), english));
		expect(zhTW?.[STATUS]).toEqual(expect.arrayContaining(['檢閱中', '審核中', 'Under review']));
		expect(sectionAliasesFor('submit-osa-claim', glossaries.get('ja'), english)).toBeUndefined();
	});

	it('names only published articles and concepts every glossary has', () => {
		for (const [article, sections] of Object.entries(sectionAliases)) {
			expect(sourceArticles.map((source) => source.file)).toContain(article);
			for (const glossary of glossaries.values()) {
				const ids = glossary.concepts.map((concept) => concept.id);
				for (const id of Object.values(sections).flat()) expect(ids, `${glossary.lang}: ${id}`).toContain(id);
				expect(() => sectionAliasesFor(article, glossary, english)).not.toThrow();
			}
		}
	});
});
