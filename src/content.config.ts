import { defineCollection } from 'astro:content';
import { docsSchema } from '@astrojs/starlight/schema';
import { z } from 'zod';
import { docsWithArticlesLoader } from './loaders/articles.ts';
import { articleMetaSchema } from './sources/article-entry.ts';

/**
 * Starlight's `docs` collection, with the Microsoft articles published into it. There is no `i18n` collection:
 * the site's own words live in the message catalogs (`src/i18n/messages/<lang>/`), and Starlight's built-in
 * strings come with Starlight.
 */
export const collections = {
	docs: defineCollection({
		loader: docsWithArticlesLoader(),
		schema: docsSchema({ extend: z.object({ article: articleMetaSchema.optional() }) }),
	}),
};
