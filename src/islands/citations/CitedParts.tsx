/**
 * Text with its citations as links, in an island (`CitedPart`s from `src/facts/citation-targets.ts`, over the
 * `CitationTargets` the page hands the island): the Preact twin of `src/components/citations/Cited.astro`.
 */
import type { CitedPart } from '../../facts/citation-targets.ts';

export function CitedParts({ parts }: { parts: readonly CitedPart[] }) {
	return (
		<>
			{parts.map((part) =>
				typeof part === 'string' ? (
					part
				) : (
					<a class="citation" href={part.href} title={part.title} translate={false}>
						{part.text}
					</a>
				),
			)}
		</>
	);
}
