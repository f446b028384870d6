/**
 * The claim simulator: the CPOR association claim flow, step by step, on a sandbox, with the engine's checks
 * (`src/claim/`) and the catalog's texts in the page's language. Nothing leaves the browser.
 *
 * Its texts, presets and sandbox (`data.ts`) come with its own page (`page-data.ts`), where it is rendered on
 * the server; the article's simulators fetch them as `data.json` when they start. On its
 * own page the claim lives in the URL (a shared link reproduces it; a reload loses nothing); embedded in the
 * article it lives in session storage, with a link that opens it on the simulator page.
 */
import { fillPlaceholders } from '../../i18n/placeholders.ts';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { claimStepIds, type ClaimStepId } from '../../claim/flow.ts';
import type { ClaimError } from '../../claim/errors.ts';
import type { ClaimDraft, Sandbox } from '../../claim/schema.ts';
import { validateClaim, validateStep } from '../../claim/steps.ts';
import { carriesState, encodeState, initialStateOn, type SimulatorState, type StateParam } from '../../claim/url-encoding.ts';
import { lifecycleQuery } from '../../claim/lifecycle/handover-link.ts';
import type { SimulatorData } from './data.ts';
import { ProblemList } from './ProblemList.tsx';
import { StepFields } from './StepFields.tsx';
import { SandboxPanel } from './SandboxPanel.tsx';
import { SubmittedPanel } from './SubmittedPanel.tsx';
import { fieldId, todayIso } from './format.ts';
import { pageData } from './page-data.ts';

interface Props {
	/** Unique on the page: prefixes the ids of the fields. */
	id: string;
	dataUrl: string;
	/** `page`: state in the URL; `embedded`: state in session storage, presets limited to `presetIds`. */
	mode: 'page' | 'embedded';
	presetIds?: readonly string[] | undefined;
	/** The simulator page, for the embedded simulator's "open in the full simulator" link. */
	pageHref: string;
	/** The lifecycle simulator page, for the submitted claim's "follow the review" link. */
	lifecycleHref?: string | undefined;
	/** Shown until the texts arrive, and if they can't be loaded (the page passes them in its language). */
	loading: string;
	loadFailed: string;
}

interface Check {
	readonly step: ClaimStepId;
	readonly errors: readonly ClaimError[];
	readonly warnings: readonly ClaimError[];
}

