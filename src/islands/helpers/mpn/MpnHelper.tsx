/**
 * The MPN helper: the company's MPN IDs as an editable list (or a sample), two questions about the work,
 * and the answer as the reader types (headline announced through a status region, each row's verdict beside
 * it). The state lives in the URL (`mpn.*`), so a link or a reload shows the same answer; what the reader
 * does to it is `mpnStateAfter` (`src/helpers/mpn-state.ts`). A list too long for a link is saved as a file and
 * opened again (`StateFile.tsx`, #17). Its words are the messages `helpers.mpn.*` and
 * `helpers.common.*` of the page's language: what its first render shows comes with the page, the rest with its data
 * (`MpnData`, `useHelperState`).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { createTranslator } from '../../../i18n/message-format.ts';
import type { Sandbox } from '../../../claim/schema.ts';
import { adviseMpn, mpnClaimQuery } from '../../../helpers/mpn.ts';
import { mpnStateAfter, type MpnAction } from '../../../helpers/mpn-state.ts';
import { decodeMpnState, emptyMpnState, encodeMpnState, type MpnState } from '../../../helpers/url.ts';
import { LinkOrFile } from '../../links/LinkOrFile.tsx';
import { StateFile } from '../../links/StateFile.tsx';
import { HelperForm, HelperRoot, Pending, StartLink } from '../parts/parts.tsx';
import type { ArticleSection, HelperData } from '../parts/types.ts';
import { useHelperState } from '../parts/use-helper-state.ts';
import { MpnAnswer } from './MpnAnswer.tsx';
import { MpnList, type MpnTranslate } from './MpnList.tsx';
import { WorkQuestions } from './WorkQuestions.tsx';

/**
 * The MPN helper's data (`<locale>/helpers/mpn/data.json`): its messages, quotes and links, and `sandbox`, the
 * simulator's sandbox: its MPN IDs are the sample; the rest goes with the reader's MPN IDs into the claim link.
 */
export type MpnData = HelperData<'mpn', { readonly sandbox: Sandbox }>;

interface Props {
	/** The page's language (plural rules, number formats). */
	lang: string;
	/** What the first render reads of the helper's data (`carriedByPage`). */
	first: MpnData;
	/** The whole data (`routes.helperData('mpn')`, versioned). */
	dataUrl: string;
	section: ArticleSection;
	simulatorHref: string;
	incentivesOverviewUrl: string;
	headingLevel: number;
}

const ID = 'mpn-helper';

/** The keys of the note and the file controls (`StateFile.tsx`). */
const fileKeys = {
	tooLong: 'helpers.mpn.file.tooLong',
	save: 'helpers.mpn.file.save',
	open: 'helpers.mpn.file.open',
	unreadable: 'helpers.mpn.file.unreadable',
	failed: 'helpers.mpn.file.failed',
} as const;

/** The note and controls of a claim too long for a link to the claim simulator (`LinkOrFile.tsx`). */
const claimFileKeys = {
	note: 'helpers.mpn.file.claimTooLong',
	save: 'helpers.mpn.file.saveClaim',
	goTo: 'helpers.mpn.file.goToSimulator',
	failed: 'helpers.mpn.file.failed',
} as const;

/** The MPN helper's island: the list, the questions about the work, and the answer. */
export default function MpnHelper({ lang, first, dataUrl, section, simulatorHref, incentivesOverviewUrl, headingLevel }: Props) {
	const helper = useHelperState<MpnState, MpnData>(emptyMpnState, decodeMpnState, encodeMpnState, first, dataUrl);
	const { value: state, set, malformed, ready, tooLong, query, open, data } = helper;
	const { quotes, errorLinks, sandbox } = data;
	const t: MpnTranslate = createTranslator(data.messages, lang);
	const advice = adviseMpn(state.entries, state.work);
	const addButton = useRef<HTMLButtonElement>(null);
	const [focusRow, setFocusRow] = useState<number | null>(null);

	useEffect(() => {
		// The row is there once the helper's data is (an added row may wait for it: `useHelperState`).
		const row = focusRow === null ? null : document.getElementById(`${ID}-row-${focusRow}-id`);
		if (!row) return;
		row.focus();
		setFocusRow(null);
	});

	const dispatch = (action: MpnAction) => {
		set((current) => {
			const next = mpnStateAfter(current, action);
			// A new row takes the focus (the last, once it is there); a removed row or a new start leaves it on "Add an MPN ID".
			if (action.type === 'add') setFocusRow(next.entries.length - 1);
			return next;
		});
		if (action.type === 'remove' || action.type === 'start-over') addButton.current?.focus();
	};
	const claimQuery = mpnClaimQuery(state.entries, advice, sandbox);

	return (
		<HelperRoot name="mpn" ready={ready} onIntent={helper.prefetch}>
			<HelperForm ready={ready}>
				<MpnList
					t={t}
					id={ID}
					entries={state.entries}
					verdicts={advice.rows}
					sample={sandbox.mpnIds}
					addButton={addButton}
					dispatch={dispatch}
				/>
				<WorkQuestions t={t} id={ID} state={state} dispatch={dispatch} />
			</HelperForm>
			<Pending t={t} waiting={helper.waiting} failed={helper.failed} failedText={t('helpers.mpn.partLoadFailed')} onRetry={helper.retry} />

			<MpnAnswer
				lang={lang}
				t={t}
				advice={advice}
				entries={state.entries}
				malformed={malformed}
				quotes={quotes}
				section={section}
				errorLinks={errorLinks}
				incentivesOverviewUrl={incentivesOverviewUrl}
				start={
					claimQuery !== null && (
						<LinkOrFile
							page={simulatorHref}
							tool="claim-simulator"
							query={() => mpnClaimQuery(state.entries, advice, sandbox) ?? claimQuery}
							t={t}
							keys={claimFileKeys}
							noteClass="helper-malformed"
						>
							{(href) => <StartLink t={t} href={href} />}
						</LinkOrFile>
					)
				}
				onStartOver={() => dispatch({ type: 'start-over' })}
				headingLevel={headingLevel + 1}
			/>
			<StateFile tool="mpn-helper" noteClass="helper-malformed" tooLong={tooLong} t={t} keys={fileKeys} query={query} onOpen={open} />
		</HelperRoot>
	);
}
