/**
 * The sandbox the claim is checked against, folded by default. Its editor (and zod, which checks the edits)
 * is loaded only when the reader opens it, together with its texts (`editor-texts.json`, #19: the page does not carry
 * them); the editor shows once both are there, and either failing is the island's part that couldn't load.
 */
import { downloadJson, withinTime } from '../loading/download.ts';
import type { FunctionComponent } from 'preact';
import { useState } from 'preact/hooks';
import type { Sandbox } from '../../claim/schema.ts';
import type { SimulatorData } from './data.ts';
import type { EditorTexts } from './editor-texts.ts';
import type { LaterTexts } from './later-texts.ts';
import type { SandboxEditorProps } from './SandboxEditor.tsx';
import { editorTranslator, type EditorTranslate, type SimulatorTranslate } from './translate.ts';

interface Props {
	id: string;
	t: SimulatorTranslate;
	data: SimulatorData;
	/** The editor's texts (`routes.simulatorEditorTexts()`), downloaded with its code. */
	textsUrl: string;
	/** The later texts (`wait-for-later.ts`), which the editor shows too (its copy buttons, the IDs' labels). */
	whenLater: () => Promise<LaterTexts>;
	sandbox: Sandbox;
	onChange: (sandbox: Sandbox) => void;
	/** The editor's code or texts could not be downloaded: the island shows its load failure. */
	onLoadFailed: () => void;
}

/** The loaded editor and its translator, with its texts. */
interface Loaded {
	readonly Editor: FunctionComponent<SandboxEditorProps>;
	readonly t: EditorTranslate;
}

export function SandboxPanel({ id, t, data, textsUrl, whenLater, sandbox, onChange, onLoadFailed }: Props) {
	const [loaded, setLoaded] = useState<Loaded | null>(null);
	const open = (event: Event) => {
		if (loaded || !(event.currentTarget as HTMLDetailsElement).open) return;
		withinTime(Promise.all([import('./SandboxEditor.tsx'), downloadJson<EditorTexts>(textsUrl), whenLater()])).then(
			([module, texts, later]) => setLoaded({ Editor: module.SandboxEditor, t: editorTranslator(data, later, texts) }),
			onLoadFailed,
		);
	};
	const summary = t('simulator.sandboxSummary', {
		partner: sandbox.partnerName,
		mpn: sandbox.mpnIds.length,
		tenants: sandbox.customerTenants.length,
		subscriptions: sandbox.subscriptions.length,
	});
	return (
		<details class="cs-sandbox" onToggle={open}>
			<summary>{summary}</summary>
			{loaded ? (
				<loaded.Editor id={id} t={loaded.t} sandbox={sandbox} defaultSandbox={data.sandbox} onChange={onChange} />
			) : (
				<p>{t('simulator.editor.loading')}</p>
			)}
		</details>
	);
}
