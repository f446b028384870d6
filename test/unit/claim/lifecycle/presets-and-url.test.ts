/**
 * The lifecycle presets (each ends where it says, on any start date and holiday list), the URL state (round
 * trips, tampered parameters dropped by name), the hand-over link from the claim simulator, and the texts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays } from '../../../../src/claim/business-days.ts';
import { encodeJson } from '../../../../src/claim/base64-json.ts';
import { readHandedOverClaim } from '../../../../src/claim/lifecycle/handover.ts';
import {
	claimFacts,
	claimSummary,
	commentKey,
	deadlineKey,
	deadlineKinds,
	decodeLifecycleParams,
	encodeLifecycleParams,
	eventKey,
	lifecycleEventTypes,
	lifecyclePresets,
	lifecycleQuery,
	lifecycleStatuses,
	moreProofReasonCitations,
	moreProofReasonKeys,
	moreProofReasons,
	noteCitations,
	noteKey,
	outcome,
	presetEvents,
	refusalCodes,
	refusalKey,
	rejectionReasonKeys,
	rejectionReasons,
	rejectionReasonSources,
	statusKeys,
	type LifecycleEvent,
} from '../../../../src/claim/lifecycle/index.ts';
import { formatMessage, messageArguments } from '../../../../src/i18n/message-format.ts';
import { catalogs, messagesFor } from '../../../../src/i18n/messages.ts';
import { routes, withQuery } from '../../../../src/routes.ts';
import { findPreset, presetSandbox, presetSubscriptions } from '../../../../src/claim/presets.ts';

const ONLY_SALES = presetSubscriptions.contosoSalesVolumeLicensing;
const ONLY_SERVICE = presetSubscriptions.contosoCustomerServiceRenewed;
/** The preset sandbox where Contoso has one Dynamics 365 Sales and one Customer Service subscription: the flow asks for neither. */
const oneSubscriptionEach = {
	...presetSandbox,
	subscriptions: presetSandbox.subscriptions.filter((subscription) => subscription.id === ONLY_SALES || subscription.id === ONLY_SERVICE),
};
import { parseDraft } from '../../../../src/claim/schema.ts';

function presetDraft(id: string) {
	const preset = findPreset(id);
	if (!preset) throw new Error(`no claim preset ${id}`);
	return preset.draft;
}

const DAY = 86_400_000;
const anyDate = fc
	.integer({ min: Date.UTC(2000, 0, 1) / DAY, max: Date.UTC(2050, 0, 1) / DAY })
	.map((d) => new Date(d * DAY).toISOString().slice(0, 10));

