/**
 * How the lifecycle island words things: `t(key, values)` over the messages the page hands it (only the
 * `islandMessagePrefixes` of `src/claim/lifecycle/message-keys.ts` but its `laterIslandKeys`, in the page's language) and,
 * once a claim has events, the later texts it downloads (`laterMessagePrefixes`, `laterIslandKeys` and the refusals'
 * notes, `LaterTexts`), and calendar
 * dates formatted with Intl in that language.
 */
import { citedList, citedParts, type CitationTargets, type CitedPart } from '../../facts/citation-targets.ts';
import { createTranslator, formatList, type MessageValues } from '../../i18n/message-format.ts';
import type { MessagesWithPrefix } from '../../i18n/catalog.ts';
import { isIsoDate } from '../../claim/business-days.ts';
import { refusalKey, type IslandMessagePrefix, type LaterIslandKey, type LaterMessagePrefix } from '../../claim/lifecycle/message-keys.ts';
import type { Refusal } from '../../claim/lifecycle/transitions.ts';
import type { PresetClaim } from '../../claim/lifecycle/simulator.ts';

/** The messages the page hands the island: what a claim with no events shows. */
export type LifecycleMessages = Omit<MessagesWithPrefix<IslandMessagePrefix>, LaterIslandKey>;

/**
 * What only a claim with events shows, downloaded on the reader's intent (`<locale>/claim-lifecycle/texts.json`,
 * written by `src/components/claim-lifecycle/later-texts.ts`).
 */
export interface LaterTexts {
	/** The `laterMessagePrefixes` and `laterIslandKeys` messages in the page's language. */
	readonly messages: MessagesWithPrefix<LaterMessagePrefix> & Pick<MessagesWithPrefix<IslandMessagePrefix>, LaterIslandKey>;
	/** Each refusal's later-change note in the page's language, by refusal code (`LifecycleTexts.refusalNote`). */
	readonly refusalNotes: Readonly<Record<string, string>>;
	/**
	 * Every scenario's claim and script: a link to a scenario plays its script, and the page carries the first
	 * scenario's claim only (`PresetOption`).
	 */
	readonly presets: readonly PresetClaim[];
}

type LifecycleMessageKey = keyof LifecycleMessages | keyof LaterTexts['messages'];

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
 * The island's texts in one language; `targets` are where its citations lead (none: they stay text); `later` the texts
 * only a claim with events shows, once downloaded. Until then such a key reads as itself and `missing` is called: the
 * island then waits for them rather than show it (`ClaimLifecycle.tsx`).
 */
export function createLifecycleTexts(
	messages: LifecycleMessages,
	lang: string,
	sourcesHref: string,
	targets: CitationTargets = {},
	later?: LaterTexts,
	missing: () => void = () => undefined,
): LifecycleTexts {
	const formatter = new Intl.DateTimeFormat(lang, { weekday: 'short', year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
	return {
		t: later ? createTranslator({ ...messages, ...later.messages }, lang) : untilLater(messages, lang, missing),
		date: (date) => (isIsoDate(date) ? formatter.format(new Date(`${date}T00:00:00Z`)) : date),
		list: (items, type) => formatList(items, lang, type),
		sourcesHref,
		cited: (text) => citedParts(text, targets),
		citedList: (citations) => citedList(citations, lang, targets),
		refusalNote: (code) => later?.refusalNotes[code],
	};
}

/** `t` before the later texts arrive: a later key reads as itself, and `missing` is called. */
function untilLater(messages: LifecycleMessages, lang: string, missing: () => void): LifecycleTexts['t'] {
	const t = createTranslator(messages, lang);
	return (key, values) => {
		if (key in messages) return t(key as keyof LifecycleMessages, values);
		missing();
		return key;
	};
}

/** Why an event is refused, in the page's words, with the dates it depends on formatted (the refusal notice, a shared link's truncation). */
export function refusalText(refusal: Refusal, { t, date }: LifecycleTexts): string {
	return t(refusalKey(refusal.code), Object.fromEntries(Object.entries(refusal.params).map(([name, value]) => [name, date(value)])));
}
