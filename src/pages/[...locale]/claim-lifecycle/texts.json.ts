/** The claim lifecycle's texts a claim with events shows, for one locale (see `src/components/claim-lifecycle/later-texts.ts`). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { jsonFile } from '../../../components/json-file.ts';
import { lifecycleLaterTexts } from '../../../components/claim-lifecycle/later-texts.ts';
import { locales } from '../../../i18n/locales.ts';
import { localeOfRouteParam, localeRouteParam } from '../../../routes.ts';

export const getStaticPaths = (() => locales.map((locale) => ({ params: { locale: localeRouteParam(locale) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
	const texts = lifecycleLaterTexts(localeOfRouteParam(params.locale).lang);
	return jsonFile(texts);
};
