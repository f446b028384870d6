/**
 * A helper's data (#19, `src/components/helpers/helper-data.ts`): the page carries only what the island's first render
 * reads (`firstRead`) and what it shows without its data, so the first render is the same as with the whole data (the
 * island hydrates what the server rendered), in every locale; the whole is the versioned `data.json`.
 */
import { h, type FunctionComponent } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it, vi } from 'vitest';
import { firstRead } from '../../../src/components/helpers/first-read.ts';
import { helperData, helperIslandProps, onPageMessages } from '../../../src/components/helpers/helper-data.ts';
import { locales } from '../../../src/i18n/locales.ts';
import ActivityHelper from '../../../src/islands/helpers/activity/ActivityHelper.tsx';
import MpnHelper from '../../../src/islands/helpers/mpn/MpnHelper.tsx';
import { localePath, routes, type HelperName } from '../../../src/routes.ts';

// The helpers' data needs no content entry; the module that reads the article's entries is imported on the way.
vi.mock('astro:content', () => ({ getEntry: () => Promise.resolve(undefined) }));

describe('firstRead', () => {
	it('keeps of each field the properties the render read, a listed or array field whole, and nothing of an unread one', () => {
		const data = {
			messages: { a: 'A', b: 'B', c: 'C' },
			quotes: { 1: 'one', 2: 'two' },
			links: { x: 'X', y: 'Y' },
			rows: ['r1', 'r2'],
		};
		const first = firstRead(data, (watched) => {
			void watched.messages.a;
			void ('c' in watched.messages);
			void Object.keys(watched.quotes);
			void watched.rows[0];
		});
		expect(first).toEqual({ messages: { a: 'A', c: 'C' }, quotes: { 1: 'one', 2: 'two' }, links: {}, rows: ['r1', 'r2'] });
		expect(data.messages).toEqual({ a: 'A', b: 'B', c: 'C' });
	});
});

const islands: Record<HelperName, FunctionComponent<never>> = { activity: ActivityHelper as never, mpn: MpnHelper as never };
const fixed = (locale: (typeof locales)[number]) => ({
	lang: locale.lang,
	section: { href: '/#section', title: 'Section' },
	simulatorHref: '/claim-simulator/',
	headingLevel: 2,
	incentivesOverviewUrl: 'https://example.com/',
});

describe('a helper’s island props', () => {
	for (const helper of ['activity', 'mpn'] as const) {
		it(`${helper}: the first render with what the page carries is the render with the whole data, in every locale`, () => {
			for (const locale of locales) {
				const island = islands[helper] as FunctionComponent<Record<string, unknown>>;
				const props = helperIslandProps(helper, locale, island, fixed(locale) as never) as unknown as Record<string, unknown>;
				const whole = helperData(helper, locale);
				const carried = renderToString(h(island, props));
				expect(carried, `${helper} ${locale.lang}`).toBe(renderToString(h(island, { ...props, first: whole })));
				expect(carried, `${helper} ${locale.lang}: a message key shown`).not.toMatch(/helpers\.[a-z]+\./);
			}
		});

		it(`${helper}: carries a part of the messages, each as the whole data words it, with what it shows without its data`, () => {
			for (const locale of locales) {
				const props = helperIslandProps(
					helper,
					locale,
					islands[helper] as FunctionComponent<Record<string, unknown>>,
					fixed(locale) as never,
				) as unknown as {
					first: { messages: Record<string, string> };
					dataUrl: string;
				};
				const whole = helperData(helper, locale).messages as Readonly<Record<string, string>>;
				const carried = Object.entries(props.first.messages);
				expect(carried.length * 2, `${helper} ${locale.lang}: fewer than half the messages`).toBeLessThan(Object.keys(whole).length);
				for (const [key, text] of carried) expect(text, key).toBe(whole[key]);
				for (const prefix of onPageMessages[helper]) {
					expect(
						carried.some(([key]) => key.startsWith(prefix)),
						`${helper} ${locale.lang} ${prefix}`,
					).toBe(true);
				}
				expect(props.dataUrl).toMatch(
					new RegExp(`^${localePath(locale, routes.helperData(helper)).replaceAll('.', '\\.')}\\?v=[0-9a-f]{12}$`),
				);
			}
		});
	}
});
