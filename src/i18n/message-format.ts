/**
 * ICU MessageFormat, the subset the site's catalogs use: `{name}` arguments, `{n, plural, …}` with `=N`
 * cases and `#` (no `offset:`), `{x, select, …}`, and ICU's apostrophe quoting (`''` is one apostrophe,
 * `'{…}'` is literal text). Plural categories come from `Intl.PluralRules` of the message's language.
 *
 * No imports: the islands bundle it. The build checks every catalog message with `parseMessage` (syntax)
 * and `messageArguments` (same arguments as English), and a test formats every message with both this
 * module and the reference implementation (`intl-messageformat`) and expects the same text, so nothing here
 * meets a message it cannot read at run time.
 */

/** A value put into a message. Numbers are formatted for the message's language. */
export type MessageValue = string | number;
export type MessageValues = Readonly<Record<string, MessageValue>>;

/** A parsed message: literal text, `#` (the plural number) and arguments. */
export type MessageNode =
	| string
	| { readonly kind: 'pound' }
	| { readonly kind: 'argument'; readonly name: string }
	| { readonly kind: 'plural'; readonly name: string; readonly cases: Readonly<Record<string, MessageNode[]>> }
	| { readonly kind: 'select'; readonly name: string; readonly cases: Readonly<Record<string, MessageNode[]>> };

/** Thrown by `parseMessage` for a message outside the supported subset; `offset` is where reading stopped. */
export class MessageSyntaxError extends Error {
	/** Where reading stopped (UTF-16 code units into the message). */
	readonly offset: number;

	// No parameter property: Node scripts (`npm run i18n:status`) load this module with type stripping, which refuses them.
	constructor(message: string, offset: number) {
		super(message);
		this.name = 'MessageSyntaxError';
		this.offset = offset;
	}
}

const parsed = new Map<string, MessageNode[]>();

const formatters = new Map<string, Intl.PluralRules | Intl.NumberFormat | Intl.ListFormat>();

/**
 * One `Intl` formatter per language and options, made on first use: making one costs far more than using it (the
 * claim simulator made 27 as it started, 5 now, #19).
 */
function formatter<T extends Intl.PluralRules | Intl.NumberFormat | Intl.ListFormat>(key: string, make: () => T): T {
	let made = formatters.get(key) as T | undefined;
	if (!made) {
		made = make();
		formatters.set(key, made);
	}
	return made;
}

/**
 * Languages (primary subtags) whose numbers CLDR writes in ASCII digits by default, a whole number below 1,000 as its
 * digits alone: the site's (a language added to the site may be added here). A language not listed (`fa`, `hi`: other
 * digits) is formatted by `Intl.NumberFormat` every time; `test/unit/i18n/message-format.test.ts` checks each listed one
 * against it.
 */
export const LATIN_DIGIT_LANGUAGES: ReadonlySet<string> = new Set(['de', 'en', 'fr', 'ja', 'ko', 'zh']);

/**
 * `value` as the language writes it (`Intl.NumberFormat`). A whole number from 0 to 999 in a language of
 * `LATIN_DIGIT_LANGUAGES` (with no `-u-` extension, which may name other digits) is its ASCII digits, with no formatter
 * made: a page's first `Intl.NumberFormat` loads ICU's number data, about 25 ms of the main thread (100 ms on
 * Lighthouse's mobile CPU), and the claim simulator's first render only writes step numbers and counts (#19).
 */
function formatNumber(value: number, lang: string): string {
	const ascii = LATIN_DIGIT_LANGUAGES.has(lang.toLowerCase().split('-')[0]!) && !/-u-/i.test(lang);
	// `1 / value > 0`: not -0, which `Intl` writes `-0`.
	if (ascii && value === Math.trunc(value) && value < 1000 && 1 / value > 0) return String(value);
	return formatter(`number ${lang}`, () => new Intl.NumberFormat(lang)).format(value);
}

/** The language's list formatter (`Intl.ListFormat`), made once per language and options. */
export function listFormat(lang: string, type: 'conjunction' | 'unit', style: 'long' | 'short' | 'narrow'): Intl.ListFormat {
	return formatter(`list ${lang} ${type} ${style}`, () => new Intl.ListFormat(lang, { type, style }));
}

