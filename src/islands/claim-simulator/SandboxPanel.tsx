/**
 * The sandbox the claim is checked against, folded by default. Its editor (and zod, which checks the edits)
 * is loaded only when the reader opens it.
 */
import { withinTime } from '../loading/download.ts';
import type { FunctionComponent } from 'preact';
import { useState } from 'preact/hooks';
import type { Sandbox } from '../../claim/schema.ts';
import type { SandboxEditorProps } from './SandboxEditor.tsx';
import type { SimulatorTranslate } from './translate.ts';

interface Props {
	id: string;
	t: SimulatorTranslate;
	sandbox: Sandbox;
	defaultSandbox: Sandbox;
	onChange: (sandbox: Sandbox) => void;
	/** The editor's code could not be downloaded: the island shows its load failure. */
	onLoadFailed: () => void;
}

export function SandboxPanel({ id, t, sandbox, defaultSandbox, onChange, onLoadFailed }: Props) {
	const [Editor, setEditor] = useState<FunctionComponent<SandboxEditorProps> | null>(null);
	const open = (event: Event) => {
		if (Editor || !(event.currentTarget as HTMLDetailsElement).open) return;
		withinTime(import('./SandboxEditor.tsx')).then((module) => setEditor(() => module.SandboxEditor), onLoadFailed);
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
			{Editor ? (
				<Editor id={id} t={t} sandbox={sandbox} defaultSandbox={defaultSandbox} onChange={onChange} />
			) : (
				<p>{t('simulator.editor.loading')}</p>
			)}
		</details>
	);
}
