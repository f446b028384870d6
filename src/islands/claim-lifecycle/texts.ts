/**
 * How the lifecycle island words things: `t(key, values)` over the messages the page hands it (only the
 * `islandMessagePrefixes` of `src/claim/lifecycle/message-keys.ts`, in the page's language) and calendar dates
 * formatted with Intl in that language.
 */
import { citedList, citedParts, type CitationTargets, type CitedPart } from '../../facts/citation-targets.ts';
import { createTranslator, formatList, type MessageValues } from '../../i18n/message-format.ts';
import type { MessagesWithPrefix } from '../../i18n/catalog.ts';
import { isIsoDate } from '../../claim/business-days.ts';
import { refusalKey, type IslandMessagePrefix } from '../../claim/lifecycle/message-keys.ts';
import type { Refusal } from '../../claim/lifecycle/transitions.ts';

/** The messages the island receives. */
export type LifecycleMessages = MessagesWithPrefix<IslandMessagePrefix>;
type LifecycleMessageKey = keyof LifecycleMessages;

export interface LifecycleTexts {
	/** A message with its values put in. */
	readonly t: (key: LifecycleMessageKey, values?: MessageValues) => string;
	/** A `YYYY-MM-DD` date as the reader's language writes it (`Mon, Jun 3, 2024`); anything else unchanged. */
	readonly date: (date: string) => string;
	/** Items as one list in the reader's language (`formatList`: `unit` for citations), never joined with ASCII punctuation. */
	readonly list: (items: readonly string[], type?: 'conjunction' | 'unit') => string;
	/** The sources page in the reader's language, which explains the citations (`Cited.tsx`). */
	readonly sourcesHref: string;
	/** A text with each `KEY#n` it writes linked to its sentence on the article page in the reader's language. */
	readonly cited: (text: string) => CitedPart[];
	/** Citations as one list in the reader's language, each one linked (`citedList`). */
	readonly citedList: (citations: readonly string[]) => CitedPart[];
	/**
	 * What Microsoft changed later under a refusal's rule, in the reader's language, as the page words it
	 * (`refusalLaterChanges`, the basis table's note beside the same refusal); `undefined` where nothing changed.
	 */
	readonly refusalNote: (code: string) => string | undefined;
}

/**
 * The island's texts in one language; `targets` are where its citations lead (none: they stay text); `refusalNotes`
 * the later-change note of each refusal that has one, written by the page.
 */
export function createLifecycleTexts(
	messages: LifecycleMessages,
	lang: string,
	sourcesHref: string,
	targets: CitationTargets = {},
	refusalNotes: Readonly<Record<string, string>> = {},
): LifecycleTexts {
	const formatter = new Intl.DateTimeFormat(lang, { weekday: 'short', year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
	return {
		t: createTranslator(messages, lang),
		date: (date) => (isIsoDate(date) ? formatter.format(new Date(`${date}T00:00:00Z`)) : date),
		list: (items, type) => formatList(items, lang, type),
		sourcesHref,
		cited: (text) => citedParts(text, targets),
		citedList: (citations) => citedList(citations, lang, targets),
		refusalNote: (code) => refusalNotes[code],
	};
}

/** Why an event is refused, in the page's words, with the dates it depends on formatted (the refusal notice, a shared link's truncation). */
export function refusalText(refusal: Refusal, { t, date }: LifecycleTexts): string {
	return t(refusalKey(refusal.code), Object.fromEntries(Object.entries(refusal.params).map(([name, value]) => [name, date(value)])));
}
