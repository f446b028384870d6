/**
 * A tool's state too long for a link (#17), shared by the claim simulator's page, the lifecycle simulator and the MPN
 * helper: the note that says so (`texts.tooLong`, while the state is past `LINK_LIMIT`), with "Save … as a file",
 * and "Open … saved as a file", always there so a file saved earlier opens on a fresh visit. The file code
 * (`state-file.ts`) loads on use; a file of another tool, or none, changes nothing and says so.
 */
import { useState } from 'preact/hooks';
import './state-file.css';

/** The tools that save their state as a file: the name written into the file, so each opens only its own. */
export type SavedTool = 'claim-simulator' | 'claim-lifecycle' | 'mpn-helper';

/** What the view says, in the page's language (each tool's own messages). */
export interface StateFileTexts {
	/** The note while the state is too long for a link, with the sizes put in; `null` while it fits. */
	readonly tooLong: string | null;
	readonly save: string;
	readonly open: string;
	/** The file opened isn't a state saved by this tool: nothing changed. */
	readonly unreadable: string;
	/** What saving or opening needs couldn't be downloaded (offline): nothing changed. */
	readonly failed: string;
}

interface Props {
	readonly tool: SavedTool;
	readonly texts: StateFileTexts;
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

/** The note, "Save as a file" and "Open a file" of one tool. */
export function StateFile({ tool, texts, query, onOpen, noteClass, class: toolClass }: Props) {
	const [problem, setProblem] = useState<'unreadable' | 'failed' | null>(null);
	const save = () =>
		import('./state-file.ts').then(
			({ saveStateFile }) => {
				saveStateFile(tool, query());
				setProblem(null);
			},
			() => setProblem('failed'),
		);
	const open = async (event: Event) => {
		const input = event.currentTarget as HTMLInputElement;
		const file = input.files?.[0];
		if (!file) return;
		try {
			const [{ stateFromFile }, text] = await Promise.all([import('./state-file.ts'), file.text().catch(() => '')]);
			const saved = stateFromFile(tool, text);
			setProblem(saved && (await onOpen(saved)) ? null : 'unreadable');
		} catch {
			setProblem('failed');
		}
		input.value = ''; // the same file can be opened again
	};
	return (
		<div class={toolClass ? `state-file ${toolClass}` : 'state-file'}>
			{texts.tooLong !== null && (
				<p class={noteClass} role="status">
					{texts.tooLong}{' '}
					<button type="button" onClick={save}>
						{texts.save}
					</button>
				</p>
			)}
			<p>
				<label>
					{texts.open} <input type="file" accept=".json,application/json" onChange={open} />
				</label>
			</p>
			{problem && (
				<p class={noteClass} role="alert">
					{problem === 'failed' ? texts.failed : texts.unreadable}
				</p>
			)}
		</div>
	);
}
