/**
 * Where the lifecycle island starts from a query: the page URL's on load, or a saved file's (#17). The deflate codec
 * loads first when a value is deflated; a handed-over claim (`?claim=…`) is read in `handover.worker.ts` (see there
 * why a worker); the rest is `startFromUrl` (`src/claim/lifecycle/simulator.ts`), which never throws.
 */
import type { ClaimSummary } from '../../claim/lifecycle/claim-summary.ts';
import { startFromUrl, type PresetClaim } from '../../claim/lifecycle/simulator.ts';
import { decodeLifecycleParams } from '../../claim/lifecycle/url-state.ts';
import { readyToDecode } from '../links/deflate-on-demand.ts';
import { safeToday } from '../time-zone/time-zone.ts';

/** How long the hand-over worker may take to load and answer before the island says it couldn't load. */
const WORKER_TIMEOUT_MS = 20_000;

/** Reads a handed-over claim's parameter: its summary, `null` if it isn't a claim, `failed` if the reader couldn't load. */
export type ClaimReader = (param: string, sandbox: string | null) => Promise<ClaimSummary | null | 'failed'>;

/**
 * The summary of a handed-over claim, read by `handover.worker.ts`; `null` if unreadable; `failed` when the worker
 * itself couldn't load or didn't answer in time (a network failure, not a damaged link).
 */
function readInWorker(param: string, sandbox: string | null): Promise<ClaimSummary | null | 'failed'> {
	return new Promise((resolve) => {
		try {
			const worker = new Worker(new URL('./handover.worker.ts', import.meta.url), { type: 'module' });
			const done = (summary: ClaimSummary | null | 'failed') => {
				clearTimeout(timer);
				worker.terminate();
				resolve(summary);
			};
			const timer = setTimeout(() => done('failed'), WORKER_TIMEOUT_MS);
			worker.addEventListener('message', (event: MessageEvent<ClaimSummary | null>) => done(event.data));
			// The worker never throws on a claim (`readHandedOverClaim`): an error is its script failing to load.
			worker.addEventListener('error', () => done('failed'));
			worker.postMessage({ claim: param, sandbox });
		} catch {
			resolve('failed');
		}
	});
}

/** The scenarios the page offers: the first with its claim; every claim and script downloaded with the later texts. */
export interface PresetSource {
	/** By lifecycle preset id; `summary` where the page carries it. */
	readonly onPage: ReadonlyArray<{ readonly id: string; readonly summary?: ClaimSummary }>;
	/** Every scenario's claim and script (`LaterTexts.presets`); rejects when they couldn't be downloaded. */
	readonly later: () => Promise<readonly PresetClaim[]>;
}

/**
 * The simulator's start from `params` (the `loaded` action's data and notices; `null` without any preset to start
 * from), `failed` when the codec or the hand-over worker couldn't load (a network failure: nothing is to change), or
 * `texts-failed` when the link names a scenario, whose claim and script come with the later texts, and they couldn't be
 * downloaded.
 * `browserZone` decides "today" unless the query names a zone. Never rejects.
 */
export async function startFromQuery(
	params: URLSearchParams,
	presets: PresetSource,
	browserZone: string,
	readClaim: ClaimReader = readInWorker,
): Promise<ReturnType<typeof startFromUrl> | 'failed' | 'texts-failed'> {
	const codec = await readyToDecode(params).then(
		() => true,
		() => false,
	);
	if (!codec) return 'failed';
	const decoded = decodeLifecycleParams(params);
	const { source } = decoded.state;
	let claims: readonly PresetClaim[] = presets.onPage.flatMap(({ id, summary }) => (summary ? [{ id, summary }] : []));
	// A link to a scenario plays its script, or names a claim the page doesn't carry.
	if (source.kind === 'preset' && (decoded.state.events === null || !claims.some((claim) => claim.id === source.id))) {
		const later = await presets.later().catch(() => null);
		if (!later) return 'texts-failed';
		claims = later;
	}
	const handedOver = source.kind === 'claim' ? await readClaim(source.param, source.sandbox ?? null) : null;
	if (handedOver === 'failed') return 'failed';
	return startFromUrl(decoded, handedOver, claims, safeToday(decoded.state.timeZone ?? browserZone));
}
