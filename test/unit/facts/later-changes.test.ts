/**
 * The "Changed later" notes (issue #14): each later change cites a 2023 revision the fact sheet lists (§11), has
 * its words in every locale, and is shown where the reader meets the fact. The article dates are formatted per
 * language.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatArticleDate } from '../../../src/article/dates.ts';
import { sheetKeys } from '../../../src/facts/citations.ts';
import { referencedErrorCodes } from '../../../src/error-reference/codes.ts';
import { claimErrorCatalog, SUPPORT_URL } from '../../../src/claim/catalog.ts';
import { stepMessageKey } from '../../../src/claim/flow.ts';
import { claimErrorCodes, type ClaimErrorCode } from '../../../src/claim/errors.ts';
import {
	partnerFacts,
	partnerFactsOn,
	partnerFactsOnErrors,
	type PartnerFact,
	type PartnerFactId,
} from '../../../src/facts/partner-facts.ts';
import { errorTexts } from '../../../src/error-reference/texts.ts';
import {
	laterChangeCitation,
	changedLaterLead,
	laterChanges,
	laterChangesInSection,
	laterChangesOn,
	laterChangesOnArticles,
	laterChangesOnErrors,
	type ArticleLaterChanges,
	type LaterChangeId,
} from '../../../src/facts/later-changes.ts';
import { catalogs, messagesFor, translator } from '../../../src/i18n/messages.ts';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import type { Element, Root } from 'hast';
import { splitHtmlSections } from '../../../src/article/html-sections.ts';
import { sectionTools } from '../../../src/components/article/section-tools.ts';
import { citationTargets } from '../../../src/components/citations/targets.ts';
import { articleByKey } from '../../../src/facts/articles.ts';
import { publishedNumber } from '../../../src/facts/citation-targets.ts';
import { parseCitations } from '../../../src/facts/citations.ts';
import { locales } from '../../../src/i18n/locales.ts';
import { calloutLabelsFor } from '../../../src/sources/callout-labels.ts';
import { buildArticlePages, readSourceFiles } from '../../../src/sources/library.ts';

const sheet = readFileSync(new URL('../../../content/facts/cpor-facts.md', import.meta.url), 'utf8');
const laterSection = sheet.slice(sheet.indexOf('## 11. Later changes')).replace(/\s+/g, ' ');

describe('later changes', () => {
	it('cite a 2023 revision of the fact sheet’s key table, and the section it names', () => {
		const keys = sheetKeys(sheet).map((row) => row.key);
		for (const [id, { citation }] of Object.entries(laterChanges)) {
			if (citation === null) {
				// The one change outside the cited articles: the sheet records it as such, and the note says so.
				expect(id).toBe('entra-id');
				expect(laterSection).toMatch(/Outside these articles: Azure Active Directory was renamed \*\*Microsoft Entra ID\*\*/);
				for (const lang of catalogs.langs) expect(messagesFor(lang)['facts.changedLater.entra-id'], lang).toContain('Microsoft Entra ID');
				continue;
			}
			const { version, heading } = citation as { version: string; heading?: string };
			expect(['EN2023', 'MCA2023'], id).toContain(version);
			expect(keys, id).toContain(version);
			if (heading) expect(laterSection, id).toContain(`"${heading}"`);
		}
	});

	it('show their citation in the reader’s language: the revision, a quoted English heading, or the title or intro in the locale’s words', () => {
		for (const lang of catalogs.langs) {
			const t = translator(lang);
			for (const [id, { citation }] of Object.entries(laterChanges)) {
				const shown = laterChangeCitation(id as LaterChangeId, t);
				if (citation === null) {
					expect(shown, id).toBeUndefined();
					continue;
				}
				const { version, heading } = citation as { version: string; heading?: string };
				expect(shown, `${lang} ${id}`).toContain(version);
				if (heading) expect(shown, `${lang} ${id}`).toContain(heading);
				// Outside the quoted heading and the revision's name, no English word of the site's on another locale's page.
				const own = shown!.replace(version, '').replace(heading ?? '', '');
				if (lang !== 'en') expect(own, `${lang} ${id}`).not.toMatch(/\b(title|intro)\b/i);
			}
		}
		expect(laterChangeCitation('claiming-partner-of-record', translator('zh-TW'))).toBe('（EN2023 標題）');
		expect(laterChangeCitation('partner-roles', translator('en'))).toBe(' (EN2023 “Which partner role do I choose?”)');
	});

	it('have a note in every locale', () => {
		for (const lang of catalogs.langs) {
			const messages = messagesFor(lang);
			for (const key of [
				'facts.changedLater.heading',
				'facts.changedLater.lead',
				...Object.keys(laterChanges).map((id) => `facts.changedLater.${id}`),
			])
				expect(messages[key as keyof typeof messages]?.trim(), `${key} in ${lang}`).toBeTruthy();
		}
	});

	it('are shown on the activity and MPN helpers and the lifecycle, with the new terms', () => {
		const en = messagesFor('en');
		const on = (ids: readonly LaterChangeId[]) => ids.map((id) => en[`facts.changedLater.${id}`]).join(' ');
		expect(on(laterChangesOn.activityHelper)).toContain('Partner role');
		expect(on(laterChangesOn.activityHelper)).toContain('Modern Work and Security');
		expect(on(laterChangesOn.mpnHelper)).toContain('Microsoft AI Cloud Partner Program');
		expect(on(laterChangesOn.lifecycle)).toMatch(/Rejected final[\s\S]*Disassociate customer/);
		// #14 fourth review: both pages repeat MCA#116–117's "Microsoft Partner Network"; the lifecycle also MCA#171–172.
		expect(on(laterChangesOn.activityHelper)).toContain('Microsoft AI Cloud Partner Program');
		expect(on(laterChangesOn.lifecycle)).toMatch(/Microsoft AI Cloud Partner Program[\s\S]*Partner role/);
	});
});

