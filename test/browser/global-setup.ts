/** Starts one preview server of the built site for the whole browser run. */
import { startPreview } from '../support/preview-server.ts';

export default async function globalSetup(): Promise<() => Promise<void>> {
	const server = await startPreview();
	process.env['SITE_URL'] = server.url;
	return () => server.stop();
}
