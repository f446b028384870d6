/** What the claim simulator's checks show for one locale, fetched with them (see `src/components/claim-simulator/simulator-data.ts`). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { jsonFile } from '../../../components/json-file.ts';
import { simulatorErrorTexts } from '../../../components/claim-simulator/simulator-data.ts';
import { troubleshootingArticle } from '../../../error-reference/troubleshooting-article.ts';
import { locales } from '../../../i18n/locales.ts';
import { localeOfRouteParam, localeRouteParam } from '../../../routes.ts';

export const getStaticPaths = (() => locales.map((locale) => ({ params: { locale: localeRouteParam(locale) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
	const locale = localeOfRouteParam(params.locale);
	const texts = simulatorErrorTexts(locale, await troubleshootingArticle(locale));
	return jsonFile(texts);
};
