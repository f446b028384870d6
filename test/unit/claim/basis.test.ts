/**
 * Issue #14's rule for every statement the site makes about the claim flow: each error catalog entry, and so
 * each rule that reports it, has exactly one basis. Either `documented`: Microsoft documents the check itself,
 * its citations resolve to the fact sheet (`content/facts/cpor-facts.md`) or to segments of the vendor files in
 * `content/sources/`, and no assumption text is shown; or `assumed`: the reader is shown what the simulator
 * assumes, in every language. Never both, never neither.
 */
import { describe, expect, it } from 'vitest';
import { citedCopies, factIndex } from '../../support/fact-sources.ts';
import { claimErrorCatalog } from '../../../src/claim/catalog.ts';
import { claimErrorCodes } from '../../../src/claim/errors.ts';
import { claimSteps } from '../../../src/claim/flow.ts';
import { parseCitations, unresolved } from '../../../src/facts/citations.ts';
import { locales } from '../../../src/i18n/locales.ts';
import { messagesFor } from '../../../src/i18n/messages.ts';

/** Why a written citation (`CAI#128–131`) doesn't resolve, or undefined. */
function problemOf(written: string): string | undefined {
	const [citation, ...more] = parseCitations(written);
	if (citation === undefined || more.length > 0 || citation.text !== written) return `${written} is not one citation`;
	return unresolved(citation, factIndex);
}

const langs = locales.map((locale) => locale.lang);

describe('the basis of every error catalog entry (issue #14)', () => {
	const table = claimErrorCodes.map((code) => {
		const entry = claimErrorCatalog[code];
		const assumptionTexts = langs.map((lang) => (messagesFor(lang) as Readonly<Record<string, string>>)[`errors.${code}.assumption`]);
		return { code, entry, assumptionTexts };
	});

	for (const { code, entry, assumptionTexts } of table) {
		it(`${code}: ${entry.basis}`, () => {
			expect(['documented', 'assumed']).toContain(entry.basis);
			expect(entry.assumption, 'the assumption flag follows the basis').toBe(entry.basis === 'assumed');
			// Every citation resolves, whatever the basis (an assumed entry may cite the situation around it).
			for (const written of [...entry.citations, ...(entry.fixCitations ?? [])]) expect(problemOf(written), written).toBeUndefined();
			// Where the customer finds a value (FCD) is the fix's source, never a documented check's basis (#14 fifth review).
			if (entry.basis === 'documented') expect(entry.citations.join(' '), 'the rule, not where to find a value').not.toMatch(/FCD#/);
			if (entry.articleQuote) expect(problemOf(entry.articleQuote.citation), entry.articleQuote.citation).toBeUndefined();
			if (entry.basis === 'documented') {
				expect(entry.citations.length, 'a documented check cites its source').toBeGreaterThan(0);
				for (const [index, text] of assumptionTexts.entries()) expect(text, `no assumption text in ${langs[index]}`).toBeUndefined();
			} else {
				for (const [index, text] of assumptionTexts.entries()) expect(text?.trim(), `assumption text in ${langs[index]}`).toBeTruthy();
			}
		});
	}

	it('cites CAI#163–164 for no check of the create flow, and FCD only as context for the tenant ID format', () => {
		for (const { code, entry } of table) {
			if (code !== 'SUBSCRIPTION_NOT_ACTIVE') expect(entry.citations.join(' '), code).not.toMatch(/CAI#16[34]/);
		}
		// FCD names where the Directory ID is (the fix's path, #14 third review), not its format: "Context, not the rule".
		expect(claimErrorCatalog.TENANT_ID_NOT_GUID.basis).toBe('assumed');
		expect(claimErrorCatalog.TENANT_ID_NOT_GUID.citations).toEqual(['FCD#113', 'FCD#115']);
	});
});

describe('a quote the error page introduces as "the article describes the check"', () => {
	/** What the sentence of each such quote must name: the check of that error, not another one beside it. */
	const checkWords: Readonly<Partial<Record<string, RegExp>>> = {
		MPN_NOT_ENROLLED: /enrolled/i,
		// The check is that the flow asks for the subscription (CAI#115), not the tenant check CAI#116 explains (#14 fifth review).
		SUBSCRIPTION_ID_REQUIRED: /asked to provide a subscription/,
		SUBSCRIPTION_NOT_ACTIVE: /active\/in grace/,
	};

	it('names the check of its own error', () => {
		const checks = claimErrorCodes.filter((code) => claimErrorCatalog[code].articleQuote?.states === 'check');
		expect(checks.sort()).toEqual(Object.keys(checkWords).sort());
		for (const code of checks) {
			const citation = parseCitations(claimErrorCatalog[code].articleQuote!.citation)[0]!;
			const sentence = citedCopies.get(citation.key)?.segments.get(citation.from)?.english ?? '';
			expect(sentence, code).toMatch(checkWords[code]!);
		}
	});
});

describe('the steps of the flow', () => {
	it('cite sources that resolve', () => {
		for (const [step, info] of Object.entries(claimSteps)) {
			for (const written of info.citations) expect(problemOf(written), `${step}: ${written}`).toBeUndefined();
		}
	});
});
