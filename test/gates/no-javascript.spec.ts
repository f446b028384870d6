/**
 * Quality gate: every built page works for a reader without JavaScript. Per page, with JavaScript off:
 * - the page's `main` has readable text, and a visible, non-empty `h1`;
 * - no text of `main` that a reader with JavaScript sees is hidden (compared, element by element, with
 *   the same page loaded with JavaScript on; text that scripts add is an enhancement and not compared);
 * - every island follows the convention below;
 * - on a translated page, the translation notice's link to the English page is visible and leads to a
 *   built English page, while the English-original toggle (a button that needs JavaScript) is not shown.
 *
 * THE ISLAND CONVENTION (for every `astro-island`, i.e. every `client:*` component):
 * without JavaScript an island must never leave a dead control (a visible button, field, menu or
 * summary inside it fails) or an empty box. Either
 *  (a) its server-rendered HTML is visible and meaningful by itself (text, or an image with a text
 *      alternative), or
 *  (b) the island renders nothing visible without JavaScript, and a localized note with the class
 *      `noscript-note` says what the feature does or where to go instead. The note sits inside the
 *      island's parent element (a sibling of the island, or inside a sibling `<noscript>`), is visible
 *      without JavaScript and must not show when JavaScript runs. The simplest form:
 *          <MyIsland client:load … />
 *          <noscript><p class="noscript-note">{t('myFeature.needsJavaScript')}</p></noscript>
 */
import type { Locator, Page } from '@playwright/test';
import { defaultLocale } from '../../src/i18n/locales.ts';
import { expect, test } from '../browser/fixtures.ts';
import { builtPages, distFiles, localeOfUrl, resolveUrlPath } from '../support/built-pages.ts';

const files = new Set(distFiles());

interface TextElement {
	/** `tag: normalized own text`, e.g. `p: Select the subscription…`. */
	key: string;
	shown: boolean;
}

/**
 * Every element of `main` with text of its own (outside islands, `<noscript>`, notes and templates),
 * and whether it is shown (not `display: none`, `visibility: hidden`, `content-visibility`, or opacity 0).
 */
function mainTextElements(page: Page): Promise<TextElement[]> {
	return page.locator('main').evaluate((main) => {
		const found: TextElement[] = [];
		for (const element of main.querySelectorAll('*')) {
			// A button's label is a control, not content: a control that needs JavaScript is rightly hidden without it.
			if (element.closest('astro-island, noscript, template, script, style, .noscript-note, button')) continue;
			const ownText = Array.from(element.childNodes)
				.filter((node) => node.nodeType === Node.TEXT_NODE)
				.map((node) => node.textContent ?? '')
				.join('')
				.replace(/\s+/g, ' ')
				.trim();
			if (ownText === '') continue;
			const shown = element.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
			found.push({ key: `${element.tagName.toLowerCase()}: ${ownText.slice(0, 120)}`, shown });
		}
		return found;
	});
}

function countBy(elements: readonly TextElement[], predicate: (element: TextElement) => boolean): Map<string, number> {
	const counts = new Map<string, number>();
	for (const element of elements) if (predicate(element)) counts.set(element.key, (counts.get(element.key) ?? 0) + 1);
	return counts;
}

interface IslandReport {
	name: string;
	hasVisibleContent: boolean;
	/** Visible buttons, fields and menus: dead without JavaScript. */
	controls: number;
	note: string;
}

