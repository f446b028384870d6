/**
 * Typing into search with an input method (IME), as Japanese and Chinese readers do: a real composition
 * driven through Chromium's DevTools protocol (`Input.imeSetComposition`, `Input.insertText`), with the Enter
 * that commits the conversion as Windows/Chrome send it (during the composition, `isComposing`) and as macOS
 * Safari sends it (after `compositionend`, `keyCode` 229). The conversion's keys belong to the input method:
 * no result opens, the selection does not move, the dialog stays open, and the unconverted reading is never
 * searched; once committed, a plain Enter opens the first result as usual.
 */
import type { CDPSession, Page } from '@playwright/test';
import { localePath, routes } from '../../src/routes.ts';
import { locales } from '../../src/i18n/locales.ts';
import { dialog, field, list, options, RESULTS } from '../support/search-dialog.ts';
import { expect, test } from './fixtures.ts';

/** The states of a composition that types `reading` one key at a time: `てなんと` → `て`, `てな`, `てなん`, `てなんと`. */
const typing = (reading: string): string[] => [...reading].map((_, end) => [...reading].slice(0, end + 1).join(''));

/**
 * Per language: the composition's states as the input method shows them (underlined, not yet committed), one of
 * them that must never be searched (`reading`: the unconverted reading, or a half-built Hangul syllable), and what
 * the composition commits. Korean has no conversion: the input method builds each syllable from its letters
 * (`ㄱ`, `구`, `굳`, `구도`, `구독`) and commits it with Enter.
 */
const compositions = [
	{ lang: 'ja', steps: typing('てなんと'), reading: 'てなんと', converted: 'テナント' },
	{ lang: 'zh-TW', steps: typing('ㄗㄨ ㄩㄥˋ ㄏㄨˋ'), reading: 'ㄗㄨ ㄩㄥˋ ㄏㄨˋ', converted: '租用戶' },
	{ lang: 'zh-CN', steps: typing('zu hu'), reading: 'zu hu', converted: '租户' },
	{ lang: 'ko', steps: ['ㅌ', '테', '테ㄴ', '테너', '테넌', '테넌ㅌ', '테넌트'], reading: '테넌ㅌ', converted: '테넌트' },
] as const;

/** Opens the dialog with Ctrl+K and starts recording every query the dialog searched (its `data-query`). */
async function openAndRecord(page: Page, path: string): Promise<void> {
	await page.goto(path);
	await expect(page.locator('.site-search__button')).toBeVisible();
	await page.keyboard.press('Control+k');
	await expect(field(page)).toBeFocused();
	await page.evaluate(() => {
		const searched: string[] = [];
		(window as unknown as { searched: string[] }).searched = searched;
		const element = document.querySelector('dialog.site-search')!;
		new MutationObserver(() => {
			const query = element.getAttribute('data-query');
			if (query) searched.push(query);
		}).observe(element, { attributes: true, attributeFilter: ['data-query'] });
	});
}

const searched = (page: Page) => page.evaluate(() => (window as unknown as { searched: string[] }).searched);

/** A key as the DevTools protocol sends it; `keyCode` 229 is what an input method's keys report. */
async function key(cdp: CDPSession, name: 'Enter' | 'ArrowDown' | 'Escape', keyCode: number): Promise<void> {
	await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', key: name, code: name, windowsVirtualKeyCode: keyCode });
	await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: name, code: name, windowsVirtualKeyCode: keyCode });
}

/** Composes in the field each of `steps` (the IME shows them underlined, uncommitted), then the candidate `converted`. */
async function compose(cdp: CDPSession, steps: readonly string[], converted: string): Promise<void> {
	for (const text of [...steps, converted]) {
		await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
	}
}

for (const { lang, steps, reading, converted } of compositions) {
	const locale = locales.find((candidate) => candidate.lang === lang)!;

	test.describe(`search with an input method in ${lang}`, () => {
		test('Windows/Chrome: the Enter that commits the conversion opens nothing; a later Enter opens the first result', async ({ page }) => {
			const path = localePath(locale, routes.simulator());
			await openAndRecord(page, path);
			const cdp = await page.context().newCDPSession(page);
			await compose(cdp, steps, converted);
			// Candidate selection and the commit: the keys arrive during the composition.
			await key(cdp, 'ArrowDown', 229);
			await key(cdp, 'Enter', 229);
			await cdp.send('Input.insertText', { text: converted });
			await expect(field(page)).toHaveValue(converted);
			await expect(options(page).first()).toBeVisible(RESULTS);
			await expect(list(page)).not.toHaveAttribute('aria-busy', /.*/, RESULTS);
			expect(new URL(page.url()).pathname).toBe(path);
			await expect(dialog(page)).toBeVisible();
			await expect(dialog(page).locator('[aria-selected="true"]')).toHaveCount(0);
			expect(await searched(page), 'the unconverted reading is never searched').not.toContain(reading);
			expect(await searched(page)).toContain(converted);
			const first = await options(page).first().getAttribute('href');
			await page.keyboard.press('Enter');
			await page.waitForURL((url) => url.pathname !== path);
			expect(new URL(page.url()).pathname).toBe(new URL(first!, page.url()).pathname);
		});

		test('macOS Safari: the commit Enter after compositionend (keyCode 229) opens nothing, and Escape in a conversion keeps the dialog', async ({
			page,
		}) => {
			const path = localePath(locale, routes.simulator());
			await openAndRecord(page, path);
			const cdp = await page.context().newCDPSession(page);
			await compose(cdp, steps, converted);
			await cdp.send('Input.insertText', { text: converted });
			await key(cdp, 'Enter', 229);
			await expect(options(page).first()).toBeVisible(RESULTS);
			await expect(list(page)).not.toHaveAttribute('aria-busy', /.*/, RESULTS);
			expect(new URL(page.url()).pathname).toBe(path);
			// A second word: Escape cancels its conversion, not the dialog.
			await compose(cdp, steps, converted);
			await key(cdp, 'Escape', 229);
			await expect(dialog(page)).toBeVisible();
			expect(await searched(page)).not.toContain(`${converted}${reading}`);
		});
	});
}
