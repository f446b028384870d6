/**
 * What the claim simulator island needs in one language (`SimulatorData`, `src/islands/claim-simulator/data.ts`),
 * assembled at build time and served as `<locale>/claim-simulator/data.json` (`routes.simulatorData()`): the
 * messages it renders, the presets' names and the default sandbox. The island's
 * JavaScript carries no text: the article's simulators fetch this when they start (several on one page share
 * one download), and the simulator page carries it in its HTML (`src/islands/loading/page-data.ts`).
 * What only a check shows (the error texts, each error's facts and links) is apart (`simulatorErrorTexts`,
 * `error-texts.json`): fetched with the checks, so the page does not carry it (#19: 6–7 kB gzipped of its HTML); so are
 * the presets' drafts (`presetDrafts`, `preset-drafts.json`), downloaded when a preset is loaded (#19: 2 kB gzipped), and
 * the sandbox editor's texts (`simulatorEditorTexts`, `editor-texts.json`), downloaded with the editor (#19: 1 kB gzipped),
 * and what the first render does not show (`simulatorLaterTexts`, `later-texts.json`), downloaded on the reader's intent.
 */
import { catalogEntry, errorTitleKey } from '../../claim/catalog.ts';
import { errorMessageKey } from '../../claim/error-messages.ts';
import { claimErrorCodes, type ClaimErrorCode } from '../../claim/errors.ts';
import { claimPresets, presetSandbox } from '../../claim/presets.ts';
import { checklistFor } from '../../error-reference/checklists.ts';
import { referencedErrorCodes } from '../../error-reference/codes.ts';
import type { SiteLocale } from '../../i18n/locales.ts';
import { messagesFor } from '../../i18n/messages.ts';
import type {
	ErrorMessages,
	PresetDrafts,
	SimulatorData,
	SimulatorErrorFacts,
	SimulatorErrorTexts,
	SimulatorMessages,
} from '../../islands/claim-simulator/data.ts';
import { isEditorMessageKey, type EditorTexts } from '../../islands/claim-simulator/editor-texts.ts';
import { isLaterMessageKey, type LaterTexts } from '../../islands/claim-simulator/later-texts.ts';
import { memoize } from '../../memoize.ts';
import { localePath, routes } from '../../routes.ts';

/** Where the troubleshooting article is and how its sections are titled (`troubleshootingArticle`). */
export interface ArticleLinks {
	readonly href: string;
	readonly sectionTitle: (anchor: string) => string;
}

/**
 * The error texts the island's checks show: each error's texts and the checklists of the errors whose cause the
 * portal doesn't name (`checklistFor`), with the sentences the fixes share.
 */
function errorMessageKeys(): Set<string> {
	const errorKeys = new Set<string>(['errors.shared.askGlobalAdmin', 'errors.shared.checkSubscriptionWithCustomer']);
	for (const code of claimErrorCodes) {
		const entry = catalogEntry(code);
		const checklist = checklistFor(code);
		if (checklist) {
			errorKeys.add(`errors.checklist.${checklist.id}.intro`);
			for (const item of checklist.items) errorKeys.add(`errors.checklist.item.${item.id}`);
		}
		errorKeys.add(errorTitleKey(code));
		errorKeys.add(errorMessageKey(code, 'cause'));
		errorKeys.add(errorMessageKey(code, 'fix'));
		if (entry.assumption) errorKeys.add(errorMessageKey(code, 'assumption'));
		if (entry.reading) errorKeys.add(errorMessageKey(code, 'reading'));
	}
	return errorKeys;
}

/**
 * The keys the island renders from its start: its own (not the page's `simulator.page.*`), the lifecycle
 * simulator's time-zone picker's label and browser-zone option (the same picker, `src/islands/time-zone/`), its
 * "Open a timeline saved as a file", which the note of a claim too long for a link to it names, its 2020 deadline
 * note, and the copy buttons' words (`site.copy.*`, shared with the lifecycle and the error pages); not the texts only
 * the loaded sandbox editor shows (`isEditorMessageKey`), which come with it, nor those the first render does not show
 * (`isLaterMessageKey`), which come on the reader's intent.
 */
