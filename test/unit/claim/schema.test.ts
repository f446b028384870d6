import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { presetSandbox } from '../../../src/claim/presets.ts';
import { claimDraftSchema, emptyDraft, parseDraft, parseSandbox, sandboxSchema, type Sandbox } from '../../../src/claim/schema.ts';
import { happy } from './helpers.ts';

const issuePaths = (result: ReturnType<typeof parseSandbox>) => (result.ok ? [] : result.issues.map((issue) => issue.path));

describe('parseSandbox', () => {
	it('accepts the preset sandbox unchanged', () => {
		expect(parseSandbox(presetSandbox)).toEqual({ ok: true, value: presetSandbox });
	});

	it('accepts the preset sandbox after a JSON round trip', () => {
		expect(parseSandbox(JSON.parse(JSON.stringify(presetSandbox)))).toMatchObject({ ok: true });
	});

	it('names the path of a malformed field', () => {
		const broken = structuredClone(presetSandbox) as Sandbox;
		(broken.mpnIds[0] as { id: string }).id = 'MPN-1';
		(broken.customerTenants[1] as { tenantId: string }).tenantId = 'northwind';
		const result = parseSandbox(broken);
		expect(result.ok).toBe(false);
		expect(issuePaths(result)).toEqual(['mpnIds.0.id', 'customerTenants.1.tenantId']);
	});

	it('reports dangling references and duplicates', () => {
		const broken = structuredClone(presetSandbox) as Sandbox;
		const subscriptions = broken.subscriptions as Sandbox['subscriptions'][number][];
		const first = subscriptions[0];
		if (first === undefined) throw new Error('preset has subscriptions');
		subscriptions.push({ ...first, product: 'dynamics-365-marketing' });
		subscriptions.push({ ...first, id: '11111111-1111-4111-8111-111111111111', tenantId: '22222222-2222-4222-8222-222222222222' });
		(broken.customerTenants[2]?.domains as string[]).push('CONTOSO.COM');
		(broken.mpnIds as Sandbox['mpnIds'][number][]).push({ ...broken.mpnIds[0]!, name: 'copy' });
		expect(issuePaths(parseSandbox(broken)).sort()).toEqual(
			['customerTenants.2.domains.2', 'mpnIds.3.id', 'subscriptions.18.id', 'subscriptions.18.product', 'subscriptions.19.tenantId'].sort(),
		);
	});

	it('returns issues, never throws, for inputs that are not sandboxes', () => {
		for (const input of [undefined, null, 42, 'sandbox', [], {}, { mpnIds: 'x' }]) {
			const result = parseSandbox(input);
			expect(result.ok).toBe(false);
			if (!result.ok) expect(result.issues.length).toBeGreaterThan(0);
		}
	});
});

describe('parseDraft', () => {
	it('fills a missing field with a blank one, so a draft can be built step by step', () => {
		expect(parseDraft({})).toEqual({ ok: true, value: emptyDraft() });
		expect(emptyDraft()).toEqual({
			mpnId: '',
			customerDomain: '',
			tenantId: '',
			solutionArea: null,
			activity: null,
			products: [],
			contacts: {
				customer: { name: '', title: '', email: '' },
				technical: { name: '', title: '', email: '' },
				company: { name: '', email: '' },
			},
			claimName: '',
			subscriptionIds: {},
			revenueAssociation: { solutionSellerName: '', customerName: '', isvProductName: '' },
			proofOfExecution: null,
			comments: '',
		});
	});

	it('keeps a complete draft as it is, and fills in a partial contact', () => {
		expect(parseDraft(happy())).toEqual({ ok: true, value: happy() });
		const partial = parseDraft({ contacts: { customer: { name: 'Megan Bowen' } } });
		expect(partial.ok && partial.value.contacts.customer).toEqual({ name: 'Megan Bowen', title: '', email: '' });
	});

	it('rejects values of the wrong kind with their paths', () => {
		const result = parseDraft({
			activity: 'pre-sales',
			products: 'dynamics-365-sales',
			proofOfExecution: { fileName: 'sow.pdf', sizeBytes: -1 },
		});
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.issues.map((issue) => issue.path)).toEqual(['activity', 'products', 'proofOfExecution.sizeBytes']);
	});

	it('returns one issue instead of throwing when reading the input throws', () => {
		const hostile = new Proxy(
			{},
			{
				get: () => {
					throw new Error('boom');
				},
				has: () => {
					throw new Error('boom');
				},
			},
		);
		const getter = Object.defineProperty({}, 'mpnId', {
			enumerable: true,
			get: () => {
				throw new Error('boom');
			},
		});
		for (const input of [hostile, getter]) {
			expect(() => parseDraft(input)).not.toThrow();
			expect(parseDraft(input).ok).toBe(false);
			expect(() => parseSandbox(input)).not.toThrow();
		}
	});
});

describe('the boundary, for any input at all (property)', () => {
	it('parseDraft and parseSandbox never throw and always return a typed result', () => {
		fc.assert(
			fc.property(
				fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true, withTypedArray: true }),
				(input) => {
					for (const result of [parseDraft(input), parseSandbox(input)]) {
						if (result.ok) expect(result.value).toBeTypeOf('object');
						else expect(result.issues.every((issue) => typeof issue.path === 'string' && issue.message.length > 0)).toBe(true);
					}
					const draft = parseDraft(input);
					if (draft.ok) expect(claimDraftSchema.safeParse(draft.value).success).toBe(true);
					const sandbox = parseSandbox(input);
					if (sandbox.ok) expect(sandboxSchema.safeParse(sandbox.value).success).toBe(true);
				},
			),
			{ numRuns: 500 },
		);
	});

	it('parseDraft accepts objects that have only draft-like fields of the right kinds', () => {
		const draftLike = fc.record(
			{
				mpnId: fc.string(),
				tenantId: fc.string(),
				products: fc.array(fc.string()),
				activity: fc.constantFrom('presales', 'usage', 'revenue-association', null),
			},
			{ requiredKeys: [] },
		);
		fc.assert(fc.property(draftLike, (input) => parseDraft(input).ok));
	});
});
