/**
 * The MPN helper's two questions about the work: which listed location did it, and under which listed
 * partner type (or none) it was done; "I don't know" for each.
 */
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
							checked={work.location === location}
							onChange={() => dispatch({ type: 'answer-work', work: { ...work, location } })}
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
							checked={work.partnerType === partnerType}
							onChange={() => dispatch({ type: 'answer-work', work: { ...work, partnerType } })}
						/>{' '}
						{partnerType === null ? unknown : partnerType === '' ? t('helpers.mpn.work.noPartnerType') : partnerType}
					</label>
				))}
			</fieldset>
		</>
	);
}
