/**
 * `npm run i18n:stamp`: records the English of every message as the text its translations now follow
 * (`src/i18n/translated-from.json`, see `translation-stamps.ts`). Run it after changing an English message and its
 * text in every locale; `npm test` fails while an English message has changed since the last stamp.
 */
import { writeFileSync } from 'node:fs';
import { englishMessages, readStamps, STAMPS_FILE } from './catalog-files.ts';
import { changedSinceTranslated, stampsOf } from './translation-stamps.ts';

const english = englishMessages();
const changed = changedSinceTranslated(english, readStamps());
writeFileSync(STAMPS_FILE, `${JSON.stringify(stampsOf(english), null, '\t')}\n`);
console.log(
	changed.length === 0
		? 'i18n:stamp: every English message was already stamped.'
		: `i18n:stamp: stamped ${changed.length} English message(s) as translated: ${changed.join(', ')}`,
);
