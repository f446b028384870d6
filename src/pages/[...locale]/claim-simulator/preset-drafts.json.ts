/** The claim simulator's preset drafts, downloaded when a preset is loaded (see `src/components/claim-simulator/simulator-data.ts`). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { jsonFile } from '../../../components/json-file.ts';
import { presetDrafts } from '../../../components/claim-simulator/simulator-data.ts';
import { locales } from '../../../i18n/locales.ts';
import { localeRouteParam } from '../../../routes.ts';

export const getStaticPaths = (() => locales.map((locale) => ({ params: { locale: localeRouteParam(locale) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = () => jsonFile(presetDrafts());
