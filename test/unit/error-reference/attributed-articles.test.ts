import { describe, expect, it } from 'vitest';
import { claimErrorCatalog } from '../../../src/claim/catalog.ts';
import { claimErrorCodes } from '../../../src/claim/errors.ts';
import { attributedArticles } from '../../../src/error-reference/attributed-articles.ts';
import { articleByKey } from '../../../src/facts/articles.ts';
import { parseCitations } from '../../../src/facts/citations.ts';

describe('the articles an error page is attributed to (#14 twelfth review)', () => {
	it('are the articles of the sentences it quotes and cites, each once, and no other', () => {
		for (const code of claimErrorCodes) {
			const entry = claimErrorCatalog[code];
			const cited = [
				entry.articleQuote?.citation ?? '',
				...entry.citations,
				...(entry.readingCitations ?? []),
				...(entry.fixCitations ?? []),
			];
			const keys = new Set(parseCitations(cited.join(', ')).map((citation) => citation.key));
			const named = attributedArticles(entry);
			expect(new Set(named).size, code).toBe(named.length);
			for (const key of keys) expect(named, `${code} cites ${key}`).toContain(articleByKey(key).file);
			expect(named.length, code).toBe(keys.size === 0 ? 1 : keys.size);
		}
	});

	it('name the create-claim article, not the troubleshooting one, for a check only it documents', () => {
		expect(attributedArticles(claimErrorCatalog.REVENUE_ASSOCIATION_FIELD_REQUIRED)).toEqual(['submit-osa-claim']);
		expect(attributedArticles(claimErrorCatalog.SUBSCRIPTION_IS_CSP)).toEqual([
			'incentives-customer-association-issues',
			'submit-osa-claim',
		]);
	});
});
