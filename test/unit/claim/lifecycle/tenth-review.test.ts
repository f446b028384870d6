/**
 * #14 tenth review (notes/review14j.md), lifecycle items 1, 3 and 12: the claim simulator and the lifecycle tell one
 * story about a competing claim; an accepted event whose acceptance rests on the simulator's assumption says so where it
 * happens; citations no wider than the sentences that say the thing.
 */
import { describe, expect, it } from 'vitest';
import { encodeJson } from '../../../../src/claim/base64-json.ts';
import { addCalendarDays } from '../../../../src/claim/business-days.ts';
import { readHandedOverClaim } from '../../../../src/claim/lifecycle/handover.ts';
import {
	applyEvent,
	claimFacts,
	claimSummary,
	currentEntry,
	decodeLifecycleParams,
	lifecycleQuery,
	refusalBasis,
	rejectionReasonSources,
	replay,
	startFromUrl,
	type LifecycleEvent,
} from '../../../../src/claim/lifecycle/index.ts';
import { claimPresets, findPreset, presetSandbox, presetSubscriptions } from '../../../../src/claim/presets.ts';
import { statusAssumptionOf } from '../../../../src/claim/lifecycle/rules.ts';
import { validateClaim } from '../../../../src/claim/steps.ts';
import { catalogs, messagesFor } from '../../../../src/i18n/messages.ts';
import { walkLifecycle } from './walk.ts';

function presetDraft(id: string) {
	const preset = findPreset(id);
	if (!preset) throw new Error(`no claim preset ${id}`);
	return preset.draft;
}

/**
 * A hand-over link of the claim simulator's "Microsoft 365 already associated with another partner (arbitration)" claim,
 * as links were written before the lifecycle knew of its competing claim: the claim and the submission date only.
 */
const OLD_COMPETING_LINK =
	'claim=eyJtcG5JZCI6IjQ0MTIzNDUiLCJjdXN0b21lckRvbWFpbiI6ImFkdmVudHVyZS13b3Jrcy5jb20iLCJ0ZW5hbnRJZCI6IjYzOTRkNjQ5LWNjOTktNDZkNi1iYjM1LTk1YmE4MmRkM2YzNyIsInNvbHV0aW9uQXJlYSI6Im1pY3Jvc29mdC0zNjUiLCJhY3Rpdml0eSI6InVzYWdlIiwicHJvZHVjdHMiOlsibWljcm9zb2Z0LTM2NS1lMyJdLCJjb250YWN0cyI6eyJjdXN0b21lciI6eyJuYW1lIjoiTWVnYW4gQm93ZW4iLCJ0aXRsZSI6IklUIERpcmVjdG9yIiwiZW1haWwiOiJtZWdhbi5ib3dlbkBhZHZlbnR1cmUtd29ya3MuY29tIn0sInRlY2huaWNhbCI6eyJuYW1lIjoiQWxleCBXaWxiZXIiLCJ0aXRsZSI6IkR5bmFtaWNzIDM2NSBhZG1pbmlzdHJhdG9yIiwiZW1haWwiOiJhbGV4LndpbGJlckBhZHZlbnR1cmUtd29ya3MuY29tIn0sImNvbXBhbnkiOnsibmFtZSI6IkFkZWxlIFZhbmNlIiwiZW1haWwiOiJhZGVsZS52YW5jZUBmYWJyaWthbS5jb20ifX0sImNsYWltTmFtZSI6IkFkdmVudHVyZSBXb3JrcyDigJMgTWljcm9zb2Z0IDM2NSBhZG9wdGlvbiIsInByb29mT2ZFeGVjdXRpb24iOnsiZmlsZU5hbWUiOiJzdGF0ZW1lbnQtb2Ytd29yay1zaWduZWQucGRmIiwic2l6ZUJ5dGVzIjoyNDgzMTJ9fQ&submitted=2024-06-03';

