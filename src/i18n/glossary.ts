/**
 * The glossary: one word per concept in each locale, and the words that are wrong for it.
 *
 * One JSON file per locale beside the message catalogs, `src/i18n/glossary/<lang>.json`
 * (`{ "lang": "ja", "concepts": [ … ] }`). Each concept gives the English term, the locale's term (the
 * localized Microsoft article's own term, or Microsoft's localized status/button name), where that term comes
 * from, and the variants that must not be used. `findWrongTerms` finds those variants in a text; the glossary
 * test runs it over every message of every catalog.
 *
 * A wrong variant can be part of a correct word (zh-TW 檢閱 is wrong for the review process, yet the status
 * Under review is 檢閱中). A match is therefore ignored when it lies inside an occurrence of any correct term
 * of the same glossary, or of a phrase in the concept's `allowedIn` list. Variants made of Latin letters or
 * digits at an edge only match as whole words there (`MPN Id` does not match inside `MPN Identity`).
 *
 * Plain TypeScript (zod only), so Vitest and Node scripts can share it.
 */
import { z } from 'zod';

/** One concept of a locale's glossary. */
const glossaryConceptSchema = z.object({
	/** Stable id shared by every locale's file: `status-under-review`. */
	id: z.string().regex(/^[a-z][a-z0-9-]*$/),
	/** The English term (as on the English pages). */
	en: z.string().min(1),
	/** The term this locale uses. */
	term: z.string().min(1),
	/** Where the term comes from: `MCA status list`, `CAI#119`, `briefing`. */
	source: z.string().min(1),
	/** Variants that are wrong for this concept in this locale (each at least one character). */
	wrong: z.array(z.string().min(1)).default([]),
	/** Longer phrases that contain a wrong variant and are nevertheless right (not reported). */
	allowedIn: z.array(z.string().min(1)).default([]),
	/** Why the term was chosen, when that is not obvious. */
	note: z.string().optional(),
});

/** A locale's glossary file. Concept ids are unique, and no wrong variant equals a correct term. */
const glossarySchema = z
	.object({
		/** The locale's BCP 47 tag, as the catalog folder: `en`, `ja`, `zh-TW`. */
		lang: z.string().min(2),
		concepts: z.array(glossaryConceptSchema),
	})
	.superRefine((glossary, context) => {
		const ids = new Set<string>();
		const terms = new Set(glossary.concepts.map((concept) => concept.term));
		glossary.concepts.forEach((concept, index) => {
			if (ids.has(concept.id))
				context.addIssue({ code: 'custom', path: ['concepts', index, 'id'], message: `concept ${concept.id} is defined twice` });
			ids.add(concept.id);
			for (const variant of concept.wrong) {
				if (terms.has(variant)) {
					context.addIssue({
						code: 'custom',
						path: ['concepts', index, 'wrong'],
						message: `${variant} is wrong for ${concept.id} but the term of another concept`,
					});
				}
			}
			for (const phrase of concept.allowedIn) {
				if (!concept.wrong.some((variant) => phrase.includes(variant))) {
					context.addIssue({
						code: 'custom',
						path: ['concepts', index, 'allowedIn'],
						message: `${phrase} contains none of ${concept.id}'s wrong variants`,
					});
				}
			}
		});
	});
export type Glossary = z.infer<typeof glossarySchema>;

/** A wrong variant found in a text. */
export interface GlossaryViolation {
	/** The concept's id. */
	readonly concept: string;
	/** The wrong variant as it appears in the text. */
	readonly found: string;
	/** The term to use instead. */
	readonly use: string;
	/** Offset of the match in the text (UTF-16 code units). */
	readonly index: number;
}

/** Parses a glossary file's content (throws a `ZodError` naming the bad entry). */
export function parseGlossary(content: unknown): Glossary {
	return glossarySchema.parse(content);
}

const wordCharacter = /[\p{Script=Latin}\p{Nd}_]/u;

/** All start offsets of `needle` in `text`. */
function occurrences(text: string, needle: string): number[] {
	const found: number[] = [];
	for (let index = text.indexOf(needle); index !== -1; index = text.indexOf(needle, index + 1)) found.push(index);
	return found;
}

