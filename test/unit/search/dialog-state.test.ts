import { describe, expect, it } from 'vitest';
import {
	askedOf,
	crossLanguageChecked,
	initialSearchDialogState,
	isInputMethodKey,
	isSearching,
	isShowing,
	movedOption,
	searchDialogReducer,
	searchOptions,
	shownResults,
	statusMessage,
	confidenceNote,
	LONG_QUERY,
	waitsForTypingPause,
	type SearchDialogAction,
	type SearchDialogState,
} from '../../../src/search/dialog-state.ts';
import type { SearchOutcome, SearchResult } from '../../../src/search/engine.ts';
import { translator } from '../../../src/i18n/messages.ts';

const result = (url: string, sections = 0): SearchResult => ({
	page: {
		url,
		title: url,
		excerpt: '',
		lang: 'en',
		subResults: Array.from({ length: sections }, (_, i) => ({
			url: `${url}#s${i}`,
			title: `s${i}`,
			excerpt: '',
			anchor: `s${i}`,
			score: 1,
		})),
	},
	key: url,
	otherLanguage: false,
	foundIn: ['en'],
	partial: false,
	level: 3,
	share: 1,
});
const outcome = (results: SearchResult[], complete = true, crossLanguage = false): SearchOutcome => ({
	query: 'csp',
	results,
	crossLanguage,
	stage: 'exact' as SearchOutcome['stage'],
	total: results.length,
	confidence: 'strong',
	complete,
});
const run = (...actions: SearchDialogAction[]): SearchDialogState => actions.reduce(searchDialogReducer, initialSearchDialogState);

describe('search dialog state', () => {
	it('opens and closes; closing drops the selection', () => {
		const state = run({ type: 'opened' }, { type: 'moved', active: 2 });
		expect(state.open).toBe(true);
		expect(run({ type: 'opened' }, { type: 'moved', active: 2 }, { type: 'closed' })).toMatchObject({ open: false, active: -1 });
	});

	it('keeps results on screen while a newer search runs, and is busy until it answers', () => {
		const typed = run({ type: 'opened' }, { type: 'typed', query: 'csp' }, { type: 'searchStarted' });
		expect(typed.status).toBe('loading');
		expect(isSearching(typed)).toBe(true);
		const answered = searchDialogReducer(typed, {
			type: 'answered',
			outcome: outcome([result('/a/')]),
			asked: askedOf(typed),
			keepActive: false,
		});
		expect(answered.status).toBe('done');
		expect(isSearching(answered)).toBe(false);
		const more = searchDialogReducer(answered, { type: 'typed', query: 'csp x' });
		expect(isSearching(more)).toBe(true);
		expect(searchDialogReducer(more, { type: 'searchStarted' }).status).toBe('done');
		expect(shownResults(more)).toHaveLength(1);
	});

	it('shows the exact matches first and keeps an option the reader moved to when the complete list follows', () => {
		const typed = run({ type: 'opened' }, { type: 'typed', query: 'csp' }, { type: 'searchStarted' });
		const exact = searchDialogReducer(typed, { type: 'exactMatches', outcome: outcome([result('/a/')], false), asked: askedOf(typed) });
		expect(exact.status).toBe('more');
		expect(isShowing(exact)).toBe(true);
		const moved = searchDialogReducer(exact, { type: 'moved', active: 0 });
		const complete = { type: 'answered', outcome: outcome([result('/a/'), result('/b/')]), asked: askedOf(typed) } as const;
		expect(searchDialogReducer(moved, { ...complete, keepActive: true }).active).toBe(0);
		expect(searchDialogReducer(moved, { ...complete, keepActive: false }).active).toBe(-1);
	});

	it('clears the outcome for an empty query and reports a failed load', () => {
		const answered = run({ type: 'typed', query: 'csp' }, { type: 'answered', outcome: outcome([]), asked: '', keepActive: false });
		expect(searchDialogReducer(answered, { type: 'cleared' })).toMatchObject({ outcome: undefined, status: 'idle' });
		expect(statusMessage(searchDialogReducer(answered, { type: 'failed' }))).toEqual({ key: 'search.loadFailed' });
	});

	it('says what the status line shows', () => {
		expect(statusMessage(initialSearchDialogState)).toEqual({ key: 'search.empty' });
		expect(statusMessage(run({ type: 'searchStarted' }))).toEqual({ key: 'search.loading' });
		expect(statusMessage(run({ type: 'answered', outcome: outcome([]), asked: '', keepActive: false }))).toEqual({
			key: 'search.noResults',
			query: 'csp',
		});
		expect(statusMessage(run({ type: 'answered', outcome: outcome([result('/a/')]), asked: '', keepActive: false }))).toEqual({
			key: 'search.resultCount',
			count: 1,
		});
	});

	it('checks "Also search other languages" as the reader set it, or as `auto` searched', () => {
		const auto = run({ type: 'answered', outcome: outcome([], true, true), asked: '', keepActive: false });
		expect(crossLanguageChecked(auto)).toBe(true);
		expect(crossLanguageChecked(searchDialogReducer(auto, { type: 'crossLanguageSet', value: false }))).toBe(false);
		expect(crossLanguageChecked(initialSearchDialogState)).toBe(false);
		expect(askedOf(run({ type: 'typed', query: 'a' }, { type: 'filtered', kind: 'error' }))).toBe('a\u0000error\u0000auto');
	});

	it('lists each result followed by at most two of its sections', () => {
		const options = searchOptions([result('/a/', 3), result('/b/')]);
		expect(options.map((option) => option.id)).toEqual([
			'site-search-option-0',
			'site-search-option-0-0',
			'site-search-option-0-1',
			'site-search-option-1',
		]);
		expect(options[1]).toMatchObject({ url: '/a/#s0', result: 0, section: { title: 's0' } });
	});

	it('moves the selection with the arrows (wrapping), Home and End (once an option is selected)', () => {
		expect(movedOption('ArrowDown', -1, 3)).toBe(0);
		expect(movedOption('ArrowDown', 2, 3)).toBe(0);
		expect(movedOption('ArrowUp', 0, 3)).toBe(2);
		expect(movedOption('ArrowUp', -1, 3)).toBe(2);
		expect(movedOption('ArrowDown', -1, 0)).toBeUndefined();
		expect(movedOption('Home', -1, 3)).toBeUndefined();
		expect(movedOption('Home', 2, 3)).toBe(0);
		expect(movedOption('End', 0, 3)).toBe(2);
		expect(movedOption('Enter', 0, 3)).toBeUndefined();
	});
});

