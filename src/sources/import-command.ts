/**
 * The `npm run import` command as a function: arguments in, lines out, an exit status back. `import-cli.ts`
 * runs it for the terminal; tests call it in-process.
 */
import { parseArgs } from 'node:util';
import { SourceFormatError } from '../localization/index.ts';
import { calloutLabelsFor } from './callout-labels.ts';
import { applyImport, planImport, readIncoming } from './import.ts';
import { SOURCES_DIR } from './library.ts';

/** Where the command writes: one call per line, without the newline. */
export interface CommandOutput {
	readonly log: (line: string) => void;
	readonly error: (line: string) => void;
}

const IMPORT_USAGE = 'Usage: npm run import -- <vendor-file.md> [more.md …] [--sources <dir>]';

/**
 * Publishes vendor-localized files: checks them with everything already in the sources folder (`--sources <dir>`,
 * `content/sources/` by default), then copies them in byte for byte, or writes nothing.
 *
 * @param args the command-line arguments after the script (`['a.md', '--sources', 'dir']`)
 * @returns the exit status: 0 imported (or `--help`), 1 a file was refused (nothing written), 2 no file given
 * @throws anything other than a refused file or a missing one (a bug, not the user's input)
 */
export function runImportCommand(args: readonly string[], output: CommandOutput): number {
	const { values, positionals } = parseArgs({
		args: [...args],
		allowPositionals: true,
		options: { sources: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
	});
	if (values.help || positionals.length === 0) {
		output.log(IMPORT_USAGE);
		return values.help ? 0 : 2;
	}
	try {
		const plan = planImport(readIncoming(positionals), values.sources ?? SOURCES_DIR, calloutLabelsFor);
		applyImport(plan);
		for (const write of plan.writes) output.log(`${write.replaces ? 'Updated' : 'Added'} ${write.target}`);
		const locales = [...new Set(plan.pages.map((page) => page.locale.lang))].join(', ');
		output.log(
			`The site now publishes ${plan.pages.length} article pages (${locales}). Run \`npm run build\` or \`npm start\` to see them.`,
		);
		return 0;
	} catch (error) {
		if (error instanceof SourceFormatError || (error instanceof Error && 'code' in error && error.code === 'ENOENT')) {
			output.error(`Import stopped, nothing was written: ${error.message}`);
			return 1;
		}
		throw error;
	}
}
