import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildArticlePages, readSourceFiles } from '../../../src/sources/library.ts';
import { calloutLabelsFor } from '../../../src/sources/callout-labels.ts';
import { plainMarkdown } from '../../bench/baseline.ts';
import { generateCorpus } from '../../bench/corpus.ts';

describe('synthetic corpus', () => {
	let dir: string | undefined;
	afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

	it('is valid vendor input: every article publishes in every locale, with its own title and date', () => {
		dir = mkdtempSync(join(tmpdir(), 'corpus-'));
		const seedFiles = readSourceFiles();
		const seedArticles = new Set(seedFiles.map((file) => file.article));
		// Three articles per seed: each seed, its copy #2 and its copy #3.
		const corpus = generateCorpus(dir, 3 * seedArticles.size);
		expect(corpus.files).toBe(3 * seedFiles.length);
		const pages = buildArticlePages(readSourceFiles(dir), calloutLabelsFor);
		const articles = new Set(pages.map((page) => page.article));
		expect(articles.size).toBe(3 * seedArticles.size);
		// Each article in English and in every locale that has its seed: 3 times the seed pages.
		const seedPages = seedArticles.size + seedFiles.length;
		expect(pages).toHaveLength(3 * seedPages);
		const english = pages.filter((page) => page.locale.lang === 'en');
		expect(new Set(english.map((page) => page.view.title)).size).toBe(3 * seedArticles.size);
		expect(english.find((page) => page.article.startsWith('synthetic-0003'))?.view.title).toMatch(/ #3$/);
		const seed = readSourceFiles(dir).find(
			(file) => file.article === seedFiles[0]!.article && file.name.includes(seedFiles[0]!.name.split('/').at(-2)!),
		);
		expect(seed?.text, 'article 1 is the seed itself').toBe(seedFiles[0]!.text);
	}, 300_000); // parses and renders every seed file three times
});

describe('plain-Starlight baseline input', () => {
	it('keeps one language of each side-by-side pair and takes the title from the H1', () => {
		const vendor = [
			'---',
			'title: 顧客',
			'description: 説明',
			'---',
			'# <a name="x"></a><span data-ttu-id="a-1">問題</span><span class="sxs-lookup"><span data-stu-id="a-1">Issues</span></span>',
			'',
			'<span data-ttu-id="a-2">本文。</span><span class="sxs-lookup"><span data-stu-id="a-2">Body.</span></span>',
			'',
		].join('\n');
		expect(plainMarkdown(vendor, true)).toEqual({ title: '問題', description: '説明', body: '\n本文。\n' });
		expect(plainMarkdown(vendor, false).title).toBe('Issues');
		expect(plainMarkdown(vendor, false).body).toContain('Body.');
		expect(plainMarkdown(vendor, false).body).not.toContain('span');
	});
});
