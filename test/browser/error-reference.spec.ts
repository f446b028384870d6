import { catalogEntry, errorText } from '../../src/claim/index.ts';
import { errorPath, referencedErrorCodes } from '../../src/errors/reference.ts';
import { locales, localePathPrefix } from '../../src/i18n/locales.ts';
import { uiStringsFor } from '../../src/i18n/ui-strings.ts';
import { readCatalogs } from '../../src/i18n/catalog-files.ts';
import { createTranslator } from '../../src/i18n/message-format.ts';
import { ARTICLE } from '../fixtures/seed-article.ts';
import { expect, test } from './fixtures.ts';

for (const locale of locales) {
	const prefix = localePathPrefix(locale);
	const t = uiStringsFor(locale.lang);
	const site = createTranslator(readCatalogs().messages(locale.lang), locale.lang);

	test(`${locale.lang}: the error reference lists every error and the home page links to it`, async ({ page }) => {
		await page.goto(prefix);
		await page.locator(`.sl-markdown-content a[href="${prefix}errors/"]`).click();
		await expect(page.locator('h1')).toHaveText(t('errors.title'));
		for (const code of referencedErrorCodes) {
			await expect(page.locator(`.sl-markdown-content a[href="${prefix}${errorPath(code)}"]`)).toHaveText(
				errorText(code, locale.lang).title,
			);
		}
	});

	test(`${locale.lang}: an error page quotes the English message and leads to the article section`, async ({ page }) => {
		await page.goto(`${prefix}${errorPath('SUBSCRIPTION_IS_CSP')}`);
		await expect(page.locator('h1')).toHaveText(errorText('SUBSCRIPTION_IS_CSP', locale.lang).title);
		await expect(page.locator('blockquote[lang="en"]')).toHaveText('The subscription provided is for CSP');
		await expect(page.locator('#cause + p')).toHaveText(errorText('SUBSCRIPTION_IS_CSP', locale.lang).explanation);
		await expect(page.getByRole('complementary', { name: site('site.attribution.label') })).toContainText('CC BY 4.0');
		const section = catalogEntry('SUBSCRIPTION_IS_CSP').anchor!;
		await page.locator(`a[href="${prefix}${ARTICLE}/#${section}"]`).click();
		await expect(page.locator(`#${section}`)).toBeInViewport();
	});
}

test('a check the sources do not document says it is a simulator assumption', async ({ page }) => {
	const assumed = referencedErrorCodes.find((code) => catalogEntry(code).basis === 'assumed')!;
	await page.goto(`/ja/${errorPath(assumed)}`);
	await expect(page.locator('.error-badge--assumed')).toHaveText(uiStringsFor('ja')('errors.basis.assumed'));
	await expect(page.locator('#assumption')).toBeVisible();
});
