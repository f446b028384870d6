/**
 * The MPN helper: the company's MPN IDs as an editable list (or a sample), two questions about the work,
 * and the answer as the reader types (headline announced through a status region, each row's verdict beside
 * it). The state lives in the URL (`mpn.*`), so a link or a reload shows the same answer.
 */
import { fillPlaceholders } from '../../i18n/placeholders.ts';
import { useEffect, useRef, useState } from 'preact/hooks';
import {
	adviseMpn,
	distinctLabels,
	entryOf,
	mpnClaimQuery,
	mpnReasonSegments,
	mpnWarningSegments,
	reconcileWork,
	unknownWork,
	type MpnEntry,
	type MpnWork,
} from '../../claim/advice/mpn.ts';
import { decodeMpnState, emptyMpnState, encodeMpnState, MAX_MPN_ROWS, type MpnState } from '../../claim/advice/url.ts';
import type { Sandbox } from '../../claim/schema.ts';
import { AdviceFooter, Heading, HelperForm, QuotedList, quoteOnce, useUrlState } from '../helper-parts/parts.tsx';
import type { ArticleQuotes, ArticleSection, ErrorLinks } from '../helper-parts/types.ts';
import type { MpnHelperStrings } from './strings.ts';

interface Props {
	strings: Omit<MpnHelperStrings, 'page'>;
	quotes: ArticleQuotes;
	section: ArticleSection;
	errorLinks: ErrorLinks;
	simulatorHref: string;
	/** The simulator's sandbox: its MPN IDs are the sample; the rest goes with the reader's MPN IDs into the claim link. */
	sandbox: Sandbox;
	incentivesOverviewUrl: string;
	headingLevel: number;
}

const ID = 'mpn-helper';
const MAX_LABEL = 200;
const blankEntry: MpnEntry = { id: '', name: '', enrolledInIncentives: false, partnerType: '', location: '' };

