/**
 * #14 eleventh review (notes/review14k.md), item 1: the lifecycle judges a handed-over claim against the sandbox the
 * claim simulator checked it against, so the two simulators tell one story about a competing claim on the reader's
 * own sandbox too, not only on the sample one; items 2 and 3: after another partner wins an arbitration, a new claim
 * for the product goes through arbitration (CAI#166), and an arbitration that takes longer is not called late (CAI#170).
 */
import { describe, expect, it } from 'vitest';
import { encodeJson } from '../../../../src/claim/base64-json.ts';
import { readHandedOverClaim } from '../../../../src/claim/lifecycle/handover.ts';
import {
	claimFacts,
	decodeLifecycleParams,
	encodeLifecycleParams,
	lifecycleQuery,
	replay,
	type LifecycleEvent,
} from '../../../../src/claim/lifecycle/index.ts';
import { noteCitations } from '../../../../src/claim/lifecycle/reasons.ts';
import { findPreset, presetSandbox, presetSubscriptions } from '../../../../src/claim/presets.ts';
import type { Sandbox } from '../../../../src/claim/schema.ts';
import { validateClaim } from '../../../../src/claim/steps.ts';
import { encodeState, initialStateOn } from '../../../../src/claim/url-encoding.ts';

const draftOf = (id: string) => findPreset(id)!.draft;
const warnsCompeting = (draft: ReturnType<typeof draftOf>, sandbox: Sandbox) =>
	validateClaim(draft, sandbox).warnings.some((warning) => warning.code === 'COMPETING_CLAIM');

/** The hand-over link the claim simulator writes for a claim submitted on `sandbox`, read as the lifecycle reads it. */
function handedOver(draft: ReturnType<typeof draftOf>, sandbox: Sandbox) {
	const sandboxParam = encodeState({ ...initialStateOn(sandbox), draft }, presetSandbox).get('sandbox');
	const link = lifecycleQuery(draft, '2026-06-01', sandboxParam);
	const decoded = decodeLifecycleParams(link);
	expect(decoded.rejected).toEqual([]);
	const source = decoded.state.source;
	if (source.kind !== 'claim') throw new Error('not a claim');
	// A reload keeps the sandbox: the lifecycle writes it back into its own URL.
	const reloaded = decodeLifecycleParams(encodeLifecycleParams({ ...decoded.state, submitted: '2026-06-01', events: [] }));
	expect(reloaded.state.source).toEqual(source);
	return readHandedOverClaim(source.param, source.sandbox ?? null);
}

const approveAtOnce = (summary: NonNullable<ReturnType<typeof readHandedOverClaim>>) =>
	replay(
		{ status: 'submitted', date: '2026-06-01' },
		[
			{ type: 'start-review', date: '2026-06-02' },
			{ type: 'approve', date: '2026-06-03' },
		],
		claimFacts(summary),
	).ok;

describe('the hand-over judges the claim against the reader’s sandbox (#14 eleventh review, item 1)', () => {
	it('no competing claim once the reader removed the other partner’s subscription', () => {
		const draft = draftOf('competing-claim');
		const sandbox: Sandbox = {
			...presetSandbox,
			subscriptions: presetSandbox.subscriptions.filter((s) => s.id !== presetSubscriptions.adventureWorksMicrosoft365Claimed),
		};
		expect(warnsCompeting(draft, sandbox)).toBe(false);
		const summary = handedOver(draft, sandbox)!;
		expect(summary.competing).toBe(false);
		expect(approveAtOnce(summary)).toBe(true);
	});

	it('a competing claim once the reader marked a subscription of the product as in another partner’s claim', () => {
		const draft = draftOf('microsoft-365-usage');
		const sandbox: Sandbox = {
			...presetSandbox,
			subscriptions: presetSandbox.subscriptions.map((s) =>
				s.id === presetSubscriptions.contosoMicrosoft365 ? { ...s, alreadyClaimed: true } : s,
			),
		};
		expect(warnsCompeting(draft, sandbox)).toBe(true);
		const summary = handedOver(draft, sandbox)!;
		expect(summary.competing).toBe(true);
		expect(approveAtOnce(summary)).toBe(false);
	});

	it('the sample sandbox without a sandbox parameter (links written before), and an unreadable sandbox is no claim', () => {
		const draft = draftOf('competing-claim');
		expect(lifecycleQuery(draft, '2026-06-01').has('sandbox')).toBe(false);
		expect(readHandedOverClaim(lifecycleQuery(draft, '2026-06-01').get('claim')!)?.competing).toBe(true);
		expect(readHandedOverClaim(lifecycleQuery(draft, '2026-06-01').get('claim')!, encodeJson({ mpnIds: 'no' }))).toBeNull();
	});
});

describe('after another partner wins an arbitration (#14 eleventh review, items 2 and 3)', () => {
	const summary = readHandedOverClaim(lifecycleQuery(draftOf('competing-claim'), '2026-06-01').get('claim')!)!;
	const start = { status: 'submitted', date: '2026-06-01' } as const;
	const lost: LifecycleEvent[] = [
		{ type: 'start-review', date: '2026-06-02' },
		{ type: 'arbitration-lost', date: '2026-06-03' },
		{ type: 'new-claim', date: '2026-07-10' },
		{ type: 'submit', date: '2026-07-10' },
		{ type: 'start-review', date: '2026-07-13' },
	];

	it('a new claim for the same product goes through arbitration (CAI#166), and says why on its first entry', () => {
		const played = replay(start, lost, claimFacts(summary));
		expect(played.ok).toBe(true);
		if (!played.ok) return;
		const newClaim = played.state.entries.find((entry) => entry.claimNumber === 2)!;
		expect(newClaim.notes.map((note) => note.kind)).toContain('associated-elsewhere');
		expect(noteCitations['associated-elsewhere']).toEqual(['CAI#166', 'CAI#168']);
		const approve = replay(start, [...lost, { type: 'approve', date: '2026-07-14' }], claimFacts(summary));
		expect(approve.ok ? 'approved' : approve.refusal.code).toBe('arbitration-pending');
		const won = replay(start, [...lost, { type: 'arbitration-won', date: '2026-07-14' }], claimFacts(summary));
		expect(won.ok && won.state.status).toBe('approved');
	});

	it('an arbitration that keeps the claim Under review past five business days is not "longer than documented" (CAI#170)', () => {
		const played = replay(
			start,
			[
				{ type: 'start-review', date: '2026-06-02' },
				{ type: 'arbitration-won', date: '2026-06-19' },
			],
			claimFacts(summary),
		);
		expect(played.ok).toBe(true);
		if (played.ok)
			expect(played.state.entries.flatMap((entry) => entry.notes.map((note) => note.kind))).not.toContain('past-service-level');
	});
});