describe('lifecycle presets', () => {
	it('use claim presets that exist, and each claim is one the claim simulator lets through', () => {
		for (const preset of lifecyclePresets) {
			const claim = findPreset(preset.claimPreset);
			expect(claim, preset.id).toBeDefined();
			expect(['submitted', 'COMPETING_CLAIM'], preset.id).toContain(claim?.expected);
		}
	});

	it('end in their expected status, whatever the start date and holidays (property)', () => {
		fc.assert(
			fc.property(
				anyDate,
				fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 8 }),
				fc.constantFrom(...lifecyclePresets),
				(start, offsets, preset) => {
					const holidays = offsets.map((offset) => addCalendarDays(start, offset));
					const facts = claimFacts(claimSummary(presetDraft(preset.claimPreset)));
					const { events, result } = presetEvents(preset, start, facts, holidays);
					expect(result.ok, JSON.stringify(result.ok ? '' : result.refusal)).toBe(true);
					expect(outcome(result)).toEqual(preset.expected);
					expect(events).toHaveLength(preset.script.length);
				},
			),
			{ numRuns: 300 },
		);
	});

	it('a Dynamics claim shows its subscription ID, typed or the only one on the tenant', () => {
		expect(claimSummary(presetDraft('happy-path'))).toMatchObject({
			name: 'Contoso – Dynamics 365 Sales rollout',
			customer: 'Contoso Ltd.',
			products: ['Dynamics 365 Sales'],
			dynamics: true,
			dynamicsOnly: true,
			subscriptions: [{ product: 'Dynamics 365 Sales', asked: true, id: presetSubscriptions.contosoSalesVolumeLicensing }],
		});
		expect(claimSummary(presetDraft('revenue-association'))).toMatchObject({
			dynamics: true,
			subscriptions: [{ product: 'Dynamics 365 Sales', asked: false, id: presetSubscriptions.adventureWorksSales }],
		});
		expect(claimSummary(presetDraft('microsoft-365-usage'))).toMatchObject({
			dynamics: false,
			dynamicsOnly: false,
			subscriptions: [],
			products: ['Microsoft 365 E3'],
		});
	});

	// #14 fifth review, finding 4: OSA#145 asks a subscription ID per Dynamics 365 product; the card showed one for all.
	it('shows each Dynamics 365 product’s subscription, and says per product when the claim simulator didn’t ask for it', () => {
		const several = {
			...presetDraft('happy-path'),
			products: ['dynamics-365-sales', 'dynamics-365-customer-service'],
			subscriptionIds: {
				'dynamics-365-sales': presetSubscriptions.contosoSalesVolumeLicensing,
				'dynamics-365-customer-service': presetSubscriptions.contosoCustomerServiceRenewed,
			},
		};
		expect(claimSummary(several).subscriptions).toEqual([
			{ product: 'Dynamics 365 Sales', asked: true, id: presetSubscriptions.contosoSalesVolumeLicensing },
			{ product: 'Dynamics 365 Customer Service', asked: true, id: presetSubscriptions.contosoCustomerServiceRenewed },
		]);
		// Each product's only subscription, not asked: each shown as the sandbox's, none "not known".
		const onlyOnes = { ...several, subscriptionIds: {} };
		expect(claimSummary(onlyOnes, oneSubscriptionEach).subscriptions).toEqual([
			{ product: 'Dynamics 365 Sales', asked: false, id: ONLY_SALES },
			{ product: 'Dynamics 365 Customer Service', asked: false, id: ONLY_SERVICE },
		]);
		// A product without a subscription the simulator knows says so on its own line.
		const withoutService = { ...oneSubscriptionEach, subscriptions: oneSubscriptionEach.subscriptions.slice(0, 1) };
		expect(claimSummary(onlyOnes, withoutService).subscriptions).toEqual([
			{ product: 'Dynamics 365 Sales', asked: false, id: ONLY_SALES },
			{ product: 'Dynamics 365 Customer Service', asked: false, id: null },
		]);
		// Mixed with another product: not Dynamics 365 only (arbitration stays possible, transitions.test.ts).
		expect(claimSummary({ ...several, products: [...several.products, 'power-bi-pro'] })).toMatchObject({
			dynamics: true,
			dynamicsOnly: false,
		});
	});
});

describe('the hand-over from the claim simulator', () => {
	it('builds the documented link and reads the same claim back', () => {
		const draft = presetDraft('happy-path');
		const params = lifecycleQuery(draft, '2024-06-03');
		expect(routes.lifecycle()).toBe('claim-lifecycle/');
		expect(withQuery('', params).startsWith('?claim=')).toBe(true);
		expect([...params.keys()]).toEqual(['claim', 'submitted']);
		expect(params.get('submitted')).toBe('2024-06-03');
		// The compacted draft: empty fields left out, restored by parseDraft.
		expect(params.get('claim')).not.toContain('=');
		const decoded = decodeLifecycleParams(params);
		expect(decoded.rejected).toEqual([]);
		expect(decoded.state).toMatchObject({ source: { kind: 'claim' }, submitted: '2024-06-03', events: null });
		expect(readHandedOverClaim(params.get('claim') ?? '')).toEqual(claimSummary(draft));
		const roundTrip = parseDraft(
			JSON.parse(
				new TextDecoder().decode(
					Uint8Array.from(atob((params.get('claim') ?? '').replaceAll('-', '+').replaceAll('_', '/')), (c) => c.charCodeAt(0)),
				),
			),
		);
		expect(roundTrip).toEqual({ ok: true, value: draft });
	});

	it('keeps Japanese and Chinese text in the claim', () => {
		const draft = { ...presetDraft('microsoft-365-usage'), claimName: 'コントソ – 導入支援 / 康拓導入', comments: '請參閱批註' };
		const params = lifecycleQuery(draft, '2024-06-03');
		expect(readHandedOverClaim(params.get('claim') ?? '')).toMatchObject({
			name: 'コントソ – 導入支援 / 康拓導入',
			comments: '請參閱批註',
		});
	});

	it('refuses a tampered claim without throwing', () => {
		for (const param of ['', 'not base64!', encodeJson({ products: 'all' }), encodeJson([1, 2]), 'eyJ'.repeat(10)]) {
			expect(readHandedOverClaim(param), param).toBeNull();
		}
	});
});