/** Parses a message (cached). Throws `MessageSyntaxError` on anything outside the subset. */
export function parseMessage(message: string): MessageNode[] {
	let nodes = parsed.get(message);
	if (!nodes) {
		const reader = { text: message, at: 0 };
		nodes = readNodes(reader, false);
		if (reader.at < message.length) throw new MessageSyntaxError(`unexpected "${message[reader.at]}"`, reader.at);
		parsed.set(message, nodes);
	}
	return nodes;
}

interface Reader {
	readonly text: string;
	at: number;
}

/** Reads text and arguments until an unmatched `}` or the end. */
function readNodes(reader: Reader, inPlural: boolean): MessageNode[] {
	const nodes: MessageNode[] = [];
	let literal = '';
	const flush = () => {
		if (literal) nodes.push(literal);
		literal = '';
	};
	while (reader.at < reader.text.length) {
		const char = reader.text[reader.at]!;
		if (char === '}') break;
		if (char === '{') {
			flush();
			nodes.push(readArgument(reader));
		} else if (char === '#' && inPlural) {
			flush();
			nodes.push({ kind: 'pound' });
			reader.at++;
		} else if (char === "'") {
			literal += readQuoted(reader, inPlural);
		} else {
			literal += char;
			reader.at++;
		}
	}
	flush();
	return nodes;
}

/** ICU apostrophe rules: `''` → `'`; `'` before `{`, `}` (or `#` in a plural) quotes up to the next lone `'`. */
function readQuoted(reader: Reader, inPlural: boolean): string {
	const next = reader.text[reader.at + 1];
	if (next === "'") {
		reader.at += 2;
		return "'";
	}
	if (next !== '{' && next !== '}' && !(inPlural && next === '#')) {
		reader.at++;
		return "'";
	}
	let quoted = '';
	reader.at++;
	while (reader.at < reader.text.length) {
		const char = reader.text[reader.at]!;
		if (char === "'") {
			if (reader.text[reader.at + 1] === "'") {
				quoted += "'";
				reader.at += 2;
				continue;
			}
			reader.at++;
			return quoted;
		}
		quoted += char;
		reader.at++;
	}
	return quoted;
}

const NAME = /^\s*([A-Za-z_][\w]*)\s*/;

function readArgument(reader: Reader): MessageNode {
	const start = reader.at;
	reader.at++; // {
	const name = take(reader, NAME);
	if (name === undefined) throw new MessageSyntaxError('expected an argument name', reader.at);
	if (reader.text[reader.at] === '}') {
		reader.at++;
		return { kind: 'argument', name };
	}
	if (reader.text[reader.at] !== ',') throw new MessageSyntaxError(`expected "," or "}" after {${name}`, reader.at);
	reader.at++;
	const type = take(reader, NAME);
	if (type !== 'plural' && type !== 'select')
		throw new MessageSyntaxError(`unsupported argument type "${type ?? ''}" (use plural or select)`, start);
	if (reader.text[reader.at] !== ',') throw new MessageSyntaxError(`expected "," after ${type}`, reader.at);
	reader.at++;
	const cases = readCases(reader, type === 'plural');
	if (!('other' in cases)) throw new MessageSyntaxError(`{${name}, ${type}} needs an "other" case`, start);
	return type === 'plural' ? { kind: 'plural', name, cases } : { kind: 'select', name, cases };
}

function readCases(reader: Reader, plural: boolean): Record<string, MessageNode[]> {
	const cases: Record<string, MessageNode[]> = {};
	for (;;) {
		const selector = take(reader, /^\s*(=\d+|[A-Za-z_][\w-]*)\s*/);
		if (selector === undefined) break;
		if (reader.text[reader.at] !== '{') throw new MessageSyntaxError(`expected "{" after case "${selector}"`, reader.at);
		reader.at++;
		cases[selector] = readNodes(reader, plural);
		if (reader.text[reader.at] !== '}') throw new MessageSyntaxError(`case "${selector}" is not closed`, reader.at);
		reader.at++;
	}
	take(reader, /^(\s*)/);
	if (reader.text[reader.at] !== '}') throw new MessageSyntaxError('expected "}" after the cases', reader.at);
	reader.at++;
	return cases;
}

