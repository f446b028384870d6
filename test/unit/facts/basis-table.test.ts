/**
 * The basis table of issue #14 (`src/facts/basis-table.ts`), the rows the sources page renders: every claim check,
 * lifecycle deadline and lifecycle refusal once, each with exactly one basis. A documented row's citations parse
 * whole, resolve, and lead to a sentence the page can quote (a fact sheet statement, or a segment of the
 * troubleshooting article's vendor files); an assumed row has its assumption text in every locale.
 */
import { describe, expect, it } from 'vitest';
import { factIndex, factSheet, vendorFiles } from '../../support/fact-sources.ts';
import { claimErrorCatalog } from '../../../src/claim/catalog.ts';
import { claimErrorCodes } from '../../../src/claim/errors.ts';
import { deadlineKinds, refusalBasis, refusalCodes } from '../../../src/claim/lifecycle/index.ts';
import { basisGroups, basisTable } from '../../../src/facts/basis-table.ts';
import { parseCitations, unresolved } from '../../../src/facts/citations.ts';
import { sheetStatements } from '../../../src/facts/fact-sheet.ts';
import { catalogs, messagesFor } from '../../../src/i18n/messages.ts';

const caiSegments = new Set(
	vendorFiles.flatMap(([, text]) => [...text.matchAll(/data-stu-id="[0-9a-f]+-(\d+)"/g)].map((match) => Number(match[1]))),
);

/** Why a written citation can't be shown with its sentence, or undefined. */
function quoteProblem(written: string): string | undefined {
	const parsed = parseCitations(written);
	if (parsed.length !== 1 || parsed[0]!.text !== written) return `${written} is not one citation`;
	const citation = parsed[0]!;
	const why = unresolved(citation, factIndex);
	if (why) return why;
	if (sheetStatements(factSheet, citation).length > 0) return undefined;
	if (citation.key === 'CAI' && caiSegments.has(citation.from) && caiSegments.has(citation.to)) return undefined;
	return `${written} resolves to no fact sheet statement and no article segment`;
}

describe('the basis table', () => {
	it('has every catalog entry, deadline and lifecycle refusal once, in its group', () => {
		const ids = (group: string) => basisTable.filter((row) => row.group === group).map((row) => row.id);
		expect(ids('claim-check')).toEqual([...claimErrorCodes]);
		expect(ids('lifecycle-deadline')).toEqual([...deadlineKinds]);
		expect([...ids('lifecycle-refusal'), ...ids('lifecycle-guard')].sort()).toEqual([...refusalCodes].sort());
		expect(new Set(basisTable.map((row) => row.group))).toEqual(new Set(basisGroups));
	});

	it('shows the same basis the engine has (one source)', () => {
		for (const row of basisTable) {
			if (row.group === 'claim-check')
				expect(row.basis.kind, row.id).toBe(claimErrorCatalog[row.id as keyof typeof claimErrorCatalog].basis);
			if (row.group === 'lifecycle-refusal' || row.group === 'lifecycle-guard')
				expect(row.basis.kind, row.id).toBe(refusalBasis(row.id as (typeof refusalCodes)[number]).kind);
		}
	});

	for (const row of basisTable) {
		it(`${row.group} ${row.id}: ${row.basis.kind}, never both, never neither`, () => {
			for (const lang of catalogs.langs) {
				const messages = messagesFor(lang) as Readonly<Record<string, string>>;
				expect(messages[row.statement]?.trim(), `statement in ${lang}`).toBeTruthy();
				if (row.context) expect(messages[row.context]?.trim(), `context in ${lang}`).toBeTruthy();
			}
			if (row.basis.kind === 'documented') {
				expect(row.basis).not.toHaveProperty('assumption');
				expect(row.basis.citations.length).toBeGreaterThan(0);
				for (const written of row.basis.citations) expect(quoteProblem(written), written).toBeUndefined();
			} else {
				expect(row.basis).not.toHaveProperty('citations');
				for (const lang of catalogs.langs) {
					const text = (messagesFor(lang) as Readonly<Record<string, string>>)[row.basis.assumption];
					expect(text?.trim(), `assumption in ${lang}`).toBeTruthy();
				}
			}
		});
	}

	it('has the words of the page in every locale', () => {
		for (const lang of catalogs.langs) {
			const messages = messagesFor(lang) as Readonly<Record<string, string>>;
			for (const group of basisGroups) expect(messages[`facts.basis.group.${group}`]?.trim(), `${group} in ${lang}`).toBeTruthy();
		}
	});
});

describe('sheetStatements', () => {
	it('finds the statement that cites a segment, narrowest citation first', () => {
		expect(sheetStatements(factSheet, { key: 'MCA', from: 123, to: 123 })[0]?.text).toContain('within 10 days');
		expect(sheetStatements(factSheet, { key: 'OSA', from: 113, to: 113 })[0]?.text).toContain('usage data');
		expect(sheetStatements(factSheet, { key: 'MCA', from: 202, to: 202 })[0]?.text).toContain('History');
		expect(sheetStatements(factSheet, { key: 'OSA', from: 150, to: 150 })[0]?.text).toContain("can't edit it");
		expect(sheetStatements(factSheet, { key: 'MCA', from: 123, to: 123 })[0]?.section).toMatch(/^7\. /);
		// A statement that covers the whole range comes before a narrower one that only overlaps it (CAI#112).
		expect(sheetStatements(factSheet, { key: 'CAI', from: 111, to: 113 })[0]?.text).toContain('contact your customer');
	});

	it('returns plain text without Markdown emphasis, and nothing for a segment the sheet never cites', () => {
		const [statement] = sheetStatements(factSheet, { key: 'CAI', from: 107, to: 110 });
		expect(statement?.text).toContain('Billing admin, Global admin, Incentives admin');
		expect(statement?.text).not.toContain('**');
		expect(sheetStatements(factSheet, { key: 'MCA', from: 999, to: 999 })).toEqual([]);
	});
});
