/** The claim simulator's messages, presets and sandbox for one locale (see `src/components/claim-simulator/simulator-data.ts`). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { jsonFile } from '../../../components/json-file.ts';
import { simulatorData } from '../../../components/claim-simulator/simulator-data.ts';
import { locales } from '../../../i18n/locales.ts';
import { localeOfRouteParam, localeRouteParam } from '../../../routes.ts';

export const getStaticPaths = (() => locales.map((locale) => ({ params: { locale: localeRouteParam(locale) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
	const data = simulatorData(localeOfRouteParam(params.locale));
	return jsonFile(data);
};
