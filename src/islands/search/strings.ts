/**
 * The search dialog's text in every language. The page passes only its own language's strings to the
 * island. Terms follow the localized article (ja: サブスクリプション, 要求; zh-TW: 訂用帳戶, 宣告).
 */
import type { Localized } from '../../claim/localized.ts';

export interface SearchStrings {
	/** The header button's visible text (also its accessible name). */
	button: string;
	/** The dialog's name. */
	dialog: string;
	/** The search field's name. */
	input: string;
	placeholder: string;
	close: string;
	/** Before anything is typed. */
	empty: string;
	loading: string;
	/** `{query}` is replaced by the query. */
	noResults: string;
	noResultsHint: string;
	/** `{count}` is replaced by the number of results. */
	resultCount: string;
	results: string;
	partial: string;
	partialNote: string;
	crossLanguage: string;
	filters: string;
	kindAll: string;
	kindGuide: string;
	kindError: string;
	kindTool: string;
	loadFailed: string;
	/** Without JavaScript, beside a link to the error reference. */
	noscript: string;
	noscriptLink: string;
}

export const searchStrings: Localized<SearchStrings> = {
	en: {
		button: 'Search',
		dialog: 'Search the site',
		input: 'Search',
		placeholder: 'Type words or paste an error message',
		close: 'Close',
		empty: 'Type a few words, an error code, or paste the message the portal showed you.',
		loading: 'Searching…',
		noResults: 'No results for “{query}”.',
		noResultsHint: 'Try fewer words, or turn on “Also search other languages”.',
		resultCount: '{count} results',
		results: 'Results',
		partial: 'Partial match',
		partialNote: 'Matches part of your query',
		crossLanguage: 'Also search other languages',
		filters: 'Show',
		kindAll: 'All',
		kindGuide: 'Guides',
		kindError: 'Errors',
		kindTool: 'Tools',
		loadFailed: 'Search could not load. Check your connection and try again.',
		noscript: 'Search needs JavaScript.',
		noscriptLink: 'Browse the error reference',
	},
	ja: {
		button: '検索',
		dialog: 'サイト内を検索',
		input: '検索',
		placeholder: '語句を入力するか、エラー メッセージを貼り付けます',
		close: '閉じる',
		empty: '語句やエラー コードを入力するか、ポータルに表示されたメッセージを貼り付けてください。',
		loading: '検索しています…',
		noResults: '「{query}」に一致する結果はありません。',
		noResultsHint: '語句を減らすか、「他の言語も検索」をオンにしてください。',
		resultCount: '{count} 件の結果',
		results: '検索結果',
		partial: '部分一致',
		partialNote: '検索語句の一部に一致しています',
		crossLanguage: '他の言語も検索',
		filters: '表示',
		kindAll: 'すべて',
		kindGuide: 'ガイド',
		kindError: 'エラー',
		kindTool: 'ツール',
		loadFailed: '検索を読み込めませんでした。接続を確認して、もう一度お試しください。',
		noscript: '検索には JavaScript が必要です。',
		noscriptLink: 'エラー リファレンスを参照',
	},
	'zh-TW': {
		button: '搜尋',
		dialog: '搜尋本網站',
		input: '搜尋',
		placeholder: '輸入字詞或貼上錯誤訊息',
		close: '關閉',
		empty: '請輸入幾個字詞、錯誤碼，或貼上入口網站顯示的訊息。',
		loading: '正在搜尋…',
		noResults: '找不到「{query}」的結果。',
		noResultsHint: '請減少字詞，或開啟「同時搜尋其他語言」。',
		resultCount: '{count} 個結果',
		results: '搜尋結果',
		partial: '部分相符',
		partialNote: '符合您查詢的一部分',
		crossLanguage: '同時搜尋其他語言',
		filters: '顯示',
		kindAll: '全部',
		kindGuide: '指南',
		kindError: '錯誤',
		kindTool: '工具',
		loadFailed: '無法載入搜尋。請檢查您的連線，然後再試一次。',
		noscript: '搜尋需要 JavaScript。',
		noscriptLink: '瀏覽錯誤參考',
	},
};
