/**
 * Source versions: ordering them and checking that documents of the same version agree.
 *
 * Ordering (oldest to newest): `ms.date` (the date of the English article), then `ms.lasthandoff`
 * (when the vendor received that English; a missing one counts as oldest), then the commit hash as
 * a last, arbitrary but deterministic tie-break. Documents sharing `ms.sourcegitcommit` are one
 * version; the version's handoff date is the latest of its documents.
 */
import { SourceFormatError } from '../localization/errors.ts';
import type { LocalizedDocument, Segment, SourceVersion } from '../localization/schema.ts';
import { englishKey } from './text.ts';

const time = (date: Date | undefined): number => date?.getTime() ?? Number.NEGATIVE_INFINITY;

/** Negative when `a` is older than `b`, positive when newer, 0 for the same commit. */
export function compareSourceVersions(a: SourceVersion, b: SourceVersion): number {
	if (a.commit === b.commit) return 0;
	return time(a.date) - time(b.date) || time(a.lastHandoff) - time(b.lastHandoff) || (a.commit < b.commit ? -1 : 1);
}

export interface VersionGroup {
	readonly version: SourceVersion;
	readonly documents: readonly LocalizedDocument[];
}

/** Groups documents by `ms.sourcegitcommit`, oldest version first. */
export function groupBySourceVersion(documents: readonly LocalizedDocument[]): VersionGroup[] {
	const groups = new Map<string, LocalizedDocument[]>();
	for (const document of documents) {
		const group = groups.get(document.sourceVersion.commit) ?? [];
		group.push(document);
		groups.set(document.sourceVersion.commit, group);
	}
	return [...groups.values()]
		.map((group): VersionGroup => {
			const [first] = group;
			if (!first) throw new Error('internal error: empty version group');
			const dates = group.map((document) => document.sourceVersion.date.getTime());
			const handoffs = group.flatMap((document) =>
				document.sourceVersion.lastHandoff ? [document.sourceVersion.lastHandoff.getTime()] : [],
			);
			const version: SourceVersion = {
				commit: first.sourceVersion.commit,
				date: new Date(Math.max(...dates)),
				...(handoffs.length > 0 ? { lastHandoff: new Date(Math.max(...handoffs)) } : {}),
			};
			return { version, documents: group };
		})
		.sort((a, b) => compareSourceVersions(a.version, b.version));
}

const where = (document: LocalizedDocument, segment: Segment): string => `${document.file}:${segment.line} (segment ${segment.id})`;

/**
 * Throws a `SourceFormatError` naming both files, the segment and its line when two documents of
 * the same source version do not have the same English, segment by segment.
 */
export function checkSameEnglish(reference: LocalizedDocument, other: LocalizedDocument): void {
	const commit = reference.sourceVersion.commit;
	const byNumber = new Map(other.segments.map((segment) => [segment.number, segment]));
	for (const segment of reference.segments) {
		const counterpart = byNumber.get(segment.number);
		if (!counterpart) {
			throw new SourceFormatError(
				{ file: reference.file, line: segment.line, segmentId: segment.id },
				`segment ${segment.number} is missing from ${other.file}, although both files are source version ${commit} (ms.sourcegitcommit)`,
			);
		}
		if (englishKey(segment.english) !== englishKey(counterpart.english)) {
			throw new SourceFormatError(
				{ file: reference.file, line: segment.line, segmentId: segment.id },
				`English differs from ${where(other, counterpart)}, although both files are source version ${commit} (ms.sourcegitcommit): ` +
					`${JSON.stringify(englishKey(segment.english))} vs ${JSON.stringify(englishKey(counterpart.english))}`,
			);
		}
		byNumber.delete(segment.number);
	}
	const [extra] = byNumber.values();
	if (extra) {
		throw new SourceFormatError(
			{ file: other.file, line: extra.line, segmentId: extra.id },
			`segment ${extra.number} is missing from ${reference.file}, although both files are source version ${commit} (ms.sourcegitcommit)`,
		);
	}
}
