import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulatorLinkChars } from '../../../src/budgets.ts';
import { claimPresets, presetSandbox } from '../../../src/claim/presets.ts';
import { emptyDraft } from '../../../src/claim/schema.ts';
import { withLegacySubscriptionId } from '../../../src/claim/url-decoding.ts';
import { decodeJson, decodeState, draftQuery, encodeJson, encodeState, initialState, presetQuery } from '../../../src/claim/url-state.ts';

describe('claim simulator URL state', () => {
	it('round-trips every preset draft, a submitted claim and an edited sandbox', () => {
		for (const preset of claimPresets) {
			const state = { ...initialState(), draft: preset.draft, step: 'contacts' as const, submitted: '2026-11-20', timeZone: 'Asia/Tokyo' };
			const decoded = decodeState(encodeState(state));
			expect(decoded.rejected).toEqual([]);
			expect(decoded.state).toEqual(state);
		}
		const sandbox = { ...presetSandbox, partnerName: 'Fabrikam 株式会社 <script>' };
		const params = encodeState({ ...initialState(), sandbox });
		expect(params.has('sandbox')).toBe(true);
		expect(decodeState(params).state.sandbox).toEqual(sandbox);
	});

	it('leaves the preset sandbox out of the link, so shared links stay short', () => {
		const params = encodeState({ ...initialState(), draft: claimPresets[0]!.draft });
		expect(params.has('sandbox')).toBe(false);
		expect(params.toString().length).toBeLessThan(simulatorLinkChars.value);
	});

	it('opens a preset by its id, and an unknown id starts clean and is reported', () => {
		const preset = claimPresets.find((candidate) => candidate.id === 'domain-tenant-mismatch')!;
		expect(decodeState(new URLSearchParams(presetQuery(preset.id))).state.draft).toEqual(preset.draft);
		const unknown = decodeState(new URLSearchParams('preset=nope'));
		expect(unknown.rejected).toEqual(['preset']);
		expect(unknown.state.draft).toEqual(emptyDraft());
	});

	it('prefills a draft for the helpers’ links', () => {
		const draft = { ...emptyDraft(), mpnId: '4412345', activity: 'usage' as const };
		const decoded = decodeState(new URLSearchParams(draftQuery(draft, 'activity')));
		expect(decoded.state.draft).toEqual(draft);
		expect(decoded.state.step).toBe('activity');
	});

	it('leaves the browser’s clock out of the link: only a picked time zone travels', () => {
		expect(encodeState(initialState()).has('tz')).toBe(false);
		expect(encodeState({ ...initialState(), timeZone: 'Europe/Berlin' }).get('tz')).toBe('Europe/Berlin');
	});

	it('opens links saved before one subscription ID per product: the old single ID goes to the product it is asked for', () => {
		const preset = claimPresets.find((candidate) => candidate.id === 'subscription-is-csp')!;
		const { subscriptionIds, ...rest } = preset.draft;
		const [[product, id]] = Object.entries(subscriptionIds) as [[string, string]];
		const old = new URLSearchParams({ draft: encodeJson({ ...rest, subscriptionId: id }) });
		const decoded = decodeState(old);
		expect(decoded.rejected).toEqual([]);
		expect(decoded.state.draft).toEqual(preset.draft);
		expect(decoded.state.draft.subscriptionIds).toEqual({ [product]: id });
		// The new field wins over the old one; where the flow asks for no subscription ID, the old one is dropped as the old flow ignored it.
		expect(withLegacySubscriptionId(preset.draft, { subscriptionId: 'other' }, presetSandbox)).toBe(preset.draft);
		const none = { ...rest, subscriptionIds: {}, products: [] };
		expect(withLegacySubscriptionId(none, { subscriptionId: id }, presetSandbox)).toBe(none);
		expect(withLegacySubscriptionId(none, 'not an object', presetSandbox)).toBe(none);
	});

	it('reports each tampered parameter and starts that part clean', () => {
		const good = encodeState({ ...initialState(), draft: claimPresets[0]!.draft });
		const tampered = new URLSearchParams(good);
		tampered.set('draft', `${good.get('draft')!.slice(0, -6)}!!`);
		tampered.set('sandbox', encodeJson({ partnerName: 'x', mpnIds: [] }));
		tampered.set('step', 'launch-missiles');
		tampered.set('submitted', '2026-02-30');
		tampered.set('tz', 'Mars/Olympus_Mons');
		const decoded = decodeState(tampered);
		expect(decoded.rejected).toEqual(['draft', 'sandbox', 'step', 'submitted', 'tz']);
		expect(decoded.state).toEqual(initialState());
	});

	it('never throws, whatever the query holds', () => {
		fc.assert(
			fc.property(fc.dictionary(fc.constantFrom('draft', 'sandbox', 'step', 'submitted', 'preset', 'x'), fc.string()), (query) => {
				const decoded = decodeState(new URLSearchParams(query));
				expect(decoded.state.sandbox.mpnIds.length).toBeGreaterThan(0);
			}),
		);
		fc.assert(
			fc.property(fc.jsonValue(), (value) => {
				const decoded = decodeState(new URLSearchParams({ draft: encodeJson(value), sandbox: encodeJson(value) }));
				expect(Array.isArray(decoded.rejected)).toBe(true);
			}),
		);
	});

	it('keeps Japanese and Chinese text intact through base64url', () => {
		const value = { comments: '顧客の承認待ち／等待客戶同意 😀' };
		const encoded = encodeJson(value);
		expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
		expect(decodeJson(encoded)).toEqual({ ok: true, value });
		expect(decodeJson('%%%')).toEqual({ ok: false });
	});
});

describe('the empty draft', () => {
	it('is what the draft schema gives for nothing at all', async () => {
		const { claimDraftSchema } = await import('../../../src/claim/schema.ts');
		expect(emptyDraft()).toEqual(claimDraftSchema.parse({}));
	});
});
