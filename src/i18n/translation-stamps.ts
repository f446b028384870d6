/**
 * Which English messages changed since their translations were last brought in line with them.
 *
 * `src/i18n/translated-from.json` records, for each English message key, a fingerprint of the English text the
 * translations were last checked against. A key whose English no longer matches its fingerprint has changed since
 * then: every locale's text of it needs a look (the meaning may have moved), after which `npm run i18n:stamp`
 * records the new English. A unit test fails while any key has changed, naming the keys: an English fix can no
 * longer leave a translation saying what the English said before (#14 tenth review: the German and French
 * competing-claim assumption kept the words of an English text fixed two stops earlier).
 *
 * Node only (`node:crypto`): the tests and the `i18n:*` scripts use it, never the site.
 */
import { createHash } from 'node:crypto';

/** The stamps file: English message key → fingerprint of the English the translations were checked against. */
export type TranslationStamps = Readonly<Record<string, string>>;

/** A short fingerprint of a message's English text (10 characters, base64url of its SHA-256). */
export function fingerprint(text: string): string {
	return createHash('sha256').update(text, 'utf8').digest('base64url').slice(0, 10);
}

/** The stamps of `english` as it is now, keys sorted: what `npm run i18n:stamp` writes. */
export function stampsOf(english: Readonly<Record<string, string>>): Record<string, string> {
	return Object.fromEntries(
		Object.keys(english)
			.sort()
			.map((key) => [key, fingerprint(english[key]!)]),
	);
}

/**
 * The English keys, sorted, whose text differs from what `stamps` recorded, or that `stamps` lacks (a new message:
 * its translations were written with it, and stamping it says they were checked).
 */
export function changedSinceTranslated(english: Readonly<Record<string, string>>, stamps: TranslationStamps): string[] {
	return Object.keys(english)
		.filter((key) => stamps[key] !== fingerprint(english[key]!))
		.sort();
}