export default function ClaimSimulator(props: Props) {
	const { id, mode } = props;
	// On its own page the data is in the page: the first render (on the server, then in the browser) shows a clean claim.
	const [carried] = useState(() => (mode === 'page' ? pageData(id, props.dataUrl) : null));
	const [data, setData] = useState<SimulatorData | null | false>(carried);
	const [sim, setSim] = useState<SimulatorState | null>(() => carried && initialStateOn(carried.sandbox));
	const [check, setCheck] = useState<Check | null>(null);
	const [rejected, setRejected] = useState<readonly StateParam[]>([]);
	const [announcement, setAnnouncement] = useState('');
	const [presetId, setPresetId] = useState('');
	const touched = useRef(false);
	const justSubmitted = useRef(false);
	const heading = useRef<HTMLHeadingElement>(null);
	const storageKey = `claim-simulator:${id}`;

	// The claim rendered with the page stays inert until the island has started (a click or a keystroke before
	// that would be lost: the sandbox editor would never load), and, when the link carries a claim, until the
	// link's claim replaces it (a moment: zod loads to read the link), so nothing is typed into the wrong claim.
	const [busy, setBusy] = useState(true);
	useLayoutEffect(() => {
		if (!carried || !carriesState(new URLSearchParams(location.search))) setBusy(false);
	}, []);

	useEffect(() => {
		load(props, storageKey, carried).then(
			({ loaded, state, dropped }) => {
				setData(loaded);
				setSim(state);
				setRejected(dropped);
				setBusy(false);
			},
			() => setData(false),
		);
	}, []);

	useEffect(() => {
		if (!sim || !data || !touched.current) return;
		const query = encodeState(sim, data.sandbox).toString();
		if (mode === 'page') history.replaceState(history.state, '', `${location.pathname}?${query}${location.hash}`);
		else sessionStorage.setItem(storageKey, query);
	}, [sim]);

	if (data === false) return <p class="cs-message" role="alert">{props.loadFailed}</p>;
	// Also the server's render, which `client:visible` watches; hidden without JavaScript (the <noscript> note shows).
	if (!data || !sim) return <p class="cs-loading">{props.loading}</p>;
	const { ui, steps } = data;
	const stepIndex = claimStepIds.indexOf(sim.step);

	const update = (next: Partial<SimulatorState>) => {
		touched.current = true;
		setSim({ ...sim, ...next });
	};
	const setDraft = (draft: ClaimDraft) => update({ draft });
	const setSandbox = (sandbox: Sandbox) => update({ sandbox });
	const goTo = (step: ClaimStepId, result: Check | null = null) => {
		update({ step });
		setCheck(result);
		heading.current?.focus();
	};
	const announceErrors = (result: Check) =>
		setAnnouncement(`${ui.errorsHeading}: ${result.errors.map((error) => data.errors[error.code].title).join('; ')}`);

	const next = () => {
		const result = validateStep(sim.step, sim.draft, sim.sandbox);
		if (!result.ok) {
			const failed = { step: sim.step, errors: result.errors, warnings: result.warnings };
			setCheck(failed);
			announceErrors(failed);
			focusField(id, result.errors[0]);
			return;
		}
		setAnnouncement(fillPlaceholders(ui.passedHeading, { step: steps[sim.step] }));
		goTo(claimStepIds[stepIndex + 1] ?? sim.step, result.warnings.length > 0 ? { step: sim.step, errors: [], warnings: result.warnings } : null);
	};

	const submit = () => {
		const result = validateClaim(sim.draft, sim.sandbox);
		if (!result.ok) {
			const failed = { step: result.step, errors: result.errors, warnings: result.warnings };
			goTo(result.step, failed);
			announceErrors(failed);
			return;
		}
		// Its warnings are shown with the submitted claim, recomputed from it (below).
		update({ submitted: todayIso() });
		setCheck(null);
		setAnnouncement(ui.submittedHeading);
		justSubmitted.current = true;
	};

	const presets = props.presetIds ? data.presets.filter((preset) => props.presetIds?.includes(preset.id)) : data.presets;
	/** A fresh claim: a preset's (on the sandbox it was written for) or an empty one on the current sandbox. */
	const restart = (state: SimulatorState, message: string) => {
		touched.current = true;
		setSim(state);
		setCheck(null);
		setRejected([]);
		setAnnouncement(message);
	};
	const loadPreset = () => {
		const preset = data.presets.find((candidate) => candidate.id === presetId);
		if (preset) restart({ ...initialStateOn(data.sandbox), draft: preset.draft }, fillPlaceholders(ui.presetLoaded, { name: preset.label }));
	};
	const startOver = () => restart(initialStateOn(sim.sandbox), ui.startOver);

	const stepCheck = check?.step === sim.step && sim.submitted === null ? check : null;
	// A submitted claim shows its warnings again after a reload: they are recomputed, not stored.
	const earlierWarnings = sim.submitted !== null ? validateClaim(sim.draft, sim.sandbox).warnings : check && check.step !== sim.step ? check.warnings : [];

	return (
		<div class="claim-simulator" data-mode={mode} inert={busy} aria-busy={busy || undefined}>
			<p class="cs-privacy">{ui.privacy}</p>
			{rejected.length > 0 && (
				<p class="cs-message" role="alert">
					{fillPlaceholders(ui.linkRejected, { params: rejected.map((param) => ui.paramNames[param]).join(', ') })}
				</p>
			)}
			<div class="cs-toolbar">
				<label for={`${id}-preset`}>{ui.presetLabel}</label>
				<select id={`${id}-preset`} value={presetId} onChange={(event) => setPresetId(event.currentTarget.value)}>
					<option value="">{ui.select}</option>
					{[
						{ label: ui.presetGroupSubmitted, group: presets.filter((preset) => preset.expected === 'submitted') },
						{ label: ui.presetGroupError, group: presets.filter((preset) => preset.expected !== 'submitted') },
					].map(
						({ label, group }) =>
							// The article's simulators offer only their section's error presets: no empty group.
							group.length > 0 && (
								<optgroup label={label}>
									{group.map((preset) => (
										<option value={preset.id}>{preset.label}</option>
									))}
								</optgroup>
							),
					)}
				</select>
				<button type="button" onClick={loadPreset} disabled={presetId === ''}>
					{ui.loadPreset}
				</button>
				<button type="button" onClick={startOver}>
					{ui.startOver}
				</button>
			</div>

			<SandboxPanel id={id} ui={ui} sandbox={sim.sandbox} defaultSandbox={data.sandbox} onChange={setSandbox} />

			<nav aria-label={ui.stepsLabel}>
				<ol class="cs-steps">
					{claimStepIds.map((step, index) => {
						const failed = stepCheck?.step === step && stepCheck.errors.length > 0;
						const passed = !failed && (index < stepIndex || sim.submitted !== null);
						return (
							<li>
								<button type="button" aria-current={step === sim.step ? 'step' : undefined} onClick={() => goTo(step)} disabled={sim.submitted !== null}>
									{steps[step]}
									{(failed || passed) && <span class={failed ? 'cs-failed' : 'cs-passed'}> ({failed ? ui.stepFailed : ui.stepPassed})</span>}
								</button>
							</li>
						);
					})}
				</ol>
			</nav>

			<p class="sr-only" role="status">
				{announcement}
			</p>

			{earlierWarnings.length > 0 && <ProblemList id={`${id}-warnings`} heading={ui.warningsHeading} problems={earlierWarnings} data={data} kind="warning" />}

			{sim.submitted !== null ? (
				<SubmittedPanel
					ui={ui}
					lang={data.lang}
					submitted={sim.submitted}
					lifecycleHref={props.lifecycleHref && `${props.lifecycleHref}${lifecycleQuery(sim.draft, sim.submitted)}`}
					onEdit={() => {
						update({ submitted: null, step: 'submit' });
						setCheck(null);
					}}
					heading={heading}
					focus={justSubmitted.current}
				/>
			) : (
				<form
					class="cs-step"
					noValidate
					onSubmit={(event) => {
						event.preventDefault();
						if (sim.step === 'submit') submit();
						else next();
					}}
				>
					<h3 tabIndex={-1} ref={heading}>
						{fillPlaceholders(ui.stepOf, { n: String(stepIndex + 1), total: String(claimStepIds.length), step: steps[sim.step] })}
					</h3>
					{stepCheck && stepCheck.errors.length > 0 && (
						<ProblemList id={`${id}-errors`} heading={ui.errorsHeading} problems={stepCheck.errors} data={data} kind="error" />
					)}
					{stepCheck && stepCheck.warnings.length > 0 && (
						<ProblemList id={`${id}-step-warnings`} heading={ui.warningsHeading} problems={stepCheck.warnings} data={data} kind="warning" />
					)}
					<StepFields id={id} data={data} sim={sim} errors={stepCheck?.errors ?? []} onDraft={setDraft} />
					<div class="cs-actions">
						{stepIndex > 0 && (
							<button type="button" onClick={() => goTo(claimStepIds[stepIndex - 1] ?? sim.step)}>
								{ui.back}
							</button>
						)}
						<button type="submit" class="cs-primary">
							{sim.step === 'submit' ? ui.submit : ui.next}
						</button>
					</div>
				</form>
			)}
			{mode === 'embedded' && (
				<p>
					<a href={`${props.pageHref}?${encodeState(sim, data.sandbox)}`}>{ui.openFull}</a>
				</p>
			)}
		</div>
	);
}

