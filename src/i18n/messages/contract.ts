/**
 * The typed contract of the message catalogs: the English messages of every area. A key used in code
 * must be here, or the type check fails. Adding an area means one JSON file per locale and one line below.
 */
import type errors from './en/errors.json';
import type facts from './en/facts.json';
import type helpers from './en/helpers.json';
import type lifecycle from './en/lifecycle.json';
import type search from './en/search.json';
import type simulator from './en/simulator.json';
import type site from './en/site.json';
import type { ClaimErrorCode } from '../../claim/errors.ts';

/** The article's own sentences, added from the vendor files at build time (`src/error-reference/quote-messages.ts`). */
type ArticleQuotes = Readonly<Partial<Record<`errors.${ClaimErrorCode}.quote`, string>>>;

export type EnglishMessages = typeof site &
	typeof errors &
	typeof simulator &
	typeof lifecycle &
	typeof helpers &
	typeof search &
	typeof facts &
	ArticleQuotes;