/** True when a match of `variant` at `index` does not cut a Latin word or number in two. */
function atWordBoundaries(text: string, variant: string, index: number): boolean {
	const before = text[index - 1];
	const after = text[index + variant.length];
	const cutsBefore = wordCharacter.test(variant[0]!) && before !== undefined && wordCharacter.test(before);
	const cutsAfter = wordCharacter.test(variant.at(-1)!) && after !== undefined && wordCharacter.test(after);
	return !cutsBefore && !cutsAfter;
}

/** Says whether a quoted sentence is Microsoft's own text, word for word (e.g. found in a vendor file of the locale). */
export type VerbatimCheck = (quoted: string) => boolean;

/** Text in corner brackets (「…」), the way messages quote a sentence of the article. */
const CORNER_QUOTE = /「([^」]*)」/g;

/**
 * The spans of the text covered by a correct term of the glossary, an `allowedIn` phrase, or a 「quote」 that
 * `isVerbatim` recognizes as the article's own words (which keep the article's terms).
 */
function protectedSpans(text: string, glossary: Glossary, isVerbatim: VerbatimCheck): Array<readonly [number, number]> {
	const phrases = new Set(glossary.concepts.flatMap((concept) => [concept.term, ...concept.allowedIn]));
	const quotes = [...text.matchAll(CORNER_QUOTE)]
		.filter((match) => isVerbatim(match[1]!))
		.map((match) => [match.index, match.index + match[0].length] as const);
	return [
		...quotes,
		...[...phrases].flatMap((phrase) => occurrences(text, phrase).map((start) => [start, start + phrase.length] as const)),
	];
}

/**
 * The wrong variants in `text`, in order of appearance. A match inside a correct term, an `allowedIn`
 * phrase or a verbatim 「quote」 of the article (as `isVerbatim` decides; none by default) is ignored; of two overlapping matches the longer one is reported (`ボリュームライセンス契約`
 * rather than also `ボリュームライセンス`). Matching is case-sensitive.
 */
export function findWrongTerms(text: string, glossary: Glossary, isVerbatim: VerbatimCheck = () => false): GlossaryViolation[] {
	const spans = protectedSpans(text, glossary, isVerbatim);
	const covered = (start: number, end: number): boolean => spans.some(([from, to]) => from <= start && end <= to);
	const hits = glossary.concepts.flatMap((concept) =>
		concept.wrong.flatMap((variant) =>
			occurrences(text, variant)
				.filter((index) => atWordBoundaries(text, variant, index) && !covered(index, index + variant.length))
				.map((index): GlossaryViolation => ({ concept: concept.id, found: variant, use: concept.term, index })),
		),
	);
	const end = (hit: GlossaryViolation): number => hit.index + hit.found.length;
	return hits
		.filter(
			(hit) =>
				!hits.some((other) => other !== hit && other.index <= hit.index && end(hit) <= end(other) && other.found.length > hit.found.length),
		)
		.sort((a, b) => a.index - b.index || b.found.length - a.found.length);
}

/** Message keys exempt from the glossary: verbatim quotes of an article (`….quote`). */
function isQuoteKey(key: string): boolean {
	return key.endsWith('.quote');
}

/** One violation in a catalog, printable as `lang key: found X, use Y`. */
export interface CatalogViolation extends GlossaryViolation {
	readonly lang: string;
	readonly key: string;
}

/** `ja site.home.lead: found ステップ, use 手順` */
export function describeViolation(violation: CatalogViolation): string {
	return `${violation.lang} ${violation.key}: found ${violation.found}, use ${violation.use}`;
}

/**
 * The wrong variants in a locale's messages, sorted by key. Keys ending in `.quote`, and 「quotes」 inside a
 * message that `isVerbatim` recognizes, are the article's words and exempt.
 */
export function checkMessages(
	lang: string,
	messages: Readonly<Record<string, string>>,
	glossary: Glossary,
	isVerbatim: VerbatimCheck = () => false,
): CatalogViolation[] {
	return Object.entries(messages)
		.filter(([key]) => !isQuoteKey(key))
		.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
		.flatMap(([key, message]) => findWrongTerms(message, glossary, isVerbatim).map((violation) => ({ ...violation, lang, key })));
}
