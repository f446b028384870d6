/**
 * A tool's state too long for a link (#17), shared by the claim simulator's page, the lifecycle simulator and the MPN
 * helper: the note that says so (while the state is past `LINK_LIMIT`), with "Save … as a file",
 * and "Open … saved as a file", always there so a file saved earlier opens on a fresh visit. The file code
 * (`state-file.ts`) loads on use; a file of another tool, or none, changes nothing and says so.
 */
import { useState } from 'preact/hooks';
import { LINK_LIMIT } from '../../claim/base64-json.ts';
import type { MessageValues } from '../../i18n/message-format.ts';
import type { SavedTool } from '../../tool-link.ts';
import './state-file.css';

/** What the view says: a key of the tool's own messages for each text. */
interface StateFileKeys<K extends string> {
	/** The note while the state is too long for a link; values `size` (the query's length) and `limit`, both formatted. */
	readonly tooLong: K;
	readonly save: K;
	readonly open: K;
	/** The file opened isn't a state saved by this tool: nothing changed. */
	readonly unreadable: K;
	/** What saving or opening needs couldn't be downloaded (offline): nothing changed. */
	readonly failed: K;
}

interface Props<K extends string> {
	readonly tool: SavedTool;
	/** The length of the state's query when it is too long for a link, characters; `null` while it fits. */
	readonly tooLong: number | null;
	/** The tool's translator, and the keys of the view's texts. */
	readonly t: (key: K, values?: MessageValues) => string;
	readonly keys: StateFileKeys<K>;
	/** The tool's current state as the query its link would carry: what a saved file holds. */
	readonly query: () => URLSearchParams;
	/**
	 * Shows a saved state: resolves `false` when the query isn't one of the tool's states (nothing changes),
	 * rejects when what it needs couldn't load.
	 */
	readonly onOpen: (query: URLSearchParams) => Promise<boolean>;
	/** The tool's class for its notes (`cs-message`, `lc-notice`, `helper-malformed`). */
	readonly noteClass: string;
	/** The tool's class for the block, beside `state-file`. */
	readonly class?: string;
}

/** The file code, loaded on use. */
const fileCode = () => import('./state-file.ts');

/** The note, "Save as a file" and "Open a file" of one tool. */
export function StateFile<K extends string>({ tool, tooLong, t, keys, query, onOpen, noteClass, class: toolClass }: Props<K>) {
	const [problem, setProblem] = useState<'unreadable' | 'failed' | null>(null);
	const save = () =>
		fileCode().then(
			(code) => {
				code.saveStateFile(tool, query());
				setProblem(null);
			},
			() => setProblem('failed'),
		);
	const open = async (event: Event) => {
		const input = event.currentTarget as HTMLInputElement;
		const file = input.files?.[0];
		if (!file) return;
		try {
			const saved = (await fileCode()).stateFromFile(tool, await file.text().catch(() => ''));
			setProblem(saved && (await onOpen(saved)) ? null : 'unreadable');
		} catch {
			setProblem('failed');
		}
		input.value = ''; // the same file can be opened again
	};
	return (
		<div class={toolClass ? `state-file ${toolClass}` : 'state-file'}>
			{tooLong !== null && (
				<p class={noteClass} role="status">
					{t(keys.tooLong, { size: tooLong, limit: LINK_LIMIT })}{' '}
					<button type="button" onClick={save}>
						{t(keys.save)}
					</button>
				</p>
			)}
			<p>
				<label>
					{t(keys.open)} <input type="file" accept=".json,application/json" onChange={open} />
				</label>
			</p>
			{problem && (
				<p class={noteClass} role="alert">
					{t(problem === 'failed' ? keys.failed : keys.unreadable)}
				</p>
			)}
		</div>
	);
}