describe('later changes (#14 third review)', () => {
	it('lead with “incentives included” only above a note that shows it', () => {
		expect(changedLaterLead(['entra-id'])).toBe('facts.changedLater.leadShort');
		expect(changedLaterLead(['seven-days-to-reflect', 'support-link-moved'])).toBe('facts.changedLater.leadShort');
		expect(changedLaterLead(laterChangesOn.lifecycle)).toBe('facts.changedLater.lead');
		expect(changedLaterLead(laterChangesOn.activityHelper)).toBe('facts.changedLater.lead');
		for (const lang of catalogs.langs) expect(messagesFor(lang)['facts.changedLater.leadShort'], lang).toMatch(/2023/);
		expect(messagesFor('en')['facts.changedLater.leadShort']).not.toMatch(/incentive/i);
	});

	it('give the claim simulator the subscription errors’ 2023 changes', () => {
		expect(laterChangesOn.simulator).toEqual(
			expect.arrayContaining(['already-claimed-dropped', 'active-check-post-claim', 'seven-days-to-reflect', 'support-link-moved']),
		);
	});
});

describe('formatArticleDate', () => {
	it('writes ms.date as a long date in the reader’s language, in UTC', () => {
		expect(formatArticleDate('2020-06-29', 'en')).toBe('June 29, 2020');
		expect(formatArticleDate('2020-06-29', 'ja')).toBe('2020年6月29日');
		expect(formatArticleDate('2020-07-03', 'zh-TW')).toBe('2020年7月3日');
	});
});

describe('later changes on the error pages', () => {
	it('say "up to seven days to reflect" where a subscription isn’t provisioned, and that the "already claimed" reason was dropped', () => {
		expect(laterChangesOnErrors.SUBSCRIPTION_NOT_PROVISIONED).toContain('seven-days-to-reflect');
		expect(laterChangesOnErrors.SUBSCRIPTION_ALREADY_CLAIMED).toContain('already-claimed-dropped');
		expect(laterChangesOnErrors.MPN_NOT_ENROLLED).toContain('ai-cloud-partner-program');
		expect(laterChangesOnErrors.ACTIVITY_REQUIRED).toContain('partner-roles');
		for (const code of Object.keys(laterChangesOnErrors)) expect(referencedErrorCodes).toContain(code);
	});
});

