/**
 * The search dialog's `search.*` messages for one locale, fetched with the dialog's code on the reader's intent
 * (`src/islands/search/mount.ts`), so that no page carries them in its HTML (#19: pay on intent).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { jsonFile } from '../../components/json-file.ts';
import { locales } from '../../i18n/locales.ts';
import { pickMessages } from '../../i18n/messages.ts';
import { localeOfRouteParam, localeRouteParam } from '../../routes.ts';

export const getStaticPaths = (() => locales.map((locale) => ({ params: { locale: localeRouteParam(locale) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
	const messages = pickMessages(localeOfRouteParam(params.locale).lang, 'search.');
	return jsonFile(messages);
};