const warnsCompeting = (draft: Parameters<typeof validateClaim>[0], sandbox = presetSandbox) =>
	validateClaim(draft, sandbox).warnings.some((warning) => warning.code === 'COMPETING_CLAIM');

describe('item 1: a claim the claim simulator says will go through arbitration reaches the lifecycle in arbitration', () => {
	const draft = presetDraft('competing-claim');

	it('the hand-over carries the competing claim, and the reviewer can’t approve until the arbitration decides', () => {
		expect(findPreset('competing-claim')?.expected).toBe('COMPETING_CLAIM');
		expect(validateClaim(draft, presetSandbox)).toMatchObject({ ok: true });
		expect(warnsCompeting(draft)).toBe(true);
		const summary = readHandedOverClaim(lifecycleQuery(draft, '2024-06-03').get('claim') ?? '');
		expect(summary).toMatchObject({ competing: true, dynamics: false });
		const facts = claimFacts(summary!);
		const start = { status: 'submitted', date: '2024-06-03' } as const;

		const approved = replay(
			start,
			[
				{ type: 'start-review', date: '2024-06-04' },
				{ type: 'approve', date: '2024-06-05' },
			],
			facts,
		);
		expect(approved).toMatchObject({ ok: false, index: 1, refusal: { code: 'arbitration-pending' } });
		// The submission says why, with the sentences of the arbitration (CAI#168) and of one partner per workload (OSA#131).
		expect(approved.state.entries[0]?.notes).toEqual([{ kind: 'competing-at-submission', date: '2024-06-03' }]);
		expect(approved.state.competing).toBe(true);
		expect(currentEntry(approved.state).deadline).toMatchObject({ kind: 'arbitration', citations: ['CAI#170'] });

		// The engine's documented way on: the arbitration decides (CAI#168); no second competing claim from the same partner.
		const won = replay(
			start,
			[
				{ type: 'start-review', date: '2024-06-04' },
				{ type: 'arbitration-won', date: '2024-06-12' },
			],
			facts,
		);
		expect(won.ok && currentEntry(won.state).status).toBe('approved');
		expect(applyEvent(approved.state, { type: 'competing-claim', date: '2024-06-05' })).toMatchObject({
			ok: false,
			refusal: { code: 'already-competing' },
		});
	});

	it('an old hand-over link (the claim only) still opens, and gets the competing claim from the claim itself', () => {
		const params = new URLSearchParams(OLD_COMPETING_LINK);
		expect(lifecycleQuery(draft, '2024-06-03').toString()).toBe(OLD_COMPETING_LINK);
		const decoded = decodeLifecycleParams(params);
		expect(decoded.rejected).toEqual([]);
		const started = startFromUrl(decoded, readHandedOverClaim(params.get('claim') ?? ''), [], '2024-06-10');
		expect(started?.notices).toEqual([]);
		expect(started?.data.summary.competing).toBe(true);
		// An old link that recorded an approval: the timeline stops before it, and says so.
		const events: LifecycleEvent[] = [
			{ type: 'start-review', date: '2024-06-04' },
			{ type: 'approve', date: '2024-06-05' },
		];
		const recorded = decodeLifecycleParams(new URLSearchParams({ ...Object.fromEntries(params), events: encodeJson(events) }));
		const replayed = startFromUrl(recorded, readHandedOverClaim(params.get('claim') ?? ''), [], '2024-06-10');
		expect(replayed?.notices).toMatchObject([{ kind: 'truncated', event: 'approve', refusal: { code: 'arbitration-pending' } }]);
		expect(replayed?.data.events).toEqual(events.slice(0, 1));
	});

	it('kind: every claim the claim simulator lets through starts competing exactly when it warns COMPETING_CLAIM', () => {
		const submitted = claimPresets.filter((preset) => validateClaim(preset.draft, presetSandbox).ok);
		expect(submitted.length).toBeGreaterThan(3);
		for (const preset of submitted) {
			const warned = warnsCompeting(preset.draft);
			const state = replay({ status: 'submitted', date: '2024-06-03' }, [], claimFacts(claimSummary(preset.draft))).state;
			expect(state.competing, preset.id).toBe(warned);
			const approve = replay(
				{ status: 'submitted', date: '2024-06-03' },
				[
					{ type: 'start-review', date: '2024-06-04' },
					{ type: 'approve', date: '2024-06-05' },
				],
				claimFacts(claimSummary(preset.draft)),
			);
			expect(approve.ok, preset.id).toBe(!warned);
		}
		// A Dynamics 365 product with another product another partner already claims (the fifth review's Dynamics case
		// decides a Dynamics-only claim; this one is not): the warning, and the arbitration, come with it.
		const sandbox = {
			...presetSandbox,
			subscriptions: presetSandbox.subscriptions.map((subscription) =>
				subscription.id === presetSubscriptions.contosoPowerBi ? { ...subscription, alreadyClaimed: true } : subscription,
			),
		};
		const mixed = { ...presetDraft('happy-path'), products: ['dynamics-365-sales', 'power-bi-pro'] };
		expect(warnsCompeting(mixed, sandbox)).toBe(true);
		expect(claimSummary(mixed, sandbox)).toMatchObject({ dynamics: true, dynamicsOnly: false, competing: true });
	});
});

