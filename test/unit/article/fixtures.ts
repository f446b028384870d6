/**
 * Synthetic newer English source versions, derived from the Japanese seed.
 */
import { pair, readSeed } from '../localization/helpers.ts';

export const NEWER_COMMIT = '0123456789abcdef0123456789abcdef01234567';
export const REWORDED_171 = 'This can happen when Microsoft is working with the partner who currently owns the product or workload.';
export const ADDED_SENTENCE = 'Arbitration can take up to ten business days.';

/** Swaps the Markdown of the two lines holding segment ids `a` and `b`, keeping each line's list marker. */
function swapListItems(text: string, a: string, b: string): string {
	const lines = text.split('\n');
	const indexA = lines.findIndex((line) => line.includes(`data-ttu-id="${a}"`));
	const indexB = lines.findIndex((line) => line.includes(`data-ttu-id="${b}"`));
	const split = (line: string): [string, string] => {
		const at = line.indexOf('<span');
		return [line.slice(0, at), line.slice(at)];
	};
	const [markerA, restA] = split(lines[indexA] ?? '');
	const [markerB, restB] = split(lines[indexB] ?? '');
	lines[indexA] = markerA + restB;
	lines[indexB] = markerB + restA;
	return lines.join('\n');
}

/** The seed as a newer source version: new commit and date, every segment renumbered (+100), for `locale`. */
function bumpVersion(text: string, locale = 'zh-TW'): string {
	return text
		.replace('ms.sourcegitcommit: 36a60f672c1c3d6b63fd225d04c5ffa917694ae0', `ms.sourcegitcommit: ${NEWER_COMMIT}`)
		.replace('ms.date: 06/29/2020', 'ms.date: 09/15/2020')
		.replace('ms.lasthandoff: 07/03/2020', 'ms.lasthandoff: 09/20/2020')
		.replace('ms.contentlocale: ja-JP', `ms.contentlocale: ${locale}`)
		.replace(/bd896-(\d+)/g, (_, number: string) => `7f3e1-${Number(number) + 100}`);
}

/**
 * A newer English version where only the "Competing claims" section changed: sentence 171
 * (now 271) reworded, a sentence added after 172 (now 272), list items 1 and 2 swapped.
 */
export function newerVersionChangingCompetingClaims(): string {
	let text = bumpVersion(readSeed('ja-JP'));
	text = text.replace(
		'This scenario can happen when Microsoft works with the partner currently owning the product/workload.',
		REWORDED_171,
	);
	text = text.replace(
		'You will be notified within the comments section of your claim if that is the case.</span></span>',
		`You will be notified within the comments section of your claim if that is the case.</span></span> ${pair('7f3e1-300', '新しい文。', ADDED_SENTENCE)}`,
	);
	return swapListItems(text, '7f3e1-267', '7f3e1-268');
}

/**
 * A newer English version with two list items swapped in "Subscription errors…" and the sentence
 * 160 removed from "Which MPN do I choose?"; nothing else changes.
 */
export function newerVersionReorderingAndRemoving(): string {
	const text = swapListItems(bumpVersion(readSeed('ja-JP')), '7f3e1-219', '7f3e1-220');
	return text
		.split('\n')
		.filter((line) => !line.includes('data-ttu-id="7f3e1-260"'))
		.join('\n');
}
