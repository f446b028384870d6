/** A helper's data in one locale, downloaded before it leaves its first state (see `src/components/helpers/helper-data.ts`). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { jsonFile } from '../../../../components/json-file.ts';
import { helperData } from '../../../../components/helpers/helper-data.ts';
import { locales } from '../../../../i18n/locales.ts';
import { helperNames, localeOfRouteParam, localeRouteParam, type HelperName } from '../../../../routes.ts';

export const getStaticPaths = (() =>
	locales.flatMap((locale) =>
		helperNames.map((helper) => ({ params: { locale: localeRouteParam(locale), helper } })),
	)) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => jsonFile(helperData(params.helper as HelperName, localeOfRouteParam(params.locale)));
