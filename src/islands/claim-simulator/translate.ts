/**
 * The claim simulator's translators over the messages its data carries (`data.ts`): `simulatorTranslator` from the
 * start, `laterTranslator` once the later texts have arrived (`later-texts.ts`), `checkedTexts` once the checks have
 * brought the error texts (`loadChecks`), `editorTranslator` once the sandbox editor has brought its texts
 * (`SandboxPanel`); and what the screen reader is told after an action. An error's texts are `errorTexts` (`ProblemList.tsx`).
 */
import { stepMessageKey } from '../../claim/flow.ts';
import { presetMessageKey } from '../../claim/preset-names.ts';
import { createTranslator, formatList, formatMessageToParts, type MessageValue, type MessageValues } from '../../i18n/message-format.ts';
import type { ErrorMessageKey, SimulatorData, SimulatorErrors, SimulatorErrorTexts, SimulatorMessageKey } from './data.ts';
import type { EditorMessageKey, EditorTexts } from './editor-texts.ts';
import type { LaterMessageKey, LaterTexts } from './later-texts.ts';
import type { Announcement } from './state.ts';

/** `t(key, values)` over the island's messages, and `t.list(items)` for a list inside one of them. */
export interface SimulatorTranslate {
	(key: SimulatorMessageKey, values?: MessageValues): string;
	/** Items as one list in the data's language (`formatList`): never joined with ASCII punctuation. */
	list(items: readonly string[], type?: 'conjunction' | 'unit'): string;
	/** The message as parts, an element (a `<code>`, a link) where the translation puts its argument. */
	parts<T>(key: SimulatorMessageKey, values: Readonly<Record<string, MessageValue | T>>): Array<string | T>;
}

/** The island's translator once the later texts have arrived (`later-texts.ts`): their keys too. */
export interface LaterTranslate {
	(key: SimulatorMessageKey | LaterMessageKey, values?: MessageValues): string;
	list: SimulatorTranslate['list'];
	parts<T>(key: SimulatorMessageKey | LaterMessageKey, values: Readonly<Record<string, MessageValue | T>>): Array<string | T>;
}

/** The island's translator once the error texts have arrived with the checks (and the later texts): their keys too. */
export interface CheckedTranslate extends LaterTranslate {
	(key: SimulatorMessageKey | LaterMessageKey | ErrorMessageKey, values?: MessageValues): string;
}

function translatorOver<K extends string>(messages: Readonly<Record<K, string>>, lang: string) {
	const list = (items: readonly string[], type?: 'conjunction' | 'unit') => formatList(items, lang, type);
	const parts = <T>(key: K, values: Readonly<Record<string, MessageValue | T>>) => formatMessageToParts<T>(messages[key], values, lang);
	return Object.assign(createTranslator(messages, lang), { list, parts });
}

/** The translator of the data's messages, in its language. */
export function simulatorTranslator(data: SimulatorData): SimulatorTranslate {
	return translatorOver(data.messages, data.lang);
}

/** The data's messages with the later `texts` (`later-texts.json`), in the data's language. */
export function laterTranslator(data: SimulatorData, texts: LaterTexts): LaterTranslate {
	return translatorOver<SimulatorMessageKey | LaterMessageKey>({ ...data.messages, ...texts }, data.lang);
}

/** The sandbox editor's translator once its texts have arrived with it (`SandboxPanel`): their keys too. */
export interface EditorTranslate extends LaterTranslate {
	(key: SimulatorMessageKey | LaterMessageKey | EditorMessageKey, values?: MessageValues): string;
	parts<T>(
		key: SimulatorMessageKey | LaterMessageKey | EditorMessageKey,
		values: Readonly<Record<string, MessageValue | T>>,
	): Array<string | T>;
}

/** The data's messages with the `later` texts and the editor's `texts` (`editor-texts.json`), in the data's language. */
export function editorTranslator(data: SimulatorData, later: LaterTexts, texts: EditorTexts): EditorTranslate {
	return translatorOver<SimulatorMessageKey | LaterMessageKey | EditorMessageKey>({ ...data.messages, ...later, ...texts }, data.lang);
}

/** What the checks' views word a problem with: the translator with the error texts, each error's facts and links. */
export interface CheckedTexts {
	readonly t: CheckedTranslate;
	readonly errors: SimulatorErrors;
}

/** The data's messages with the `later` texts and what the checks brought (`loadChecks`), in the data's language. */
export function checkedTexts(data: SimulatorData, later: LaterTexts, texts: SimulatorErrorTexts): CheckedTexts {
	return {
		t: translatorOver<SimulatorMessageKey | LaterMessageKey | ErrorMessageKey>(
			{ ...data.messages, ...later, ...texts.messages },
			data.lang,
		),
		errors: texts.errors,
	};
}

/**
 * What the screen reader is told after an action, in the page's language. Errors are announced once a check found
 * them, so with what the checks brought (`checked`); without it (never the case), by their heading alone.
 */
export function announcementText(t: LaterTranslate, data: SimulatorData, announcement: Announcement, checked: CheckedTexts | null): string {
	switch (announcement.kind) {
		case 'none':
			return '';
		case 'errors':
			if (!checked) return t('simulator.errorsHeading');
			return t('simulator.announce.errors', {
				heading: t('simulator.errorsHeading'),
				titles: t.list(announcement.codes.map((code) => checked.t(checked.errors[code].title))),
			});
		case 'passed':
			return t('simulator.passedHeading', { step: t(stepMessageKey(announcement.step)) });
		case 'submitted':
			return t('simulator.submittedHeading');
		case 'preset': {
			const preset = data.presets.find((candidate) => candidate.id === announcement.presetId);
			return t('simulator.presetLoaded', { name: preset ? t(presetMessageKey(preset.id)) : announcement.presetId });
		}
		case 'started-over':
			return t('simulator.startOver');
	}
}
