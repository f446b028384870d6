/**
 * The sources page in every locale: the Microsoft articles behind the `KEY#n` citations (`src/facts/articles.ts`),
 * each with its title linked to Microsoft Learn, its date and its use, and how to read a citation.
 * The links are checked for their target (the article's Learn page in the reader's language), not fetched:
 * the tests run without the internet.
 */
import { readCatalogs } from '../../src/i18n/catalog-files.ts';
import { articleByKey, articleName, articleTitle, sourceArticles } from '../../src/facts/articles.ts';
import { basisGroups, basisTable } from '../../src/facts/basis-table.ts';
import { partnerFactArticle, partnerFactsOn } from '../../src/facts/partner-facts.ts';
// The locales this spec drives: see behaviour-locales.ts (every page of every locale is the gates').
import { behaviourLocales as locales } from '../support/behaviour-locales.ts';
import { localePath, routes } from '../../src/routes.ts';
import { upstreamPageUrl } from '../../src/sources/upstream.ts';
import { messagesTranslator } from '../support/catalog-messages.ts';
import { expect, test } from './fixtures.ts';

/** Every locale's messages as the site has them (English for a key a catalog lacks). */
const catalogs = readCatalogs();

for (const locale of locales) {
	const url = localePath(locale, routes.facts());
	const t = (key: string): string => (catalogs.messages(locale.lang) as Readonly<Record<string, string>>)[key] ?? '';

	test.describe(`sources page in ${locale.lang}`, () => {
		test('lists CAI, MCA, OSA and FCD with title, date and use, each linked to its Learn page', async ({ page }) => {
			const response = await page.goto(url);
			expect(response?.status()).toBe(200);
			await expect(page.locator('html')).toHaveAttribute('lang', locale.lang);
			await expect(page.locator('h1')).toHaveText(t('facts.title'));
			const rows = page.locator('table.facts-articles tbody tr');
			await expect(rows.locator('th')).toHaveText(sourceArticles.map((article) => article.key));
			for (const key of ['CAI', 'MCA', 'OSA', 'FCD']) {
				const article = sourceArticles.find((entry) => entry.key === key)!;
				const row = page.locator(`table.facts-articles tr[data-key="${key}"]`);
				const link = row.getByRole('link', { name: articleTitle(article, locale.sourceLocale), exact: true });
				await expect(link).toHaveAttribute('href', upstreamPageUrl(locale.sourceLocale, article.file));
				expect(new URL((await link.getAttribute('href'))!).pathname).toBe(
					`/${locale.sourceLocale.toLowerCase()}/partner-center/${article.file}`,
				);
				await expect(row.locator('time')).toHaveAttribute('datetime', article.date!);
				await expect(row.locator('td').last()).toHaveText(t(`facts.use.${key}`));
			}
		});

		test('explains how to read KEY#n with an example from the fact sheet', async ({ page }) => {
			await page.goto(url);
			// In the reading section (the basis table below cites the same segments).
			await expect(page.locator('h2#reading + ul code', { hasText: /^CAI#112$/ })).toBeVisible();
			await expect(page.locator('h2#reading + ul code', { hasText: /^CAI#163–164$/ })).toBeVisible();
			await expect(page.locator('h2#reading')).toHaveText(t('facts.reading.heading'));
			// #14 seventh review: the English pages show later versions than the cited one, and the page says so.
			const copies = page.locator('[data-other-versions] > li');
			for (const key of ['CAI', 'OSA', 'FCD']) await expect(copies.and(page.locator(`[data-copy="en-US/${key}"]`))).toHaveCount(1);
			await expect(page.locator('[data-copy="en-US/FCD"]')).toContainText('7153f0b8');
		});

		test('renders the basis table: every rule with its citations and the sentence each resolves to, or its assumption', async ({
			page,
		}) => {
			const tr = messagesTranslator(locale.lang);
			await page.goto(url);
			await expect(page.locator('h2#basis')).toHaveText(t('facts.basis.heading'));
			await expect(page.locator('section.basis-group')).toHaveCount(basisGroups.length);
			await expect(page.locator('table.basis-table tbody tr')).toHaveCount(basisTable.length);
			// A documented check: its citation opens Microsoft's sentences, not the heading above them.
			const documented = page.locator('table.basis-table tr[data-id="DOMAIN_TENANT_MISMATCH"]');
			await expect(documented).toHaveAttribute('data-basis', 'documented');
			await documented.locator('summary', { hasText: 'CAI#112–113' }).click();
			await expect(documented.locator('details[open] blockquote')).toContainText(
				'contact your customer to ensure you have the correct details',
			);
			await expect(documented.locator('details[open] blockquote')).not.toContainText('Domain-tenant mismatch');
			// A deadline: MCA#120 opens Microsoft's own sentence from the cited copy of the article.
			const reviewStart = page.locator('table.basis-table tr[data-id="review-start"]');
			await reviewStart.locator('summary', { hasText: 'MCA#120' }).click();
			await expect(reviewStart.locator('details[open] blockquote')).toHaveText(
				'Submitted: It will be in submitted state for up to five business days until Microsoft starts the approval process.',
			);
			// The consent window, on which the articles disagree, is the simulator's assumption.
			const consent = page.locator('table.basis-table tr[data-id="consent"]');
			await expect(consent).toHaveAttribute('data-basis', 'assumed');
			await expect(consent).toContainText(tr('lifecycle.assumption.deadline.consent'));
			// An assumed check shows the assumption the simulator shows, in the reader's language.
			const assumed = page.locator('table.basis-table tr[data-id="TENANT_ID_NOT_GUID"]');
			await expect(assumed).toHaveAttribute('data-basis', 'assumed');
			await expect(assumed).toContainText(tr('errors.TENANT_ID_NOT_GUID.assumption'));
			// A lifecycle refusal the sources don't state.
			await expect(page.locator('table.basis-table tr[data-id="approved-no-subscription"]')).toContainText(
				tr('lifecycle.assumption.approved-no-subscription'),
			);
			// A 2020 rule Microsoft changed later says so in the row, in the words shown beside it elsewhere: the
			// 30 days to dispute (the lifecycle's version note) and "already claimed" (the error page's note).
			await expect(page.locator('table.basis-table tr[data-id="dispute-window-over"] [data-later]')).toHaveText(
				tr('lifecycle.ui.version.dispute'),
			);
			await expect(
				page.locator('table.basis-table tr[data-id="already-approved"] [data-later] [data-change="disassociate-customer"]'),
			).toContainText(tr('facts.changedLater.disassociate-customer'));
			await expect(
				page.locator('table.basis-table tr[data-id="SUBSCRIPTION_ALREADY_CLAIMED"] [data-later] [data-change="already-claimed-dropped"]'),
			).toContainText(tr('facts.changedLater.already-claimed-dropped'));
			await expect(page.locator('table.basis-table tr[data-id="not-submitted"] [data-later]')).toHaveCount(0);
			// A documented error whose effect is the simulator's reading shows that assumption too.
			await expect(page.locator('table.basis-table tr[data-id="SUBSCRIPTION_NOT_ACTIVE"] [data-reading]')).toContainText(
				tr('errors.SUBSCRIPTION_NOT_ACTIVE.reading'),
			);
			// #14 tenth review: a documented refusal the lifecycle can give in a status it assumes (Under review after a response
			// or a dispute) shows that assumption, as the lifecycle does beside it there.
			const started = page.locator('table.basis-table tr[data-id="review-in-progress"]');
			await expect(started).toHaveAttribute('data-basis', 'documented');
			for (const [event, assumption] of [
				['lifecycle.event.respond', 'lifecycle.assumption.status.after-response'],
				['lifecycle.event.dispute', 'lifecycle.assumption.status.after-dispute'],
			] as const) {
				await expect(started.locator(`[data-status-reading="${assumption}"]`)).toContainText(
					tr('facts.basis.afterEvent', { event: tr(event), assumption: tr(assumption) }),
				);
			}
			await expect(page.locator('table.basis-table tr[data-id="not-submitted"] [data-status-reading]')).toHaveCount(0);
		});

		test('lists the documented facts partners need before they claim, with their citations', async ({ page }) => {
			const tr = messagesTranslator(locale.lang);
			await page.goto(url);
			for (const id of partnerFactsOn.sources) {
				const article = articleName(articleByKey(partnerFactArticle(id)!), locale.sourceLocale);
				await expect(page.locator(`.documented-facts li[data-fact="${id}"]`)).toContainText(tr(`facts.documented.${id}`, { article }));
			}
			// A list cites each item by its own sentence.
			const roles = page.locator('.documented-facts li[data-fact="roles-claim"]');
			await expect(roles).toContainText('CAI#107');
			await expect(roles.locator('li[data-fact-item="billing-admin"]')).toContainText('CAI#108');
			// #14 seventh review: MCA#117's "Microsoft Partner Network" is the Microsoft AI Cloud Partner Program today.
			await expect(page.locator('h2#before-you-claim ~ .changed-later [data-change="ai-cloud-partner-program"]').first()).toBeVisible();
		});

		test('reads on a 320 px phone without scrolling the page sideways', async ({ page }) => {
			await page.setViewportSize({ width: 320, height: 720 });
			await page.goto(url);
			await expect(page.locator('table.basis-table').first()).toBeVisible();
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
			expect(overflow).toBeLessThanOrEqual(0);
			const row = page.locator('table.basis-table tr[data-id="REVENUE_ASSOCIATION_FIELD_REQUIRED"]');
			const box = await row.boundingBox();
			expect(box!.x + box!.width).toBeLessThanOrEqual(320);
		});

		// The page as loaded gets its axe runs from the every-page gate (every locale, light and dark): not repeated here.
	});
}

test('the language picker keeps the sources page', async ({ page }) => {
	const [english, japanese] = [locales[0]!, locales.find((locale) => locale.lang === 'ja')!];
	await page.goto(localePath(english, routes.facts()));
	await page.locator('header site-language-select select').selectOption({ label: japanese.label });
	await page.waitForURL(`**${localePath(japanese, routes.facts())}`);
	await expect(page.locator('h1')).toHaveText(catalogs.messages('ja')['facts.title']);
});
