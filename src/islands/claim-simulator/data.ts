/**
 * The shape of what the claim simulator island needs in one language: the messages it renders (`simulator.*`
 * but the page's own, each error's title, cause, fix and assumption, the portal's checklists, the time-zone
 * picker's two, the lifecycle's "Open a timeline saved as a file"), each error's facts and links, the presets and the default sandbox. Types only, so the island's modules read them without bundling the build
 * side: `simulatorData` (`src/components/claim-simulator/simulator-data.ts`) assembles it at build time,
 * served as `<locale>/claim-simulator/data.json` (`routes.simulatorData()`) and, on the simulator's page, in
 * its HTML (`page-data.ts`).
 */
import type { ClaimErrorCode, Severity } from '../../claim/errors.ts';
import type { ClaimDraft, Sandbox } from '../../claim/schema.ts';
import type { KeysWithPrefix, MessagesWithPrefix } from '../../i18n/catalog.ts';

/**
 * The messages the island renders. Typed by prefix; the data holds only the keys `simulatorData` picks (of the
 * lifecycle's, only its time-zone picker's two, its "Open a timeline saved as a file" and its 2020 deadline note; of the site's, the copy
 * buttons' words).
 */
export type SimulatorMessages = MessagesWithPrefix<
	| 'simulator.'
	| 'errors.'
	| 'lifecycle.ui.timeZone'
	| 'lifecycle.ui.browserZone'
	| 'lifecycle.ui.openFile'
	| 'lifecycle.ui.version.deadline'
	| 'site.copy.'
>;
/** A message key the island renders. */
export type SimulatorMessageKey = keyof SimulatorMessages;

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

/** A preset claim the reader can start from. */
interface SimulatorPreset {
	readonly id: string;
	/** The message key of its name. */
	readonly name: KeysWithPrefix<'simulator.preset.'>;
	readonly expected: 'submitted' | ClaimErrorCode;
	readonly draft: ClaimDraft;
}

/** Everything the island needs in one language. */
export interface SimulatorData {
	readonly lang: string;
	readonly messages: SimulatorMessages;
	readonly errors: Readonly<Record<ClaimErrorCode, SimulatorErrorFacts>>;
	readonly presets: readonly SimulatorPreset[];
	readonly sandbox: Sandbox;
}
