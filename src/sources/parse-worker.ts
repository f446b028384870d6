/**
 * A worker thread of `parse-on-all-cores.ts`: parses the vendor files it is given (`workerData`, `FileToParse[]`) and
 * answers once with their documents (`WorkerAnswer`), `null` for a file that does not parse.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { parseLocalizedFile } from '../localization/parse.ts';
import type { FileToParse, WorkerAnswer } from './parse-on-all-cores.ts';

const answer: WorkerAnswer = (workerData as FileToParse[]).map((file) => {
	try {
		return parseLocalizedFile(file.text, file.name);
	} catch {
		return null;
	}
});
parentPort?.postMessage(answer);
