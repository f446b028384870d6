/**
 * `npm run import -- <file.md> [more.md …]`: publish new vendor-localized files (a new locale, or
 * a new source version of an existing one). Checks them with everything already in
 * `content/sources/`, then copies them in byte for byte, or stops with one clear message and
 * writes nothing. `--sources <dir>` imports into another folder (used by the tests).
 */
import { parseArgs } from 'node:util';
import { SourceFormatError } from '../localization/index.ts';
import { calloutLabelsFor } from './callout-labels.ts';
import { applyImport, planImport, readIncoming } from './import.ts';
import { SOURCES_DIR } from './library.ts';

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: { sources: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
});

if (values.help || positionals.length === 0) {
	console.log('Usage: npm run import -- <vendor-file.md> [more.md …] [--sources <dir>]');
	process.exit(values.help ? 0 : 2);
}

try {
	const plan = planImport(readIncoming(positionals), values.sources ?? SOURCES_DIR, calloutLabelsFor);
	applyImport(plan);
	for (const write of plan.writes) console.log(`${write.replaces ? 'Updated' : 'Added'} ${write.target}`);
	const locales = [...new Set(plan.pages.map((page) => page.locale.lang))].join(', ');
	console.log(`The site now publishes ${plan.pages.length} article pages (${locales}). Run \`npm run build\` or \`npm start\` to see them.`);
} catch (error) {
	if (error instanceof SourceFormatError || (error instanceof Error && 'code' in error && error.code === 'ENOENT')) {
		console.error(`Import stopped, nothing was written: ${error.message}`);
		process.exit(1);
	}
	throw error;
}
