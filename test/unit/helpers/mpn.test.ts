/**
 * The MPN helper's rules ("Which MPN do I choose?", CAI#154–161): each outcome on the sample MPN IDs and on
 * small lists, then properties over random lists: never throws, always a documented outcome, consistent
 * per-row verdicts, simulator links the simulator accepts, URL state that round-trips.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	adviseMpn,
	entryOf,
	mpnClaimQuery,
	mpnHelperErrors,
	mpnHelperSegments,
	MPN_SECTION,
	mpnOutcomes,
	mpnReasons,
	mpnRowVerdicts,
	reconcileWork,
	sandboxMpnIds,
	unknownWork,
	type MpnEntry,
	type MpnWork,
} from '../../../src/helpers/mpn.ts';
import { decodeMpnState, emptyMpnState, encodeMpnState, MAX_MPN_ROWS } from '../../../src/helpers/url.ts';
import { presetMpnIds, presetSandbox } from '../../../src/claim/presets.ts';
import { mpnIdSchema } from '../../../src/claim/schema.ts';
import { decodeState } from '../../../src/claim/url-state.ts';
import { seedDocument, segmentTexts } from '../claim/helpers.ts';

const sample: MpnEntry[] = presetSandbox.mpnIds.map(entryOf);
const indexOf = (id: string) => sample.findIndex((entry) => entry.id === id);
const entry = (id: string, enrolled: boolean, more: Partial<MpnEntry> = {}): MpnEntry => ({
	id,
	name: `MPN ${id}`,
	enrolledInIncentives: enrolled,
	partnerType: '',
	location: '',
	...more,
});

describe('MPN helper on the sample (enrolled Seattle, not enrolled Tokyo, enrolled FRP FastTrack Taipei)', () => {
	it('cannot decide between two enrolled MPNs without knowing the work: ask the global admin, or say where and under which partner type', () => {
		const advice = adviseMpn(sample, unknownWork);
		expect(advice.outcome).toBe('ask-global-admin');
		expect(advice.reasons).toEqual(['several-enrolled-fit']);
		expect(advice.nextSteps).toEqual(['answer-location', 'answer-partner-type', 'ask-global-admin']);
		expect(advice.rows).toEqual(['also-fits', 'not-enrolled', 'also-fits']);
		expect(advice.warnings).toContain('flow-shows-enrollment-not-partner-type');
		expect(advice.segments).toContain(160);
	});

	it('picks the enrolled MPN of the location that did the work', () => {
		const advice = adviseMpn(sample, { location: 'Seattle, US', partnerType: null });
		expect(advice.outcome).toBe('pick');
		expect(advice.chosen).toBe(indexOf(presetMpnIds.enrolled));
		expect(advice.reasons).toEqual(['matches-location', 'enrolled']);
		expect(advice.rows).toEqual(['chosen', 'other-location', 'other-location']);
		expect(advice.warnings).toEqual(['flow-shows-enrollment-not-partner-type', 'wrong-mpn-costs']);
		expect(advice.errors).toEqual([]);
	});

	it('sends a fitting MPN that is not enrolled to the Incentives overview', () => {
		const advice = adviseMpn(sample, { location: 'tokyo, jp', partnerType: null });
		expect(advice.outcome).toBe('enroll-first');
		expect(advice.chosen).toBe(indexOf(presetMpnIds.notEnrolled));
		expect(advice.nextSteps).toEqual(['enroll-in-incentives-overview', 'ask-global-admin']);
		expect(advice.errors).toEqual(['MPN_NOT_ENROLLED']);
		expect(advice.segments).toContain(161);
	});

	it('picks the FRP FastTrack MPN for FastTrack work, and warns that the flow will not show its partner type', () => {
		const advice = adviseMpn(sample, { location: null, partnerType: 'frp  fasttrack' });
		expect(advice.outcome).toBe('pick');
		expect(advice.chosen).toBe(indexOf(presetMpnIds.fastTrack));
		expect(advice.reasons).toEqual(['matches-partner-type', 'enrolled']);
		expect(advice.warnings).toEqual(['flow-shows-enrollment-not-partner-type', 'chosen-has-partner-type', 'wrong-mpn-costs']);
		expect(advice.errors).toEqual(['MPN_PARTNER_TYPE_NOT_SHOWN']);
		expect(advice.rows[indexOf(presetMpnIds.enrolled)]).toBe('other-partner-type');
	});

	it('picks the enrolled MPN without a partner type for work under no specific partner type', () => {
		const advice = adviseMpn(sample, { location: null, partnerType: '' });
		expect(advice.outcome).toBe('pick');
		expect(advice.chosen).toBe(indexOf(presetMpnIds.enrolled));
		expect(advice.reasons).toEqual(['no-partner-type', 'enrolled']);
		expect(advice.rows).toEqual(['chosen', 'not-enrolled', 'other-partner-type']);
		// Tokyo fits the work as far as the reader said: Seattle is picked on enrollment, which the article never makes a rule of.
		expect(advice.assumptions).toEqual(['matches-work-by-location-and-partner-type', 'prefers-enrolled']);
		expect(advice.nextSteps).toEqual(['answer-location', 'ask-global-admin']);
	});

	it('says that it picks on enrollment, and asks about the work, when an enrolled and a non-enrolled MPN both fit (review #14, finding 4)', () => {
		const seattleAndTokyo = sample.filter((row) => row.partnerType === '');
		const advice = adviseMpn(seattleAndTokyo, unknownWork);
		expect(advice.outcome).toBe('pick');
		expect(advice.assumptions).toEqual(['prefers-enrolled']);
		expect(advice.nextSteps).toEqual(['answer-location', 'ask-global-admin']);
		// Once the work says Seattle, the pick rests on the work: no enrollment assumption.
		expect(adviseMpn(seattleAndTokyo, { location: 'Seattle, US', partnerType: '' }).assumptions).toEqual([
			'matches-work-by-location-and-partner-type',
		]);
	});

	it('asks the global admin when no listed MPN fits the work', () => {
		const advice = adviseMpn(sample, { location: 'Taipei, TW', partnerType: '' });
		expect(advice.outcome).toBe('ask-global-admin');
		expect(advice.reasons).toEqual(['none-fits-work']);
		expect(advice.nextSteps).toEqual(['ask-global-admin']);
	});
});

describe('MPN helper on small lists', () => {
	it('needs at least one usable MPN ID', () => {
		expect(adviseMpn([], unknownWork).outcome).toBe('incomplete');
		const advice = adviseMpn([entry('', false, { name: '' }), entry('12a', true), entry(' ', true)], unknownWork);
		expect(advice.outcome).toBe('incomplete');
		expect(advice.rows).toEqual(['empty', 'invalid-id', 'invalid-id']);
		expect(advice.nextSteps).toEqual(['list-mpn-ids', 'ask-global-admin']);
	});

	it('picks the only enrolled MPN, and calls it the only enrolled one when there are others', () => {
		expect(adviseMpn([entry('1', true)], unknownWork)).toMatchObject({ outcome: 'pick', chosen: 0, reasons: ['enrolled'] });
		expect(adviseMpn([entry('1', false), entry('2', true)], unknownWork)).toMatchObject({
			outcome: 'pick',
			chosen: 1,
			reasons: ['only-enrolled'],
			assumptions: ['prefers-enrolled'],
		});
	});

	it('ignores a repeated MPN ID after its first row', () => {
		const advice = adviseMpn([entry('7', true), entry(' 7 ', true)], unknownWork);
		expect(advice).toMatchObject({ outcome: 'pick', chosen: 0, rows: ['chosen', 'duplicate'] });
	});

	it('with nothing enrolled, names the one MPN to enroll, or none when several fit', () => {
		expect(adviseMpn([entry('1', false)], unknownWork)).toMatchObject({ outcome: 'enroll-first', chosen: 0 });
		const several = adviseMpn([entry('1', false, { location: 'A' }), entry('2', false, { location: 'B' })], unknownWork);
		expect(several).toMatchObject({ outcome: 'enroll-first', chosen: null });
		expect(several.nextSteps).toEqual(['enroll-in-incentives-overview', 'answer-location', 'ask-global-admin']);
	});
});

// ---------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------

const labelArbitrary = fc.oneof(
	fc.constantFrom('', ' ', 'Seattle, US', 'seattle,  us', 'Tokyo', 'FRP FastTrack', 'frp fasttrack', 'ＦＲＰ FastTrack', '台北'),
	fc.string({ maxLength: 12 }),
);
const entryArbitrary: fc.Arbitrary<MpnEntry> = fc.record({
	id: fc.oneof(
		fc.constantFrom('', ' ', '4412345', '4412346', '1', ' 1 ', '12a', '٣٤', '00'),
		fc.stringMatching(/^\d{1,8}$/),
		fc.string({ maxLength: 10 }),
	),
	name: labelArbitrary,
	enrolledInIncentives: fc.boolean(),
	partnerType: labelArbitrary,
	location: labelArbitrary,
});
const entriesArbitrary = fc.oneof(fc.constant(sample), fc.array(entryArbitrary, { maxLength: 8 }));
const workArbitrary: fc.Arbitrary<MpnWork> = fc.record({
	location: fc.option(labelArbitrary, { nil: null }),
	partnerType: fc.option(labelArbitrary, { nil: null }),
});
const RUNS = { numRuns: 500 };

describe('MPN helper: properties over random lists', () => {
	it('never throws and always gives a documented outcome with a verdict per row', () => {
		fc.assert(
			fc.property(entriesArbitrary, workArbitrary, (entries, work) => {
				const advice = adviseMpn(entries, work);
				expect(mpnOutcomes).toContain(advice.outcome);
				expect(advice.rows).toHaveLength(entries.length);
				for (const verdict of advice.rows) expect(mpnRowVerdicts).toContain(verdict);
				for (const reason of advice.reasons) expect(mpnReasons).toContain(reason);
				for (const code of advice.errors) expect(mpnHelperErrors).toContain(code);
				expect(advice.reasons.length).toBeGreaterThan(0);
				expect(advice.segments.every((segment) => mpnHelperSegments.includes(segment))).toBe(true);
			}),
			RUNS,
		);
	});

	it('never recommends an MPN without an assumption when the work’s location and partner type are unknown and another MPN is listed', () => {
		fc.assert(
			fc.property(entriesArbitrary, (entries) => {
				const advice = adviseMpn(entries, unknownWork);
				const usable = advice.rows.filter((verdict) => !['invalid-id', 'duplicate', 'empty'].includes(verdict)).length;
				if (advice.outcome === 'pick' && usable > 1) {
					expect(advice.assumptions).toContain('prefers-enrolled');
					expect(advice.nextSteps).toContain('ask-global-admin');
				}
			}),
			RUNS,
		);
	});

	it('picks on enrollment only with the assumption saying so: a pick among several fitting MPNs always carries it', () => {
		fc.assert(
			fc.property(entriesArbitrary, workArbitrary, (entries, work) => {
				const advice = adviseMpn(entries, work);
				const fitting = advice.rows.filter((verdict) => ['chosen', 'also-fits', 'not-enrolled'].includes(verdict)).length;
				if (advice.outcome === 'pick') expect(advice.assumptions.includes('prefers-enrolled')).toBe(fitting > 1);
			}),
			RUNS,
		);
	});

	it('picks exactly one enrolled, valid MPN, and only when it is the one enrolled MPN that fits', () => {
		fc.assert(
			fc.property(entriesArbitrary, workArbitrary, (entries, work) => {
				const advice = adviseMpn(entries, work);
				const chosenRows = advice.rows.filter((verdict) => verdict === 'chosen').length;
				const fittingEnrolled = advice.rows.filter(
					(verdict, index) => (verdict === 'chosen' || verdict === 'also-fits') && entries[index]!.enrolledInIncentives,
				);
				if (advice.outcome === 'pick') {
					const chosen = entries[advice.chosen!]!;
					expect(chosen.enrolledInIncentives).toBe(true);
					expect(mpnIdSchema.shape.id.safeParse(chosen.id.trim()).success).toBe(true);
					expect(chosenRows).toBe(1);
					expect(fittingEnrolled).toHaveLength(1);
					// The flow's blind spot is always pointed out.
					expect(advice.warnings).toContain('flow-shows-enrollment-not-partner-type');
					if (chosen.partnerType.trim() !== '') expect(advice.errors).toContain('MPN_PARTNER_TYPE_NOT_SHOWN');
				} else {
					expect(chosenRows).toBe(0);
				}
				if (advice.outcome === 'ask-global-admin') expect(advice.nextSteps).toContain('ask-global-admin');
				if (advice.outcome === 'enroll-first') {
					expect(advice.nextSteps).toContain('enroll-in-incentives-overview');
					expect(advice.rows).toContain('not-enrolled');
					expect(fittingEnrolled).toEqual([]);
				}
				// Only rows the helper can't use are flagged invalid: an MPN ID is digits only, as in the sandbox schema.
				advice.rows.forEach((verdict, index) => {
					const id = entries[index]!.id.trim();
					if (verdict === 'invalid-id') expect(mpnIdSchema.shape.id.safeParse(id).success).toBe(false);
					if (verdict !== 'invalid-id' && verdict !== 'empty') expect(mpnIdSchema.shape.id.safeParse(id).success).toBe(true);
				});
			}),
			RUNS,
		);
	});

	it('leads to a simulator link the simulator accepts, with the chosen MPN ID and the reader’s MPN IDs', () => {
		fc.assert(
			fc.property(entriesArbitrary, workArbitrary, (entries, work) => {
				const advice = adviseMpn(entries, work);
				const query = mpnClaimQuery(entries, advice, presetSandbox);
				expect(query !== null).toBe(advice.outcome === 'pick');
				if (query === null) return;
				const decoded = decodeState(new URLSearchParams(query));
				expect(decoded.rejected).toEqual([]);
				expect(decoded.state.step).toBe('mpn');
				expect(decoded.state.draft.mpnId).toBe(entries[advice.chosen!]!.id.trim());
				expect(decoded.state.sandbox.mpnIds).toEqual(sandboxMpnIds(entries));
				for (const mpn of sandboxMpnIds(entries)) expect(mpnIdSchema.safeParse(mpn).success).toBe(true);
			}),
			RUNS,
		);
	});

	it('round-trips through the URL, beside the other parameters', () => {
		fc.assert(
			fc.property(entriesArbitrary, workArbitrary, (entries, work) => {
				const state = { entries, work: reconcileWork(entries, work) };
				const params = encodeMpnState(new URLSearchParams({ draft: 'abc', 'activity.area': 'microsoft-365' }), state);
				expect(params.get('draft')).toBe('abc');
				expect(params.get('activity.area')).toBe('microsoft-365');
				const decoded = decodeMpnState(params);
				expect(decoded.malformed).toBe(false);
				expect(decoded.value).toEqual(entries.length === 0 ? emptyMpnState : state);
			}),
			RUNS,
		);
	});
});

describe('MPN helper: URL state', () => {
	it('leaves the sample out of the simulator link, which then uses its own sandbox', () => {
		const advice = adviseMpn(sample, { location: 'Seattle, US', partnerType: null });
		const query = mpnClaimQuery(sample, advice, presetSandbox)!;
		expect(new URLSearchParams(query).has('sandbox')).toBe(false);
		expect(decodeState(new URLSearchParams(query)).state.draft.mpnId).toBe(presetMpnIds.enrolled);
	});

	it('starts clean and says so on tampered parameters', () => {
		const good = encodeMpnState(new URLSearchParams(), { entries: sample, work: { location: 'Tokyo, JP', partnerType: '' } });
		expect(decodeMpnState(good).malformed).toBe(false);
		const tamper = (name: string, value: string) => {
			const params = new URLSearchParams(good);
			params.set(name, value);
			return decodeMpnState(params);
		};
		for (const [name, value] of [
			['mpn.ids', 'not base64!'],
			['mpn.ids', 'eyJhIjoxfQ'], // {"a":1}
			['mpn.location', 'Osaka'],
			['mpn.type', 'FRP FastTrack'],
			['mpn.type', 'is:Solutions Partner'],
		] as const) {
			expect(tamper(name, value), `${name}=${value}`).toEqual({ value: emptyMpnState, malformed: true });
		}
		const repeated = new URLSearchParams(good);
		repeated.append('mpn.location', 'Tokyo, JP');
		expect(decodeMpnState(repeated).malformed).toBe(true);
		expect(decodeMpnState(new URLSearchParams('mpn.location=Tokyo')).malformed).toBe(true);
		const tooMany = encodeMpnState(new URLSearchParams(), {
			entries: Array.from({ length: MAX_MPN_ROWS + 1 }, (_, index) => entry(String(index), true)),
			work: unknownWork,
		});
		expect(decodeMpnState(tooMany).malformed).toBe(true);
	});

	it('forgets a location or partner type that no row has any more', () => {
		expect(reconcileWork([entry('1', true, { location: 'A' })], { location: 'B', partnerType: 'X' })).toEqual(unknownWork);
		expect(reconcileWork([entry('1', true, { location: 'A' })], { location: 'a', partnerType: '' })).toEqual({
			location: 'A',
			partnerType: '',
		});
	});
});

describe('MPN helper: quotes', () => {
	const englishGist: Record<number, string> = {
		155: 'choose a company MPN that should be associated to the work',
		156: 'associated with a partner type such as FRP FastTrack',
		157: 'it will not tell you if it is a specific partner type MPN',
		158: 'avoid having to reclaim',
		159: 'incorrect MPN may result in missed eligibility and incentive earnings',
		160: 'contact your global admin',
		161: 'Incentives overview tab',
	};

	it('names the section it is about by the article’s own heading and anchor', () => {
		const document = seedDocument('zh-TW');
		expect(document.headings.find((candidate) => candidate.anchor === MPN_SECTION.anchor)?.english).toBe('Which MPN do I choose?');
		expect(segmentTexts(document).get(MPN_SECTION.segment)?.english).toBe('Which MPN do I choose?');
	});

	it('quotes sentences that exist, in every locale, and say what the helper claims they say', () => {
		expect([...mpnHelperSegments].sort()).toEqual(Object.keys(englishGist).map(Number).sort());
		for (const locale of ['ja-JP', 'zh-TW'] as const) {
			const segments = segmentTexts(seedDocument(locale));
			for (const number of mpnHelperSegments) {
				expect(segments.get(number)?.english, `${locale} segment ${number}`).toContain(englishGist[number]);
				expect(segments.get(number)?.translation, `${locale} segment ${number}`).not.toBe('');
			}
		}
	});
});