describe('the URL state', () => {
	const events: LifecycleEvent[] = [
		{ type: 'start-review', date: '2024-06-04' },
		{ type: 'request-more-proof', reason: 'missing-products', date: '2024-06-05' },
		{ type: 'respond', date: '2024-06-06', text: '署名済みの SOW を追加しました' },
	];

	it('round-trips preset, dates, events, holidays and time zone', () => {
		const state = {
			source: { kind: 'preset', id: 'dispute' } as const,
			submitted: '2024-06-03',
			events,
			holidays: ['2024-06-10', '2024-12-25'],
			timeZone: 'Asia/Tokyo',
		};
		const decoded = decodeLifecycleParams(new URLSearchParams(encodeLifecycleParams(state).toString()));
		expect(decoded).toEqual({ state, rejected: [] });
	});

	it('drops each tampered parameter by name and keeps the rest', () => {
		const params = new URLSearchParams({
			preset: 'happy-path',
			submitted: '2024-02-30',
			events: encodeJson([{ type: 'approve', date: 'yesterday' }]),
			holidays: '2024-06-10,tomorrow',
			tz: 'Mars/Olympus_Mons',
		});
		const decoded = decodeLifecycleParams(params);
		expect(decoded.rejected).toEqual(['submitted', 'events', 'holidays', 'tz']);
		expect(decoded.state).toEqual({
			source: { kind: 'preset', id: 'happy-path' },
			submitted: null,
			events: [],
			holidays: [],
			timeZone: null,
		});
	});

	it('drops events a link tampered with in any part, and keeps well-formed ones', () => {
		const decode = (value: unknown) => decodeLifecycleParams(new URLSearchParams({ preset: 'happy-path', events: encodeJson(value) }));
		const tampered: unknown[] = [
			[{ type: 'approve', date: '2024-06-03', extra: 1 }],
			[{ type: 'teleport', date: '2024-06-03' }],
			[{ type: 'reject', date: '2024-06-03' }],
			[{ type: 'reject', date: '2024-06-03', reason: 'no-partner-response' }],
			[{ type: 'request-more-proof', date: '2024-06-03', reason: 'insufficient-poe' }],
			[{ type: 'respond', date: '2024-06-03', text: 'x'.repeat(1001) }],
			[{ type: 'respond', date: '2024-06-03', text: 5 }],
			[{ type: 'approve', date: '1999-12-31' }],
			[['approve', '2024-06-03']],
			[null],
			{ type: 'approve', date: '2024-06-03' },
			Array.from({ length: 101 }, () => ({ type: 'competing-claim', date: '2024-06-03' })),
		];
		for (const value of tampered) {
			const decoded = decode(value);
			expect(decoded.rejected, JSON.stringify(value).slice(0, 80)).toEqual(['events']);
			expect(decoded.state.events).toEqual([]);
		}
		const wellFormed: LifecycleEvent[] = [
			{ type: 'start-review', date: '2024-06-04' },
			{ type: 'request-more-proof', date: '2024-06-05', reason: 'missing-products' },
			{ type: 'respond', date: '2024-06-06', text: 'x'.repeat(1000) },
			{ type: 'reject', date: '2024-06-07', reason: 'insufficient-poe' },
			{ type: 'dispute', date: '2024-06-08' },
		];
		expect(decode(wellFormed)).toEqual({ state: expect.objectContaining({ events: wellFormed }), rejected: [] });
		const holidays = Array.from({ length: 101 }, (_, day) => addCalendarDays('2024-01-01', day)).join(',');
		expect(decodeLifecycleParams(new URLSearchParams({ preset: 'happy-path', holidays })).rejected).toEqual(['holidays']);
	});

	it('starts clean when the claim itself is unreadable, ignoring its dates and events', () => {
		for (const params of [
			new URLSearchParams({ claim: '%%%', submitted: '2024-06-03', events: encodeJson(events) }),
			new URLSearchParams({ preset: 'no-such-preset', submitted: '2024-06-03', events: encodeJson(events) }),
		]) {
			const decoded = decodeLifecycleParams(params);
			expect(decoded.rejected).toHaveLength(1);
			expect(decoded.state).toEqual({
				source: { kind: 'preset', id: 'happy-path' },
				submitted: null,
				events: [],
				holidays: [],
				timeZone: null,
			});
		}
	});

	it('never throws on arbitrary queries (property)', () => {
		fc.assert(
			fc.property(
				fc.dictionary(fc.constantFrom('claim', 'preset', 'submitted', 'events', 'holidays', 'tz', 'x'), fc.string()),
				(entries) => {
					const decoded = decodeLifecycleParams(new URLSearchParams(entries));
					expect(decoded.state.source.kind === 'preset' || decoded.state.source.kind === 'claim').toBe(true);
				},
			),
		);
	});
});

