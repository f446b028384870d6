/**
 * The shape of what the claim simulator island needs in one language: the messages it renders (`simulator.*`
 * but the page's own, the time-zone picker's two, the lifecycle's "Open a timeline saved as a file"), the presets
 * and the default sandbox; and apart, what only a check shows (`SimulatorErrorTexts`: each error's title, cause,
 * fix and assumption, the portal's checklists, each error's facts and links), the presets' drafts (`PresetDrafts`,
 * downloaded when a preset is loaded) and the sandbox editor's texts (`EditorTexts`, `editor-texts.ts`, downloaded with
 * the editor) and the later texts (`LaterTexts`, `later-texts.ts`, downloaded on the reader's intent). Types only, so the island's
 * modules read them without bundling the build side: `simulator-data.ts` (`src/components/claim-simulator/`)
 * assembles them at build time, served as `<locale>/claim-simulator/data.json` (`routes.simulatorData()`; on the
 * simulator's page the same data is in its HTML, `../loading/page-data.ts`) and `<locale>/claim-simulator/error-texts.json`
 * (`routes.simulatorErrorTexts()`, fetched with the checks, `loadChecks`).
 */
import type { ClaimErrorCode, Severity } from '../../claim/errors.ts';
import type { ClaimDraft, Sandbox } from '../../claim/schema.ts';
import type { KeysWithPrefix, MessagesWithPrefix } from '../../i18n/catalog.ts';
import type { EditorMessageKey } from './editor-texts.ts';
import type { LaterMessageKey } from './later-texts.ts';

/**
 * The messages the island renders from its start. Typed by prefix; the data holds only the keys `simulatorData`
 * picks (of the lifecycle's, only its time-zone picker's two, its "Open a timeline saved as a file" and its 2020
 * deadline note; of the site's, the copy buttons' words). What only the loaded sandbox editor shows is not among them
 * (`EditorMessageKey`, `editor-texts.ts`): it comes with the editor (#19); nor is what the first render does not show
 * (`LaterMessageKey`, `later-texts.ts`): it comes on the reader's intent (#19).
 */
export type SimulatorMessages = Omit<
	MessagesWithPrefix<
		| 'simulator.'
		| 'lifecycle.ui.timeZone'
		| 'lifecycle.ui.browserZone'
		| 'lifecycle.ui.openFile'
		| 'lifecycle.ui.version.deadline'
		| 'site.copy.'
	>,
	EditorMessageKey | LaterMessageKey
>;
/** A message key the island renders from its start. */
export type SimulatorMessageKey = keyof SimulatorMessages;

/** The error texts (`errors.*`) a check shows; the data holds only the keys `simulatorErrorTexts` picks. */
export type ErrorMessages = MessagesWithPrefix<'errors.'>;
/** An error text's key. */
export type ErrorMessageKey = keyof ErrorMessages;

/** An error's facts and links, by code. */
export interface SimulatorErrorFacts {
	readonly severity: Severity;
	/** The message key of its title (`errorTitleKey`). */
	readonly title: KeysWithPrefix<'errors.'>;
	/** Whether it has an assumption (`errors.<CODE>.assumption`). */
	readonly assumption: boolean;
	/** Whether it has the simulator's reading of a documented error (`errors.<CODE>.reading`), shown as its assumption. */
	readonly reading: boolean;
	/** The error reference page, when the code has one. */
	readonly reference: string | null;
	/** The article section that explains it, with its heading. */
	readonly section: { readonly href: string; readonly title: string } | null;
}

/** Each error's facts and links, by code. */
export type SimulatorErrors = Readonly<Record<ClaimErrorCode, SimulatorErrorFacts>>;

/** What only a check shows, fetched with the checks (`loadChecks`): the error texts, each error's facts and links. */
export interface SimulatorErrorTexts {
	readonly messages: ErrorMessages;
	readonly errors: SimulatorErrors;
}

/** A preset claim the reader can start from, as the scenario menu lists it; its draft is in `PresetDrafts`. */
interface SimulatorPreset {
	/** Its id, which names its message (`presetMessageKey`, `src/claim/preset-names.ts`). */
	readonly id: string;
	readonly expected: 'submitted' | ClaimErrorCode;
}

/**
 * The presets' drafts by preset id, the same in every locale (`<locale>/claim-simulator/preset-drafts.json`,
 * `routes.simulatorPresetDrafts()`): downloaded only when a preset is loaded (a `?preset=` link, the scenario menu,
 * the embedded simulator's first preset), so the simulator page does not carry them (#19: 2 kB gzipped of its HTML).
 */
export type PresetDrafts = Readonly<Record<string, ClaimDraft>>;

/** Everything the island needs in one language. */
export interface SimulatorData {
	readonly lang: string;
	readonly messages: SimulatorMessages;
	readonly presets: readonly SimulatorPreset[];
	readonly sandbox: Sandbox;
}
