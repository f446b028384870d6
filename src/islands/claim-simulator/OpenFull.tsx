/**
 * The embedded simulator's "Open this claim in the full simulator": the link while the claim fits in one, else the
 * note, the claim saved as a file and a plain link (`LinkOrFile.tsx`). Loaded by the embedded island only
 * (`OpenFullLink` in `ClaimSimulator.tsx`).
 */
import { LinkOrFile } from '../links/LinkOrFile.tsx';
import type { LaterTranslate } from './translate.ts';

/** What the link needs: the island's words, the page's language, the simulator page and the claim's query. */
export interface OpenFullProps {
	readonly t: LaterTranslate;
	readonly lang: string;
	readonly page: string;
	readonly query: () => URLSearchParams;
}

/** The note and controls of a claim too long for a link to the simulator page (`LinkOrFile.tsx`). */
const openFullKeys = {
	note: 'simulator.openFullTooLong',
	save: 'simulator.saveFile',
	goTo: 'simulator.goToFull',
	failed: 'simulator.partLoadFailed',
} as const;

/**
 * The embedded simulator's link to the simulator page, with the claim; too long for a link, the note and the claim
 * saved as a file, which the page's "Open a claim saved as a file" reads.
 */
export function OpenFull(props: OpenFullProps) {
	const { t } = props;
	return (
		<LinkOrFile
			page={props.page}
			tool="claim-simulator"
			query={props.query}
			t={t}
			keys={openFullKeys}
			values={{ open: t('simulator.openFile') }}
			noteClass="cs-message"
		>
			{(href) => (
				<p>
					<a href={href}>{t('simulator.openFull')}</a>
				</p>
			)}
		</LinkOrFile>
	);
}