function take(reader: Reader, pattern: RegExp): string | undefined {
	const match = pattern.exec(reader.text.slice(reader.at));
	if (!match) return undefined;
	reader.at += match[0].length;
	return match[1];
}

/** The names of a message's arguments, sorted: `{count, plural, one {# day} other {# days}} left by {date}` → `count, date`. */
export function messageArguments(message: string): string[] {
	const names = new Set<string>();
	const visit = (nodes: readonly MessageNode[]) => {
		for (const node of nodes) {
			if (typeof node === 'string' || node.kind === 'pound') continue;
			names.add(node.name);
			if (node.kind !== 'argument') Object.values(node.cases).forEach(visit);
		}
	};
	visit(parseMessage(message));
	return [...names].sort();
}

/**
 * The message with its values put in, as parts: literal text as strings, and each simple `{name}` argument
 * as its value unchanged, so a view can place a link or any element where the translation wants it.
 * An argument with no value stays as `{name}`. Adjacent strings are joined.
 */
export function formatMessageToParts<T>(
	message: string,
	values: Readonly<Record<string, MessageValue | T>>,
	lang: string,
): Array<string | T> {
	const parts: Array<string | T> = [];
	const push = (part: string | T) => {
		const last = parts.length - 1;
		if (typeof part === 'string' && typeof parts[last] === 'string') parts[last] += part;
		else parts.push(part);
	};
	const number = (value: number) => formatNumber(value, lang);
	const write = (nodes: readonly MessageNode[], pound: number | undefined) => {
		for (const node of nodes) {
			if (typeof node === 'string') push(node);
			else if (node.kind === 'pound') push(pound === undefined ? '#' : number(pound));
			else if (!Object.hasOwn(values, node.name)) push(`{${node.name}}`);
			else if (node.kind === 'argument') {
				const value = values[node.name]!;
				push(typeof value === 'number' ? number(value) : value);
			} else if (node.kind === 'plural') {
				const count = Number(values[node.name]);
				const exact = node.cases[`=${count}`];
				const category = formatter(`plural ${lang}`, () => new Intl.PluralRules(lang)).select(count);
				write(exact ?? node.cases[category] ?? node.cases['other']!, count);
			} else {
				write(node.cases[String(values[node.name])] ?? node.cases['other']!, pound);
			}
		}
	};
	write(parseMessage(message), undefined);
	return parts;
}

/** The message as text, its values put in: `formatMessage('{n, plural, one {# day} other {# days}} left', { n: 1 }, 'en')` → `1 day left`. */
export function formatMessage(message: string, values: MessageValues = {}, lang = 'en'): string {
	return formatMessageToParts<never>(message, values, lang).join('');
}

/**
 * A translator over one locale's messages (a whole catalog, or the part an island receives):
 * `t('search.resultCount', { count: 3 })`. A key that is not there comes back as the key itself.
 */
export function createTranslator<K extends string>(messages: Readonly<Record<K, string>>, lang: string) {
	return (key: K, values?: MessageValues): string => {
		const message = messages[key];
		return message === undefined ? key : formatMessage(message, values, lang);
	};
}

/**
 * Items as one list, written the way the language writes lists (`Intl.ListFormat`), for a message argument
 * such as `{titles}`, never joined with ASCII punctuation:
 * - `conjunction` (the default): a list of things, read as "A, B, and C" (ja `A、B、C`, zh-TW `A、B和C`);
 * - `unit`: a list of codes or references such as citations, no conjunction: "CAI#121, CAI#125" (ja and zh-TW
 *   separate them with a space). A language whose `unit` lists put nothing between the items (zh-CN: `AB`) gets its
 *   narrow conjunction list instead (`A、B`): domains and parameter names ran together (break-l M2).
 *
 * An empty list gives `''`, one item the item itself.
 */
export function formatList(items: readonly string[], lang: string, type: 'conjunction' | 'unit' = 'conjunction'): string {
	if (type === 'conjunction') return listFormat(lang, type, 'long').format(items);
	const unit = listFormat(lang, 'unit', 'short');
	return (unit.format(['a', 'b']) === 'ab' ? listFormat(lang, 'conjunction', 'narrow') : unit).format(items);
}