function islandMessageKeys(keys: readonly string[]): string[] {
	// The submitted claim's review start is the 2020 deadline: the lifecycle's note says so (#14 fifth review).
	const lifecycleKeys = new Set([
		'lifecycle.ui.timeZone',
		'lifecycle.ui.browserZone',
		'lifecycle.ui.openFile',
		'lifecycle.ui.version.deadline',
	]);
	return keys.filter(
		(key) =>
			(lifecycleKeys.has(key) ||
				key.startsWith('site.copy.') ||
				(key.startsWith('simulator.') && !key.startsWith('simulator.page.') && !isEditorMessageKey(key))) &&
			!isLaterMessageKey(key),
	);
}

/**
 * What only a check shows, in one locale (`<locale>/claim-simulator/error-texts.json`, `routes.simulatorErrorTexts()`):
 * the error texts and each error's facts and links.
 */
export function simulatorErrorTexts(locale: SiteLocale, article: ArticleLinks): SimulatorErrorTexts {
	const all = messagesFor(locale.lang);
	const keys = errorMessageKeys();
	const messages = Object.fromEntries(
		Object.keys(all).flatMap((key) => (keys.has(key) ? [[key, all[key as keyof typeof all]]] : [])),
	) as ErrorMessages;
	const errors = Object.fromEntries(
		claimErrorCodes.map((code) => {
			const entry = catalogEntry(code);
			const facts: SimulatorErrorFacts = {
				severity: entry.severity,
				title: errorTitleKey(code),
				assumption: entry.assumption,
				reading: entry.reading === true,
				reference: referencedErrorCodes.includes(code) ? localePath(locale, routes.error(code)) : null,
				section: entry.anchor ? { href: `${article.href}#${entry.anchor}`, title: article.sectionTitle(entry.anchor) } : null,
			};
			return [code, facts];
		}),
	) as Record<ClaimErrorCode, SimulatorErrorFacts>;
	return { messages, errors };
}

/** The simulator's data in one locale. */
export const simulatorData = memoize((locale: SiteLocale): SimulatorData => {
	const all = messagesFor(locale.lang);
	const messages = Object.fromEntries(
		islandMessageKeys(Object.keys(all)).map((key) => [key, all[key as keyof typeof all]]),
	) as SimulatorMessages;
	return {
		lang: locale.lang,
		messages,
		presets: claimPresets.map((preset) => ({ id: preset.id, expected: preset.expected })),
		sandbox: presetSandbox,
	};
});

/** The presets' drafts by id (`<locale>/claim-simulator/preset-drafts.json`, `routes.simulatorPresetDrafts()`). */
export function presetDrafts(): PresetDrafts {
	return allPresetDrafts;
}

const allPresetDrafts: PresetDrafts = Object.fromEntries(claimPresets.map((preset) => [preset.id, preset.draft]));

/** The messages of one locale whose keys `picked` accepts: a file of texts an island downloads apart. */
function messagesWhere(locale: SiteLocale, picked: (key: string) => boolean): Record<string, string> {
	const all: Readonly<Record<string, string>> = messagesFor(locale.lang);
	return Object.fromEntries(Object.entries(all).filter(([key]) => picked(key)));
}

/**
 * What only the loaded sandbox editor shows, in one locale (`<locale>/claim-simulator/editor-texts.json`,
 * `routes.simulatorEditorTexts()`): the messages of `isEditorMessageKey`.
 */
export const simulatorEditorTexts = memoize((locale: SiteLocale): EditorTexts => {
	return messagesWhere(locale, isEditorMessageKey) as EditorTexts;
});

/**
 * What the island's first render does not show, in one locale (`<locale>/claim-simulator/later-texts.json`,
 * `routes.simulatorLaterTexts()`): the messages of `isLaterMessageKey`.
 */
export const simulatorLaterTexts = memoize((locale: SiteLocale): LaterTexts => {
	return messagesWhere(locale, isLaterMessageKey) as LaterTexts;
});