describe('item 3 and its kind: an accepted event that rests on the simulator’s assumption says so where it happens', () => {
	const facts = { dynamics: false, dynamicsOnly: false };
	const start = { status: 'submitted', date: '2026-05-01' } as const;
	const rejected: LifecycleEvent[] = [
		{ type: 'start-review', date: '2026-05-04' },
		{ type: 'reject', reason: 'insufficient-poe', date: '2026-05-05' },
	];

	it('a new claim before the 30 days to dispute have passed carries the simulator’s assumption (MCA#160 describes one after)', () => {
		const during = replay(start, [...rejected, { type: 'new-claim', date: '2026-05-06' }], facts);
		expect(during.ok).toBe(true);
		expect(currentEntry(during.state)).toMatchObject({ claimNumber: 2, status: 'editing', cause: 'new-claim' });
		expect(currentEntry(during.state).notes).toEqual([{ kind: 'new-claim-in-dispute-window', date: '2026-05-06' }]);
		// The last day to dispute (2026-06-04) still counts; the day after, the documented new association (MCA#160).
		const lastDay = replay(start, [...rejected, { type: 'new-claim', date: '2026-06-04' }], facts);
		expect(currentEntry(lastDay.state).notes.map((note) => note.kind)).toEqual(['new-claim-in-dispute-window']);
		const after = replay(start, [...rejected, { type: 'new-claim', date: '2026-06-05' }], facts);
		expect(currentEntry(after.state).notes).toEqual([]);
		for (const lang of catalogs.langs) {
			const messages = messagesFor(lang);
			const label = messages['lifecycle.ui.assumption'].split('{assumption}')[0]!;
			expect(messages['lifecycle.note.new-claim-in-dispute-window'].startsWith(label), lang).toBe(true);
			expect(messages['lifecycle.note.new-claim-in-dispute-window'], lang).toContain('MCA#160');
			expect(messages['lifecycle.note.deadline-day'].startsWith(label), lang).toBe(true);
		}
	});

	it('an event on its deadline’s last day carries the simulator’s count of the days (the sources give the figure only)', () => {
		const moreInfo: LifecycleEvent[] = [
			{ type: 'start-review', date: '2026-05-04' },
			{ type: 'request-more-proof', reason: 'missing-products', date: '2026-05-05' },
		];
		// 5 business days from Tuesday 2026-05-05: Tuesday 2026-05-12.
		const onTime = replay(start, [...moreInfo, { type: 'respond', date: '2026-05-12' }], facts);
		expect(currentEntry(onTime.state).notes).toEqual([{ kind: 'deadline-day', date: '2026-05-12' }]);
		const early = replay(start, [...moreInfo, { type: 'respond', date: '2026-05-11' }], facts);
		expect(currentEntry(early.state).notes).toEqual([]);
		const disputed = replay(start, [...rejected, { type: 'dispute', date: '2026-06-04' }], facts);
		expect(currentEntry(disputed.state).notes).toEqual([{ kind: 'deadline-day', date: '2026-06-04' }]);
	});

	it('kind: over every reachable state, an accepted event carries its note exactly when the assumption decides it', () => {
		const deadlineRefusals = new Set(['response-too-late', 'dispute-window-over', 'consent-window-over']);
		let onDeadline = 0;
		let inWindow = 0;
		for (const { state, event, result } of walkLifecycle()) {
			if (!result.ok) continue;
			// The notes this event wrote: on the entry it began, or added to the current one (a competing claim, an ending subscription).
			const sameEntry = result.state.entries.length === state.entries.length;
			const notes = currentEntry(result.state).notes.slice(sameEntry ? currentEntry(state).notes.length : 0);
			const kinds = notes.map((note) => note.kind);
			// Accepted today, refused tomorrow for its deadline: the day count decides it.
			const tomorrow = applyEvent(state, { ...event, date: addCalendarDays(event.date, 1) });
			const lastDay = !tomorrow.ok && deadlineRefusals.has(tomorrow.refusal.code);
			expect(kinds.includes('deadline-day'), `${state.status} ${JSON.stringify(event)}`).toBe(lastDay);
			if (lastDay) onDeadline += 1;
			// A new claim while a dispute is still possible: the sources describe one after the 30 days only.
			if (event.type === 'new-claim') {
				const disputable = applyEvent(state, { type: 'dispute', date: event.date }).ok;
				expect(kinds.includes('new-claim-in-dispute-window'), `${state.status} ${event.date}`).toBe(disputable);
				if (disputable) inWindow += 1;
			}
		}
		expect(onDeadline).toBeGreaterThan(0);
		expect(inWindow).toBeGreaterThan(0);
	});
});

