/**
 * What a reader without JavaScript gets from a page, read in the browser: the page's text, and what each island
 * shows. The every-page gate (`test/gates/every-page.spec.ts`) holds every built page to it, comparing the page
 * loaded with JavaScript off against the same page with JavaScript on.
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

/** An element of `main` with text of its own, and whether the reader sees it. */
export interface TextElement {
	/** `tag: normalized own text`, e.g. `p: Select the subscription…`. */
	key: string;
	shown: boolean;
}

/**
 * Every element of `main` with text of its own (outside islands, `<noscript>`, notes and templates),
 * and whether it is shown (not `display: none`, `visibility: hidden`, `content-visibility`, or opacity 0).
 */
export function mainTextElements(page: Page): Promise<TextElement[]> {
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
export function islands(page: Page): Promise<IslandReport[]> {
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

/** How many of the elements are shown. */
export async function visibleCount(locator: Locator): Promise<number> {
	return (await locator.evaluateAll((elements) => elements.filter((element) => element.checkVisibility()).length)) as number;
}

/**
 * The texts of `main` (as `tag: text` keys) that a reader without JavaScript has in the page but not shown, while a
 * reader with JavaScript sees them: more of them are hidden without JavaScript than shown with it. Text that scripts
 * add is an enhancement and not compared.
 */
export function hiddenWithoutJavaScript(withoutJs: readonly TextElement[], withJs: readonly TextElement[]): string[] {
	const present = countBy(withoutJs, () => true);
	const shownWithout = countBy(withoutJs, (element) => element.shown);
	const shownWith = countBy(withJs, (element) => element.shown);
	return [...present.keys()].filter((key) => {
		const shownNoJs = shownWithout.get(key) ?? 0;
		return (present.get(key) ?? 0) > shownNoJs && (shownWith.get(key) ?? 0) > shownNoJs;
	});
}
