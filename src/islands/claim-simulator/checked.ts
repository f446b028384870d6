/**
 * What the claim simulator loads when the reader first checks a step: the claim engine's checks (`steps.ts`,
 * every rule of the flow) and the view of the problems they find. A reader who only looks never needs them.
 */
export { validateClaim, validateStep } from '../../claim/steps.ts';
export { ErrorSummary } from './ErrorSummary.tsx';
export { ProblemList } from './ProblemList.tsx';
import { browserTimeZone, safeToday } from '../time-zone/time-zone.ts';

/** The day a claim submitted now is submitted on: today on the clock the reader picked (`null`: the browser's). */
export function submissionDay(timeZone: string | null): string {
	return safeToday(timeZone ?? browserTimeZone());
}
