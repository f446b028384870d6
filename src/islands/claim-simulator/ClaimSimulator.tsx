/**
 * The claim simulator: the CPOR association claim flow, step by step, on a sandbox, with the engine's checks
 * (`src/claim/`) and the catalog's texts in the page's language. Nothing leaves the browser.
 *
 * Its messages, presets' names and sandbox (`data.ts`) come with its own page (`../loading/page-data.ts`), where it is rendered
 * on the server; the article's simulators fetch them as `data.json` when they start (`load.ts`). The presets' drafts
 * are downloaded when a preset is loaded (`preset-drafts.json`: a link's, the scenario menu's, on the reader's intent). On its own
 * page the claim lives in the URL (a shared link reproduces it; a reload loses nothing); embedded in the
 * article it lives in session storage, with a link that opens it on the simulator page. Its state and the
 * reader's actions are `state.ts`; this module wires them to the views. The claim engine's checks load when
 * the reader first checks a step (`loadChecks`), with the error texts they show (`error-texts.json`); the sandbox
 * editor when the reader opens it, with its texts (`editor-texts.json`). What its first render does not show comes on
 * the reader's intent (`later-texts.json`, `wait-for-later.ts`): a view that needs it waits for it, with the loading line.
 */
import type { FunctionComponent, RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { claimStepIds, stepMessageKey, type ClaimStepId } from '../../claim/flow.ts';
import type { ClaimError } from '../../claim/errors.ts';
import { encodeState, initialStateOn, type StateParam } from '../../claim/url-encoding.ts';
import type { SimulatorData } from './data.ts';
import { ClaimFile } from './ClaimFile.tsx';
import { load, loadChecks, type LoadedChecks } from './load.ts';
import { withinTime } from '../loading/download.ts';
import type { OpenFullProps } from './OpenFull.tsx';
import { showCheck, useStart } from './start.ts';
import { pageData } from '../loading/page-data.ts';
import { SandboxPanel } from './SandboxPanel.tsx';
import * as actions from './state.ts';
import type { SimulatorView } from './state.ts';
import { StepForm } from './StepForm.tsx';
import { SubmittedPanel } from './SubmittedPanel.tsx';
import { useRetry } from './use-retry.ts';
import { Toolbar } from './Toolbar.tsx';
import {
	announcementText,
	checkedTexts,
	laterTranslator,
	simulatorTranslator,
	type CheckedTexts,
	type LaterTranslate,
	type SimulatorTranslate,
} from './translate.ts';
import { useWaitForLater } from './wait-for-later.ts';

interface Props {
	/** Unique on the page: prefixes the ids of the fields. */
	id: string;
	dataUrl: string;
	/** The presets' drafts, downloaded when a preset is loaded (`presetDrafts`). */
	draftsUrl: string;
	/** The error texts, fetched with the checks. */
	errorTextsUrl: string;
	/** The sandbox editor's texts, fetched with the editor (`editor-texts.ts`). */
	editorTextsUrl: string;
	/** What the first render does not show, fetched on the reader's intent (`later-texts.ts`). */
	laterTextsUrl: string;
	/** `page`: state in the URL; `embedded`: state in session storage, presets limited to `presetIds`. */
	mode: 'page' | 'embedded';
	presetIds?: readonly string[] | undefined;
	/** The simulator page, for the embedded simulator's "open in the full simulator" link. */
	pageHref: string;
	/** The lifecycle simulator page, for the submitted claim's "follow the review" link. */
	lifecycleHref?: string | undefined;
	/** Shown until the messages arrive, and if they can't be loaded, with a button to try again (the page passes them in its language). */
	loading: string;
	loadFailed: string;
	retry: string;
}

export default function ClaimSimulator(props: Props) {
	const { id, mode } = props;
	const island = useIsland(props);
	const { data, view, setView, checks, heading, later, latest, justSubmitted, busy, kept } = island;
	const { attempt, partFailed, failed, retry } = island.retries;

	if (data === false) return <LoadFailed text={props.loadFailed} retry={props.retry} onRetry={retry} />;
	// Also the server's render, which `client:visible` watches; hidden without JavaScript (the <noscript> note shows).
	if (!data || !view) return <p class="cs-loading">{props.loading}</p>;
	const t = simulatorTranslator(data);
	if (later.waiting) return <Waiting t={t} loading={props.loading} partFailed={partFailed} retry={props.retry} onRetry={retry} />;
	const tl = later.texts ? laterTranslator(data, later.texts) : null;
	const checked = checks && later.texts ? checkedTexts(data, later.texts, checks.errorTexts) : null;
	const { sim } = view;

	const { goTo, onSubmit } = stepActions({
		id,
		current: () => latest.current ?? view,
		heading,
		loadChecks: () => checks ?? loadChecks(props.errorTextsUrl),
		whenLater: later.whenLoaded,
		setChecks: island.setChecks,
		setView,
		submitted: () => (justSubmitted.current = true),
		failed,
	});
	const warnings = actions.earlierWarnings(view, checks);

	return (
		<div
			class="claim-simulator"
			data-mode={mode}
			inert={busy}
			aria-busy={busy || undefined}
			onPointerDown={later.prefetch}
			onFocusIn={later.prefetch}
			onKeyDown={later.prefetch}
		>
			<p class="cs-privacy">{t('simulator.privacy')}</p>
			<LoadNotes
				t={t}
				later={tl}
				rejected={view.rejected}
				unsaved={kept.notes.unsaved}
				partFailed={partFailed}
				retry={props.retry}
				onRetry={retry}
			/>
			<Toolbar
				id={id}
				t={t}
				data={data}
				presetIds={props.presetIds}
				chosen={island.linkedPreset}
				view={view}
				onView={setView}
				drafts={island.drafts}
			/>
			<SandboxPanel
				key={`sandbox-${attempt}`}
				id={id}
				t={t}
				data={data}
				textsUrl={props.editorTextsUrl}
				whenLater={later.whenLoaded}
				sandbox={sim.sandbox}
				onChange={(sandbox) => setView(actions.edit(view, { sandbox }))}
				onLoadFailed={failed}
			/>
			<StepNav t={t} later={tl} view={view} onStep={goTo} />
			<p class="sr-only" role="status">
				{tl && announcementText(tl, data, view.announcement, checked)}
			</p>
			{checks && checked && warnings.length > 0 && <EarlierWarnings id={id} checks={checks} checked={checked} warnings={warnings} />}
			{sim.submitted !== null ? (
				tl && (
					<SubmittedPanel
						key={`submitted-${attempt}`}
						t={tl}
						lang={data.lang}
						submitted={sim.submitted}
						timeZone={sim.timeZone}
						onClock={(change) => setView(actions.edit(view, change))}
						lifecyclePage={props.lifecycleHref}
						draft={sim.draft}
						sandboxParam={() => encodeState(sim, data.sandbox).get('sandbox')}
						onEdit={() => setView(actions.editAgain(view))}
						heading={heading}
						focus={justSubmitted.current}
						onLoadFailed={failed}
					/>
				)
			) : (
				<StepForm
					id={id}
					t={t}
					later={tl}
					data={data}
					view={view}
					check={actions.stepCheck(view)}
					checks={checks}
					checked={checked}
					heading={heading}
					onView={setView}
					onStep={goTo}
					onSubmit={onSubmit}
				/>
			)}
			{mode === 'page' && (
				<ClaimFile t={t} data={data} draftsUrl={props.draftsUrl} sim={sim} tooLong={kept.notes.tooLong} onOpen={setView} />
			)}
			{mode === 'embedded' && tl && (
				<OpenFullLink
					key={`open-full-${attempt}`}
					t={tl}
					lang={data.lang}
					page={props.pageHref}
					query={() => encodeState(sim, data.sandbox)}
					onLoadFailed={failed}
				/>
			)}
		</div>
	);
}

/** The island's state and how it starts (`useStart`), its retries and its later texts (`wait-for-later.ts`). */
function useIsland(props: Props) {
	const { id, mode } = props;
	const storageKey = `claim-simulator:${id}`;
	// On its own page the data is in the page: the first render (on the server, then in the browser) shows a clean claim.
	const [carried] = useState(() => (mode === 'page' ? pageData<SimulatorData>(id, props.dataUrl) : null));
	const [data, setData] = useState<SimulatorData | null | false>(carried);
	const heading = useRef<HTMLHeadingElement>(null);
	const retries = useRetry(() => data === false && setData(null), heading);
	const { attempt, failed } = retries;
	const [view, setView] = useState<SimulatorView | null>(() => carried && actions.loadedView(initialStateOn(carried.sandbox)));
	const [checks, setChecks] = useState<LoadedChecks | null>(null);
	const latest = useRef(view);
	latest.current = view;
	const justSubmitted = useRef(false);
	const later = useWaitForLater(props.laterTextsUrl, view, mode, { attempt, failed });

	const { linkedPreset, busy, kept } = useStart({
		id,
		mode,
		read: () => load({ dataUrl: props.dataUrl, draftsUrl: props.draftsUrl, mode, presetIds: props.presetIds, storageKey }, carried),
		loadChecks: () => loadChecks(props.errorTextsUrl),
		storageKey,
		view,
		data,
		heading,
		carried,
		setData,
		setView,
		checks,
		setChecks,
		failed,
		dataFailed: () => setData(false),
		attempt,
	});
	const drafts = { url: props.draftsUrl, attempt, failed };
	return { data, view, setView, checks, setChecks, heading, later, latest, justSubmitted, linkedPreset, busy, kept, retries, drafts };
}

/** What the step actions need from the island. */
interface StepContext {
	readonly id: string;
	/** The view as it is now (the reader may have typed while a download ran). */
	readonly current: () => SimulatorView;
	readonly heading: RefObject<HTMLHeadingElement>;
	/** The checks with their error texts (`loadChecks`), or those already loaded. */
	readonly loadChecks: () => LoadedChecks | Promise<LoadedChecks>;
	/** The later texts (`wait-for-later.ts`): a later step, a check and a submitted claim show them. */
	readonly whenLater: () => Promise<unknown>;
	readonly setChecks: (checks: LoadedChecks) => void;
	readonly setView: (view: SimulatorView) => void;
	/** The claim was just submitted: its view takes the focus. */
	readonly submitted: () => void;
	readonly failed: () => void;
}

/**
 * Going to a step, and checking the current one (Submit on the last): each waits for what the next view needs, the later
 * texts (and the checks with their error texts); a chunk or file that can't be downloaded is the island's part that
 * couldn't load.
 */
function stepActions(context: StepContext) {
	const { id, current, heading, failed } = context;
	const goTo = (step: ClaimStepId) =>
		context.whenLater().then(() => {
			context.setView(actions.goTo(current(), step));
			heading.current?.focus();
		}, failed);
	const onSubmit = async () => {
		const [loaded] = (await Promise.all([context.loadChecks(), context.whenLater()]).catch(failed)) ?? [];
		if (!loaded) return;
		context.setChecks(loaded);
		const view = current();
		const day = loaded.submissionDay(view.sim.timeZone);
		const next = view.sim.step === 'submit' ? actions.submit(view, day, loaded) : actions.checkAndContinue(view, loaded);
		context.setView(next);
		if (next.sim.submitted !== null) context.submitted();
		else if (next.sim.step !== view.sim.step) heading.current?.focus();
		else showCheck(id, heading.current);
	};
	return { goTo, onSubmit };
}

/** The island's data couldn't be downloaded (or didn't answer in time): says so, with "Try again". */
function LoadFailed(props: { text: string; retry: string; onRetry: () => void }) {
	return (
		<p class="cs-message" role="alert">
			{props.text}{' '}
			<button type="button" onClick={props.onRetry}>
				{props.retry}
			</button>
		</p>
	);
}

/**
 * The link's parameters that could not be read; said once: the embedded claim isn't saved in this tab; and a part that
 * couldn't load, with "Try again".
 */
function LoadNotes(props: {
	t: SimulatorTranslate;
	/** The later texts' translator, once they are there: the notes but the part that couldn't load need it. */
	later: LaterTranslate | null;
	rejected: readonly StateParam[];
	unsaved: 'full' | 'unavailable' | null;
	partFailed: boolean;
	retry: string;
	onRetry: () => void;
}) {
	const { t, later } = props;
	return (
		<>
			{later && props.rejected.length > 0 && (
				<p class="cs-message" role="alert">
					{later('simulator.linkRejected', { params: t.list(props.rejected.map((param) => later(`simulator.param.${param}`))) })}
				</p>
			)}
			{later && props.unsaved && (
				<p class="cs-message" role="status">
					{later(props.unsaved === 'full' ? 'simulator.storage.full' : 'simulator.storage.unavailable')}
				</p>
			)}
			{props.partFailed && (
				<p class="cs-message" role="alert">
					{t('simulator.partLoadFailed')}{' '}
					<button type="button" onClick={props.onRetry}>
						{props.retry}
					</button>
				</p>
			)}
		</>
	);
}

/**
 * The loading line while a view waits for the later texts (`later.waiting`: the island's pointer, key and focus events
 * are the reader's intent, which starts their download), and the part that couldn't load, with "Try again".
 */
function Waiting(props: { t: SimulatorTranslate; loading: string; partFailed: boolean; retry: string; onRetry: () => void }) {
	return (
		<div class="claim-simulator">
			<LoadNotes
				t={props.t}
				later={null}
				rejected={[]}
				unsaved={null}
				partFailed={props.partFailed}
				retry={props.retry}
				onRetry={props.onRetry}
			/>
			<p class="cs-loading">{props.loading}</p>
		</div>
	);
}

/** Warnings of earlier steps, above the form (`earlierWarnings`). */
function EarlierWarnings(props: { id: string; checks: LoadedChecks; checked: CheckedTexts; warnings: readonly ClaimError[] }) {
	const { checks, checked } = props;
	return (
		<checks.ProblemList
			id={`${props.id}-warnings`}
			heading={checked.t('simulator.warningsHeading')}
			problems={props.warnings}
			t={checked.t}
			errors={checked.errors}
			kind="warning"
		/>
	);
}

/**
 * The embedded simulator's link to the simulator page (`OpenFull.tsx`), loaded as the embedded island starts: the
 * page's own simulator never shows it, so its code (the link writer's note and file controls) is not in the island's.
 */
function OpenFullLink({ onLoadFailed, ...props }: OpenFullProps & { onLoadFailed: () => void }) {
	const [OpenFull, setOpenFull] = useState<FunctionComponent<OpenFullProps> | null>(null);
	useEffect(() => {
		withinTime(import('./OpenFull.tsx')).then((module) => setOpenFull(() => module.OpenFull), onLoadFailed);
	}, []);
	return OpenFull ? <OpenFull {...props} /> : null;
}

/** The steps in order, each a button that goes there, marked passed or failed. */
function StepNav(props: { t: SimulatorTranslate; later: LaterTranslate | null; view: SimulatorView; onStep: (step: ClaimStepId) => void }) {
	const { t, later, view, onStep } = props;
	return (
		<nav aria-label={t('simulator.stepsLabel')}>
			<ol class="cs-steps">
				{claimStepIds.map((step) => {
					const status = actions.stepStatus(view, step);
					return (
						<li>
							<button
								type="button"
								aria-current={step === view.sim.step ? 'step' : undefined}
								onClick={() => onStep(step)}
								disabled={view.sim.submitted !== null}
							>
								{t(stepMessageKey(step))}
								{status && later && (
									<span class={status === 'failed' ? 'cs-failed' : 'cs-passed'}>
										{' '}
										{later('simulator.note', { note: later(status === 'failed' ? 'simulator.stepFailed' : 'simulator.stepPassed') })}
									</span>
								)}
							</button>
						</li>
					);
				})}
			</ol>
		</nav>
	);
}
