/** What only the claim simulator's sandbox editor shows in one locale, fetched with it (see `src/islands/claim-simulator/editor-texts.ts`). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { jsonFile } from '../../../components/json-file.ts';
import { simulatorEditorTexts } from '../../../components/claim-simulator/simulator-data.ts';
import { locales } from '../../../i18n/locales.ts';
import { localeOfRouteParam, localeRouteParam } from '../../../routes.ts';

export const getStaticPaths = (() => locales.map((locale) => ({ params: { locale: localeRouteParam(locale) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => jsonFile(simulatorEditorTexts(localeOfRouteParam(params.locale)));
