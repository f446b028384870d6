import { defineCollection } from 'astro:content';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { z } from 'zod';
import { docsWithArticlesLoader } from './loaders/articles.ts';
import { articleMetaSchema } from './sources/article-entry.ts';
import { starlightStringsLoader } from './i18n/starlight-strings.ts';

/**
 * Starlight's `docs` collection, with the Microsoft articles published into it, and its `i18n` collection,
 * read from the message catalogs (`src/i18n/messages/<lang>/`): the Starlight strings the site words itself
 * (the 404 page's text); Starlight's built-in strings cover the rest.
 */
export const collections = {
	docs: defineCollection({
		loader: docsWithArticlesLoader(),
		schema: docsSchema({ extend: z.object({ article: articleMetaSchema.optional() }) }),
	}),
	i18n: defineCollection({ loader: starlightStringsLoader(), schema: i18nSchema() }),
};
