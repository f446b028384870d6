/**
 * The claim simulator's translator over the messages its data carries (`data.ts`), and what the screen
 * reader is told after an action. An error's texts are `errorTexts` (`ProblemList.tsx`).
 */
import { stepMessageKey } from '../../claim/flow.ts';
import { createTranslator, type MessageValues } from '../../i18n/message-format.ts';
import type { SimulatorData, SimulatorMessageKey } from './data.ts';
import type { Announcement } from './state.ts';

/** `t(key, values)` over the island's messages. */
export type SimulatorTranslate = (key: SimulatorMessageKey, values?: MessageValues) => string;

/** The translator of the data's messages, in its language. */
export function simulatorTranslator(data: SimulatorData): SimulatorTranslate {
	return createTranslator(data.messages, data.lang);
}

/** What the screen reader is told after an action, in the page's language. */
export function announcementText(t: SimulatorTranslate, data: SimulatorData, announcement: Announcement): string {
	switch (announcement.kind) {
		case 'none':
			return '';
		case 'errors':
			return `${t('simulator.errorsHeading')}: ${announcement.codes.map((code) => t(data.errors[code].title)).join('; ')}`;
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