describe('when a long query is searched', () => {
	const message = "The customer hasn't yet activated/provisioned the products for that subscription";
	it('searches a pasted portal message at once, however long', () => {
		expect(message.length).toBeGreaterThan(LONG_QUERY);
		expect(waitsForTypingPause('', message)).toBe(false);
		expect(waitsForTypingPause('subscription', message)).toBe(false);
		// an input method's commit brings several characters at once
		const japanese = 'サブスクリプションは既に要求されています。'.repeat(4);
		expect(waitsForTypingPause(japanese.slice(0, -6), japanese)).toBe(false);
	});
	it('waits for a pause while a long query is typed or erased key by key', () => {
		expect(waitsForTypingPause(message.slice(0, -1), message)).toBe(true);
		expect(waitsForTypingPause(`${message}s`, message)).toBe(true);
		// one character, even outside the Basic Multilingual Plane (two UTF-16 code units)
		expect(waitsForTypingPause(message, `${message}𠀋`)).toBe(true);
	});
	it('searches a short query at every keystroke, and the same query again at once (a filter changed)', () => {
		expect(waitsForTypingPause('subscriptio', 'subscription')).toBe(false);
		expect(waitsForTypingPause(message, message)).toBe(false);
	});
});

describe('search messages', () => {
	it('count results with a real plural', () => {
		expect(translator('en')('search.resultCount', { count: 1 })).toBe('1 result');
		expect(translator('en')('search.resultCount', { count: 3 })).toBe('3 results');
		expect(translator('ja')('search.resultCount', { count: 1 })).toBe('1 件の結果');
		expect(translator('zh-TW')('search.resultCount', { count: 3 })).toBe('3 個結果');
	});
});

describe('search with an input method', () => {
	it('marks the query as composing from compositionstart to compositionend, keeping what was typed', () => {
		const composing = run({ type: 'opened' }, { type: 'composition', composing: true }, { type: 'typed', query: 'てなんと' });
		expect(composing).toMatchObject({ composing: true, query: 'てなんと' });
		expect(searchDialogReducer(composing, { type: 'composition', composing: false })).toMatchObject({
			composing: false,
			query: 'てなんと',
		});
	});

	it("leaves the keys of a conversion to the input method: isComposing, or keyCode 229 (macOS Chrome's and Safari's commit Enter)", () => {
		expect(isInputMethodKey({ isComposing: true, keyCode: 13 })).toBe(true);
		expect(isInputMethodKey({ isComposing: false, keyCode: 229 })).toBe(true);
		expect(isInputMethodKey({ isComposing: false, keyCode: 13 })).toBe(false);
		expect(isInputMethodKey({ isComposing: false, keyCode: 40 })).toBe(false);
	});

	it('shows the real count, and says so when more pages matched than are listed', () => {
		const many = { ...outcome([result('/a/'), result('/b/')]), total: 23 };
		expect(statusMessage(run({ type: 'answered', outcome: many, asked: '', keepActive: false }))).toEqual({
			key: 'search.resultCountOf',
			shown: 2,
			count: 23,
		});
		expect(translator('en')('search.resultCountOf', { shown: 8, count: 23 })).toBe('The best 8 of 23 results');
		expect(translator('ja')('search.resultCountOf', { shown: 8, count: 23 })).toBe('23 件の結果のうち上位 8 件');
		expect(translator('zh-TW')('search.resultCountOf', { shown: 8, count: 23 })).toBe('23 個結果中的前 8 個');
	});

	it('notes a weak or partial answer, with the error index and the article in the reader’s language', () => {
		const answered = (confidence: SearchOutcome['confidence']): SearchDialogState =>
			run({
				type: 'answered',
				outcome: { ...outcome([result('/a/')]), confidence, query: '請求書が届かない' },
				asked: '',
				keepActive: false,
			});
		expect(confidenceNote(answered('strong'), 'ja')).toBeUndefined();
		expect(confidenceNote(answered('weak'), 'ja')).toEqual({
			key: 'search.weakMatch',
			query: '請求書が届かない',
			errors: '/ja/errors/',
			article: '/ja/incentives-customer-association-issues/',
		});
		expect(confidenceNote(answered('partial'), 'zh-TW')?.key).toBe('search.partialMatches');
		expect(confidenceNote(answered('partial'), 'zh-TW')?.errors).toBe('/zh-tw/errors/');
		expect(translator('ja')('search.weakMatch', { query: '請求書が届かない' })).toContain('「請求書が届かない」');
	});
});
