/**
 * What the claim simulator island needs in one language, assembled at build time and served as
 * `<locale>/claim-simulator/data.json`: its UI strings, the step labels, the error texts with their
 * links, the presets and the default sandbox. The island's JavaScript carries no text: the article's
 * simulators fetch this when they start (several on one page share one download), and the simulator
 * page carries it in its HTML (`page-data.ts`).
 */
import {
	claimErrorCatalog,
	claimErrorCodes,
	claimPresets,
	claimStepIds,
	claimSteps,
	errorText,
	inLang,
	presetSandbox,
	type ClaimDraft,
	type ClaimErrorCode,
	type ClaimStepId,
	type Sandbox,
	type Severity,
} from '../../claim/index.ts';
import { errorPath, referencedErrorCodes } from '../../errors/reference.ts';
import { localePathPrefix, type SiteLocale } from '../../i18n/locales.ts';
import { simulatorStrings, type SimulatorStrings } from './strings.ts';

export interface SimulatorErrorText {
	readonly title: string;
	readonly explanation: string;
	readonly fix: string;
	readonly severity: Severity;
	/** What the simulator assumes where the sources are silent. */
	readonly assumption: string | null;
	/** The error reference page, when the code has one. */
	readonly reference: string | null;
	/** The article section that explains it, with its heading. */
	readonly section: { readonly href: string; readonly title: string } | null;
}

export interface SimulatorPreset {
	readonly id: string;
	readonly label: string;
	readonly expected: 'submitted' | ClaimErrorCode;
	readonly draft: ClaimDraft;
}

export interface SimulatorData {
	readonly lang: string;
	readonly ui: SimulatorStrings;
	readonly steps: Readonly<Record<ClaimStepId, string>>;
	readonly errors: Readonly<Record<ClaimErrorCode, SimulatorErrorText>>;
	readonly presets: readonly SimulatorPreset[];
	readonly sandbox: Sandbox;
}

export interface ArticleLinks {
	readonly href: string;
	readonly sectionTitle: (anchor: string) => string;
}

export function simulatorData(locale: SiteLocale, article: ArticleLinks): SimulatorData {
	const { lang } = locale;
	const prefix = localePathPrefix(locale);
	const errors = Object.fromEntries(
		claimErrorCodes.map((code) => {
			const entry = claimErrorCatalog[code];
			const text: SimulatorErrorText = {
				...errorText(code, lang),
				severity: entry.severity,
				assumption: entry.assumption ? inLang(entry.assumption, lang) : null,
				reference: referencedErrorCodes.includes(code) ? `${prefix}${errorPath(code)}` : null,
				section: entry.anchor ? { href: `${article.href}#${entry.anchor}`, title: article.sectionTitle(entry.anchor) } : null,
			};
			return [code, text];
		}),
	) as Record<ClaimErrorCode, SimulatorErrorText>;
	return {
		lang,
		ui: inLang(simulatorStrings, lang),
		steps: Object.fromEntries(claimStepIds.map((step) => [step, inLang(claimSteps[step].label, lang)])) as Record<ClaimStepId, string>,
		errors,
		presets: claimPresets.map((preset) => ({ id: preset.id, label: inLang(preset.label, lang), expected: preset.expected, draft: preset.draft })),
		sandbox: presetSandbox,
	};
}

/** Where a locale's simulator data is served. */
export function simulatorDataPath(locale: SiteLocale): string {
	return `${localePathPrefix(locale)}claim-simulator/data.json`;
}