/** One download per page, however many simulators the article embeds. */
const downloads = new Map<string, Promise<SimulatorData>>();

function download(url: string): Promise<SimulatorData> {
	let pending = downloads.get(url);
	if (!pending) {
		pending = fetch(url).then((response) => {
			if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
			return response.json() as Promise<SimulatorData>;
		});
		downloads.set(url, pending);
	}
	return pending;
}

/** The data (carried by the page, else downloaded), then the state: from the URL (page) or session storage (embedded), else a clean start. */
async function load(props: Props, storageKey: string, carried: SimulatorData | null) {
	const loaded = carried ?? (await download(props.dataUrl));
	const query = props.mode === 'page' ? new URLSearchParams(location.search) : new URLSearchParams(sessionStorage.getItem(storageKey) ?? '');
	let state = initialStateOn(loaded.sandbox);
	if (props.mode === 'embedded' && query.size === 0) {
		const first = loaded.presets.find((preset) => props.presetIds?.includes(preset.id));
		if (first) state = { ...state, draft: first.draft };
	}
	if (!carriesState(query)) return { loaded, state, dropped: [] };
	// zod is loaded only for links that carry a claim.
	const { decodeStateFrom } = await import('../../claim/url-decoding.ts');
	const decoded = decodeStateFrom(query, {
		sandbox: loaded.sandbox,
		presetDraft: (presetId) => loaded.presets.find((preset) => preset.id === presetId)?.draft,
	});
	return { loaded, state: decoded.state, dropped: decoded.rejected };
}

function focusField(id: string, error: ClaimError | undefined) {
	const field = error?.fields[0];
	if (field) requestAnimationFrame(() => document.getElementById(fieldId(id, field))?.focus());
}
