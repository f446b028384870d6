/**
 * The basis table of issue #14 (`src/facts/basis-table.ts`), the rows the sources page renders: every claim check,
 * lifecycle deadline and lifecycle refusal once, each with exactly one basis. A documented row's citations parse
 * whole, resolve, and name the sentences that state the rule in the cited copy of the article
 * (`content/facts/articles/`): no heading, no passage wider than a few sentences; an assumed row has its
 * assumption text in every locale.
 */
import { describe, expect, it } from 'vitest';
import { citedCopies, factIndex, factSheet } from '../../support/fact-sources.ts';
import { claimErrorCatalog } from '../../../src/claim/catalog.ts';
import { claimErrorCodes } from '../../../src/claim/errors.ts';
import { deadlineKinds, refusalBasis, refusalCodes } from '../../../src/claim/lifecycle/index.ts';
import { basisGroups, basisTable } from '../../../src/facts/basis-table.ts';
import { parseCitations, unresolved } from '../../../src/facts/citations.ts';
import { citedNumbers, sentenceProblem } from '../../../src/facts/cited-articles.ts';
import { sheetStatements } from '../../../src/facts/fact-sheet.ts';
import { catalogs, messagesFor } from '../../../src/i18n/messages.ts';
import { laterChangesOnArticles, laterChangesOnErrors, laterChangesOnRefusals } from '../../../src/facts/later-changes.ts';
import { deadlineRules } from '../../../src/claim/lifecycle/rules.ts';
import { refusalDeadlines } from '../../../src/claim/lifecycle/bases.ts';
import { statusAssumptionOf } from '../../../src/claim/lifecycle/rules.ts';
import { currentEntry } from '../../../src/claim/lifecycle/transitions.ts';
import { walkLifecycle } from '../claim/lifecycle/walk.ts';

/** `KEY#n` of every segment the written citations name. */
const segmentsOf = (written: readonly string[]): Set<string> =>
	new Set(written.flatMap((text) => parseCitations(text).flatMap((citation) => citedNumbers(citation).map((n) => `${citation.key}#${n}`))));

/**
 * Rows that cite a 2020 sentence Microsoft's 2023 revisions changed, but state none of what changed: they cite the
 * sentence for another part of it (MCA#120 starts the review within five business days; MCA#150 is Partner action
 * required, whose five business days the refusals of that deadline state).
 */
const statesNoChangedFact: Readonly<Record<string, string>> = {
	'already-submitted': 'that submitting ends Editing and how to resubmit, not the five business days',
	'review-in-progress': 'that the review has started, not its deadline',
};

/** The most segments one citation of a rule may span: a wider range cites a passage, not the sentence that states the rule. */
const MAX_SEGMENTS = 4;

/**
 * Why a written citation can't be shown with the sentences that state its rule, or undefined: it resolves, names
 * sentences of the cited copy of its article (no heading among them, at most MAX_SEGMENTS), or, for an article
 * the repository holds no copy of, a fact sheet statement that is not a section heading.
 */
