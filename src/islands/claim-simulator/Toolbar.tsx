/** The simulator's toolbar: start from a preset (grouped by outcome) or start a new claim. */
import { useEffect, useState } from 'preact/hooks';
import type { SimulatorData } from './data.ts';
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
}

export function Toolbar({ id, t, data, presetIds, chosen, view, onView }: Props) {
	const [presetId, setPresetId] = useState('');
	useEffect(() => {
		if (chosen) setPresetId(chosen);
	}, [chosen]);
	const presets = presetIds ? data.presets.filter((preset) => presetIds.includes(preset.id)) : data.presets;
	const groups = [
		{ label: t('simulator.presetGroupSubmitted'), group: presets.filter((preset) => preset.expected === 'submitted') },
		{ label: t('simulator.presetGroupError'), group: presets.filter((preset) => preset.expected !== 'submitted') },
	];
	const load = () => {
		const preset = data.presets.find((candidate) => candidate.id === presetId);
		if (preset) onView(loadPreset(view, preset, data.sandbox));
	};
	return (
		<div class="cs-toolbar">
			<label for={`${id}-preset`}>{t('simulator.presetLabel')}</label>
			<select id={`${id}-preset`} value={presetId} onChange={(event) => setPresetId(event.currentTarget.value)}>
				<option value="">{t('simulator.select')}</option>
				{groups.map(
					({ label, group }) =>
						// The article's simulators offer only their section's error presets: no empty group.
						group.length > 0 && (
							<optgroup label={label}>
								{group.map((preset) => (
									<option value={preset.id}>{t(preset.name)}</option>
								))}
							</optgroup>
						),
				)}
			</select>
			<button type="button" onClick={load} disabled={presetId === ''}>
				{t('simulator.loadPreset')}
			</button>
			<button type="button" onClick={() => onView(startOver(view))}>
				{t('simulator.startOver')}
			</button>
		</div>
	);
}
