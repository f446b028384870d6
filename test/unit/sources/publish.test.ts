/**
 * The article loader's incremental publishing (`src/loaders/publish.ts`) against an in-memory content-layer store: a
 * rebuild after one changed vendor file renders only that article and leaves the store exactly as a build from
 * nothing would; a change of the site's code renders everything; a renamed article is still refused.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { englishCalloutLabels } from '../../../src/article/index.ts';
import { SourceFormatError } from '../../../src/localization/index.ts';
import { applyPlan, planArticles, type PublishOptions } from '../../../src/loaders/publish.ts';
import { readSourceFiles, type SourceFile } from '../../../src/sources/library.ts';

const CAI = 'incentives-customer-association-issues';

interface Entry {
	id: string;
	data: Record<string, unknown>;
	digest?: string;
	rendered?: { html: string };
}

/** The parts of the loader context `publish.ts` uses, kept in memory as the content layer keeps them. */
function memoryContext() {
	const entries = new Map<string, Entry>();
	const meta = new Map<string, string>();
	return {
		entries,
		store: {
			get: (id: string) => entries.get(id),
			has: (id: string) => entries.has(id),
			keys: () => [...entries.keys()],
			clear: () => entries.clear(),
			delete: (id: string) => void entries.delete(id),
			set: (entry: Entry) => {
				if (entry.digest && entries.get(entry.id)?.digest === entry.digest) return false;
				entries.set(entry.id, entry);
				return true;
			},
		},
		meta: { get: (key: string) => meta.get(key), set: (key: string, value: string) => void meta.set(key, value) },
		generateDigest: (data: string | Record<string, unknown>) =>
			createHash('sha256')
				.update(typeof data === 'string' ? data : JSON.stringify(data))
				.digest('hex'),
		parseData: <T>({ data }: { data: T }) => Promise.resolve(data),
	};
}

const options = (codeDigest = 'code 1'): PublishOptions => ({
	codeDigest,
	calloutLabelsFor: () => englishCalloutLabels,
	headingLinkLabelFor: () => (heading) => `Link to ${heading}`,
});

async function publish(context: ReturnType<typeof memoryContext>, files: readonly SourceFile[], codeDigest?: string) {
	// @ts-expect-error: the in-memory context has only the members publishing uses.
	return applyPlan(context, await planArticles(context, files, options(codeDigest)));
}

/** What a reader would get from the store: each page's id, data and HTML, in order. */
const pages = (context: ReturnType<typeof memoryContext>) =>
	[...context.entries.values()].map((entry) => ({ id: entry.id, data: entry.data, html: entry.rendered?.html }));

/** The files with one translated sentence of the German CAI file changed, as a translation update would. */
const withChangedSentence = (files: readonly SourceFile[]): SourceFile[] =>
	files.map((file) =>
		file.article === CAI && file.name.includes('/de-DE/')
			? { ...file, text: file.text.replace(/(<span data-ttu-id="[^"]*">)([^<]+)(<\/span>)/, '$1$2 (geändert)$3') }
			: file,
	);

describe('publishing the articles incrementally', () => {
	const files = readSourceFiles();
	const articles = new Set(files.map((file) => file.article)).size;

	it('renders only the article whose file changed, and the store then holds what a build from nothing would', async () => {
		const warm = memoryContext();
		expect((await publish(warm, files)).rendered).toBe(articles);
		const changed = withChangedSentence(files);
		const again = await publish(warm, changed);
		expect(again.rendered).toBe(1);
		const cold = memoryContext();
		await publish(cold, changed);
		expect(pages(warm)).toEqual(pages(cold));
		// The changed sentence is the German page's title.
		expect(pages(warm).find((page) => page.id === `de/${CAI}`)?.data['title']).toMatch(/\(geändert\)$/);
	});

	it('renders every article again when the site code changed, and none when nothing did', async () => {
		const context = memoryContext();
		await publish(context, files);
		expect((await publish(context, files)).rendered).toBe(0);
		expect((await publish(context, files, 'code 2')).rendered).toBe(articles);
	});

	it('removes the pages of an article no longer in the sources', async () => {
		const context = memoryContext();
		await publish(context, files);
		await publish(
			context,
			files.filter((file) => file.article !== CAI),
		);
		expect(pages(context).some((page) => page.id.endsWith(CAI))).toBe(false);
		const cold = memoryContext();
		await publish(
			cold,
			files.filter((file) => file.article !== CAI),
		);
		expect(pages(context)).toEqual(pages(cold));
	});

	it('refuses an article delivered under another name even when the others are kept from the last build', async () => {
		const context = memoryContext();
		await publish(context, files);
		const korean = files.find((file) => file.article === CAI && file.name.includes('/ko-KR/'))!;
		const renamed = {
			...korean,
			name: 'content/sources/ko-KR/customer-association-issues.ko-kr.md',
			article: 'customer-association-issues.ko-kr',
		};
		const before = pages(context);
		await expect(publish(context, [...files.filter((file) => file !== korean), renamed])).rejects.toThrow(SourceFormatError);
		expect(pages(context)).toEqual(before);
	});
});