describe('texts', () => {
	/** The messages of each group of facts, by the fact's id. */
	const dictionaries: Record<string, Record<string, readonly string[]>> = {
		statusTexts: Object.fromEntries(lifecycleStatuses.map((status) => [status, Object.values(statusKeys(status))])),
		eventTexts: Object.fromEntries(lifecycleEventTypes.map((event) => [event, [eventKey(event)]])),
		refusalTexts: Object.fromEntries(refusalCodes.map((code) => [code, [refusalKey(code)]])),
		commentTexts: Object.fromEntries(
			(
				[
					'submitted',
					'more-proof-requested',
					'partner-responded',
					'competing-claim',
					'arbitration-won',
					'arbitration-lost',
					'dispute',
				] as const
			).map((kind) => [kind, [commentKey(kind)]]),
		),
		deadlineTexts: Object.fromEntries(deadlineKinds.map((kind) => [kind, [deadlineKey(kind)]])),
		noteTexts: Object.fromEntries((Object.keys(noteCitations) as (keyof typeof noteCitations)[]).map((kind) => [kind, [noteKey(kind)]])),
	};
	const langs = catalogs.langs;

	it('say everything in every language, with the same placeholders', () => {
		const english = messagesFor('en');
		for (const [name, dictionary] of Object.entries(dictionaries)) {
			for (const [key, messageKeys] of Object.entries(dictionary)) {
				for (const lang of langs) {
					expect(
						catalogs.report(lang).missing.filter((missing) => missing.startsWith('lifecycle.')),
						lang,
					).toEqual([]);
					for (const messageKey of messageKeys as (keyof typeof english)[]) {
						const text = messagesFor(lang)[messageKey];
						expect(text.trim(), `${name}.${key}.${lang}`).not.toBe('');
						expect(messageArguments(text), `${name}.${key}.${lang}`).toEqual(messageArguments(english[messageKey]));
						if (lang !== 'en') expect(text, `${name}.${key}.${lang} is translated`).not.toBe(english[messageKey]);
					}
				}
			}
		}
		for (const reason of moreProofReasons) {
			expect(moreProofReasonCitations[reason], reason).toMatch(/^(MCA|CAI)#\d/);
			for (const lang of langs) expect(messagesFor(lang)[moreProofReasonKeys(reason).label].trim(), `${reason}.${lang}`).not.toBe('');
		}
		for (const reason of rejectionReasons) {
			for (const citation of rejectionReasonSources[reason].citations) expect(citation, reason).toMatch(/^(MCA|CAI)#\d/);
			for (const lang of langs) expect(messagesFor(lang)[rejectionReasonKeys(reason).label].trim(), `${reason}.${lang}`).not.toBe('');
		}
	});

	it('fill placeholders and leave unknown ones', () => {
		expect(formatMessage('by {deadline}, from {date}, {other}', { deadline: 'June 12', date: 'June 13' })).toBe(
			'by June 12, from June 13, {other}',
		);
	});
});
