/**
 * The shape of a search bundle's headings file (`headings.json`, see `page-headings.ts`), checked when the build writes
 * it (`index-step.ts`) and by the tests. Kept apart from `page-headings.ts` so that the search island does
 * not carry zod: the island checks the few fields it reads by hand (`parsePageHeadings`).
 */
import { z } from 'zod';

/** One page of the bundle: what the search ranks by before its fragment is loaded (`PageHeadings`). */
const pageHeadingsSchema = z.strictObject({
	title: z.string(),
	kind: z.string().min(1).optional(),
	code: z.string().min(1).optional(),
	messages: z.array(z.string().min(1)).min(1).optional(),
	aliases: z.string().min(1).optional(),
	example: z.string().min(1).optional(),
	sectionAliases: z.string().min(1).optional(),
	headings: z.array(z.string().min(1)).optional(),
});

/** A bundle's headings file: its pages by Pagefind's page id (the fragment's name, `ja_6343d88`). */
export const headingsFileSchema = z.strictObject({
	pages: z.record(z.string().regex(/^[\w-]+$/), pageHeadingsSchema),
});
