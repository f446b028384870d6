/**
 * A helper's data in one locale (`HelperData`): what `<locale>/helpers/<name>/data.json` serves whole
 * (`routes.helperData`), and what the page carries of it, the part the island's first render reads (`firstRead`) with
 * what the island shows without its data (`onPageMessages`). Build-time only.
 */
import { h, type FunctionComponent } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { presetSandbox } from '../../claim/presets.ts';
import {
	activityClaimQueries,
	activityHelperErrors,
	activityHelperSegments,
	helperSections,
	mpnHelperErrors,
	mpnHelperSegments,
} from '../../helpers/index.ts';
import type { SiteLocale } from '../../i18n/locales.ts';
import { pickMessages } from '../../i18n/messages.ts';
import type { ActivityData } from '../../islands/helpers/activity/ActivityHelper.tsx';
import type { MpnData } from '../../islands/helpers/mpn/MpnHelper.tsx';
import { memoize } from '../../memoize.ts';
import { localePath, routes, type HelperName } from '../../routes.ts';
import { versionedJsonUrl } from '../json-file.ts';
import { firstRead } from './first-read.ts';
import { errorLinks, helperQuotes } from './helper-page-data.ts';

/** The activity helper's data in the locale. */
const activityData = memoize((locale: SiteLocale): ActivityData => ({
	messages: pickMessages(locale.lang, 'helpers.activity.', 'helpers.common.', 'errors.shared.'),
	quotes: helperQuotes(locale, helperSections.activity.anchor, activityHelperSegments),
	errorLinks: errorLinks(locale, activityHelperErrors),
	claimQueries: activityClaimQueries(),
}));

/** The MPN helper's data in the locale: its sample is the simulator's sandbox. */
const mpnData = memoize((locale: SiteLocale): MpnData => ({
	messages: pickMessages(locale.lang, 'helpers.mpn.', 'helpers.common.', 'errors.shared.'),
	quotes: helperQuotes(locale, helperSections.mpn.anchor, mpnHelperSegments),
	errorLinks: errorLinks(locale, mpnHelperErrors),
	sandbox: presetSandbox,
}));

/** `helper`'s data in the locale (what `data.json` serves). */
export function helperData(helper: HelperName, locale: SiteLocale): ActivityData | MpnData {
	return helper === 'activity' ? activityData(locale) : mpnData(locale);
}

/**
 * The messages a helper shows while it has no data, by key prefix: its loading line and "Try again", the note that its
 * data couldn't load, and the MPN helper's file controls' notes (a file that can't be read changes no state).
 */
export const onPageMessages: Readonly<Record<HelperName, readonly string[]>> = {
	activity: ['helpers.common.loading', 'helpers.common.retry', 'helpers.activity.partLoadFailed'],
	mpn: ['helpers.common.loading', 'helpers.common.retry', 'helpers.mpn.partLoadFailed', 'helpers.mpn.file.'],
};

/**
 * What the page carries of `data` (`helper`'s): what `render` reads of it (the island's first render, given the
 * watched data) and the messages of `onPageMessages`.
 */
function carriedByPage<D extends ActivityData | MpnData>(helper: HelperName, data: D, render: (watched: D) => void): D {
	const first = firstRead(data, render);
	const kept = Object.entries(data.messages).filter(([key]) => onPageMessages[helper].some((prefix) => key.startsWith(prefix)));
	return { ...first, messages: { ...first.messages, ...Object.fromEntries(kept) } };
}

/** What a helper's island takes besides its data. */
type FixedProps<P> = Omit<P, 'first' | 'dataUrl'>;

/**
 * The props of `helper`'s island in the locale: `fixed`, the URL of its data (`routes.helperData`, versioned) and what
 * the page carries of the data (`carriedByPage`, found by rendering the island once).
 */
export function helperIslandProps<D extends ActivityData | MpnData, P extends { first: D; dataUrl: string }>(
	helper: HelperName,
	locale: SiteLocale,
	island: FunctionComponent<P>,
	fixed: FixedProps<P>,
): P {
	const data = helperData(helper, locale) as D;
	const dataUrl = versionedJsonUrl(localePath(locale, routes.helperData(helper)), data);
	const props = (first: D) => ({ ...fixed, first, dataUrl }) as P;
	return props(carriedByPage(helper, data, (watched) => renderToString(h(island, props(watched)))));
}