export default function MpnHelper({ strings, quotes, section, errorLinks, simulatorHref, sandbox, incentivesOverviewUrl, headingLevel }: Props) {
	const { value: state, set, malformed, ready } = useUrlState<MpnState>(emptyMpnState, decodeMpnState, encodeMpnState);
	const { entries, work } = state;
	const advice = adviseMpn(entries, work);
	const addButton = useRef<HTMLButtonElement>(null);
	const [focusRow, setFocusRow] = useState<number | null>(null);

	useEffect(() => {
		if (focusRow === null) return;
		document.getElementById(`${ID}-row-${focusRow}-id`)?.focus();
		setFocusRow(null);
	}, [focusRow]);

	const setEntries = (next: readonly MpnEntry[]) => set({ entries: next, work: reconcileWork(next, work) });
	const setWork = (next: MpnWork) => set({ entries, work: next });
	const edit = (index: number, change: Partial<MpnEntry>) => setEntries(entries.map((entry, at) => (at === index ? { ...entry, ...change } : entry)));
	const add = () => {
		setEntries([...entries, blankEntry]);
		setFocusRow(entries.length);
	};
	const remove = (index: number) => {
		setEntries(entries.filter((_, at) => at !== index));
		addButton.current?.focus();
	};

	const chosen = advice.chosen !== null ? entries[advice.chosen] : undefined;
	const chosenLabel = chosen ? `${chosen.id.trim()}${chosen.name.trim() ? ` (${chosen.name.trim()})` : ''}` : '';
	const claimQuery = mpnClaimQuery(entries, advice, sandbox);
	const locations = distinctLabels(entries, 'location');
	const partnerTypes = distinctLabels(entries, 'partnerType');
	const sub = headingLevel + 1;
	const englishLabel = strings.labels.englishOriginal;
	const firstQuotes = quoteOnce();
	const listProps = { headingLevel: sub, quotes, section, englishLabel };

	return (
		<div class="helper" data-helper="mpn" data-ready={ready ? '' : undefined}>
			<HelperForm ready={ready}>
				<fieldset class="helper-question">
					<legend>{strings.list.legend}</legend>
					<p class="helper-hint">{strings.list.help}</p>
					{entries.length === 0 && <p>{strings.list.empty}</p>}
					{entries.map((entry, index) => {
						const n = String(index + 1);
						const field = (name: string) => `${ID}-row-${index}-${name}`;
						return (
							<fieldset key={index} class="helper-mpn-row" data-verdict={advice.rows[index]}>
								<legend>{fillPlaceholders(strings.list.row, { n })}</legend>
								<div class="helper-mpn-fields">
									<label for={field('id')}>{strings.list.id}</label>
									<input
										id={field('id')}
										type="text"
										inputMode="numeric"
										autoComplete="off"
										maxLength={40}
										value={entry.id}
										aria-describedby={field('verdict')}
										onInput={(event) => edit(index, { id: event.currentTarget.value })}
									/>
									<label for={field('name')}>{strings.list.name}</label>
									<input id={field('name')} type="text" maxLength={MAX_LABEL} value={entry.name} onInput={(event) => edit(index, { name: event.currentTarget.value })} />
									<label for={field('location')}>{strings.list.location}</label>
									<input id={field('location')} type="text" maxLength={MAX_LABEL} value={entry.location} onInput={(event) => edit(index, { location: event.currentTarget.value })} />
									<label for={field('type')}>{strings.list.partnerType}</label>
									<input
										id={field('type')}
										type="text"
										maxLength={MAX_LABEL}
										value={entry.partnerType}
										aria-describedby={field('type-hint')}
										onInput={(event) => edit(index, { partnerType: event.currentTarget.value })}
									/>
									<span id={field('type-hint')} class="helper-hint helper-mpn-type-hint">
										{strings.list.partnerTypeHint}
									</span>
								</div>
								<label class="helper-option">
									<input type="checkbox" checked={entry.enrolledInIncentives} onChange={(event) => edit(index, { enrolledInIncentives: event.currentTarget.checked })} />{' '}
									{strings.list.enrolled}
								</label>
								<p id={field('verdict')} class="helper-verdict">
									{strings.verdicts[advice.rows[index] ?? 'empty']}
								</p>
								<button type="button" class="helper-secondary" onClick={() => remove(index)}>
									{fillPlaceholders(strings.list.remove, { n })}
								</button>
							</fieldset>
						);
					})}
					<div class="helper-actions">
						<button type="button" class="helper-secondary" ref={addButton} disabled={entries.length >= MAX_MPN_ROWS} onClick={add}>
							{strings.list.add}
						</button>
						<button type="button" class="helper-secondary" onClick={() => set({ entries: sandbox.mpnIds.map(entryOf), work: unknownWork })}>
							{strings.list.loadSample}
						</button>
					</div>
					{entries.length >= MAX_MPN_ROWS && <p>{strings.list.full}</p>}
				</fieldset>

				<fieldset class="helper-question">
					<legend>{strings.work.locationLegend}</legend>
					{locations.length === 0 && <p class="helper-hint">{strings.work.noLocations}</p>}
					{[...locations, null].map((location) => (
						<label key={location ?? ''} class="helper-option">
							<input type="radio" name={`${ID}-location`} checked={work.location === location} onChange={() => setWork({ ...work, location })} />{' '}
							{location ?? strings.work.unknown}
						</label>
					))}
				</fieldset>

				<fieldset class="helper-question">
					<legend>{strings.work.partnerTypeLegend}</legend>
					{[...partnerTypes, '', null].map((partnerType) => (
						<label key={partnerType ?? 'unknown'} class="helper-option">
							<input type="radio" name={`${ID}-type`} checked={work.partnerType === partnerType} onChange={() => setWork({ ...work, partnerType })} />{' '}
							{partnerType === null ? strings.work.unknown : partnerType === '' ? strings.work.noPartnerType : partnerType}
						</label>
					))}
				</fieldset>
			</HelperForm>

			<div class="helper-answer" data-outcome={advice.outcome}>
				{malformed && <p class="helper-malformed">{strings.labels.malformed}</p>}
				<p role="status" class="helper-headline">
					{fillPlaceholders(strings.outcomes[advice.outcome], { mpn: chosenLabel })}
				</p>

				<QuotedList
					{...listProps}
					heading={strings.labels.why}
					className="helper-reasons"
					item="reason"
					entries={advice.reasons.map((reason) => ({ key: reason, text: strings.reasons[reason], quote: firstQuotes(mpnReasonSegments[reason]) }))}
				/>

				{advice.nextSteps.length > 0 && (
					<>
						<Heading level={sub}>{strings.labels.next}</Heading>
						<ul class="helper-next">
							{advice.nextSteps.map((step) => (
								<li key={step} data-next={step}>
									{strings.nextSteps[step]}
									{step === 'enroll-in-incentives-overview' && (
										<>
											{' '}
											<a href={incentivesOverviewUrl}>{strings.labels.incentivesOverview}</a>
										</>
									)}
								</li>
							))}
						</ul>
					</>
				)}

				<QuotedList
					{...listProps}
					heading={strings.labels.warnings}
					className="helper-warnings"
					item="warning"
					entries={advice.warnings.map((warning) => ({
						key: warning,
						text: fillPlaceholders(strings.warnings[warning], { type: chosen?.partnerType.trim() ?? '' }),
						quote: firstQuotes(mpnWarningSegments[warning]),
					}))}
				/>

				<AdviceFooter
					headingLevel={sub}
					assumptions={advice.assumptions.map((assumption) => ({ key: assumption, text: strings.assumptions[assumption] }))}
					labels={strings.labels}
					errors={advice.errors}
					errorLinks={errorLinks}
					startHref={claimQuery !== null ? `${simulatorHref}${claimQuery}` : undefined}
					onStartOver={() => set(emptyMpnState)}
				/>
			</div>
		</div>
	);
}