describe('later changes where the reader meets the 2020 fact (#14 review)', () => {
	const en = messagesFor('en') as Readonly<Record<string, string>>;

	it('say the active/in-grace check happens post claim on the page about that check', () => {
		expect(laterChangesOnErrors.SUBSCRIPTION_NOT_ACTIVE).toContain('active-check-post-claim');
		expect(laterSection).toContain('"post claim … so that incentives can be earned"');
		expect(en['facts.changedLater.active-check-post-claim']).toContain('“post claim … so that incentives can be earned”');
	});

	it('give the 2023 support address beside every 2020 support link', () => {
		expect(laterSection).toContain('https://partner.microsoft.com/dashboard/v2/support/incentives/servicerequests?category=incentives');
		expect(en['facts.changedLater.support-link-moved']).toContain('/dashboard/v2/support/');
		for (const code of claimErrorCodes)
			expect(laterChangesOnErrors[code]?.includes('support-link-moved') ?? false, code).toBe(
				claimErrorCatalog[code].links.includes(SUPPORT_URL),
			);
	});

	it('stand on every error page and tool whose instructions use a term renamed later', () => {
		const renamed: Readonly<Record<string, RegExp>> = {
			'entra-id': /Azure Active Directory|Azure AD/,
			'ai-cloud-partner-program': /\bMPN/,
			'partner-roles': /\bactivit(y|ies)\b|Pre-sales|Revenue association/,
			'modern-work-and-security': /Microsoft 365/,
			'not-csp-associations': /\bCSP\b/,
			'claiming-partner-of-record': /Claimed Partner of Record/,
			// #14 seventh review: the competing-claim page's assumption weighs arbitration against this dropped error.
			'already-claimed-dropped': /already been claimed/,
		};
		// "Microsoft 365" there names a product, not the solution area that was renamed.
		const productOnly = new Set(['SUBSCRIPTION_NOT_DYNAMICS modern-work-and-security']);
		const texts = errorTexts('en');
		for (const code of claimErrorCodes) {
			const { title, cause, fix, assumption } = texts(code);
			// The error page names its claim step too (#14 eighth review: "Solution area, activity and claim name").
			const step = claimErrorCatalog[code].step;
			const words = [title, cause, fix, assumption ?? '', step ? en[stepMessageKey(step)] : ''].join(' ');
			for (const [id, term] of Object.entries(renamed)) {
				if (!term.test(words) || productOnly.has(`${code} ${id}`)) continue;
				expect(laterChangesOnErrors[code] ?? [], `${code} uses a term ${id} renamed`).toContain(id);
			}
		}
		expect(laterChangesOnErrors.DOMAIN_TENANT_MISMATCH).toContain('entra-id');
		// The simulator's steps ask for an MPN ID, a solution area and an activity, and point to Azure Active Directory.
		const simulator = ['simulator.customerDomainHint', 'simulator.tenantIdHint', 'simulator.activityHint', 'simulator.mpnId']
			.map((key) => en[key] ?? '')
			.join(' ');
		for (const [id, term] of Object.entries(renamed)) if (term.test(simulator)) expect(laterChangesOn.simulator, id).toContain(id);
		// #14 sixth review: the pages where a reader meets CSP say CPOR isn't a CSP customer association (EN2023 intro).
		expect(laterChangesOn.activityHelper).toContain('not-csp-associations');
		expect(laterChangesOn.simulator).toContain('not-csp-associations');
	});
});

