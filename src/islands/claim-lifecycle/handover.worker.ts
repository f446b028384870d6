/**
 * Reads a handed-over claim (`?claim=…`) off the main thread's bundle: this worker is built as its own bundle,
 * so the claim schemas and zod's full build (about 25 kB gzipped) are fetched only for hand-over links and are
 * not shared with, and so not loaded by, every visit to the simulator. Answers a `ClaimSummary` or `null`. Carries the deflate codec, for
 * hand-over links whose claim is deflated.
 */
import '../../claim/deflate.ts';
import { readHandedOverClaim } from '../../claim/lifecycle/handover.ts';

self.addEventListener('message', (event: MessageEvent<{ claim?: unknown; sandbox?: unknown }>) => {
	const { claim, sandbox } = event.data ?? {};
	self.postMessage(typeof claim === 'string' ? readHandedOverClaim(claim, typeof sandbox === 'string' ? sandbox : null) : null);
});
