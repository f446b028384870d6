/**
 * The shape of an error catalog entry (`catalog.ts`): its step, fields, basis, article section and sources.
 * Its texts are messages (`error-messages.ts`). Checked against every entry by the tests; the build uses the types.
 */
import { z } from 'zod';
import { articleAnchors, claimErrorCodes, type Severity } from './errors.ts';
import { claimStepIds } from './flow.ts';
import { draftFields } from './choices.ts';

/** One problem found by validation. `params` gives details such as the product concerned. */
export const claimErrorSchema = z.object({
	code: z.enum(claimErrorCodes),
	step: z.enum(claimStepIds),
	fields: z.array(z.enum(draftFields)),
	params: z.record(z.string(), z.string()).optional(),
});

/** `KEY#n` or `KEY#n–m` (fact sheet keys): CAI is the troubleshooting article. */
const CITATION_PATTERN = /^(CAI|MCA|OSA|POE|FCD)#\d+(–\d+)?$/;
const citation = z.string().regex(CITATION_PATTERN);

export const catalogEntrySchema = z
	.strictObject({
		/** The step that reports the code; `null` for INPUT_NOT_READABLE, which any step can report. */
		step: z.enum(claimStepIds).nullable(),
		/** Every field an error of this code can point at. */
		fields: z.array(z.enum(draftFields)),
		/**
		 * Exactly one basis per entry. `documented`: Microsoft documents the check itself, and `citations` resolve to
		 * the sentences that say so. `assumed`: Microsoft doesn't document the check; the simulator adds it and
		 * says what it assumes (message `errors.<CODE>.assumption`, shown wherever the entry is).
		 */
		basis: z.enum(['documented', 'assumed']),
		/** The article section to link; `null` for plain required-field checks. */
		anchor: z.enum(articleAnchors).nullable(),
		/** The sentences that state the check (documented) or the situation around it (assumed). */
		citations: z.array(citation),
		/**
		 * The sentences the fix follows but that state no rule: where the customer finds a value (FCD#113–115). Shown on
		 * the error page apart from `citations`, never as the check's basis (#14 fifth review).
		 */
		fixCitations: z.array(citation).optional(),
		/**
		 * Where the article words the condition in one sentence (message `errors.<CODE>.quote`, verbatim in each locale);
		 * `isTitle` where that sentence is the error's name (the reason list of CAI#119–124), so it is also its title.
		 * `states` what the sentence says: the error a partner receives (`error`: CAI#113 "If you receive an error
		 * stating…", the reasons of CAI#119–124), the check behind it (`check`: CAI#116, #117, #157 name no error), or,
		 * for an `assumed` entry, what the article says around the simulator's check (`context`). The error page
		 * introduces the quote accordingly (`errors.message.<states>`).
		 */
		articleQuote: z.strictObject({ citation, isTitle: z.boolean(), states: z.enum(['error', 'check', 'context']) }).nullable(),
		/** The exact strings the portal shows are not documented, only descriptions of the errors (fact sheet §5). */
		portalText: z.literal('not-documented'),
		/** Pages the fix sends the partner to (support, Incentives overview). */
		links: z.array(z.url()),
		/**
		 * Set where the article documents the error but not all the simulator does with it: which cases lead to it
		 * (an already claimed subscription: the error of CAI#123, where the simulator's arbitration warning is its own; the domain and tenant ID
		 * comparison, CAI#113) or whether the claim can go on (an MPN not enrolled, CAI#157, #161). That is the
		 * simulator's assumption, said in message `errors.<CODE>.reading` wherever an entry's assumption is shown.
		 */
		reading: z.literal(true).optional(),
		/**
		 * The sentences only the reading rests on (where a field is asked: OSA#140, #141; the subscription ID field per
		 * product: OSA#145), cited inline in `errors.<CODE>.reading`. Never in `citations`: they state no part of the
		 * check, and the sources page lists `citations` as what documents it (#14 twelfth review).
		 */
		readingCitations: z.array(citation).optional(),
	})
	.refine((entry) => entry.basis === 'assumed' || entry.citations.length > 0, 'a documented entry needs a citation')
	.refine((entry) => entry.basis === 'documented' || !entry.reading, 'an assumed entry says what it assumes in its assumption')
	.refine((entry) => !entry.readingCitations || entry.reading, 'only a reading rests on reading citations')
	.refine(
		(entry) => !entry.readingCitations?.some((cited) => entry.citations.includes(cited)),
		'a sentence only the reading rests on is not a source of the check',
	)
	.refine(
		(entry) => !entry.articleQuote?.isTitle || entry.articleQuote.states === 'error',
		'a sentence that is the error’s title states the error',
	)
	.refine(
		(entry) => !entry.articleQuote || (entry.basis === 'assumed') === (entry.articleQuote.states === 'context'),
		'an assumed entry quotes the article as context; a documented one, as the error or the check',
	);
/** An entry as written in the catalog. */
export type CatalogEntryInput = z.infer<typeof catalogEntrySchema>;
/**
 * An entry with its severity (`severityOf`, errors.ts) and `assumption`: true exactly for `assumed` entries,
 * which have the message `errors.<CODE>.assumption`.
 */
export type CatalogEntry = CatalogEntryInput & { readonly severity: Severity; readonly assumption: boolean };
