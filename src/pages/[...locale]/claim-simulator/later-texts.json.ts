/** What the claim simulator's first render does not show in one locale, fetched on the reader's intent (see `src/islands/claim-simulator/later-texts.ts`). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { jsonFile } from '../../../components/json-file.ts';
import { simulatorLaterTexts } from '../../../components/claim-simulator/simulator-data.ts';
import { locales } from '../../../i18n/locales.ts';
import { localeOfRouteParam, localeRouteParam } from '../../../routes.ts';

export const getStaticPaths = (() => locales.map((locale) => ({ params: { locale: localeRouteParam(locale) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => jsonFile(simulatorLaterTexts(localeOfRouteParam(params.locale)));
