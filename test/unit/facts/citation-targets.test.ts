/**
 * Citations become links (#18 §3): every `KEY#n` the site's code and content write resolves, in every locale, to an
 * anchor on the published article page whose element holds the cited English sentence (the mapping through the
 * English, `src/facts/segment-map.ts`, over the pages exactly as the library builds them), and the link parts
 * (`src/facts/citation-targets.ts`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { citationTargets } from '../../../src/components/citations/targets.ts';
import { sourceArticles } from '../../../src/facts/articles.ts';
import {
	citationLink,
	citedList,
	citedMessage,
	citedParts,
	publishedNumber,
	type CitationTargets,
} from '../../../src/facts/citation-targets.ts';
import { formatCitation, parseCitations } from '../../../src/facts/citations.ts';
import { arrivedRange } from '../../../src/facts/segment-anchors.ts';
import { citedNumbers } from '../../../src/facts/cited-articles.ts';
import { matchSegments, toRuns } from '../../../src/facts/segment-map.ts';
import { locales } from '../../../src/i18n/locales.ts';
import { localePath, routes } from '../../../src/routes.ts';
import { calloutLabelsFor } from '../../../src/sources/callout-labels.ts';
import { buildArticlePages, readSourceFiles } from '../../../src/sources/library.ts';
import { citedCopies } from '../../support/fact-sources.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const squeeze = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Every file below `dir`, project-relative (as `citations.test.ts` scans them). */
function filesUnder(dir: string): string[] {
	return readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(root, join(entry.parentPath, entry.name)));
}

/** Every citation the site's code and content write (`citations.test.ts` finds them the same way), once each. */
const usedCitations = [
	...new Set(
		[
			...filesUnder('src'),
			...filesUnder('content').filter((path) => !path.startsWith('content/sources/') && !path.startsWith('content/facts/articles/')),
		]
			.flatMap((path) => parseCitations(readFileSync(join(root, path), 'utf8')))
			.map(formatCitation),
	),
].map((written) => parseCitations(written)[0]!);

/** Cited sentences whose English the published (newer) version revised: they link to the sentence in the same place. */
const REVISED = new Set(['FCD#113']); // "open the Azure portal" → "sign into the Azure portal" (zh-TW copy, 7153f0b8)

const pages = buildArticlePages(readSourceFiles(), calloutLabelsFor);

/** Elements by id in a page's HTML. */
function idsOf(html: string): Map<string, Element> {
	const ids = new Map<string, Element>();
	const visit = (node: Root | Element): void => {
		for (const child of node.children) {
			if (child.type !== 'element') continue;
			if (typeof child.properties['id'] === 'string') ids.set(child.properties['id'], child);
			visit(child);
		}
	};
	visit(fromHtml(html, { fragment: true }));
	return ids;
}

/** The English a sentence element holds: its `.sxs-original` on a translated page, else its own text. */
function englishOf(element: Element): string {
	const original = element.children.find(
		(child): child is Element =>
			child.type === 'element' && (child.properties['className'] as string[] | undefined)?.includes('sxs-original') === true,
	);
	return squeeze(toString(original ?? element));
}

describe('every citation the site writes', () => {
	it('is found at all', () => {
		expect(usedCitations.length).toBeGreaterThan(100);
	});

	for (const locale of locales) {
		it(`links, in ${locale.lang}, to anchors on the article page holding the cited English sentences`, () => {
			const targets = citationTargets(locale);
			const problems: string[] = [];
			let linked = 0;
			for (const citation of usedCitations) {
				const article = sourceArticles.find((candidate) => candidate.key === citation.key);
				const copy = citedCopies.get(citation.key);
				const link = citationLink(citation, targets);
				if (!article || !copy) {
					if (link) problems.push(`${citation.text}: links although the site publishes no ${citation.key} article`);
					continue;
				}
				if (!link) {
					problems.push(`${citation.text}: no link`);
					continue;
				}
				linked++;
				const url = new URL(link.href, 'https://site.test');
				expect(url.pathname).toBe(localePath(locale, routes.article(article.file)));
				const page = pages.find((candidate) => candidate.article === article.file && candidate.locale === locale);
				const ids = idsOf(page?.html ?? '');
				if (!ids.has(url.hash.slice(1))) problems.push(`${citation.text}: ${link.href} has no target`);
				const range = arrivedRange(url.search, url.hash)!;
				const published = citedNumbers(citation).map((number) => publishedNumber(targets[citation.key]!.runs, number));
				const onPage = published.filter((number) => number !== undefined);
				expect(range, citation.text).toEqual({ from: onPage[0], to: onPage.at(-1) });
				citedNumbers(citation).forEach((number, index) => {
					const element = ids.get(`s-${published[index]}`);
					const cited = squeeze(copy.segments.get(number)!.english);
					// The title is the page's heading, not a sentence of its body: a range may start there.
					if (published[index] === undefined && cited === squeeze(page?.englishTitle ?? '')) return;
					if (!element) problems.push(`${citation.key}#${number}: no s-${published[index]} on ${url.pathname}`);
					else if (REVISED.has(`${citation.key}#${number}`)) expect(englishOf(element)).not.toBe(cited);
					else if (englishOf(element) !== cited)
						problems.push(`${citation.key}#${number}: s-${published[index]} holds "${englishOf(element)}"`);
				});
			}
			expect(problems).toEqual([]);
			expect(linked).toBeGreaterThan(100);
		});
	}

	it('follows the page version: OSA in every locale is the zh-TW copy’s numbering (37562b0e), one lower', () => {
		for (const locale of locales) {
			expect(citationLink({ key: 'OSA', from: 145, to: 145, text: 'OSA#145' }, citationTargets(locale))?.href).toBe(
				`${localePath(locale, routes.article('submit-osa-claim'))}#s-144`,
			);
		}
		const ko = locales.find((locale) => locale.lang === 'ko')!;
		expect(citationLink({ key: 'MCA', from: 162, to: 166, text: 'MCA#162–166' }, citationTargets(ko))?.href).toBe(
			'/ko/incentives-manage-customer-associations/?cite=162-166#s-162',
		);
	});

	it('names the article in the reader’s language in the link’s title', () => {
		const ja = locales.find((locale) => locale.lang === 'ja')!;
		expect(citationTargets(ja)['CAI']?.title).toBe('「顧客の関連付けに関する問題」の引用箇所を開きます');
		expect(citationTargets(locales[0]!)['CAI']?.title).toBe('Opens “Customer association issues” at the cited text');
	});
});

