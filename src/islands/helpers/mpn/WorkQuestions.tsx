/**
 * The MPN helper's two questions about the work: which listed location did it, and under which listed
 * partner type (or none) it was done; "I don't know" for each. Nothing is picked until the reader picks
 * (issue #16): "I don't know" is the helper's assumption while a question is unanswered, not a preselected answer.
 */
import { useEffect, useState } from 'preact/hooks';
import { distinctLabels } from '../../../helpers/mpn.ts';
import type { MpnAction } from '../../../helpers/mpn-state.ts';
import type { MpnState } from '../../../helpers/url.ts';
import type { MpnTranslate } from './MpnList.tsx';

interface Props {
	t: MpnTranslate;
	/** The helper's id: the prefix of its radio groups' names. */
	id: string;
	state: MpnState;
	dispatch: (action: MpnAction) => void;
}

/** The location and partner type questions, their options taken from the listed rows. */
export function WorkQuestions({ t, id, state, dispatch }: Props) {
	const { entries, work } = state;
	const locations = distinctLabels(entries, 'location');
	const partnerTypes = distinctLabels(entries, 'partnerType');
	const unknown = t('helpers.mpn.work.unknown');
	// Which questions the reader answered "I don't know" to (the URL keeps only known answers); forgotten with the list.
	const [knowsNot, setKnowsNot] = useState({ location: false, partnerType: false });
	useEffect(() => {
		if (entries.length === 0) setKnowsNot({ location: false, partnerType: false });
	}, [entries.length === 0]);
	const answer = (next: typeof work, question: 'location' | 'partnerType') => {
		setKnowsNot({ ...knowsNot, [question]: next[question] === null });
		dispatch({ type: 'answer-work', work: next });
	};
	return (
		<>
			<fieldset class="helper-question">
				<legend>{t('helpers.mpn.work.locationLegend')}</legend>
				{locations.length === 0 && <p class="helper-hint">{t('helpers.mpn.work.noLocations')}</p>}
				{[...locations, null].map((location) => (
					<label key={location ?? ''} class="helper-option">
						<input
							type="radio"
							name={`${id}-location`}
							checked={location === null ? work.location === null && knowsNot.location : work.location === location}
							onChange={() => answer({ ...work, location }, 'location')}
						/>{' '}
						{location ?? unknown}
					</label>
				))}
			</fieldset>

			<fieldset class="helper-question">
				<legend>{t('helpers.mpn.work.partnerTypeLegend')}</legend>
				{[...partnerTypes, '', null].map((partnerType) => (
					<label key={partnerType ?? 'unknown'} class="helper-option">
						<input
							type="radio"
							name={`${id}-type`}
							checked={partnerType === null ? work.partnerType === null && knowsNot.partnerType : work.partnerType === partnerType}
							onChange={() => answer({ ...work, partnerType }, 'partnerType')}
						/>{' '}
						{partnerType === null ? unknown : partnerType === '' ? t('helpers.mpn.work.noPartnerType') : partnerType}
					</label>
				))}
			</fieldset>
		</>
	);
}