describe('item 8’s kind: a status the simulator assumes says so wherever the claim has it', () => {
	it('a disputed claim keeps its status assumption when a competing claim replaces the dispute’s deadline', () => {
		const disputed = replay(
			{ status: 'submitted', date: '2026-05-01' },
			[
				{ type: 'start-review', date: '2026-05-04' },
				{ type: 'reject', reason: 'insufficient-poe', date: '2026-05-05' },
				{ type: 'dispute', date: '2026-05-06' },
				{ type: 'competing-claim', date: '2026-05-07' },
			],
			{ dynamics: false, dynamicsOnly: false },
		);
		expect(disputed.ok).toBe(true);
		expect(currentEntry(disputed.state)).toMatchObject({ status: 'under-review', cause: 'dispute', deadline: { kind: 'arbitration' } });
		expect(statusAssumptionOf(currentEntry(disputed.state))).toBe('lifecycle.assumption.status.after-dispute');
		// The start and a documented move name no assumption.
		expect(statusAssumptionOf(disputed.state.entries[1]!)).toBeUndefined();
	});
});

describe('item 12: each citation names the sentences that say the thing, no wider', () => {
	it('cites MCA#175 (the reason’s name) and MCA#177 (its rule) for an insufficient proof of execution, not MCA#176', () => {
		expect(rejectionReasonSources['insufficient-poe'].citations).toEqual(['MCA#175', 'MCA#177']);
	});

	it('cites MCA#134 (it stays in Editing until submitted) for “already submitted”, not MCA#133 (“has been created”)', () => {
		expect(refusalBasis('already-submitted')).toEqual({ kind: 'documented', citations: ['MCA#134', 'MCA#150'] });
	});

	it('cites MCA#199–200 (reviewers and partners write in Comments) for the comments, not the heading MCA#197 or MCA#198', () => {
		for (const lang of catalogs.langs) {
			const note = messagesFor(lang)['lifecycle.ui.commentsNote'];
			expect(note, lang).toContain('MCA#199–200');
			expect(note, lang).not.toContain('MCA#197');
		}
	});
});
