import { defineCollection } from 'astro:content';
import { i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { z } from 'zod';
import { uiStringsSchema } from './i18n/ui-strings.ts';
import { docsWithArticlesLoader } from './loaders/articles.ts';
import { articleMetaSchema } from './sources/article-entry.ts';

export const collections = {
	docs: defineCollection({
		loader: docsWithArticlesLoader(),
		schema: docsSchema({ extend: z.object({ article: articleMetaSchema.optional() }) }),
	}),
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema({ extend: uiStringsSchema }) }),
};
