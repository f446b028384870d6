/**
 * The links' deflate form (#17): old plain links still decode, long states are written deflated once the codec is
 * installed, a deflate bomb is refused, and the tools' long states fit `LINK_LIMIT`.
 */
import { describe, expect, it } from 'vitest';
import { decodeJson, encodeJson, hasCodec, LINK_LIMIT } from '../../../src/claim/base64-json.ts';
import { decodeState, encodeState, initialState } from '../../../src/claim/url-state.ts';

describe('deflated link values', () => {
	it('are read only once the codec is installed; plain ones always', async () => {
		const value = { claimName: '顧客の承認待ち'.repeat(100) };
		const plain = encodeJson(value);
		expect(plain).toMatch(/^[A-Za-z0-9_-]+$/);
		expect(hasCodec()).toBe(false);
		await import('../../../src/claim/deflate.ts');
		const deflated = encodeJson(value);
		expect(deflated.startsWith('.')).toBe(true);
		expect(deflated.length).toBeLessThan(plain.length / 10);
		expect(decodeJson(deflated)).toEqual({ ok: true, value });
		expect(decodeJson(plain)).toEqual({ ok: true, value });
		expect(encodeJson({ a: 1 })).toMatch(/^[A-Za-z0-9_-]+$/);
	});

	it('refuse a deflate bomb and anything malformed', async () => {
		await import('../../../src/claim/deflate.ts');
		const { deflateSync } = await import('fflate');
		const bomb = deflateSync(new TextEncoder().encode(`"${'a'.repeat(2_000_000)}"`), { level: 9 });
		let binary = '';
		for (const byte of bomb) binary += String.fromCharCode(byte);
		const text = `.${btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '')}`;
		expect(decodeJson(text)).toEqual({ ok: false });
		for (const bad of ['.', '.!!', '..abc', '.AAAA', '.eJw']) expect(decodeJson(bad).ok, bad).toBe(false);
	});

	it('keep a claim with a 10,000-character name under the link limit', async () => {
		await import('../../../src/claim/deflate.ts');
		const state = { ...initialState(), draft: { ...initialState().draft, claimName: '請求'.repeat(5000) } };
		const query = encodeState(state);
		expect(query.toString().length).toBeLessThan(LINK_LIMIT);
		expect(decodeState(query).state.draft.claimName).toBe(state.draft.claimName);
	});
});
