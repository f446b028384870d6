/**
 * Folding a Chinese query into the script of the pages it searches, one character for one, with OpenCC's character
 * tables (`opencc-js`) loaded as a chunk of their own on first need. `simplified.ts` (Simplified → Traditional, for the
 * zh-TW pages) and `traditional.ts` (the reverse, for zh-CN) are two configurations of it: the characters to fold
 * (data from the built pages, `variants/*-chars.json`) and how to load the converter.
 */

/** OpenCC's converter: text in one script to the other. */
export type Convert = (text: string) => string;

/** What a script folding offers: the test for a foldable character, the folding, and the folding over a converter. */
interface ScriptFolding {
	/** Whether the query holds a character to fold. */
	readonly has: (query: string) => boolean;
	/** The query with those characters folded; unchanged (and nothing loaded) without them. Rejects only if the chunk fails to load. */
	readonly fold: (query: string) => Promise<string>;
	/** The folding itself, over a given converter (unit-tested without loading OpenCC's chunk). */
	readonly foldWith: (query: string, convert: Convert) => string;
}

/** A folding of exactly `chars`, whose converter `load` imports once, on the first query that needs it. */
export function scriptFolding(chars: Iterable<string>, load: () => Promise<Convert>): ScriptFolding {
	const foldable = new Set(chars);
	let converter: Promise<Convert> | undefined;
	const has = (query: string): boolean => {
		for (const char of query) if (foldable.has(char)) return true;
		return false;
	};
	const foldWith = (query: string, convert: Convert): string =>
		[...query].map((char) => (foldable.has(char) ? ([...convert(char)][0] ?? char) : char)).join('');
	return {
		has,
		foldWith,
		fold: async (query) => (has(query) ? foldWith(query, await (converter ??= load())) : query),
	};
}
