/**
 * How the build reports a bad vendor file: the importer's one-line message (`file:line (segment id): problem`), then
 * exit status 1, instead of a stack trace into the project's code that hides the line a maintainer must fix.
 */
import { SourceFormatError } from '../localization/index.ts';

/**
 * Runs `work` and returns its result. A `SourceFormatError` it throws, or a promise it returns rejects with, is printed
 * with `print` as one line and ends the process with status 1; any other error is rethrown untouched (a bug in the
 * project, whose stack helps).
 */
export function stopOnBadSource<T>(work: () => T, print: (line: string) => void = (line) => console.error(line)): T {
	const stop = (error: unknown): never => {
		if (!(error instanceof SourceFormatError)) throw error;
		print(`Bad vendor file, nothing was built: ${error.message}`);
		process.exit(1);
	};
	try {
		const result = work();
		return (result instanceof Promise ? result.catch(stop) : result) as T;
	} catch (error) {
		return stop(error);
	}
}
