/**
 * The claim simulator's translator over the messages its data carries (`data.ts`), and the texts it
 * composes from them: an error's title, cause, fix and assumption, and what the screen reader is told.
 */
import { errorMessageKey, sharedSentenceValues } from '../../claim/error-messages.ts';
import type { ClaimErrorCode } from '../../claim/errors.ts';
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

/** An error's texts; `assumption` only where the catalog has one. */
export function errorTexts(t: SimulatorTranslate, data: SimulatorData, code: ClaimErrorCode) {
	const facts = data.errors[code];
	return {
		title: t(facts.title),
		cause: t(errorMessageKey(code, 'cause')),
		fix: t(errorMessageKey(code, 'fix'), sharedSentenceValues(t)),
		assumption: facts.assumption ? t(errorMessageKey(code, 'assumption')) : null,
	};
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
