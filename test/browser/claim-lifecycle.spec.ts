/**
 * The claim lifecycle simulator in the browser: every scenario in every locale ends where it should; the
 * hand-over link from the claim simulator shows the claim and survives a reload; events with the keyboard
 * alone; a refused event explains itself; holidays move deadlines; the time zone decides "today"; tampered
 * links recover; no axe violations.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import {
	eventKey,
	lifecyclePresets,
	lifecycleQuery,
	MAX_EVENTS,
	moreProofReasonKeys,
	refusalKey,
	rejectionReasonKeys,
	statusKeys,
	type LifecycleStatus,
} from '../../src/claim/lifecycle/index.ts';
import { encodeJson } from '../../src/claim/base64-json.ts';
import { assumedRefusalCodes } from '../../src/claim/lifecycle/bases.ts';
import { refusalCodes } from '../../src/claim/lifecycle/transitions.ts';
import { findPreset, presetSubscriptions } from '../../src/claim/presets.ts';
import { articleByKey, articleName } from '../../src/facts/articles.ts';
import { partnerFactArticle } from '../../src/facts/partner-facts.ts';
import { buildCatalogs, type MessageKey } from '../../src/i18n/catalog.ts';
// The locales this spec drives: see behaviour-locales.ts (every page of every locale is the gates').
import { behaviourLocales as locales } from '../support/behaviour-locales.ts';
import { createTranslator } from '../../src/i18n/message-format.ts';
import { localePath, routes, withQuery } from '../../src/routes.ts';
import { expect, expectNoAxeViolations, holdRequests, recordRequests, reloadWritten, test } from './fixtures.ts';

/** The site's message catalogs, read from `src/i18n/messages/<lang>/*.json` as the build reads them. */
const catalogs = (() => {
	const root = new URL('../../src/i18n/messages/', import.meta.url);
	const files: Record<string, unknown> = {};
	for (const lang of readdirSync(root, { withFileTypes: true }).filter((entry) => entry.isDirectory())) {
		for (const file of readdirSync(new URL(`${lang.name}/`, root)).filter((name) => name.endsWith('.json'))) {
			files[`./messages/${lang.name}/${file}`] = JSON.parse(readFileSync(new URL(`${lang.name}/${file}`, root), 'utf8'));
		}
	}
	return buildCatalogs(files);
})();

/** `t(key, values)` in a language, as the page formats it. */
function translatorFor(lang: string): (key: MessageKey, values?: Record<string, string | number>) => string {
	return createTranslator(catalogs.messages(lang), lang);
}

function happyDraft() {
	const preset = findPreset('happy-path');
	if (!preset) throw new Error('no happy-path claim preset');
	return preset.draft;
}

/** The island has read the URL and shows the timeline. */
async function ready(page: Page): Promise<void> {
	await expect(page.locator('.lc-status')).toBeVisible();
}

function currentEntry(page: Page) {
	return page.locator('.lc-timeline > li[aria-current="step"]');
}

