/**
 * The MPN helper's list: one framed row per MPN ID (its fields, whether it is enrolled, the helper's verdict
 * on it, a remove button), then "Add an MPN ID" and "Load a sample".
 */
import { halfWidthTyping } from '../../typing/half-width.ts';
import type { RefObject } from 'preact';
import type { MessageValues } from '../../../i18n/message-format.ts';
import type { MpnId } from '../../../claim/schema.ts';
import type { MpnEntry, MpnRowVerdict } from '../../../helpers/mpn.ts';
import type { MpnAction } from '../../../helpers/mpn-state.ts';
import { MAX_LABEL, MAX_MPN_ROWS } from '../../../helpers/url.ts';
import type { HelperMessageKey } from '../parts/types.ts';

/** The MPN helper's `t`: its own messages and the shared ones. */
export type MpnTranslate = (key: HelperMessageKey<'mpn'>, values?: MessageValues) => string;

interface RowProps {
	t: MpnTranslate;
	/** The helper's id: the prefix of its fields' ids. */
	id: string;
	index: number;
	entry: MpnEntry;
	verdict: MpnRowVerdict;
	dispatch: (action: MpnAction) => void;
}

/** One listed MPN ID. Its verdict describes the ID field. */
function MpnRow({ t, id, index, entry, verdict, dispatch }: RowProps) {
	const n = index + 1;
	const field = (name: string) => `${id}-row-${index}-${name}`;
	const edit = (change: Partial<MpnEntry>) => dispatch({ type: 'edit', index, change });
	const text = (name: 'name' | 'location', label: string) => (
		<>
			<label for={field(name)}>{label}</label>
			<input
				id={field(name)}
				type="text"
				maxLength={MAX_LABEL}
				value={entry[name]}
				onInput={(event) => edit({ [name]: event.currentTarget.value })}
			/>
		</>
	);
	return (
		<fieldset class="helper-mpn-row" data-verdict={verdict}>
			<legend>{t('helpers.mpn.list.row', { n })}</legend>
			<div class="helper-mpn-fields">
				<label for={field('id')}>{t('helpers.mpn.list.id')}</label>
				<input
					id={field('id')}
					type="text"
					inputMode="numeric"
					autoComplete="off"
					maxLength={40}
					value={entry.id}
					aria-describedby={field('verdict')}
					{...halfWidthTyping((id) => edit({ id }))}
				/>
				{text('name', t('helpers.mpn.list.name'))}
				{text('location', t('helpers.mpn.list.location'))}
				<label for={field('type')}>{t('helpers.mpn.list.partnerType')}</label>
				<input
					id={field('type')}
					type="text"
					maxLength={MAX_LABEL}
					value={entry.partnerType}
					aria-describedby={field('type-hint')}
					onInput={(event) => edit({ partnerType: event.currentTarget.value })}
				/>
				<span id={field('type-hint')} class="helper-hint helper-mpn-type-hint">
					{t('helpers.mpn.list.partnerTypeHint')}
				</span>
			</div>
			<label class="helper-option">
				<input
					type="checkbox"
					checked={entry.enrolledInIncentives}
					onChange={(event) => edit({ enrolledInIncentives: event.currentTarget.checked })}
				/>{' '}
				{t('helpers.mpn.list.enrolled')}
			</label>
			<p id={field('verdict')} class="helper-verdict">
				{t(`helpers.mpn.verdicts.${verdict}`)}
			</p>
			<button type="button" class="helper-secondary" onClick={() => dispatch({ type: 'remove', index })}>
				{t('helpers.mpn.list.remove', { n })}
			</button>
		</fieldset>
	);
}

interface ListProps {
	t: MpnTranslate;
	id: string;
	entries: readonly MpnEntry[];
	/** The helper's verdict per row, by index. */
	verdicts: readonly MpnRowVerdict[];
	/** The sandbox's MPN IDs, which "Load a sample" lists. */
	sample: readonly MpnId[];
	addButton: RefObject<HTMLButtonElement>;
	dispatch: (action: MpnAction) => void;
}

/** The question "Your company's MPN IDs": the rows and the buttons below them. */
export function MpnList({ t, id, entries, verdicts, sample, addButton, dispatch }: ListProps) {
	const full = entries.length >= MAX_MPN_ROWS;
	return (
		<fieldset class="helper-question">
			<legend>{t('helpers.mpn.list.legend')}</legend>
			<p class="helper-hint">{t('helpers.mpn.list.help')}</p>
			{entries.length === 0 && <p>{t('helpers.mpn.list.empty')}</p>}
			{entries.map((entry, index) => (
				<MpnRow key={index} t={t} id={id} index={index} entry={entry} verdict={verdicts[index] ?? 'empty'} dispatch={dispatch} />
			))}
			<div class="helper-actions">
				<button type="button" class="helper-secondary" ref={addButton} disabled={full} onClick={() => dispatch({ type: 'add' })}>
					{t('helpers.mpn.list.add')}
				</button>
				<button type="button" class="helper-secondary" onClick={() => dispatch({ type: 'load-sample', mpnIds: sample })}>
					{t('helpers.mpn.list.loadSample')}
				</button>
			</div>
			{full && <p>{t('helpers.mpn.list.full')}</p>}
		</fieldset>
	);
}
