/**
 * The simulator's toolbar: start from a preset (grouped by outcome) or start a new claim. The presets' names are in
 * the island's data; their drafts are downloaded once per page when the reader shows the intent to choose one (the
 * pointer over the menu or its button, the focus in them), so they are usually there when "Load" is pressed, which
 * otherwise waits for them; a failed download is the island's part that couldn't load, and its "Try again" loads the
 * preset asked for.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { presetMessageKey } from '../../claim/preset-names.ts';
import type { SimulatorData } from './data.ts';
import { draftOf, presetDrafts } from './load.ts';
import { loadPreset, startOver, type SimulatorView } from './state.ts';
import type { SimulatorTranslate } from './translate.ts';

interface Props {
	id: string;
	t: SimulatorTranslate;
	data: SimulatorData;
	/** The presets offered (embedded); all when absent. */
	presetIds?: readonly string[] | undefined;
	/** The preset the page's link opened (the error pages' "Try it"), shown as chosen. */
	chosen: string | null;
	view: SimulatorView;
	onView: (view: SimulatorView) => void;
	drafts: DraftsSource;
}

/** Where the presets' drafts come from, and what a failure to download them does. */
interface DraftsSource {
	/** `routes.simulatorPresetDrafts()`. */
	readonly url: string;
	/** The reader's retries (`use-retry.ts`): a preset that waits for its draft is downloaded again on each. */
	readonly attempt: number;
	/** The drafts couldn't be downloaded (or didn't answer in time): the island's part that failed, with "Try again". */
	readonly failed: () => void;
}

export function Toolbar({ id, t, data, presetIds, chosen, view, onView, drafts: source }: Props) {
	const [presetId, setPresetId] = useState('');
	// The preset the reader loaded while its draft downloads; the view it replaces, as it is when the draft arrives.
	const [waiting, setWaiting] = useState<string | null>(null);
	const latest = useRef(view);
	latest.current = view;
	useEffect(() => {
		if (chosen) setPresetId(chosen);
	}, [chosen]);
	useEffect(() => {
		if (waiting === null) return;
		let current = true;
		presetDrafts(source.url).then(
			(drafts) => {
				if (!current) return;
				setWaiting(null);
				const draft = draftOf(drafts, waiting);
				if (draft) onView(loadPreset(latest.current, { id: waiting, draft }, data.sandbox));
			},
			() => current && source.failed(),
		);
		return () => {
			current = false;
		};
	}, [waiting, source.attempt]);
	const prefetch = () => void presetDrafts(source.url).catch(() => undefined);
	const presets = presetIds ? data.presets.filter((preset) => presetIds.includes(preset.id)) : data.presets;
	const groups = [
		{ label: t('simulator.presetGroupSubmitted'), group: presets.filter((preset) => preset.expected === 'submitted') },
		{ label: t('simulator.presetGroupError'), group: presets.filter((preset) => preset.expected !== 'submitted') },
	];
	return (
		<div class="cs-toolbar">
			<label for={`${id}-preset`}>{t('simulator.presetLabel')}</label>
			<select
				id={`${id}-preset`}
				value={presetId}
				onChange={(event) => setPresetId(event.currentTarget.value)}
				onPointerEnter={prefetch}
				onFocus={prefetch}
			>
				<option value="">{t('simulator.select')}</option>
				{groups.map(
					({ label, group }) =>
						// The article's simulators offer only their section's error presets: no empty group.
						group.length > 0 && (
							<optgroup label={label}>
								{group.map((preset) => (
									<option value={preset.id}>{t(presetMessageKey(preset.id))}</option>
								))}
							</optgroup>
						),
				)}
			</select>
			<button
				type="button"
				onClick={() => setWaiting(presetId)}
				onPointerEnter={prefetch}
				onFocus={prefetch}
				disabled={presetId === ''}
				aria-busy={waiting !== null || undefined}
			>
				{t('simulator.loadPreset')}
			</button>
			<button
				type="button"
				onClick={() => {
					setWaiting(null);
					onView(startOver(view));
				}}
			>
				{t('simulator.startOver')}
			</button>
		</div>
	);
}
