/**
 * Citations are links (#18 §3): a `KEY#n` on an error page opens the article in the reader's language at the cited
 * sentence, highlights the whole cited range and shows each sentence's English original; a citation of a renumbered
 * source version (OSA: the pages follow the zh-TW copy, one lower) lands on the sentence with the cited English.
 * Without JavaScript the link still lands on the sentence.
 */
import { catalogEntry, type ClaimErrorCode } from '../../src/claim/index.ts';
import { referencedErrorCodes } from '../../src/error-reference/codes.ts';
import { locales } from '../../src/i18n/locales.ts';
import { localePath, routes } from '../../src/routes.ts';
import { citedCopies } from '../support/fact-sources.ts';
import { expect, test } from './fixtures.ts';

const RANGE_PAGE = 'SUBSCRIPTION_IS_CSP';
const RANGE = catalogEntry(RANGE_PAGE).citations.find((citation) => citation.includes('–'))!; // CAI#125–126
const [from, to] = RANGE.split('#')[1]!.split('–').map(Number) as [number, number];
// An error page citing one OSA sentence (the pages number OSA one lower than the cited version).
const [RENUMBERED_PAGE, RENUMBERED] = referencedErrorCodes
	.map((code) => [code, catalogEntry(code).citations.find((citation) => /^OSA#\d+$/.test(citation))] as const)
	.find(([, citation]) => citation !== undefined) as readonly [ClaimErrorCode, string];
const english = (key: string, number: number) => citedCopies.get(key)!.segments.get(number)!.english.replace(/\s+/g, ' ');

for (const lang of ['ko', 'ja']) {
	const locale = locales.find((candidate) => candidate.lang === lang)!;

	test(`${lang}: a cited range opens the article at its first sentence, highlighted through its last, with the English shown`, async ({
		page,
	}) => {
		await page.goto(localePath(locale, routes.error(RANGE_PAGE)));
		const sources = page.locator('main details.error-sources');
		await sources.locator('summary').click();
		const link = sources.getByRole('link', { name: RANGE, exact: true });
		const title = await link.getAttribute('title');
		await link.click();
		await expect(page).toHaveURL(
			`${localePath(locale, routes.article('incentives-customer-association-issues'))}?cite=${from}-${to}#s-${from}`,
		);
		// The link's description names the article as its page titles it.
		expect(title).toContain(await page.locator('h1').textContent());
		await expect(page.locator(`#s-${from}`)).toBeInViewport();
		for (let number = from; number <= to; number++) {
			const sentence = page.locator(`#s-${number}`);
			await expect(sentence).toHaveClass(/\bcite-highlight\b/);
			await expect(sentence.locator(':scope > .sxs-original')).toBeVisible();
			await expect(sentence.locator(':scope > .sxs-original')).toHaveText(english('CAI', number));
		}
		// Only the cited sentences: the next one is neither highlighted nor shown in English.
		await expect(page.locator(`#s-${to + 1}`)).not.toHaveClass(/\bcite-highlight\b/);
		await expect(page.locator(`#s-${to + 1} > .sxs-original`)).toBeHidden();
	});

	test(`${lang}: a citation of a renumbered version lands on the sentence with the cited English`, async ({ page }) => {
		await page.goto(localePath(locale, routes.error(RENUMBERED_PAGE)));
		const sources = page.locator('main details.error-sources');
		await sources.locator('summary').click();
		await sources.getByRole('link', { name: RENUMBERED, exact: true }).click();
		await expect(page).toHaveURL(new RegExp(`${localePath(locale, routes.article('submit-osa-claim'))}#s-\\d+$`));
		const sentence = page.locator('.cite-highlight');
		await expect(sentence).toHaveCount(1);
		await expect(sentence).toBeInViewport();
		await expect(sentence.locator(':scope > .sxs-original')).toHaveText(english('OSA', Number(RENUMBERED.split('#')[1])));
	});
}

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	for (const lang of ['ko', 'ja']) {
		const locale = locales.find((candidate) => candidate.lang === lang)!;

		test(`${lang}: a cited range's link lands on its first sentence`, async ({ page }) => {
			await page.goto(localePath(locale, routes.error(RANGE_PAGE)));
			const href = await page.locator(`main details.error-sources a.citation:text-is("${RANGE}")`).getAttribute('href');
			expect(href).toMatch(new RegExp(`#s-${from}$`));
			await page.goto(href!);
			await expect(page.locator(`#s-${from}`)).toHaveCount(1);
			await expect(page.locator(`#s-${from}`)).toBeInViewport();
		});
	}
});
