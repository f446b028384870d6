/**
 * A link to another tool carrying the state it opens with (#17): the link while its query fits (`toolLink`), else,
 * never the link, the note that the state is too long for one, "Save … as a file" (the other tool's file, which its
 * "Open … saved as a file" reads, `StateFile.tsx`) and a plain link to that tool's page. A long state is built again
 * deflated once the codec has loaded (`deflateLater`), as the tools' own links are, so the length said is the one a
 * link would have. The file code (`state-file.ts`) loads on use.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { LINK_LIMIT } from '../../claim/base64-json.ts';
import type { MessageValues } from '../../i18n/message-format.ts';
import { toolLink, type SavedTool, type ToolFile } from '../../tool-link.ts';
import { deflateLater } from './deflate-on-demand.ts';

/** What the note says: a key of the tool's own messages for each text. */
interface FileNoteKeys<K extends string> {
	/** The note; values `size` (the query's length) and `limit`, both formatted, and the note's `values`. */
	readonly note: K;
	readonly save: K;
	/** The link to the other tool's page, without the state. */
	readonly goTo: K;
	/** What saving needs couldn't be downloaded (offline). */
	readonly failed: K;
}

/** The note's props: the tool's words. */
interface FileNoteProps<K extends string> {
	readonly t: (key: K, values?: MessageValues) => string;
	readonly keys: FileNoteKeys<K>;
	/** More values for the note (such as the other tool's "Open … saved as a file", as it names it). */
	readonly values?: MessageValues;
	/** The tool's class for its notes (`cs-message`, `helper-malformed`). */
	readonly noteClass: string;
}

interface Props<K extends string> extends FileNoteProps<K> {
	/** The other tool's page, and the tool whose file the state is saved as. */
	readonly page: string;
	readonly tool: SavedTool;
	/** The state as the link's query, built at each render (deflated once the codec is there). */
	readonly query: () => URLSearchParams;
	/** The link as the place shows it, with the state in `href`. */
	readonly children: (href: string) => ComponentChildren;
}

/** The link to another tool, or the note and "Save … as a file" when the state is too long for a link. */
export function LinkOrFile<K extends string>({ page, tool, query, children, ...note }: Props<K>) {
	const [, setCodec] = useState(false);
	const built = query();
	const link = toolLink(page, tool, built);
	useEffect(() => deflateLater(built, () => setCodec(true)));
	return link.kind === 'link' ? <>{children(link.href)}</> : <FileNote file={link} {...note} />;
}

/** The note, "Save … as a file" and the way to the other tool. */
function FileNote<K extends string>({ file, t, keys, values, noteClass }: FileNoteProps<K> & { file: ToolFile }) {
	const [failed, setFailed] = useState(false);
	const save = () =>
		import('./state-file.ts').then(
			(code) => {
				code.saveStateFile(file.tool, file.query);
				setFailed(false);
			},
			() => setFailed(true),
		);
	return (
		<div class="tool-file">
			<p class={noteClass} role="status">
				{t(keys.note, { ...values, size: file.length, limit: LINK_LIMIT })}{' '}
				<button type="button" onClick={save}>
					{t(keys.save)}
				</button>{' '}
				<a href={file.page}>{t(keys.goTo)}</a>
			</p>
			{failed && (
				<p class={noteClass} role="alert">
					{t(keys.failed)}
				</p>
			)}
		</div>
	);
}
