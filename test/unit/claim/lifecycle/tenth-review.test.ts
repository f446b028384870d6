/**
 * #14 tenth review (notes/review14j.md), lifecycle items 1, 8 and 12: the claim simulator and the lifecycle tell one
 * story about a competing claim; a status the simulator assumes says so wherever the claim has it; citations no wider
 * than the sentences that say the thing.
 */
import { describe, expect, it } from 'vitest';
import { encodeJson } from '../../../../src/claim/base64-json.ts';
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
		expect(replayed?.notices).toEqual([{ kind: 'truncated', event: 'approve' }]);
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
