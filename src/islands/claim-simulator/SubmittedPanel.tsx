/**
 * Where the submitted claim appears: `Submitted.tsx` (with the business-day calendar and date formatting) is
 * loaded only once a claim is submitted, which most visits never reach.
 */
import { withinTime } from '../loading/download.ts';
import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { SubmittedProps } from './Submitted.tsx';

interface Props extends SubmittedProps {
	/** `Submitted.tsx` could not be downloaded: the island shows its load failure. */
	onLoadFailed: () => void;
}

export function SubmittedPanel({ onLoadFailed, ...props }: Props) {
	const [Submitted, setSubmitted] = useState<FunctionComponent<SubmittedProps> | null>(null);
	useEffect(() => {
		withinTime(import('./Submitted.tsx')).then((module) => setSubmitted(() => module.Submitted), onLoadFailed);
	}, []);
	return Submitted ? <Submitted {...props} /> : <p class="cs-loading">{props.t('simulator.submittedHeading')}</p>;
}
