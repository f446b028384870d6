/**
 * Views both helper islands use: the article quote with its English original, headings at a given level,
 * the error reference links, the questions' form, and the answer's footer. The shared styles are beside them
 * (`helpers.css`); the URL state hook is `use-url-state.ts`.
 */
import type { ComponentChildren, VNode } from 'preact';
import { useRef } from 'preact/hooks';
import { formatList, formatMessageToParts } from '../../../i18n/message-format.ts';
import type { ClaimErrorCode } from '../../../claim/errors.ts';
import type { ArticleQuotes, ArticleSection, CommonTranslate, ErrorLinks } from './types.ts';

/** A heading at `level` (kept between h2 and h6). */
export function Heading({ level, id, children }: { level: number; id?: string; children: ComponentChildren }) {
	const Tag = `h${Math.min(Math.max(level, 2), 6)}` as 'h2';
	return <Tag id={id}>{children}</Tag>;
}

/**
 * A helper's root: its name (`data-helper`), whether it has started (`data-ready`), and the reader's intent (a pointer,
 * a key or the focus in it) starting the download of its data (`onIntent`, `useHelperState`'s `prefetch`).
 */
export function HelperRoot(props: { name: string; ready: boolean; onIntent: () => void; children: ComponentChildren }) {
	const { name, ready, onIntent, children } = props;
	return (
		<div
			class="helper"
			data-helper={name}
			data-ready={ready ? '' : undefined}
			onPointerDown={onIntent}
			onFocusIn={onIntent}
			onKeyDown={onIntent}
		>
			{children}
		</div>
	);
}

/**
 * The helper's questions. Rendered with the page, they stay inert until the helper has read the URL
 * (`ready`): an answer clicked before the script starts would be undone by it.
 */
export function HelperForm({ ready, children }: { ready: boolean; children: ComponentChildren }) {
	return (
		<form class="helper-form" inert={!ready} aria-busy={!ready || undefined} onSubmit={(event) => event.preventDefault()}>
			{children}
		</form>
	);
}

interface QuotesProps {
	numbers: readonly number[];
	quotes: ArticleQuotes;
	section: ArticleSection;
	englishLabel: string;
}

/** Sentences of one section of the article, in the page's language, with the English original one click away. */
function QuoteFigure({ numbers, quotes, section, englishLabel }: QuotesProps) {
	return (
		<figure class="helper-quote">
			<blockquote cite={section.href}>
				{numbers.map((number) => (
					<p key={number} data-segment={number}>
						{quotes[number]!.text}
					</p>
				))}
			</blockquote>
			{numbers.some((number) => quotes[number]!.translated) && (
				<details class="helper-quote-original">
					<summary>{englishLabel}</summary>
					<blockquote lang="en">
						{numbers.map((number) => (
							<p key={number} data-segment={number}>
								{quotes[number]!.english}
							</p>
						))}
					</blockquote>
				</details>
			)}
			<figcaption>
				— <a href={section.href}>{section.title}</a>
			</figcaption>
		</figure>
	);
}

/**
 * The article's sentences, one figure per section they come from (the helper's own, or the section a quote names),
 * each captioned with its section.
 */
function Quotes({ numbers, quotes, section, englishLabel }: QuotesProps) {
	const groups: { section: ArticleSection; numbers: number[] }[] = [];
	for (const number of numbers.filter((shown) => quotes[shown] !== undefined)) {
		const from = quotes[number]!.section ?? section;
		const group = groups.find((candidate) => candidate.section.href === from.href);
		if (group) group.numbers.push(number);
		else groups.push({ section: from, numbers: [number] });
	}
	return (
		<>
			{groups.map((group) => (
				<QuoteFigure key={group.section.href} numbers={group.numbers} quotes={quotes} section={group.section} englishLabel={englishLabel} />
			))}
		</>
	);
}

/** Each of the article's sentences quoted once per answer, where it first backs a point: call once per render. */
export function quoteOnce(): (numbers: readonly number[]) => number[] {
	const quoted = new Set<number>();
	return (numbers) => numbers.filter((number) => !quoted.has(number) && Boolean(quoted.add(number)));
}

interface QuotedListProps {
	headingLevel: number;
	heading: string;
	/** The list's class (`helper-reasons`) and the data attribute naming each item (`reason` → `data-reason`). */
	className: string;
	item: string;
	entries: ReadonlyArray<{ readonly key: string; readonly text: string; readonly quote: readonly number[] }>;
	quotes: ArticleQuotes;
	section: ArticleSection;
	englishLabel: string;
}

