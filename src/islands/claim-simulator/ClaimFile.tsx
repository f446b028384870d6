/**
 * A claim too long for a link (#17): says so, and saves it as a file (`keep.ts`'s `claimFile`) that "Open a claim
 * saved as a file" reads back here. The open control is always there on the simulator's page, so a file saved
 * earlier can be opened on a fresh visit.
 */
import { useState } from 'preact/hooks';
import { encodeState, type SimulatorState } from '../../claim/url-encoding.ts';
import { LINK_LIMIT } from '../../claim/base64-json.ts';
import type { SimulatorData } from './data.ts';
import { claimFile, claimFromFile } from './keep.ts';
import { decodeQuery } from './load.ts';
import * as actions from './state.ts';
import type { SimulatorView } from './state.ts';
import type { SimulatorTranslate } from './translate.ts';

interface Props {
	t: SimulatorTranslate;
	data: SimulatorData;
	sim: SimulatorState;
	/** The length of the query that didn't fit in a link; `null` while it fits. */
	tooLong: number | null;
	onOpen: (view: SimulatorView) => void;
}

export function ClaimFile({ t, data, sim, tooLong, onOpen }: Props) {
	const [unreadable, setUnreadable] = useState(false);
	const count = new Intl.NumberFormat(data.lang);
	const save = () => {
		const url = URL.createObjectURL(claimFile(encodeState(sim, data.sandbox)));
		const link = Object.assign(document.createElement('a'), { href: url, download: 'claim.json' });
		link.click();
		setTimeout(() => URL.revokeObjectURL(url), 1000);
	};
	const open = async (event: Event) => {
		const file = (event.currentTarget as HTMLInputElement).files?.[0];
		if (!file) return;
		const query = claimFromFile(await file.text().catch(() => ''));
		const decoded = query ? await decodeQuery(query, data).catch(() => null) : null;
		setUnreadable(decoded === null);
		if (decoded) onOpen({ ...actions.loadedView(decoded.state, decoded.rejected), touched: true });
	};
	return (
		<div class="cs-claim-file">
			{tooLong !== null && (
				<p class="cs-message" role="status">
					{t('simulator.linkTooLong', { size: count.format(tooLong), limit: count.format(LINK_LIMIT) })}{' '}
					<button type="button" onClick={save}>
						{t('simulator.saveFile')}
					</button>
				</p>
			)}
			<p>
				<label>
					{t('simulator.openFile')} <input type="file" accept=".json,application/json" onChange={open} />
				</label>
			</p>
			{unreadable && (
				<p class="cs-message" role="alert">
					{t('simulator.fileUnreadable')}
				</p>
			)}
		</div>
	);
}
