/**
 * Where a link of the vendor text goes on this site. Microsoft's articles link to each other relatively
 * (`find-customer-domain-name.md`, `../marketplace/x.md#anchor`) or by their docs address
 * (`https://docs.microsoft.com/partner-center/find-customer-domain-name`); published as-is, the first kind returns 404.
 * Plain TypeScript: the caller says which articles the site publishes and how to address them.
 */

/** Microsoft Learn, where an article the site does not publish is read. */
const LEARN = 'https://learn.microsoft.com';
/** The folder of the upstream repository the articles live in (`partner-center/<article>.md`). */
const UPSTREAM_FOLDER = 'partner-center/';
/** The docs address of a Partner Center article, with or without a locale: `/ja-jp/partner-center/<article>`. */
const DOCS_ARTICLE = /^\/(?:[a-z]{2}(?:-[a-z0-9]+)*\/)?partner-center\/([a-z0-9-]+?)\/?$/i;
const DOCS_HOSTS: ReadonlySet<string> = new Set(['docs.microsoft.com', 'learn.microsoft.com']);

export interface ArticleLinkContext {
	/** Names of the articles the site publishes (upstream file names without `.md`). */
	readonly published: ReadonlySet<string>;
	/** The site address of a published article in the page's locale: `ko` + `find-customer-domain-name` → `/ko/find-customer-domain-name/`. */
	readonly articleHref: (article: string) => string;
	/** The page's vendor locale code (`ko-KR`), for the Microsoft Learn address of an article the site lacks. */
	readonly sourceLocale: string;
}

/**
 * The address a vendor link should have on a page: a link to an article the site publishes goes to its local page in
 * the same language (fragment kept); a relative `.md` link to any other article goes to Microsoft Learn in the page's
 * language; every other link is returned unchanged.
 */
export function articleLinkHref(href: string, context: ArticleLinkContext): string {
	const hashAt = href.indexOf('#');
	const path = hashAt === -1 ? href : href.slice(0, hashAt);
	const fragment = hashAt === -1 ? '' : href.slice(hashAt);
	if (/^[a-z][a-z0-9+.-]*:/i.test(path)) {
		const article = docsArticle(path);
		return article !== undefined && context.published.has(article) ? `${context.articleHref(article)}${fragment}` : href;
	}
	if (!/\.md$/i.test(path) || path.startsWith('/')) return href;
	const upstream = new URL(path, `${LEARN}/${UPSTREAM_FOLDER}`);
	const article = upstream.pathname.startsWith(`/${UPSTREAM_FOLDER}`) ? upstream.pathname.slice(UPSTREAM_FOLDER.length + 1, -3) : undefined;
	if (article !== undefined && !article.includes('/') && context.published.has(article))
		return `${context.articleHref(article)}${fragment}`;
	return `${LEARN}/${context.sourceLocale.toLowerCase()}${upstream.pathname.slice(0, -3)}${fragment}`;
}

/** The article a Microsoft docs address names (`https://docs.microsoft.com/partner-center/x` → `x`), if it is one. */
function docsArticle(href: string): string | undefined {
	try {
		const url = new URL(href);
		return DOCS_HOSTS.has(url.hostname.toLowerCase()) ? DOCS_ARTICLE.exec(url.pathname)?.[1]?.toLowerCase() : undefined;
	} catch {
		return undefined;
	}
}