describe('the mapping through the English', () => {
	const cited = [
		[104, 'Title'],
		[105, 'A.'],
		[106, 'Open the portal.'],
		[107, 'C.'],
		[108, 'A.'],
	] as const;

	it('follows renumbered and repeated sentences, and a revised sentence by its place', () => {
		const page = [
			[103, 'New title'],
			[104, 'A.'],
			[105, 'Sign into the portal.'],
			[106, 'C.'],
			[107, 'A.'],
		] as const;
		const matches = matchSegments(cited, page);
		expect(Object.fromEntries(matches)).toEqual({
			104: { number: 103, revised: true },
			105: { number: 104, revised: false },
			106: { number: 105, revised: true },
			107: { number: 106, revised: false },
			108: { number: 107, revised: false },
		});
		expect(toRuns(matches)).toEqual([[104, 103, 5]]);
	});

	it('leaves a sentence without a counterpart unmatched rather than guess', () => {
		const matches = matchSegments(cited, [
			[1, 'A.'],
			[2, 'C.'],
			[3, 'A.'],
		]);
		expect(matches.has(106)).toBe(false);
		expect(matches.has(104)).toBe(false);
		expect(toRuns(matches)).toEqual([
			[105, 1, 1],
			[107, 2, 2],
		]);
		expect(publishedNumber(toRuns(matches), 108)).toBe(3);
		expect(publishedNumber(toRuns(matches), 106)).toBeUndefined();
	});
});

describe('links and their parts', () => {
	const targets: CitationTargets = {
		MCA: { href: '/ja/incentives-manage-customer-associations/', title: 'opens MCA', runs: [[100, 100, 120]] },
		OSA: { href: '/ja/submit-osa-claim/', title: 'opens OSA', runs: [[105, 104, 48]] },
	};

	it('links a single sentence by its fragment and a range by its first sentence and the cite parameter', () => {
		expect(citationLink({ key: 'OSA', from: 120, to: 120, text: 'OSA#120' }, targets)?.href).toBe('/ja/submit-osa-claim/#s-119');
		expect(citationLink({ key: 'MCA', from: 162, to: 166, text: 'MCA#162–166' }, targets)?.href).toBe(
			'/ja/incentives-manage-customer-associations/?cite=162-166#s-162',
		);
		expect(citationLink({ key: 'EN2023', from: 1, to: 1, text: 'EN2023#1' }, targets)).toBeUndefined();
		expect(citationLink({ key: 'OSA', from: 999, to: 999, text: 'OSA#999' }, targets)).toBeUndefined();
	});

	it('splits a text around its citations, continuations included, and keeps a citation without a page as text', () => {
		const parts = citedParts('MCA says (MCA#176) and (MCA#121, #140), not POE#3.', targets);
		expect(parts.map((part) => (typeof part === 'string' ? part : `[${part.text}→${part.href}]`))).toEqual([
			'MCA says (',
			'[MCA#176→/ja/incentives-manage-customer-associations/#s-176]',
			') and (',
			'[MCA#121→/ja/incentives-manage-customer-associations/#s-121]',
			', ',
			'[#140→/ja/incentives-manage-customer-associations/#s-140]',
			'), not POE#3.',
		]);
	});

	it('lists citations in the reader’s language, never run together', () => {
		const text = (lang: string) =>
			citedList(['MCA#121', 'MCA#140'], lang, targets)
				.map((part) => (typeof part === 'string' ? part : part.text))
				.join('');
		expect(text('en')).toBe('MCA#121, MCA#140');
		expect(text('ja')).toBe('MCA#121、MCA#140');
		expect(text('zh-CN')).toBe('MCA#121、MCA#140');
	});

	it('puts the linked list in a message’s {citations} argument', () => {
		const parts = citedMessage('{fact} ({citations})', { fact: 'Fact' }, ['OSA#113', 'MCA#114–118'], 'en', targets);
		expect(parts.map((part) => (typeof part === 'string' ? part : `[${part.text}]`)).join('')).toBe('Fact ([OSA#113], [MCA#114–118])');
	});

	it('reads the arrived range: the cite parameter only when it starts at the fragment', () => {
		expect(arrivedRange('?cite=162-166', '#s-162')).toEqual({ from: 162, to: 166 });
		expect(arrivedRange('', '#s-162')).toEqual({ from: 162, to: 162 });
		expect(arrivedRange('?cite=100-166', '#s-162')).toEqual({ from: 162, to: 162 });
		expect(arrivedRange('?cite=162-100', '#s-162')).toEqual({ from: 162, to: 162 });
		expect(arrivedRange('?cite=162-166', '#reading')).toBeUndefined();
	});
});
