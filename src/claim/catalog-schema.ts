/**
 * The shape of an error catalog entry (`catalog.ts`): its step, fields, basis, article section, sources and
 * localized texts. Checked against every entry by the tests; the build uses the types.
 */
import { z } from 'zod';
import { articleAnchors, claimErrorCodes, type Severity } from './errors.ts';
import { claimStepIds } from './flow.ts';
import { localizedSchema } from './localized.ts';
import { draftFields } from './choices.ts';

/** One problem found by validation. `params` gives details such as the product concerned. */
export const claimErrorSchema = z.object({
	code: z.enum(claimErrorCodes),
	step: z.enum(claimStepIds),
	fields: z.array(z.enum(draftFields)),
	params: z.record(z.string(), z.string()).optional(),
});

/** `KEY#n` or `KEY#n–m` (fact sheet keys): CAI is the troubleshooting article. */
export const CITATION_PATTERN = /^(CAI|MCA|OSA|POE|FCD)#\d+(–\d+)?$/;
const citation = z.string().regex(CITATION_PATTERN);

const nonBlank = z.string().trim().min(1);

export const catalogTextSchema = z.strictObject({
	title: nonBlank,
	/** The cause, in the article's words where it has them. */
	explanation: nonBlank,
	fix: nonBlank,
});
export type CatalogText = z.infer<typeof catalogTextSchema>;

export const catalogEntrySchema = z
	.strictObject({
		/** The step that reports the code; `null` for INPUT_NOT_READABLE, which any step can report. */
		step: z.enum(claimStepIds).nullable(),
		/** Every field an error of this code can point at. */
		fields: z.array(z.enum(draftFields)),
		/** `documented`: the article or the fact sheet's sources state the condition; `assumed`: the simulator adds it. */
		basis: z.enum(['documented', 'assumed']),
		/** The article section to link; `null` for plain required-field checks. */
		anchor: z.enum(articleAnchors).nullable(),
		citations: z.array(citation),
		/** The article's own sentence for the condition, verbatim in each locale (the reason list of CAI#119–124 where it is one). */
		articleQuote: z.strictObject({ citation, text: localizedSchema(nonBlank) }).nullable(),
		/** The exact strings the portal shows are not documented, only descriptions of the errors (fact sheet §5). */
		portalText: z.literal('not-documented'),
		/** What the simulator assumes where the sources are silent; required for `assumed` entries. */
		assumption: localizedSchema(nonBlank).nullable(),
		/** Pages the fix sends the partner to (support, Incentives overview). */
		links: z.array(z.url()),
		text: localizedSchema(catalogTextSchema),
	})
	.refine((entry) => entry.basis === 'assumed' || entry.citations.length > 0, 'a documented entry needs a citation')
	.refine((entry) => entry.basis === 'documented' || entry.assumption !== null, 'an assumed entry says what it assumes');
/** An entry as written in the catalog. */
export type CatalogEntryInput = z.infer<typeof catalogEntrySchema>;
/** An entry with its severity (`severityOf`, errors.ts). */
export type CatalogEntry = CatalogEntryInput & { readonly severity: Severity };

