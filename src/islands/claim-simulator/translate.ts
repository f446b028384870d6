/**
 * The claim simulator's translator over the messages its data carries (`data.ts`), and what the screen
 * reader is told after an action. An error's texts are `errorTexts` (`ProblemList.tsx`).
 */
import { stepMessageKey } from '../../claim/flow.ts';
import { createTranslator, formatList, formatMessageToParts, type MessageValue, type MessageValues } from '../../i18n/message-format.ts';
import type { SimulatorData, SimulatorMessageKey } from './data.ts';
import type { Announcement } from './state.ts';

/** `t(key, values)` over the island's messages, and `t.list(items)` for a list inside one of them. */
export interface SimulatorTranslate {
	(key: SimulatorMessageKey, values?: MessageValues): string;
	/** Items as one list in the data's language (`formatList`): never joined with ASCII punctuation. */
	list(items: readonly string[], type?: 'conjunction' | 'unit'): string;
	/** The message as parts, an element (a `<code>`, a link) where the translation puts its argument. */
	parts<T>(key: SimulatorMessageKey, values: Readonly<Record<string, MessageValue | T>>): Array<string | T>;
}

/** The translator of the data's messages, in its language. */
export function simulatorTranslator(data: SimulatorData): SimulatorTranslate {
	const list = (items: readonly string[], type?: 'conjunction' | 'unit') => formatList(items, data.lang, type);
	const parts = <T>(key: SimulatorMessageKey, values: Readonly<Record<string, MessageValue | T>>) =>
		formatMessageToParts<T>(data.messages[key], values, data.lang);
	return Object.assign(createTranslator(data.messages, data.lang), { list, parts });
}

/** What the screen reader is told after an action, in the page's language. */
export function announcementText(t: SimulatorTranslate, data: SimulatorData, announcement: Announcement): string {
	switch (announcement.kind) {
		case 'none':
			return '';
		case 'errors':
			return t('simulator.announce.errors', {
				heading: t('simulator.errorsHeading'),
				titles: t.list(announcement.codes.map((code) => t(data.errors[code].title))),
			});
		case 'passed':
			return t('simulator.passedHeading', { step: t(stepMessageKey(announcement.step)) });
		case 'submitted':
			return t('simulator.submittedHeading');
		case 'preset': {
			const preset = data.presets.find((candidate) => candidate.id === announcement.presetId);
			return t('simulator.presetLoaded', { name: preset ? t(preset.name) : announcement.presetId });
		}
		case 'started-over':
			return t('simulator.startOver');
	}
}
