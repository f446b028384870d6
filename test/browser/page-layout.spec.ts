/**
 * The page frame on a desktop screen, as the HTML arrives. The browser may paint a frame before the whole
 * page is parsed (about one load in ten here); nothing on screen may move when the rest arrives.
 */
import { expect, test } from './fixtures.ts';

test.use({ viewport: { width: 1280, height: 800 } });

test('the table of contents keeps its place while the page’s content is still arriving', async ({ page }) => {
	// An error page: it has a table of contents, shown beside the content at this width.
	await page.goto('/errors/tenant-id-required/');
	const toc = page.locator('.right-sidebar');
	await expect(toc).toBeVisible();
	const settled = await toc.boundingBox();
	// Starlight's HTML has the table of contents before the content: a frame painted between the two has
	// it alone in its row. Take the content out to see that frame.
	await page.locator('.main-pane').evaluate((content) => content.remove());
	expect((await toc.boundingBox())?.x).toBe(settled?.x);
	expect(settled!.x).toBeGreaterThan(1280 / 2);
});