/** A calendar date formatted the way the island does, by the browser's own Intl. */
function formatInPage(page: Page, lang: string, date: string): Promise<string> {
	return page.evaluate(
		([lang, date]) =>
			new Intl.DateTimeFormat(lang, { weekday: 'short', year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(
				new Date(`${date}T00:00:00Z`),
			),
		[lang, date] as const,
	);
}

for (const locale of locales) {
	const base = localePath(locale, routes.lifecycle());
	const t = translatorFor(locale.lang);
	const statusName = (status: LifecycleStatus) => t(statusKeys(status).name);
	/** Waits for the island, then checks the scenario's end: status, its name in the page's words, the timeline, the claim number. */
	const expectScenarioEnd = async (page: Page, preset: (typeof lifecyclePresets)[number]): Promise<void> => {
		await ready(page);
		await expect(currentEntry(page)).toHaveAttribute('data-status', preset.expected.status);
		await expect(page.locator('.lc-status')).toContainText(statusName(preset.expected.status));
		await expect(page.locator('.lc-timeline > li')).toHaveCount(
			preset.script.filter((step) => !['competing-claim', 'subscription-ends'].includes(step.event.type)).length + 1,
		);
		if (preset.expected.claimNumber > 1)
			await expect(currentEntry(page)).toContainText(t('lifecycle.ui.claimNumber', { n: preset.expected.claimNumber }));
	};

	test.describe(`claim lifecycle in ${locale.lang}`, () => {
		// Each scenario in full (its link, the timeline, the URL that pins it, a reload) in English; in the other locales
		// only its words differ, so one test per locale opens each scenario and checks what it says (below).
		for (const preset of locale.lang === 'en' ? lifecyclePresets : []) {
			test(`scenario ${preset.id} ends ${preset.expected.status}`, async ({ page }) => {
				await page.goto(base);
				await page.locator(`a[data-preset="${preset.id}"]`).click();
				await expectScenarioEnd(page, preset);
				// The URL now pins the dates and events: a reload shows the same timeline.
				await expect(page).toHaveURL(/[?&]submitted=\d{4}-\d{2}-\d{2}.*&events=/);
				const url = page.url();
				await reloadWritten(page);
				await ready(page);
				await expect(currentEntry(page)).toHaveAttribute('data-status', preset.expected.status);
				expect(page.url()).toBe(url);
			});
		}

		test('only the focused control shows the focus ring, and the Undo that empties the history hands the focus on (break-l H1, M3)', async ({
			page,
		}) => {
			await page.goto(base);
			await ready(page);
			const ringed = () =>
				page.evaluate(
					() =>
						[...document.querySelectorAll<HTMLElement>('.lc button, .lc input, .lc select, .lc textarea, .lc summary')].filter(
							(element) => element !== document.activeElement && getComputedStyle(element).outlineStyle !== 'none',
						).length,
				);
			expect(await ringed()).toBe(0);
			await page.locator('button[data-event="start-review"]').click();
			await expect(currentEntry(page)).toHaveAttribute('data-status', 'under-review');
			const undo = page.getByRole('button', { name: t('lifecycle.ui.undo'), exact: true });
			await undo.focus();
			await page.keyboard.press('Enter');
			await expect(currentEntry(page)).toHaveAttribute('data-status', 'submitted');
			await expect(undo).toBeDisabled();
			await expect(page.locator('#lc-next-heading')).toBeFocused();
			expect(await ringed()).toBe(0);
		});

		test('a cleared event date is asked for in the page’s words, not refused as an unreadable link (break-k C1)', async ({ page }) => {
			await page.goto(base);
			await ready(page);
			const field = page.locator('#lc-date');
			await field.fill('');
			await page.locator('button[data-event="start-review"]').click();
			await expect(field).toBeFocused();
			expect(await field.evaluate((input: HTMLInputElement) => input.validationMessage)).toBe(t('lifecycle.ui.dateMissing'));
			await expect(page.locator('.lc-refusal')).toHaveCount(0);
			await expect(currentEntry(page)).toHaveAttribute('data-status', 'submitted');
			// A date chosen again: the event happens.
			await field.fill('2026-12-07');
			await page.locator('button[data-event="start-review"]').click();
			await expect(currentEntry(page)).toHaveAttribute('data-status', 'under-review');
		});

		if (locale.lang !== 'en') {
			test('every scenario ends where it should, in the page’s words', async ({ page }) => {
				for (const preset of lifecyclePresets) {
					await test.step(preset.id, async () => {
						await page.goto(localePath(locale, routes.lifecycle(), { preset: preset.id }));
						await expectScenarioEnd(page, preset);
					});
				}
			});
		}

		test('shows what Microsoft documents about the statuses and disputes, and both editing rules', async ({ page }) => {
			await page.goto(base);
			await expect(page.locator('h2#documented')).toHaveText(t('lifecycle.page.documentedHeading'));
			// A list fact cites each item by its own sentence: its first citation is the lead's, or its first item's.
			for (const [id, citation] of [
				['decision-within-10-days', 'MCA#123'],
				['association-not-payout', 'MCA#114–115'],
				['history-button', 'MCA#202'],
				['rejection-email', 'MCA#159'],
				['dispute-steps', 'MCA#162'],
				['editing-after-submit', 'MCA#184'],
				['editing-osa-says-no', 'OSA#150'],
			] as const) {
				const article = articleName(articleByKey(partnerFactArticle(id)!), locale.sourceLocale);
				await expect(page.locator(`.documented-facts li[data-fact="${id}"]`)).toContainText(t(`facts.documented.${id}`, { article }));
				await expect(page.locator(`.documented-facts li[data-fact="${id}"]`)).toContainText(citation);
			}
		});

		test('the hand-over from the claim simulator shows the claim, and a reload keeps it', async ({ page }) => {
			await page.goto(withQuery(base, lifecycleQuery(happyDraft(), '2024-06-03')));
			await ready(page);
			const claim = page.locator('.lc-claim');
			await expect(claim).toContainText('Contoso – Dynamics 365 Sales rollout');
			await expect(claim).toContainText('Contoso Ltd.');
			await expect(claim).toContainText('Dynamics 365 Sales');
			await expect(claim).toContainText(presetSubscriptions.contosoSalesVolumeLicensing);
			await expect(claim).toContainText(t('lifecycle.ui.handedOver'));
			await expect(currentEntry(page)).toHaveAttribute('data-status', 'submitted');
			await expect(currentEntry(page)).toContainText(await formatInPage(page, locale.lang, '2024-06-03'));
			// Review starts within 5 business days: Monday 2024-06-03 → Monday 2024-06-10.
			await expect(currentEntry(page)).toContainText(await formatInPage(page, locale.lang, '2024-06-10'));

			await page.locator('button[data-event="start-review"]').click();
			await expect(currentEntry(page)).toHaveAttribute('data-status', 'under-review');
			await reloadWritten(page);
			await ready(page);
			await expect(page.locator('.lc-claim')).toContainText('Contoso – Dynamics 365 Sales rollout');
			await expect(currentEntry(page)).toHaveAttribute('data-status', 'under-review');
			await expect(page.locator('.lc-notice')).toHaveCount(0);
		});

		test('a refused event explains why, with its sources', async ({ page }) => {
			await page.goto(`${base}?preset=happy-path`);
			await ready(page);
			await expect(currentEntry(page)).toHaveAttribute('data-status', 'approved');
			await page.locator('.lc-others > summary').click();
			await page.locator('.lc-others button[data-event="dispute"]').click();
			const refusal = page.locator('.lc-refusal');
			await expect(refusal).toContainText(t(refusalKey('dispute-only-rejected')));
			// Issue #14: the exact sentence (MCA#158), no longer the whole section MCA#158–167.
			await expect(refusal).toContainText('MCA#158');
			await expect(refusal).not.toContainText('MCA#158–167');
			// Refused means nothing changed.
			await expect(currentEntry(page)).toHaveAttribute('data-status', 'approved');
			await expectNoAxeViolations(page);
		});

		test('a refusal no sentence states is shown as the simulator’s assumption, without sources', async ({ page }) => {
			await page.goto(`${base}?preset=happy-path`);
			await ready(page);
			await expect(currentEntry(page)).toHaveAttribute('data-status', 'approved');
			// The status meaning cites the sentences that state it, and leaves the contested consent window to the deadline's assumption.
			await expect(currentEntry(page).locator('.lc-meaning')).toContainText(t('lifecycle.status.approved.meaning'));
			await expect(currentEntry(page).locator('.lc-meaning details')).toContainText('MCA#144');
			await page.locator('.lc-others > summary').click();
			await page.locator('.lc-others button[data-event="approve"]').click();
			const refusal = page.locator('.lc-refusal');
			await expect(refusal).toContainText(t(refusalKey('already-approved')));
			await expect(refusal).toContainText(t('lifecycle.ui.assumption', { assumption: t('lifecycle.assumption.already-approved') }));
			await expect(refusal).not.toContainText('MCA#');
			// #14 sixth review: the refusal says what Microsoft changed later, as the sources page's basis table does beside it.
			const later = refusal.locator('[data-later]');
			await expect(later).toContainText(t('lifecycle.ui.version.consent'));
			await expect(later).toContainText(t('facts.changedLater.disassociate-customer'));
			// #14 eighth review: a refusal that applies a deadline says how the simulator counts its days.
			await expect(refusal.locator('[data-day-count]')).toContainText(t('lifecycle.assumption.deadline.days'));
		});

		test('lists how many refusals are the simulator’s assumptions, and links to each one’s basis', async ({ page }) => {
			await page.goto(base);
			await expect(page.locator('p[data-day-count]')).toContainText(t('lifecycle.assumption.deadline.days'));
			const note = page.locator('[data-assumed-refusals]');
			await expect(note).toContainText(
				t('lifecycle.page.assumedRefusals', { assumed: assumedRefusalCodes.length, total: refusalCodes.length }),
			);
			await note.getByRole('link').click();
			await expect(page.locator('#basis-lifecycle-refusal')).toBeInViewport();
			const assumedRows = page.locator(
				'section[data-group="lifecycle-refusal"] tr[data-basis="assumed"], section[data-group="lifecycle-guard"] tr[data-basis="assumed"]',
			);
			await expect(assumedRows).toHaveCount(assumedRefusalCodes.length);
		});

		// #14 fifth review, finding 1: MCA#170 lets the partner request a rejection in any status; a reviewer's other reasons
		// wait for the review (documented) and, in Partner action required, for the partner (the simulator's assumption).
		test('a partner’s request to reject is accepted while the claim is open; other reasons are refused with their basis', async ({
			page,
		}) => {
			await page.goto(`${base}?preset=happy-path&submitted=2024-06-03&events=W10`);
			await ready(page);
			const refusal = page.locator('.lc-refusal');
			await page.locator('#lc-reject').selectOption('insufficient-poe');
			await page.locator('button[data-event="reject"]').click();
			await expect(refusal).toContainText(t(refusalKey('review-not-started')));
			await expect(refusal).toContainText(t('lifecycle.ui.assumption', { assumption: t('lifecycle.assumption.review-not-started') }));
			await page.locator('button[data-event="start-review"]').click();
			// The first event waits for the texts of events; the reader acts on what it shows, not on buttons still moving.
			await expect(currentEntry(page)).toHaveAttribute('data-status', 'under-review');
			await page.locator('button[data-event="request-more-proof"]').click();
			await expect(currentEntry(page)).toHaveAttribute('data-status', 'partner-action-required');
			await page.locator('#lc-reject').selectOption('insufficient-poe');
			await page.locator('button[data-event="reject"]').click();
			await expect(refusal).toContainText(t(refusalKey('waiting-for-partner')));
			await expect(refusal).toContainText(t('lifecycle.ui.assumption', { assumption: t('lifecycle.assumption.waiting-for-partner') }));
			await expect(refusal).not.toContainText('MCA#');
			await page.locator('#lc-reject').selectOption('partner-request');
			await page.locator('button[data-event="reject"]').click();
			await expect(currentEntry(page)).toHaveAttribute('data-status', 'rejected');
			await expect(currentEntry(page)).toContainText(t(rejectionReasonKeys('partner-request').label));
			await expect(currentEntry(page)).toContainText('MCA#170–172');
			// A rejected claim's other events are the simulator's assumption too (MCA#158, #160 describe the dispute).
			await page.locator('.lc-others > summary').click();
			await page.locator('.lc-others button[data-event="approve"]').click();
			await expect(refusal).toContainText(t('lifecycle.ui.assumption', { assumption: t('lifecycle.assumption.already-rejected') }));
			await expect(refusal).not.toContainText('MCA#');
		});

		// Finding 2: the claim simulator stops another partner's claim on a claimed Dynamics 365 subscription in the flow.
		test('a claim of Dynamics 365 products only meets no competing claim, as the simulator’s assumption', async ({ page }) => {
			await page.goto(`${base}?preset=happy-path&submitted=2024-06-03&events=W10`);
			await ready(page);
			await page.locator('button[data-event="competing-claim"]').click();
			const refusal = page.locator('.lc-refusal');
			await expect(refusal).toContainText(t(refusalKey('dynamics-no-arbitration')));
			await expect(refusal).toContainText(t('lifecycle.ui.assumption', { assumption: t('lifecycle.assumption.dynamics-no-arbitration') }));
			await expect(refusal).not.toContainText('CAI#');
			await expect(refusal.locator('[data-later]')).toContainText(t('facts.changedLater.already-claimed-dropped'));
			await expect(currentEntry(page)).toHaveAttribute('data-status', 'submitted');
			await expect(page.locator('.lc-comments > li')).toHaveCount(0);
		});

		test('has no WCAG 2.2 AA violations with comments, notes and the calendar open', async ({ page }) => {
			await page.goto(`${base}?preset=competing-claim`);
			await ready(page);
			// The claim starts in arbitration (#14 tenth review): the reviewer's request, the response and the decision.
			await expect(page.locator('.lc-comments > li')).toHaveCount(3);
			// The reviewer's words are the simulator's, and the comments say so (#14).
			await expect(page.locator('.lc-comments-note')).toHaveText(t('lifecycle.ui.commentsNote'));
			// The arbitration note states a rule: it cites the sentence that says it.
			await expect(page.locator('.lc-note').filter({ hasText: 'OSA#131' }).first()).toBeVisible();
			await page.locator('.lc-calendar > summary').click();
			await expectNoAxeViolations(page);
		});

		test('a tampered link says what it dropped and starts clean', async ({ page }) => {
			await page.goto(`${base}?claim=not*base64&submitted=2024-06-03&events=xyz`);
			await ready(page);
			await expect(page.locator('.lc-notice')).toContainText('claim');
			await expect(currentEntry(page)).toHaveAttribute('data-status', 'submitted');
			await expect(page.locator('.lc-timeline > li')).toHaveCount(1);
			await expect(page).toHaveURL(/[?&]preset=happy-path/);
		});
	});
}

test.describe('claim lifecycle interactions', () => {
	const t = translatorFor('en');

	test('works with the keyboard alone, and announces the new status', async ({ page }) => {
		await page.goto(`/${routes.lifecycle()}?preset=happy-path&submitted=2024-06-03&events=W10`);
		await ready(page);
		let found = false;
		for (let i = 0; i < 80 && !found; i += 1) {
			await page.keyboard.press('Tab');
			found = await page.evaluate(() => document.activeElement?.getAttribute('data-event') === 'start-review');
		}
		expect(found, 'the "start review" button is reachable with Tab').toBe(true);
		await page.keyboard.press('Enter');
		await expect(page.locator('.lc-status[aria-live="polite"]')).toContainText(t(statusKeys('under-review').name));
		// Focus moves to "What can happen next", so the next Tab reaches the new events.
		await expect(page.locator('#lc-next-heading')).toBeFocused();
		let approve = false;
		for (let i = 0; i < 20 && !approve; i += 1) {
			await page.keyboard.press('Tab');
			approve = await page.evaluate(() => document.activeElement?.getAttribute('data-event') === 'approve');
		}
		expect(approve).toBe(true);
		await page.keyboard.press('Space');
		await expect(currentEntry(page)).toHaveAttribute('data-status', 'approved');
		// Focus is visible.
		await page.keyboard.press('Tab');
		const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
		expect(outline).not.toBe('none');
	});

	// #19: a first visit pays for what a claim with no events shows; the texts of events come on the reader's intent.
	test('a claim with no events shows without the texts of events, which the reader’s intent downloads before an event needs them', async ({
		page,
	}) => {
		const downloads = recordRequests(page, /\/claim-lifecycle\/texts\.json/);
		await page.goto(`/${routes.lifecycle()}`);
		await ready(page);
		await page.waitForLoadState('networkidle');
		expect(downloads, 'the first visit downloads no texts of events').toEqual([]);
		await expect(page.locator('.lc')).not.toContainText('lifecycle.');
		await page.locator('button[data-event="reject"]').hover();
		await expect.poll(() => downloads.length).toBe(1);
		await page.locator('#lc-reject').selectOption('insufficient-poe');
		await page.locator('button[data-event="reject"]').click();
		await expect(page.locator('.lc-refusal')).toContainText(t(refusalKey('review-not-started')));
		await expect(page.locator('.lc-refusal')).toContainText(t('lifecycle.assumption.review-not-started'));
		expect(downloads).toHaveLength(1);
	});

	// #19: what only a hand-over's claim card shows (`laterIslandKeys`) comes with the later texts, which a link downloads
	// at once, beside the hand-over's worker: the card waits for them rather than show a key, and its calendar works.
	test('a handed-over claim downloads the later texts at once and shows no key while they arrive', async ({ page }) => {
		const asked = recordRequests(page, /claim-lifecycle\/texts\.json/);
		const { release } = await holdRequests(page, /claim-lifecycle\/texts\.json/);
		await page.goto(withQuery(`/${routes.lifecycle()}`, lifecycleQuery(happyDraft(), '2024-06-03')));
		await expect.poll(() => asked.length, 'the link asks for the texts without the reader’s intent').toBe(1);
		await expect(page.locator('.lc')).toHaveAttribute('aria-busy', 'true');
		await expect(page.locator('.lc')).not.toContainText('lifecycle.');
		release();
		await ready(page);
		await expect(page.locator('.lc-claim')).toContainText(t('lifecycle.ui.handedOver'));
		await expect(currentEntry(page)).toContainText(await formatInPage(page, 'en', '2024-06-10'));
		await page.locator('.lc-calendar > summary').click();
		await page.locator('#lc-holiday').fill('2024-06-05');
		await page.getByRole('button', { name: t('lifecycle.ui.addHoliday') }).click();
		await expect(currentEntry(page)).toContainText(await formatInPage(page, 'en', '2024-06-11'));
		await expect(
			page.getByRole('button', { name: t('lifecycle.ui.removeHoliday', { date: await formatInPage(page, 'en', '2024-06-05') }) }),
		).toBeVisible();
		expect(asked).toHaveLength(1);
		await expect(page.locator('.lc')).not.toHaveAttribute('aria-busy', 'true');
		await expect(page.locator('.lc')).not.toContainText('lifecycle.');
	});

	// Review of #19's split: a tap that waits for the texts is one event, however often the reader taps.
	test('a second click while the texts of events download is not a second event', async ({ page }) => {
		let release: () => void = () => undefined;
		const released = new Promise<void>((resolve) => (release = resolve));
		await page.route(/claim-lifecycle\/texts\.json/, async (route) => {
			await released;
			await route.continue();
		});
		await page.goto(`/${routes.lifecycle()}`);
		await ready(page);
		const startReview = page.locator('button[data-event="start-review"]');
		await startReview.click();
		await expect(page.locator('.lc')).toHaveAttribute('aria-busy', 'true');
		// The button says it is unavailable and keeps the focus; a tap does not wait for that (force: no actionability wait).
		await expect(startReview).toHaveAttribute('aria-disabled', 'true');
		await expect(startReview).toBeFocused();
		await startReview.click({ force: true });
		release();
		await expect(currentEntry(page)).toHaveAttribute('data-status', 'under-review');
		await expect(page.locator('.lc')).not.toHaveAttribute('aria-busy', 'true');
		await expect(page.locator('.lc-refusal')).toHaveCount(0);
		await expect(page.locator('.lc-timeline > li')).toHaveCount(2);
	});

	test('at the events a link keeps, offers no more and says so, and the timeline restores from its link (break-l L3)', async ({ page }) => {
		const date = '2024-06-03';
		const rounds = Array.from({ length: (MAX_EVENTS - 2) / 2 }, () => [
			{ type: 'request-more-proof', date, reason: 'missing-products' },
			{ type: 'respond', date },
		]);
		const events = [{ type: 'start-review', date }, ...rounds.flat()];
		await page.goto(`/${routes.lifecycle()}?preset=happy-path&submitted=${date}&events=${encodeJson(events)}`);
		await ready(page);
		await expect(page.locator('#lc-event-limit')).toHaveCount(0);
		await page.locator('button[data-event="request-more-proof"]').click();
		const limit = t('lifecycle.ui.eventLimit', { count: MAX_EVENTS });
		await expect(page.locator('#lc-event-limit')).toHaveText(limit);
		await expect(page.locator('#lc-next-heading')).toBeFocused();
		await expect(page.locator('#lc-next-heading')).toHaveAccessibleDescription(limit);
		await expect(page.locator('.lc-actor button[data-event="respond"]')).toBeDisabled();
		await reloadWritten(page);
		await ready(page);
		await expect(page.locator('#lc-event-limit')).toHaveText(limit);
		await expect(page.getByText(t('lifecycle.ui.tampered', { params: 'events' }))).toHaveCount(0);
		await expect(currentEntry(page)).toHaveAttribute('data-status', 'partner-action-required');
		await page.getByRole('button', { name: t('lifecycle.ui.undo') }).click();
		await expect(page.locator('#lc-event-limit')).toHaveCount(0);
		await expect(page.locator('.lc-actor button[data-event="request-more-proof"]')).toBeEnabled();
	});

	test('asks for more proof with a reason, takes the response and keeps the comments', async ({ page }) => {
		await page.goto(`/${routes.lifecycle()}?preset=happy-path&submitted=2024-06-03&events=W10`);
		await ready(page);
		await page.locator('button[data-event="start-review"]').click();
		// The first event waits for the texts of events; the reader acts on what it shows, not on buttons still moving.
		await expect(currentEntry(page)).toHaveAttribute('data-status', 'under-review');
		await page.locator('#lc-more-proof').selectOption('missing-products');
		await page.locator('button[data-event="request-more-proof"]').click();
		await expect(currentEntry(page)).toHaveAttribute('data-status', 'partner-action-required');
		await expect(currentEntry(page)).toContainText(t(moreProofReasonKeys('missing-products').label));
		await expect(page.locator('.lc-comments > li').last()).toContainText(t(moreProofReasonKeys('missing-products').label));
		await page.locator('#lc-text').fill('Uploaded the PoE listing Dynamics 365 Sales.');
		await page.locator('button[data-event="respond"]').click();
		await expect(currentEntry(page)).toHaveAttribute('data-status', 'under-review');
		await expect(page.locator('.lc-comments > li').last()).toContainText('Uploaded the PoE listing Dynamics 365 Sales.');
		// #14 ninth review: "the review has already started" is documented for a submitted claim's review; after a
		// response the status is the simulator's assumption, and the refusal says so.
		await page.locator('.lc-others > summary').click();
		await page.locator('.lc-others button[data-event="start-review"]').click();
		const refusal = page.locator('.lc-refusal');
		await expect(refusal).toContainText(t(refusalKey('review-in-progress')));
		await expect(refusal.locator('[data-status-assumption]')).toContainText(t('lifecycle.assumption.status.after-response'));
		await reloadWritten(page);
		await ready(page);
		await expect(page.locator('.lc-comments > li')).toHaveCount(2);
	});

	// #14 fifth review, finding 3: the arbitration ends with the rejection, so the dispute is reviewed as a dispute.
	test('a competing claim rejected for no response, then disputed, gets the dispute’s review time and can be rejected', async ({
		page,
	}) => {
		await page.goto(`/${routes.lifecycle()}?preset=competing-claim&submitted=2024-06-03&events=W10`);
		await ready(page);
		// The claim simulator warned of the other partner's claim: the claim starts with it (#14 tenth review).
		for (const event of ['start-review', 'request-more-proof', 'response-deadline-passes', 'dispute']) {
			await page.locator(`button[data-event="${event}"]`).click();
			await expect(page.locator('.lc-refusal')).toHaveCount(0);
		}
		await expect(currentEntry(page)).toHaveAttribute('data-status', 'under-review');
		// The deadline's words around its date: the dispute's, not the arbitration's.
		const around = (key: 'lifecycle.deadline.dispute-review' | 'lifecycle.deadline.arbitration') =>
			t(key, { deadline: '\u0001' }).split('\u0001');
		await expect(currentEntry(page)).toContainText(around('lifecycle.deadline.dispute-review')[0]!.trim());
		await expect(currentEntry(page).locator('[data-status-assumption]')).toContainText(t('lifecycle.assumption.status.after-dispute'));
		await expect(currentEntry(page)).not.toContainText(around('lifecycle.deadline.arbitration')[1]!.trim());
		// #14 fourteenth review: the other partner's claim from the start still stands, and the simulator reviews a dispute
		// without an arbitration: another competing claim starts none (its assumption, said in the refusal).
		await page.locator('button[data-event="competing-claim"]').click();
		await expect(page.locator('.lc-refusal')).toContainText(t('lifecycle.refusal.arbitration-not-reopened'));
		await expect(currentEntry(page)).toContainText(around('lifecycle.deadline.dispute-review')[0]!.trim());
		await page.locator('#lc-reject').selectOption('insufficient-poe');
		await page.locator('button[data-event="reject"]').click();
		await expect(currentEntry(page)).toHaveAttribute('data-status', 'rejected');
	});

	// #14 tenth review, item 1: the claim simulator says this claim will go through arbitration; the lifecycle starts with it.
	test('a claim handed over with a competing claim starts in arbitration: no approval until the arbitration decides', async ({ page }) => {
		const draft = findPreset('competing-claim')!.draft;
		await page.goto(withQuery(`/${routes.lifecycle()}`, lifecycleQuery(draft, '2024-06-03')));
		await ready(page);
		const submitted = page.locator('.lc-timeline > li').first();
		await expect(submitted.locator('.lc-note')).toContainText(
			t('lifecycle.note.competing-at-submission', { date: await formatInPage(page, 'en', '2024-06-03') }),
		);
		await expect(submitted.locator('.lc-note')).toContainText('CAI#168');
		await page.locator('button[data-event="start-review"]').click();
		await expect(currentEntry(page)).toHaveAttribute('data-status', 'under-review');
		await page.locator('button[data-event="approve"]').click();
		await expect(page.locator('.lc-refusal')).toContainText(t(refusalKey('arbitration-pending')));
		await page.locator('button[data-event="arbitration-won"]').click();
		await expect(currentEntry(page)).toHaveAttribute('data-status', 'approved');
	});

	// #14 tenth review, item 3: a new claim while the rejection can still be disputed is the simulator's assumption, said there.
	test('a new claim made while a dispute is still possible carries the simulator’s assumption', async ({ page }) => {
		await page.goto(`/${routes.lifecycle()}?preset=happy-path&events=W10`);
		await ready(page);
		await page.locator('button[data-event="start-review"]').click();
		// The first event waits for the texts of events; the reader acts on what it shows, not on buttons still moving.
		await expect(currentEntry(page)).toHaveAttribute('data-status', 'under-review');
		await page.locator('#lc-reject').selectOption('insufficient-poe');
		await page.locator('button[data-event="reject"]').click();
		await expect(currentEntry(page)).toHaveAttribute('data-status', 'rejected');
		await page.locator('button[data-event="new-claim"]').click();
		await expect(currentEntry(page)).toHaveAttribute('data-status', 'editing');
		await expect(currentEntry(page).locator('.lc-note')).toHaveText(t('lifecycle.note.new-claim-in-dispute-window'));
	});

	// Finding 4: OSA#145 asks one subscription ID per Dynamics 365 product; the card shows each.
	test('the claim card shows each Dynamics 365 product’s subscription, and says when the claim simulator didn’t ask', async ({ page }) => {
		const draft = {
			...happyDraft(),
			products: ['dynamics-365-sales', 'dynamics-365-customer-service'],
			subscriptionIds: {
				'dynamics-365-sales': presetSubscriptions.contosoSalesVolumeLicensing,
				'dynamics-365-customer-service': presetSubscriptions.contosoCustomerServiceRenewed,
			},
		};
		await page.goto(withQuery(`/${routes.lifecycle()}`, lifecycleQuery(draft, '2024-06-03')));
		await ready(page);
		const claim = page.locator('.lc-claim');
		for (const [product, id] of [
			['Dynamics 365 Sales', presetSubscriptions.contosoSalesVolumeLicensing],
			['Dynamics 365 Customer Service', presetSubscriptions.contosoCustomerServiceRenewed],
		] as const) {
			const term = claim.locator('dt', { hasText: t('lifecycle.ui.subscriptionIdOf', { product }) });
			await expect(term).toHaveCount(1);
			await expect(term.locator('xpath=following-sibling::dd[1]')).toContainText(id);
		}
		const copyButtons = claim.getByRole('button', { name: t('site.copy.subscriptionId') });
		await expect(copyButtons).toHaveCount(2);
		// Each button can be reached: the card stays within the page's column, under no sidebar.
		for (const button of await copyButtons.all()) await button.click({ trial: true, timeout: 5000 });
		// Adventure Works has one Dynamics 365 Sales subscription: the claim simulator didn't ask, and the card says so.
		await page.goto(`/${routes.lifecycle()}?preset=consent-denied`);
		await ready(page);
		await expect(page.locator('.lc-claim')).toContainText(presetSubscriptions.adventureWorksSales);
		await expect(page.locator('.lc-claim')).toContainText(t('lifecycle.ui.subscriptionOnly'));
		await expect(page.locator('.lc-claim')).not.toContainText(t('lifecycle.ui.subscriptionUnknown'));
	});

	test('a holiday moves the deadline by a business day', async ({ page }) => {
		await page.goto(`/${routes.lifecycle()}?preset=happy-path&submitted=2024-06-03&events=W10`);
		await ready(page);
		await expect(currentEntry(page)).toContainText(await formatInPage(page, 'en', '2024-06-10'));
		await page.locator('.lc-calendar > summary').click();
		await page.locator('#lc-holiday').fill('2024-06-05');
		await page.getByRole('button', { name: t('lifecycle.ui.addHoliday') }).click();
		await expect(currentEntry(page)).toContainText(await formatInPage(page, 'en', '2024-06-11'));
		await expect(page).toHaveURL(/holidays=2024-06-05/);
		await reloadWritten(page);
		await ready(page);
		await expect(currentEntry(page)).toContainText(await formatInPage(page, 'en', '2024-06-11'));
	});

	test('a holiday that makes a recorded event impossible stops the timeline before it, and says so', async ({ page }) => {
		await page.goto(`/${routes.lifecycle()}?preset=missed-deadline`);
		await ready(page);
		await expect(currentEntry(page)).toHaveAttribute('data-status', 'rejected');
		const deadlinePassed = await page.evaluate(() => {
			const events = new URLSearchParams(location.search).get('events') ?? '';
			const list = JSON.parse(atob(events.replaceAll('-', '+').replaceAll('_', '/'))) as { type: string; date: string }[];
			return list.at(-1)?.date ?? '';
		});
		// A holiday on the last day to respond pushes the deadline: "the deadline passed" on that date no longer holds.
		const lastDay = await page.evaluate((date) => {
			const d = new Date(`${date}T00:00:00Z`);
			do d.setUTCDate(d.getUTCDate() - 1);
			while (d.getUTCDay() === 0 || d.getUTCDay() === 6);
			return d.toISOString().slice(0, 10);
		}, deadlinePassed);
		await page.locator('.lc-calendar > summary').click();
		await page.locator('#lc-holiday').fill(lastDay);
		await page.getByRole('button', { name: t('lifecycle.ui.addHoliday') }).click();
		await expect(page.locator('.lc-notice')).toContainText(t(eventKey('response-deadline-passes')));
		await expect(currentEntry(page)).toHaveAttribute('data-status', 'partner-action-required');
	});

	test.describe('in another time zone', () => {
		test.use({ timezoneId: 'Pacific/Kiritimati' });

		test('today follows the browser’s zone by default, and the chosen zone after that', async ({ page }) => {
			await page.goto(`/${routes.lifecycle()}`);
			await ready(page);
			const zone = page.locator('#lc-zone');
			await expect(zone).toHaveValue('Pacific/Kiritimati');
			const todayThere = await page.evaluate(() => new Intl.DateTimeFormat('en-CA', { timeZone: 'Pacific/Kiritimati' }).format(new Date()));
			await expect(currentEntry(page)).toContainText(await formatInPage(page, 'en', todayThere));
			await page.locator('.lc-calendar > summary').click();
			await zone.selectOption('America/Los_Angeles');
			await expect(page).toHaveURL(/tz=America%2FLos_Angeles/);
			const todayLa = await page.evaluate(() => new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Los_Angeles' }).format(new Date()));
			await expect(page.locator('.lc-calendar > summary')).toContainText(await formatInPage(page, 'en', todayLa));
		});
	});
});

// Issue #16: simpler at a glance, in every locale, on a phone (390 × 844) and a desktop (1280 × 800).
for (const locale of locales) {
	for (const [width, height] of [
		[390, 844],
		[1280, 800],
	] as const) {
		test(`in ${locale.lang} at ${width} px, what can happen next is grouped by who acts, and citations and disagreements wait behind disclosures`, async ({
			page,
		}) => {
			await page.setViewportSize({ width, height });
			const t = translatorFor(locale.lang);
			await page.goto(localePath(locale, routes.lifecycle(), { preset: 'happy-path', submitted: '2024-06-03', events: 'W10' }));
			await ready(page);
			// `events=W10` is no event yet: the claim is submitted, and Microsoft starts the review next.
			await expect(currentEntry(page)).toHaveAttribute('data-status', 'submitted');
			// The events possible now, under who makes them happen; Microsoft's in its own group.
			const microsoft = page.locator('.lc-actor[data-actor="microsoft"]');
			await expect(microsoft.getByRole('heading')).toHaveText(t('lifecycle.ui.actor.microsoft'));
			await expect(microsoft.locator('button[data-event="start-review"]')).toBeVisible();
			const actors = await page.locator('.lc-actor').evaluateAll((groups) => groups.map((group) => group.getAttribute('data-actor')));
			expect(actors).toEqual(['partner', 'microsoft', 'customer', 'other'].filter((actor) => actors.includes(actor)));
			// The others collapsed.
			await expect(page.locator('.lc-others')).not.toHaveAttribute('open');
			await expect(page.locator('.lc-others button[data-event="dispute"]')).toBeHidden();
			// The deadline's citations behind a disclosure, which links to the sources page that explains them.
			const cited = currentEntry(page).locator('details.lc-cite').first();
			await expect(cited).not.toHaveAttribute('open');
			await expect(cited.locator('summary')).toHaveText(t('lifecycle.ui.citationsSummary'));
			await cited.locator('summary').click();
			await expect(cited).toContainText('MCA#');
			await expect(cited.getByRole('link', { name: t('lifecycle.ui.citationsExplained') })).toHaveAttribute(
				'href',
				localePath(locale, routes.facts()),
			);
			// Where the sources disagree: collapsed, below the tool.
			const conflicts = page.locator('#sources-disagree + details');
			await expect(conflicts).not.toHaveAttribute('open');
			await expect(conflicts.locator('summary')).toHaveText(t('lifecycle.page.conflictsSummary'));
			const [tool, disagree] = [await page.locator('.lc').boundingBox(), await page.locator('#sources-disagree').boundingBox()];
			expect(disagree!.y).toBeGreaterThan(tool!.y);
		});
	}
}
