/**
 * The text formats the claim flow compares or checks: GUIDs (tenant and subscription IDs), domain names
 * and email addresses. Pure string functions; nothing here throws.
 */

/** 8-4-4-4-12 hexadecimal digits, braces not allowed (Azure AD shows tenant IDs in this form). */
export const GUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An MPN ID is digits only (shared by the sandbox schema and the MPN helper). */
export const MPN_ID_PATTERN = /^\d+$/;

/** A simulator assumption: one `@`, no spaces, a dot in the domain part. */
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function isGuid(value: string): boolean {
	return GUID_PATTERN.test(value.trim());
}

export function isEmailAddress(value: string): boolean {
	return EMAIL_PATTERN.test(value.trim());
}

/** Trimmed and lower-cased: GUIDs are compared case-insensitively. */
export function normalizeId(value: string): string {
	return value.trim().toLowerCase();
}

/** DNS names are case-insensitive; a trailing dot (`contoso.com.`) names the same domain. */
export function normalizeDomain(value: string): string {
	return value.trim().toLowerCase().replace(/\.$/, '');
}

/** Dash-like characters an input method types for `-` (ー in kana mode, －, ‐, –, −…), and its full stops for `.`. */
const TYPED_DASHES = /[\u2010-\u2015\u2212\u30FC\uFF70]/g;
const TYPED_FULL_STOPS = /[\u3002\uFF61]/g;

/**
 * An ID, domain or email address as the reader meant to type it: full-width letters, digits and signs (an input method
 * left in full-width mode: `８０ａｂ－…`, `ｃｏｎｔｏｓｏ．ｃｏｍ`) as their ASCII forms (Unicode NFKC), the input method's
 * dashes as `-` (ー only in text with no other Japanese: ゲーム.jp keeps it) and its full stops (`。`) as `.`, as UTS #46
 * maps them in domain names. Only for fields that hold such codes, never for names: the simulator's fields show the
 * converted text, so nothing is assumed about the portal.
 */
export function halfWidth(value: string): string {
	const folded = value.normalize('NFKC').replace(TYPED_FULL_STOPS, '.');
	// ー is also a letter of Japanese domain names (ゲーム.jp): a dash only in text with no other Japanese (break-l L2).
	return JAPANESE_LETTERS.test(folded.replace(TYPED_DASHES, '')) ? folded : folded.replace(TYPED_DASHES, '-');
}

/** Kana and kanji, but the prolonged sound mark ー. */
const JAPANESE_LETTERS = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;

/** True when the text has something other than white space. */
export function isFilled(value: string): boolean {
	return value.trim() !== '';
}