/** Each island of the page: what it shows without JavaScript, and the visible `noscript-note` beside it. */
function islands(page: Page): Promise<IslandReport[]> {
	return page.locator('astro-island').evaluateAll((nodes) =>
		nodes.map((island) => {
			const shown = (element: Element): boolean => element.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
			const walker = document.createTreeWalker(island, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
			let hasVisibleContent = false;
			for (let node = walker.nextNode(); node && !hasVisibleContent; node = walker.nextNode()) {
				if (node.nodeType === Node.TEXT_NODE) {
					const parent = node.parentElement;
					if (!parent || (node.textContent ?? '').trim() === '' || !shown(parent)) continue;
					const range = document.createRange();
					range.selectNodeContents(node);
					hasVisibleContent = range.getClientRects().length > 0;
				} else {
					const element = node as Element;
					const media = element.matches('img[alt]:not([alt=""]), svg[aria-label], [role="img"][aria-label]');
					const box = element.getBoundingClientRect();
					hasVisibleContent = media && shown(element) && box.width > 0 && box.height > 0;
				}
			}
			const notes = Array.from(island.parentElement?.querySelectorAll('.noscript-note') ?? []);
			// A tool folded in a closed <details> (the article's "Try it" boxes) shows its note once opened.
			const folded = island.closest('details:not([open])');
			const note = notes
				.filter((element) => shown(element) || (folded !== null && folded.contains(element)))
				.map((element) => (element.textContent ?? '').trim())
				.join(' ');
			let name = island.getAttribute('component-url') ?? 'island';
			try {
				name = (JSON.parse(island.getAttribute('opts') ?? '{}') as { name?: string }).name ?? name;
			} catch {
				// keep the component URL
			}
			const controls = Array.from(island.querySelectorAll('button, input, select, textarea, summary')).filter(shown).length;
			return { name, hasVisibleContent, controls, note };
		}),
	);
}

async function visibleCount(locator: Locator): Promise<number> {
	return (await locator.evaluateAll((elements) => elements.filter((element) => element.checkVisibility()).length)) as number;
}

test.describe('without JavaScript', () => {
	// Two browser contexts per worker, JavaScript off and on, reused page after page.
	for (const built of builtPages({ includeNotFound: true })) {
		test(`${built.url} (${built.locale.lang}, ${built.kind})`, async ({ sharedNoJsPage: page, sharedPage: withJsPage }) => {
			await page.goto(built.url);

			await test.step('main text is readable', async () => {
				const main = page.locator('main');
				await expect(main).toBeVisible();
				expect((await main.innerText()).trim(), 'text of main').not.toBe('');
				await expect.soft(main.locator('h1').first()).toBeVisible();
				expect.soft((await main.locator('h1').first().innerText()).trim(), 'text of the h1').not.toBe('');
			});

			const withoutJs = await mainTextElements(page);
			await withJsPage.goto(built.url);
			await withJsPage.waitForLoadState('load');

			await test.step('no text of main is hidden that shows with JavaScript', async () => {
				const withJs = await mainTextElements(withJsPage);
				const present = countBy(withoutJs, () => true);
				const shownWithout = countBy(withoutJs, (element) => element.shown);
				const shownWith = countBy(withJs, (element) => element.shown);
				const hidden = [...present.keys()].filter((key) => {
					const shownNoJs = shownWithout.get(key) ?? 0;
					return (present.get(key) ?? 0) > shownNoJs && (shownWith.get(key) ?? 0) > shownNoJs;
				});
				expect.soft(hidden, 'content hidden without JavaScript but shown with it').toEqual([]);
			});

			await test.step('noscript notes do not show when JavaScript runs', async () => {
				expect.soft(await visibleCount(withJsPage.locator('.noscript-note')), 'visible .noscript-note with JavaScript on').toBe(0);
			});

			await test.step('every island shows its content or a noscript note', async () => {
				const bad = (await islands(page))
					.filter((island) => !island.hasVisibleContent && island.note === '')
					.map((island) => `${island.name}: shows nothing without JavaScript and has no visible .noscript-note beside it`);
				expect.soft(bad, 'islands that leave a reader without JavaScript with nothing').toEqual([]);
				const dead = (await islands(page))
					.filter((island) => island.controls > 0)
					.map((island) => `${island.name}: ${island.controls} controls`);
				expect.soft(dead, 'islands that show controls without JavaScript (they do nothing)').toEqual([]);
			});

			await test.step('translation notice: the English link shows, the English-original toggle does not', async () => {
				const notice = page.locator('.translation-notice');
				if ((await notice.count()) === 0) return;
				await expect.soft(page.locator('button.english-original-toggle')).toBeHidden();
				const englishLink = notice.locator('a[href][hreflang="en"]');
				await expect.soft(englishLink.first(), 'the link to the English page').toBeVisible();
				const href = await englishLink.first().getAttribute('href');
				const target = new URL(href ?? '', page.url());
				expect.soft(resolveUrlPath(target.pathname, files), `${href} is a built page`).toBeDefined();
				expect.soft(localeOfUrl(target.pathname).lang, `${href} is an English page`).toBe(defaultLocale.lang);
			});
		});
	}
});
