/**
 * Benchmark of the claim engine: validates N drafts (the presets, and random variations of them) against the
 * preset sandbox and returns the mean time of one `validateClaim`, in milliseconds. Its budget is `claimValidationMs` in
 * `src/budgets.ts`, held by `npm run bench` (not by a unit test: a busy machine must not fail one).
 * Deterministic for a given seed; no test-only dependencies, so `npm run bench` can run it with plain Node.
 */
import { claimPresets, presetSandbox } from './presets.ts';
import type { ClaimDraft, Sandbox } from './schema.ts';
import { activities, solutionAreas } from './schema.ts';
import { validateClaim } from './steps.ts';

/** Mean milliseconds per validation over `n` drafts (after a short untimed warm-up). */
export function benchValidation(n = 5_000, seed = 2020): number {
	const count = Math.max(1, Math.floor(n));
	const random = mulberry32(seed);
	const drafts = Array.from({ length: count }, (_, index) => benchDraft(index, random, presetSandbox));
	for (const draft of drafts.slice(0, 200)) validateClaim(draft, presetSandbox);
	const start = performance.now();
	for (const draft of drafts) validateClaim(draft, presetSandbox);
	return (performance.now() - start) / count;
}

/** Every other draft is a preset as it is; the rest are presets with a few fields swapped at random. */
function benchDraft(index: number, random: () => number, sandbox: Sandbox): ClaimDraft {
	const base = pick(claimPresets, random).draft;
	if (index % 2 === 0) return base;
	const draft: ClaimDraft = { ...base };
	if (random() < 0.3) draft.mpnId = pick(sandbox.mpnIds, random).id;
	if (random() < 0.3) {
		const tenant = pick(sandbox.customerTenants, random);
		draft.tenantId = tenant.tenantId;
		draft.customerDomain = pick(tenant.domains, random);
	}
	if (random() < 0.3) draft.solutionArea = pick(solutionAreas, random);
	if (random() < 0.3) draft.activity = pick(activities, random);
	if (random() < 0.5) draft.products = sandbox.products.filter(() => random() < 0.3).map((product) => product.id);
	if (random() < 0.5) {
		const subscription = pick(sandbox.subscriptions, random);
		draft.subscriptionIds = { [pick(sandbox.products, random).id]: subscription.id };
	}
	return draft;
}

function pick<T>(items: readonly T[], random: () => number): T {
	const item = items[Math.floor(random() * items.length)];
	if (item === undefined) throw new Error('bench: nothing to pick from');
	return item;
}

/** A small seeded PRNG (mulberry32): numbers in [0, 1), the same for the same seed, so every run meets the same cases. */
export function mulberry32(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
	};
}