function quoteProblem(written: string): string | undefined {
	const parsed = parseCitations(written);
	if (parsed.length !== 1 || parsed[0]!.text !== written) return `${written} is not one citation`;
	const citation = parsed[0]!;
	const why = unresolved(citation, factIndex) ?? sentenceProblem(written, citedCopies);
	if (why) return why;
	const copy = citedCopies.get(citation.key);
	if (copy) {
		const numbers = citedNumbers(citation);
		if (numbers.length > MAX_SEGMENTS) return `${written} spans ${numbers.length} segments: cite the sentences that state the rule`;
		const headings = numbers.filter((number) => copy.segments.get(number)!.heading);
		if (headings.length > 0) return `${written} includes the heading ${headings.join(', ')}`;
		return undefined;
	}
	const [statement] = sheetStatements(factSheet, citation);
	if (!statement || statement.text === statement.section)
		return `${written} resolves to no fact sheet statement, only a heading or nothing`;
	return undefined;
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

	it('says what Microsoft changed later wherever a row states a 2020 fact its revisions changed', () => {
		const changedSentences = segmentsOf(laterChangesOnArticles.flatMap((note) => note.sentences));
		const missing = basisTable.filter((row) => {
			if (row.later || row.id in statesNoChangedFact || row.basis.kind !== 'documented') return false;
			return [...segmentsOf(row.basis.citations)].some((segment) => changedSentences.has(segment));
		});
		expect(missing.map((row) => row.id)).toEqual([]);
		// A row that states a number of days (a 2020 deadline: MCA2023 uses 14-business-day windows) says so too.
		const english = messagesFor('en') as Readonly<Record<string, string>>;
		const days = basisTable.filter((row) => /\b\d+ (business |working )?days?\b/.test(english[row.statement] ?? '') && !row.later);
		expect(days.map((row) => row.id)).toEqual([]);
	});

	it('gives each row the later note the reader meets beside it elsewhere (error page, lifecycle deadline)', () => {
		for (const row of basisTable) {
			if (row.group === 'claim-check') {
				const onPage = laterChangesOnErrors[row.id as keyof typeof laterChangesOnErrors];
				expect(row.later, row.id).toEqual(onPage ? { changes: onPage } : undefined);
			} else if (row.group === 'lifecycle-deadline') {
				expect(row.later, row.id).toEqual({ version: deadlineRules[row.id as keyof typeof deadlineRules].version });
			} else {
				const deadline = refusalDeadlines[row.id as keyof typeof refusalDeadlines];
				const changes = laterChangesOnRefusals[row.id as keyof typeof laterChangesOnRefusals];
				const expected = { ...(deadline ? { version: deadlineRules[deadline].version } : {}), ...(changes ? { changes } : {}) };
				expect(row.later, row.id).toEqual(deadline || changes ? expected : undefined);
			}
		}
		expect(basisTable.find((row) => row.id === 'dispute-window-over')?.later).toEqual({ version: 'lifecycle.ui.version.dispute' });
		// A refusal that rests on a dropped reason, or where a 2023 action now exists, says so (#14 sixth review).
		expect(basisTable.find((row) => row.id === 'dynamics-no-arbitration')?.later).toEqual({ changes: ['already-claimed-dropped'] });
		expect(basisTable.find((row) => row.id === 'already-approved')?.later).toEqual({
			version: 'lifecycle.ui.version.consent',
			changes: ['disassociate-customer'],
		});
		expect(basisTable.find((row) => row.id === 'SUBSCRIPTION_ALREADY_CLAIMED')?.later).toMatchObject({
			changes: expect.arrayContaining(['already-claimed-dropped']),
		});
	});

	it('shows the simulator’s assumption about a documented rule beside it: a documented error’s reading, a deadline’s status', () => {
		for (const row of basisTable) {
			if (row.group === 'claim-check') {
				const reading = claimErrorCatalog[row.id as keyof typeof claimErrorCatalog].reading;
				expect(row.reading, row.id).toBe(reading ? `errors.${row.id}.reading` : undefined);
			} else if (row.group === 'lifecycle-deadline') {
				expect(row.reading, row.id).toBe(deadlineRules[row.id as keyof typeof deadlineRules].statusAssumption);
			}
		}
		// The documented errors whose effect is the simulator's reading, and the status after a dispute (#14 fifth review).
		expect(basisTable.filter((row) => row.reading).map((row) => row.id)).toEqual([
			'MPN_NOT_ENROLLED',
			'DOMAIN_TENANT_MISMATCH',
			'CLAIM_NAME_REQUIRED',
			'REVENUE_ASSOCIATION_FIELD_REQUIRED',
			'CONTACT_FIELD_REQUIRED',
			'TECHNICAL_CONTACT_REQUIRED',
			'SUBSCRIPTION_ID_INVALID',
			'SUBSCRIPTION_PRODUCT_NOT_ON_TENANT',
			'SUBSCRIPTION_IS_CSP',
			'SUBSCRIPTION_NOT_PROVISIONED',
			'SUBSCRIPTION_NOT_ACTIVE',
			'SUBSCRIPTION_ALREADY_CLAIMED',
			'dispute-review',
		]);
	});

	// #14 tenth review, item 8: "the review has already started" (MCA#120, #138) showed the status assumption in the island
	// after a response or a dispute, and the table called it plainly documented.
	it('gives a documented refusal the status assumption of every assumed status the island can give it in, and no other', () => {
		expect(basisTable.find((row) => row.id === 'review-in-progress')?.statusReadings).toEqual([
			{ event: 'lifecycle.event.respond', assumption: 'lifecycle.assumption.status.after-response' },
			{ event: 'lifecycle.event.dispute', assumption: 'lifecycle.assumption.status.after-dispute' },
		]);
		// Kind: every refusal the island shows with a status assumption (`statusAssumptionOf`, NextEvents.tsx), found by
		// walking the reachable states, has it in its row; and the rows list no assumption the island never shows.
		const shown = new Map<string, Set<string>>();
		for (const { state, result } of walkLifecycle()) {
			if (result.ok || result.refusal.basis.kind !== 'documented') continue;
			const assumption = statusAssumptionOf(currentEntry(state));
			if (!assumption) continue;
			shown.set(result.refusal.code, (shown.get(result.refusal.code) ?? new Set()).add(assumption));
		}
		expect(shown.get('review-in-progress')?.size).toBe(2);
		for (const row of basisTable.filter((candidate) => candidate.group !== 'claim-check' && candidate.group !== 'lifecycle-deadline')) {
			const listed = (row.statusReadings ?? []).map((reading) => reading.assumption).sort();
			expect(listed, row.id).toEqual([...(shown.get(row.id) ?? [])].sort());
			if (row.basis.kind === 'assumed') expect(row.statusReadings, row.id).toBeUndefined();
		}
		for (const lang of catalogs.langs) {
			const messages = messagesFor(lang) as Readonly<Record<string, string>>;
			expect(messages['facts.basis.afterEvent'], lang).toMatch(/\{event\}.*\{assumption\}|\{assumption\}.*\{event\}/);
		}
	});

	it('has the words of the page in every locale', () => {
		for (const lang of catalogs.langs) {
			const messages = messagesFor(lang) as Readonly<Record<string, string>>;
			for (const group of basisGroups) expect(messages[`facts.basis.group.${group}`]?.trim(), `${group} in ${lang}`).toBeTruthy();
		}
	});
});

describe('quoteProblem (the rule the rows are held to)', () => {
	it('refuses a heading, a passage and a segment the cited copy lacks, and accepts the sentence itself', () => {
		expect(quoteProblem('CAI#111')).toMatch(/heading/);
		expect(quoteProblem('CAI#111–113')).toMatch(/heading/);
		expect(quoteProblem('CAI#166–172')).toMatch(/spans 7/);
		expect(quoteProblem('MCA#999')).toBeDefined();
		expect(quoteProblem('MCA#120')).toBeUndefined();
		expect(citedCopies.get('MCA')?.segments.get(120)?.english).toMatch(/up to five business days until Microsoft starts the approval/);
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
