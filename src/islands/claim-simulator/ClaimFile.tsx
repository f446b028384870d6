/**
 * A claim too long for a link (#17), on the simulator's page: the shared note, "Save the claim as a file" and "Open a
 * claim saved as a file" (`StateFile.tsx`), in the simulator's words. An opened claim shows as a link's would, with
 * the parts that couldn't be read named.
 */
import { encodeState, type SimulatorState } from '../../claim/url-encoding.ts';
import { StateFile } from '../links/StateFile.tsx';
import type { SimulatorData } from './data.ts';
import { decodeQuery } from './load.ts';
import * as actions from './state.ts';
import type { SimulatorView } from './state.ts';
import type { SimulatorTranslate } from './translate.ts';

interface Props {
	t: SimulatorTranslate;
	data: SimulatorData;
	/** The presets' drafts, for a file that names a preset (`decodeQuery`). */
	draftsUrl: string;
	sim: SimulatorState;
	/** The length of the query that didn't fit in a link; `null` while it fits. */
	tooLong: number | null;
	onOpen: (view: SimulatorView) => void;
}

/** The claim simulator's note and file controls. */
export function ClaimFile({ t, data, draftsUrl, sim, tooLong, onOpen }: Props) {
	const open = async (query: URLSearchParams) => {
		const decoded = await decodeQuery(query, data.sandbox, draftsUrl);
		onOpen({ ...actions.loadedView(decoded.state, decoded.rejected), touched: true });
		return true;
	};
	return (
		<StateFile
			tool="claim-simulator"
			class="cs-claim-file"
			noteClass="cs-message"
			tooLong={tooLong}
			t={t}
			keys={{
				tooLong: 'simulator.linkTooLong',
				save: 'simulator.saveFile',
				open: 'simulator.openFile',
				unreadable: 'simulator.fileUnreadable',
				failed: 'simulator.partLoadFailed',
			}}
			query={() => encodeState(sim, data.sandbox)}
			onOpen={open}
		/>
	);
}
