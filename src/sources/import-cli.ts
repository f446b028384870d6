/**
 * `npm run import -- <file.md> [more.md …]`: publish new vendor-localized files (a new locale, or
 * a new source version of an existing one). Checks them with everything already in
 * `content/sources/`, then copies them in byte for byte, or stops with one clear message and
 * writes nothing. `--sources <dir>` imports into another folder (used by the tests).
 * The work is `runImportCommand` (`import-command.ts`); this file only connects it to the terminal.
 */
import { runImportCommand } from './import-command.ts';

process.exitCode = runImportCommand(process.argv.slice(2), { log: (line) => console.log(line), error: (line) => console.error(line) });
