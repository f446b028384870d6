/**
 * The sandbox the claim is checked against, folded by default. Its editor (and zod, which checks the edits)
 * is loaded only when the reader opens it.
 */
import { fillPlaceholders } from '../../i18n/placeholders.ts';
import type { FunctionComponent } from 'preact';
import { useState } from 'preact/hooks';
import type { Sandbox } from '../../claim/schema.ts';
import type { SandboxEditorProps } from './SandboxEditor.tsx';
import type { SimulatorStrings } from './strings.ts';

interface Props {
	id: string;
	ui: SimulatorStrings;
	sandbox: Sandbox;
	defaultSandbox: Sandbox;
	onChange: (sandbox: Sandbox) => void;
}

export function SandboxPanel({ id, ui, sandbox, defaultSandbox, onChange }: Props) {
	const [Editor, setEditor] = useState<FunctionComponent<SandboxEditorProps> | null>(null);
	const open = (event: Event) => {
		if (Editor || !(event.currentTarget as HTMLDetailsElement).open) return;
		import('./SandboxEditor.tsx').then((module) => setEditor(() => module.SandboxEditor));
	};
	const summary = fillPlaceholders(ui.sandboxSummary, {
		partner: sandbox.partnerName,
		mpn: String(sandbox.mpnIds.length),
		tenants: String(sandbox.customerTenants.length),
		subscriptions: String(sandbox.subscriptions.length),
	});
	return (
		<details class="cs-sandbox" onToggle={open}>
			<summary>{summary}</summary>
			{Editor ? <Editor id={id} ui={ui} sandbox={sandbox} defaultSandbox={defaultSandbox} onChange={onChange} /> : <p>{ui.editor.loading}</p>}
		</details>
	);
}
