/**
 * Layout shift of page loads on a desktop screen (1280×800, where Starlight shows its table of contents),
 * served by `static-server.ts`: each page is loaded `loads` times in fresh contexts, and the worst load's
 * cumulative layout shift is reported. Lighthouse loads a page once, on a phone-sized screen, and a shift
 * that happens in one load in ten (a frame painted before the HTML is fully parsed) slips past it.
 */
import type { Browser } from '@playwright/test';
import { layoutShift } from '../../src/budgets.ts';

/** Google's threshold of a "good" cumulative layout shift (declared in `src/budgets.ts`). */
export const LAYOUT_SHIFT_BUDGET = layoutShift.value;

export interface LayoutShift {
	/** The largest cumulative layout shift of one load. */
	readonly worst: number;
	/** How many loads shifted at all (more than 0.001). */
	readonly shifted: number;
	/** What moved in the worst load: `class: x,y w×h → x,y w×h`. */
	readonly sources: readonly string[];
}

export async function measureLayoutShift(browser: Browser, url: string, loads: number): Promise<LayoutShift> {
	let worst = { total: 0, sources: [] as string[] };
	let shifted = 0;
	for (let load = 0; load < loads; load += 1) {
		const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
		try {
			const page = await context.newPage();
			// `load`, then a moment for the islands that start with the page (`client:load`) before the shifts are read.
			await page.goto(url, { waitUntil: 'load' });
			const measured = await page.evaluate(
				() =>
					new Promise<{ total: number; sources: string[] }>((resolve) => {
						let total = 0;
						const sources: string[] = [];
						const box = (rect: DOMRectReadOnly) =>
							`${Math.round(rect.x)},${Math.round(rect.y)} ${Math.round(rect.width)}×${Math.round(rect.height)}`;
						new PerformanceObserver((list) => {
							for (const entry of list.getEntries() as Array<
								PerformanceEntry & {
									value: number;
									hadRecentInput: boolean;
									sources?: Array<{ node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }>;
								}
							>) {
								if (entry.hadRecentInput) continue;
								total += entry.value;
								for (const source of entry.sources ?? []) {
									const name =
										source.node instanceof Element
											? `${source.node.localName}.${[...source.node.classList].join('.')}`
											: String(source.node?.nodeName);
									sources.push(`${name}: ${box(source.previousRect)} → ${box(source.currentRect)}`);
								}
							}
						}).observe({ type: 'layout-shift', buffered: true });
						setTimeout(() => resolve({ total, sources }), 300);
					}),
			);
			if (measured.total > 0.001) shifted += 1;
			if (measured.total > worst.total) worst = measured;
		} finally {
			await context.close();
		}
	}
	return { worst: Math.round(worst.total * 1000) / 1000, shifted, sources: worst.sources };
}