describe('later changes on the Microsoft article pages (#14 second review)', () => {
	const pages = buildArticlePages(readSourceFiles(), calloutLabelsFor);
	const pageOf = (article: string, lang: string) => pages.find((page) => page.article === article && page.locale.lang === lang)!;

	/** A page's sections, each with its sentences by their published number. */
	function sectionsOf(html: string): Array<{ anchor: string; sentences: Map<number, Element> }> {
		return splitHtmlSections(html).map(({ anchor, html: sectionHtml }) => {
			const sentences = new Map<number, Element>();
			const visit = (node: Root | Element): void => {
				for (const child of node.children) {
					if (child.type !== 'element') continue;
					const id = /^s-(\d+)$/.exec(String(child.properties['id'] ?? ''));
					if (id) sentences.set(Number(id[1]), child);
					visit(child);
				}
			};
			visit(fromHtml(sectionHtml, { fragment: true }));
			return { anchor, sentences };
		});
	}

	/** The notes a section of an article shows or stands next to: its own, its neighbours' facing it, its helper's. */
	function notesReaching(article: string, anchors: readonly string[], index: number): LaterChangeId[] {
		const at = (i: number, place: ArticleLaterChanges['place']): readonly LaterChangeId[] =>
			anchors[i] === undefined ? [] : (laterChangesInSection(article, anchors[i])[place]?.changes ?? []);
		const helpers = sectionTools(anchors[index]!).flatMap((tool) =>
			tool.kind === 'activity-helper' ? laterChangesOn.activityHelper : tool.kind === 'mpn-helper' ? laterChangesOn.mpnHelper : [],
		);
		return [...at(index, 'start'), ...at(index, 'end'), ...at(index + 1, 'start'), ...at(index - 1, 'end'), ...helpers];
	}

	/** The 2020 words or link each later change concerns, as Microsoft's English articles write them. */
	const oldWords: Readonly<Record<Exclude<LaterChangeId, 'support-link-moved'>, RegExp>> = {
		'already-claimed-dropped': /already been claimed/,
		'active-check-post-claim': /active\/in grace/,
		'seven-days-to-reflect': /provisioned/,
		'entra-id': /Azure Active Directory/,
		'dispute-statuses': /\bdisput|\bstatuses\b/i,
		// Every 2020 window a partner or customer counts: the business days, the consent period, the 30 days to dispute
		// (the lifecycle gives each of these deadlines the same version note; #14 fifth review).
		'business-day-windows': /\b(five|5) business days\b|\b(seven|7|30) days\b/i,
		// The action Disassociate customer: where 2020 sends a partner who no longer works with the customer (MCA#172).
		'disassociate-customer': /\bnot working with the customer\b/i,
		'partner-roles': /\bActivit(y|ies)\b|\bPre-?sales?\b|\bRevenue association\b/i,
		'modern-work-and-security': /\bsolution areas?\b/i,
		'ai-cloud-partner-program': /\bMPNs?\b|Microsoft Partner Network/,
		'claiming-partner-of-record': /Claimed Partner of Record/,
		'not-csp-associations': /\bCSP\b|Cloud Solution Provider/,
	};
	/** The changes a sentence of 2020 meets: its words, and the support link it gives. */
	function changesMet(sentence: Element): LaterChangeId[] {
		const text = toString(sentence);
		const words = (Object.keys(oldWords) as Array<keyof typeof oldWords>).filter((id) => oldWords[id].test(text));
		const links = selectLinks(sentence).some((href) => href.startsWith('https://partner.microsoft.com/dashboard/support/'));
		return links ? [...words, 'support-link-moved'] : words;
	}
	function selectLinks(node: Element): string[] {
		return node.children.flatMap((child) =>
			child.type !== 'element' ? [] : [...(child.tagName === 'a' ? [String(child.properties['href'])] : []), ...selectLinks(child)],
		);
	}
	// "earn revenue association as a Business Influencer" names what a claim brings, not the activity a partner selects.
	// The 14-business-day windows are MCA2023's (fact sheet §11): CAI's and OSA's five business days stay (#14 third review).
	const untouched = new Set([
		'incentives-manage-customer-associations s-108 partner-roles',
		'incentives-customer-association-issues s-170 business-day-windows',
		'submit-osa-claim s-111 business-day-windows',
	]);

	it('stand beside every section whose 2020 sentences use a word, rule or link Microsoft changed later', () => {
		for (const article of new Set(pages.map((page) => page.article))) {
			const sections = sectionsOf(pageOf(article, 'en').html);
			const anchors = sections.map((section) => section.anchor);
			sections.forEach((section, index) => {
				const reaching = notesReaching(article, anchors, index);
				for (const [number, sentence] of section.sentences)
					for (const id of changesMet(sentence))
						if (!untouched.has(`${article} s-${number} ${id}`))
							expect(reaching, `${article} s-${number} “${toString(sentence)}”`).toContain(id);
			});
		}
		// The review's cases, by name.
		const on = (article: string, anchor: string, place: ArticleLaterChanges['place']) =>
			laterChangesInSection(article, anchor)[place]?.changes ?? [];
		expect(on('incentives-customer-association-issues', 'subscription-errors-in-the-cpor-association-claim-flow', 'end')).toEqual(
			expect.arrayContaining(['already-claimed-dropped', 'active-check-post-claim', 'support-link-moved']),
		);
		expect(on('incentives-customer-association-issues', 'when-subscriptions-will-be-available-to-claim', 'end')).toContain(
			'seven-days-to-reflect',
		);
		expect(on('find-customer-domain-name', '', 'end')).toContain('entra-id');
		expect(on('incentives-manage-customer-associations', 'dispute-the-status-of-a-cpor-association-claim', 'start')).toContain(
			'dispute-statuses',
		);
		// The partner's five business days to respond (MCA#122, MCA#150), in the timeline and after the status table (#14 third review).
		expect(on('incentives-manage-customer-associations', 'cpor-association-claims-timeline', 'end')).toContain('business-day-windows');
		expect(on('incentives-manage-customer-associations', 'dispute-the-status-of-a-cpor-association-claim', 'start')).toContain(
			'business-day-windows',
		);
	});

	// #14 seventh review: a documented fact's sentence that uses a word Microsoft changed later ("Microsoft Partner Network",
	// MCA#117) gets the note on every page that shows the fact, not only on the article.
	it('stand on every page that shows a documented fact whose sentences use a word, rule or link Microsoft changed later', () => {
		const notesOn: Record<keyof typeof partnerFactsOn, readonly LaterChangeId[]> = {
			lifecycleStatuses: laterChangesOn.lifecycle,
			lifecycleDispute: laterChangesOn.lifecycle,
			lifecycleEditing: laterChangesOn.lifecycle,
			activityHelper: laterChangesOn.activityHelper,
			sources: laterChangesOn.sources,
		};
		const places: Array<[string, readonly PartnerFactId[], readonly LaterChangeId[]]> = [
			...Object.entries(partnerFactsOn).map(
				([place, facts]) =>
					[place, facts, notesOn[place as keyof typeof partnerFactsOn]] as [string, readonly PartnerFactId[], readonly LaterChangeId[]],
			),
			...Object.entries(partnerFactsOnErrors).map(
				([code, facts]) =>
					[code, facts!, laterChangesOnErrors[code as ClaimErrorCode] ?? []] as [
						string,
						readonly PartnerFactId[],
						readonly LaterChangeId[],
					],
			),
		];
		const targets = citationTargets(locales[0]!);
		for (const [place, facts, notes] of places)
			for (const id of facts) {
				const fact = partnerFacts[id] as PartnerFact;
				for (const written of [...fact.citations, ...Object.values(fact.items ?? {}).flat()])
					for (const citation of parseCitations(written))
						for (let cited = citation.from; cited <= (citation.to ?? citation.from); cited++) {
							const article = articleByKey(citation.key).file;
							const number = publishedNumber(targets[citation.key]!.runs, cited);
							const sentence = sectionsOf(pageOf(article, 'en').html)
								.map((section) => section.sentences.get(number!))
								.find(Boolean);
							expect(sentence, `${citation.key}#${cited}`).toBeDefined();
							for (const change of changesMet(sentence!))
								if (!untouched.has(`${article} s-${number} ${change}`))
									expect(notes, `${place} shows ${id} (${citation.key}#${cited})`).toContain(change);
						}
			}
	});

	it('stand once at each place, and leave out of print only a note that repeats the one printed right above it', () => {
		const places = laterChangesOnArticles.map((note) => `${note.article} #${note.anchor} ${note.place}`);
		expect(new Set(places).size).toBe(places.length);
		laterChangesOnArticles.forEach((note, index) => {
			if (note.printed !== false) return;
			const above = laterChangesOnArticles[index - 1];
			expect(above?.article, note.anchor).toBe(note.article);
			expect(above?.printed, note.anchor).toBeUndefined();
			// The one above ends the section right before this note's (its tools are not printed).
			const anchors = sectionsOf(pageOf(note.article, 'en').html).map((section) => section.anchor);
			expect([above!.place, anchors.indexOf(above!.anchor) + 1], note.anchor).toEqual(['end', anchors.indexOf(note.anchor)]);
			for (const id of note.changes) expect(above!.changes, note.anchor).toContain(id);
		});
	});

	it('name sentences that stand in or next to their section in every locale, and that meet their changes', () => {
		for (const locale of locales) {
			const targets = citationTargets(locale);
			for (const note of laterChangesOnArticles) {
				const sections = sectionsOf(pageOf(note.article, locale.lang).html);
				const index = sections.findIndex((section) => section.anchor === note.anchor);
				expect(index, `${locale.lang} ${note.article} #${note.anchor}`).toBeGreaterThanOrEqual(0);
				const reach = note.place === 'start' ? [index, index - 1] : [index, index + 1];
				expect(note.sentences.length, note.anchor).toBeGreaterThan(0);
				for (const written of note.sentences) {
					const [citation] = parseCitations(written);
					expect(articleByKey(citation!.key).file, written).toBe(note.article);
					const number = publishedNumber(targets[citation!.key]!.runs, citation!.from);
					const where = sections.findIndex((section) => number !== undefined && section.sentences.has(number));
					expect(reach, `${locale.lang} ${written} stands in section ${where}`).toContain(where);
					// The English sentence (its own text, or its original on a translated page) meets one of the note's changes.
					if (locale.lang === 'en')
						expect(
							changesMet(sections[where]!.sentences.get(number!)!).filter((id) => note.changes.includes(id)),
							written,
						).not.toEqual([]);
				}
			}
		}
	});
});
