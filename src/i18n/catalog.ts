/**
 * The message catalogs: one folder per locale under `src/i18n/messages/<lang>/`, one JSON file per area
 * (`site.json`, `search.json`, …), each a flat map of message key → ICU message (`message-format.ts`).
 * English (`en/`) is the contract: its keys are the `MessageKey` type, its arguments the ones a translation
 * must use.
 *
 * Plain TypeScript over already-read files, so the site (through `import.meta.glob`, `messages.ts`) and
 * Node scripts (`npm run i18n:status`, reading the folders with `fs`) share one set of rules:
 * - a key missing from a locale falls back to the English message, and is reported;
 * - a key English does not have, a message that does not parse, or a message whose arguments differ
 *   from English's is an error (`CatalogError`): the build stops and names the locale, file and key.
 */
import { z } from 'zod';
import type { EnglishMessages } from './messages/contract.ts';
import { messageArguments, MessageSyntaxError } from './message-format.ts';

/** Every message key of the site: the keys of the English catalog. */
export type MessageKey = keyof EnglishMessages & string;
/** One locale's messages, complete (English fills the gaps). */
export type Messages = Readonly<Record<MessageKey, string>>;
/** The keys that start with a prefix: `KeysWithPrefix<'search.'>`. */
export type KeysWithPrefix<P extends string> = Extract<MessageKey, `${P}${string}`>;
/** The part of a locale's messages an island receives: `MessagesWithPrefix<'search.'>`. */
export type MessagesWithPrefix<P extends string> = Readonly<Record<KeysWithPrefix<P>, string>>;

/** The shape of one area file. */
const catalogFileSchema = z.record(z.string().regex(/^[a-z][\w-]*(\.[\w-]+)+$/i), z.string());

/** Raised for a catalog the site cannot be built with. */
export class CatalogError extends Error {
	/** One line per problem: locale, file or key, and what is wrong. */
	readonly problems: readonly string[];

	// No parameter property: `npm run i18n:status` loads this module with Node's type stripping, which refuses them.
	constructor(problems: readonly string[]) {
		super(`The message catalogs have ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
		this.name = 'CatalogError';
		this.problems = problems;
	}
}

/** What a locale's catalog lacks: keys that fall back to English. */
interface CatalogReport {
	readonly lang: string;
	/** Messages the locale's catalog has (and English has). */
	readonly translated: number;
	/** English keys the locale's catalog lacks, sorted. */
	readonly missing: readonly string[];
}

export interface Catalogs {
	/** Locales that have a catalog folder, English first. */
	readonly langs: readonly string[];
	/** A locale's messages, English per missing key; English for a locale with no catalog. */
	messages(lang: string): Messages;
	/** A locale's report (every key missing for a locale with no catalog). */
	report(lang: string): CatalogReport;
}

/** `./messages/zh-TW/search.json` → `{ lang: 'zh-TW', area: 'search' }`. */
function catalogFileLocation(path: string): { lang: string; area: string } {
	const match = /(?:^|\/)([^/]+)\/([^/]+)\.json$/.exec(path);
	if (!match) throw new CatalogError([`${path}: not a catalog file (<lang>/<area>.json)`]);
	return { lang: match[1]!, area: match[2]! };
}

/**
 * Builds the catalogs from their files, keyed by path (`…/<lang>/<area>.json`), values already parsed
 * from JSON. Throws `CatalogError` listing every problem at once.
 */
export function buildCatalogs(files: Readonly<Record<string, unknown>>): Catalogs {
	const problems: string[] = [];
	const byLang = new Map<string, Map<string, string>>();
	for (const [path, content] of Object.entries(files)) {
		const { lang } = catalogFileLocation(path);
		const result = catalogFileSchema.safeParse(content);
		if (!result.success) {
			problems.push(`${path}: ${result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
			continue;
		}
		const messages = byLang.get(lang) ?? new Map<string, string>();
		byLang.set(lang, messages);
		for (const [key, message] of Object.entries(result.data)) {
			if (messages.has(key)) problems.push(`${path}: ${key} is defined twice in ${lang}`);
			messages.set(key, message);
		}
	}
	const english = byLang.get('en') ?? new Map<string, string>();
	for (const [lang, messages] of byLang) {
		for (const [key, message] of messages) problems.push(...checkMessage(lang, key, message, english));
	}
	if (problems.length > 0) throw new CatalogError(problems);

	const complete = new Map<string, Messages>();
	const messagesOf = (lang: string): Messages => {
		let merged = complete.get(lang);
		if (!merged) {
			merged = Object.freeze({ ...Object.fromEntries(english), ...Object.fromEntries(byLang.get(lang) ?? []) }) as Messages;
			complete.set(lang, merged);
		}
		return merged;
	};
	return {
		langs: ['en', ...[...byLang.keys()].filter((lang) => lang !== 'en').sort()],
		messages: messagesOf,
		report(lang) {
			const own = byLang.get(lang) ?? new Map<string, string>();
			return { lang, translated: own.size, missing: [...english.keys()].filter((key) => !own.has(key)).sort() };
		},
	};
}

function checkMessage(lang: string, key: string, message: string, english: ReadonlyMap<string, string>): string[] {
	const where = `${lang} ${key}`;
	const source = english.get(key);
	if (source === undefined) return [`${where}: English has no such key`];
	try {
		const expected = messageArguments(source).join(', ');
		const actual = messageArguments(message).join(', ');
		return expected === actual ? [] : [`${where}: arguments {${actual}} differ from English's {${expected}}`];
	} catch (error) {
		if (error instanceof MessageSyntaxError) return [`${where}: ${error.message} at character ${error.offset}`];
		throw error;
	}
}

/**
 * One line per locale whose catalog lacks keys: `ko: 688 message(s) fall back to English: site.home.title, …`
 * (the first 12 keys). English and complete locales give none.
 */
export function fallbackWarnings(catalogs: Catalogs, langs: readonly string[]): string[] {
	return langs.flatMap((lang) => {
		const { missing } = catalogs.report(lang);
		if (lang === 'en' || missing.length === 0) return [];
		const shown = missing.slice(0, 12).join(', ');
		return [`${lang}: ${missing.length} message(s) fall back to English: ${shown}${missing.length > 12 ? ', …' : ''}`];
	});
}