/** A part of a helper's answer (why, what is lost, warnings): its points, each with the article's sentences behind it. */
export function QuotedList({ headingLevel, heading, className, item, entries, quotes, section, englishLabel }: QuotedListProps) {
	if (entries.length === 0) return null;
	return (
		<>
			<Heading level={headingLevel}>{heading}</Heading>
			<ul class={className}>
				{entries.map((entry) => (
					<li key={entry.key} {...{ [`data-${item}`]: entry.key }}>
						{entry.text}
						<Quotes numbers={entry.quote} quotes={quotes} section={section} englishLabel={englishLabel} />
					</li>
				))}
			</ul>
		</>
	);
}

interface ErrorLinkListProps {
	codes: readonly ClaimErrorCode[];
	links: ErrorLinks;
	/** "Related claim errors:", with the language's own colon. */
	label: string;
	lang: string;
}

/** "Related claim errors: …": links to the reference pages of the codes that have one, listed as the language lists things. */
function ErrorLinkList({ codes, links, label, lang }: ErrorLinkListProps) {
	const known = codes.flatMap((code) => {
		const link = links[code];
		return link ? [{ code, ...link }] : [];
	});
	if (known.length === 0) return null;
	// The list's separators from Intl.ListFormat, a link where each item goes (codes are `[A-Z_]+`: safe as argument names).
	const list = formatList(
		known.map((link) => `{${link.code}}`),
		lang,
	);
	const anchors = Object.fromEntries(known.map((link) => [link.code, <a href={link.href}>{link.title}</a>]));
	return (
		<p class="helper-errors">
			{label} {formatMessageToParts<VNode>(list, anchors, lang)}
		</p>
	);
}

interface AdviceFooterProps {
	t: CommonTranslate;
	/** The page's language (how it lists the related errors). */
	lang: string;
	headingLevel: number;
	assumptions: ReadonlyArray<{ readonly key: string; readonly text: string }>;
	errors: readonly ClaimErrorCode[];
	errorLinks: ErrorLinks;
	/**
	 * "Start a claim with this choice": the link to the claim simulator prefilled with the answer (`StartLink`), or
	 * the note that the claim is too long for a link (`LinkOrFile.tsx`); nothing while the answer can't start a claim.
	 */
	start: ComponentChildren;
	onStartOver: () => void;
}

/** The end of a helper's answer: what it assumes, the errors it relates to, and what to do next. */
export function AdviceFooter({ t, lang, headingLevel, assumptions, errors, errorLinks, start, onStartOver }: AdviceFooterProps) {
	return (
		<>
			{assumptions.length > 0 && (
				<>
					<Heading level={headingLevel}>{t('helpers.common.assumptions')}</Heading>
					<ul class="helper-assumptions">
						{assumptions.map((assumption) => (
							<li key={assumption.key}>{assumption.text}</li>
						))}
					</ul>
				</>
			)}

			<ErrorLinkList codes={errors} links={errorLinks} label={t('helpers.common.errors')} lang={lang} />

			<div class="helper-actions">
				{start}
				<button type="button" class="helper-reset" onClick={onStartOver}>
					{t('helpers.common.startOver')}
				</button>
			</div>
		</>
	);
}

/** "Start a claim with this choice": the link to the claim simulator, with the claim in `href`. */
export function StartLink({ t, href }: { t: CommonTranslate; href: string }) {
	return (
		<a class="helper-start" href={href}>
			{t('helpers.common.startClaim')}
		</a>
	);
}

interface PendingProps {
	t: CommonTranslate;
	waiting: boolean;
	failed: boolean;
	/** "Part of the … helper couldn't load …": the helper's own words. */
	failedText: string;
	onRetry: () => void;
}

/**
 * The helper's line about its data (#19), a live region there from the start: nothing at rest, "Loading the answer…"
 * (announced) while a state waits for the data, or the alert that it couldn't load with "Try again" (which leaves the
 * focus here, not on the page, as it goes).
 */
export function Pending({ t, waiting, failed, failedText, onRetry }: PendingProps) {
	const place = useRef<HTMLDivElement>(null);
	return (
		<div class="helper-pending" tabIndex={-1} ref={place} aria-live="polite">
			{failed ? (
				<p class="helper-malformed" role="alert">
					{failedText}{' '}
					<button
						type="button"
						onClick={() => {
							place.current?.focus();
							onRetry();
						}}
					>
						{t('helpers.common.retry')}
					</button>
				</p>
			) : (
				waiting && <p>{t('helpers.common.loading')}</p>
			)}
		</div>
	);
}
