/**
 * Reads the inline Markdown of one block (a paragraph, heading or table cell, as mdast phrasing
 * nodes) into block content, pairing the side-by-side spans into segments:
 *
 *   <span data-ttu-id="P-N">TRANSLATION</span><span class="sxs-lookup"><span data-stu-id="P-N">ENGLISH</span></span>
 *
 * Each raw span tag is one mdast `html` node, so the pairing is a small state machine over the
 * node sequence with a stack of open spans; it reports unbalanced or wrongly nested spans, a half
 * without its other half, and ids that differ within a pair, with file, line and segment id.
 * Everything outside the pairs (whitespace, punctuation, links around a whole pair) is kept.
 */
import type { Definition, PhrasingContent } from 'mdast';
import { restoreTranslationEmphasis } from './emphasis.ts';
import { SourceFormatError } from './errors.ts';
import { isBlank, pushPart, toInlines } from './inline.ts';
import type { ContentPart, Segment } from './schema.ts';
import { parseSegmentId, readHtmlToken, sxsMarkupOf, type HtmlToken } from './tags.ts';

/** Collects the segments of one file, rejecting duplicated ids and numbers. */
export class SegmentCollector {
	readonly segments: Segment[] = [];
	readonly #byNumber = new Map<number, Segment>();

	readonly file: string;

	constructor(file: string) {
		this.file = file;
	}

	get(number: number): Segment | undefined {
		return this.#byNumber.get(number);
	}

	add(segment: Segment): void {
		const earlier = this.#byNumber.get(segment.number);
		if (earlier) {
			const what =
				earlier.id === segment.id ? `segment id ${segment.id}` : `segment number ${segment.number} (ids ${earlier.id} and ${segment.id})`;
			throw new SourceFormatError(
				{ file: this.file, line: segment.line, segmentId: segment.id },
				`duplicated ${what}: already used on line ${earlier.line}`,
			);
		}
		this.#byNumber.set(segment.number, segment);
		this.segments.push(segment);
	}
}

export interface ReadContext {
	readonly file: string;
	/** Added to mdast line numbers to get file line numbers (the front matter comes first). */
	readonly lineOffset: number;
	readonly definitions: ReadonlyMap<string, Definition>;
	readonly segments: SegmentCollector;
	/** Receives the names of `<a name="...">` anchors met in the block. */
	readonly anchors: string[];
}

interface PendingHalf {
	readonly id: string;
	readonly number: number;
	readonly line: number;
	readonly children: ContentPart[];
}

type Frame =
	| { readonly kind: 'root'; readonly children: ContentPart[] }
	| ({ readonly kind: 'translation' } & PendingHalf)
	| { readonly kind: 'lookup'; readonly line: number; readonly translation: PendingHalf | undefined; english: ContentPart[] | undefined }
	| { readonly kind: 'english'; readonly id: string; readonly line: number; readonly children: ContentPart[] }
	| {
			readonly kind: 'element';
			readonly tag: string;
			readonly line: number;
			readonly children: ContentPart[];
			readonly wrap: (children: ContentPart[]) => ContentPart[];
	  };

const transparent = (children: ContentPart[]): ContentPart[] => children;
const TRANSPARENT_TAGS = new Set([
	'u',
	'sup',
	'sub',
	'small',
	'mark',
	'abbr',
	'cite',
	'var',
	'ins',
	'del',
	's',
	'dfn',
	'time',
	'bdi',
	'bdo',
	'nobr',
]);
const CODE_TAGS = new Set(['code', 'kbd', 'samp', 'tt']);

function flattenText(parts: readonly ContentPart[]): string {
	return parts.map((part) => ('value' in part ? part.value : 'children' in part ? flattenText(part.children) : '')).join('');
}

/** How an inline HTML element (other than the sxs spans) becomes content. */
function elementWrapper(token: Extract<HtmlToken, { kind: 'open' }>): ((children: ContentPart[]) => ContentPart[]) | undefined {
	const { name, attributes } = token;
	if (name === 'span' || TRANSPARENT_TAGS.has(name)) return transparent;
	if (name === 'b' || name === 'strong') return (children) => [{ type: 'strong', children }];
	if (name === 'i' || name === 'em') return (children) => [{ type: 'emphasis', children }];
	if (CODE_TAGS.has(name)) return (children) => [{ type: 'inlineCode', value: flattenText(children) }];
	if (name === 'a') {
		const href = attributes.get('href');
		if (href === undefined) return transparent;
		const title = attributes.get('title');
		return (children) => [{ type: 'link', href, ...(title === undefined ? {} : { title }), children }];
	}
	return undefined;
}

const describeNode = (node: PhrasingContent): string =>
	node.type === 'html' ? `"${node.value}"` : node.type === 'text' ? `text "${node.value.trim().slice(0, 40)}"` : `${node.type}`;

/**
 * Reads one sequence of phrasing nodes.
 * @param insideSegment the id of the segment whose half encloses these nodes, if any
 * @param container what encloses the nodes, for messages ("paragraph", "link", ...)
 * @throws SourceFormatError naming file, line and segment id when the spans do not pair or nest
 */
export function readPhrasing(
	nodes: readonly PhrasingContent[],
	context: ReadContext,
	container: string,
	fallbackLine: number,
	insideSegment?: string,
): ContentPart[] {
	const reader = new PhrasingReader(context, container, fallbackLine, insideSegment);
	for (const node of nodes) reader.read(node);
	return reader.finish();
}

type LookupFrame = Extract<Frame, { kind: 'lookup' }>;
type OpenToken = Extract<HtmlToken, { kind: 'open' }>;
type CloseToken = Extract<HtmlToken, { kind: 'close' }>;
type SxsMarkup = NonNullable<ReturnType<typeof sxsMarkupOf>>;

/** The state machine behind `readPhrasing`: a stack of open spans and elements, and a translation half waiting for its English. */
class PhrasingReader {
	readonly #root: Extract<Frame, { kind: 'root' }> = { kind: 'root', children: [] };
	readonly #stack: Frame[] = [this.#root];
	#pending: PendingHalf | undefined;
	#lastSegmentId: string | undefined;

	private readonly context: ReadContext;
	/** What encloses the nodes, for messages ("paragraph", "link", ...). */
	private readonly container: string;
	private readonly fallbackLine: number;
	/** The id of the segment whose half encloses the nodes, if any. */
	private readonly insideSegment: string | undefined;

	constructor(context: ReadContext, container: string, fallbackLine: number, insideSegment: string | undefined) {
		this.context = context;
		this.container = container;
		this.fallbackLine = fallbackLine;
		this.insideSegment = insideSegment;
	}

	/** Reads one node of the sequence. */
	read(node: PhrasingContent): void {
		if (this.#pending) {
			if (node.type === 'text' && isBlank(node.value)) return; // space between the two halves
			if (node.type !== 'html') this.missingEnglish(this.#pending, this.lineOf(node), describeNode(node));
		}
		switch (node.type) {
			case 'text':
				this.refuseProseOutsidePairs(node);
				this.append({ type: 'text', value: node.value }, node);
				break;
			case 'break':
				this.append({ type: 'break' }, node);
				break;
			case 'inlineCode':
				this.append({ type: 'inlineCode', value: node.value }, node);
				break;
			case 'html':
				this.handleHtml(node);
				break;
			case 'emphasis':
			case 'strong':
				this.append({ type: node.type, children: this.readChildren(node, node.type) }, node);
				break;
			case 'delete':
				for (const part of this.readChildren(node, 'strikethrough')) this.append(part, node);
				break;
			case 'link':
				this.append(
					{ type: 'link', href: node.url, ...(node.title ? { title: node.title } : {}), children: this.readChildren(node, 'link') },
					node,
				);
				break;
			case 'linkReference': {
				const definition = this.context.definitions.get(node.identifier);
				const children = this.readChildren(node, 'link');
				if (definition) {
					this.append({ type: 'link', href: definition.url, ...(definition.title ? { title: definition.title } : {}), children }, node);
				} else {
					this.append({ type: 'text', value: '[' }, node);
					for (const part of children) this.append(part, node);
					this.append({ type: 'text', value: ']' }, node);
				}
				break;
			}
			default:
				this.fail(this.lineOf(node), this.openSegment(), `unsupported inline Markdown: ${node.type}`);
		}
	}

	/** The content read, once every node is: fails on a half without its English or a span left open. */
	finish(): ContentPart[] {
		const { container } = this;
		if (this.#pending) this.missingEnglish(this.#pending, this.#pending.line, `the end of the ${container}`);
		const unclosed = this.top();
		if (unclosed.kind !== 'root') {
			const id = unclosed.kind === 'lookup' ? unclosed.translation?.id : unclosed.kind === 'element' ? this.openSegment() : unclosed.id;
			const what =
				unclosed.kind === 'translation'
					? `<span data-ttu-id="${unclosed.id}">`
					: unclosed.kind === 'english'
						? `<span data-stu-id="${unclosed.id}">`
						: unclosed.kind === 'lookup'
							? '<span class="sxs-lookup">'
							: `<${unclosed.tag}>`;
			const problem =
				container === 'link' || container === 'emphasis' || container === 'strong' || container === 'strikethrough'
					? 'wrongly nested spans'
					: 'unbalanced spans';
			this.fail(unclosed.line, id, `${problem}: ${what} opened on line ${unclosed.line} is not closed before the end of the ${container}`);
		}
		return this.#root.children;
	}

	private top(): Frame {
		return this.#stack[this.#stack.length - 1] ?? this.#root;
	}

	private lineOf(node: PhrasingContent): number {
		return node.position ? node.position.start.line + this.context.lineOffset : this.fallbackLine;
	}

	private fail(line: number, segmentId: string | undefined, detail: string): never {
		throw new SourceFormatError({ file: this.context.file, line, segmentId }, detail);
	}

	/** The id of the innermost segment open around the current node, if any. */
	private openSegment(): string | undefined {
		for (let index = this.#stack.length - 1; index >= 0; index -= 1) {
			const frame = this.#stack[index];
			if (frame?.kind === 'translation' || frame?.kind === 'english') return frame.id;
			if (frame?.kind === 'lookup') return frame.translation?.id;
		}
		return this.insideSegment;
	}

	private missingEnglish(half: PendingHalf, line: number, found: string): never {
		return this.fail(
			line,
			half.id,
			`translation without its English pair: <span data-ttu-id="${half.id}"> (line ${half.line}) must be followed by <span class="sxs-lookup"><span data-stu-id="${half.id}">, found ${found}`,
		);
	}

	/**
	 * Text outside the pairs is shown in every locale and on the English page, so it may only be language-neutral:
	 * whitespace, punctuation, symbols and digits. A word there is a translated sentence that lost its pair.
	 */
	private refuseProseOutsidePairs(node: Extract<PhrasingContent, { type: 'text' }>): void {
		// Addresses (`xref:System.DateTimeOffset`, `https://…`) written as a link's own text are no sentence.
		const words = node.value.replace(/\b[a-z][a-z0-9+.-]*:\S*/giu, '');
		if (this.openSegment() !== undefined || !/\p{L}/u.test(words)) return;
		const text = node.value.trim().replace(/\s+/g, ' ');
		this.fail(
			this.lineOf(node),
			this.#lastSegmentId,
			`text outside segment pairs: ${JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text)} would be shown untranslated in every language; each sentence must be a <span data-ttu-id> translation followed by its <span class="sxs-lookup"> English`,
		);
	}

	/** Adds content to the innermost open frame. */
	private append(part: ContentPart, node: PhrasingContent): void {
		const frame = this.top();
		if (frame.kind === 'lookup') {
			if (part.type === 'text' && isBlank(part.value)) return;
			this.fail(
				this.lineOf(node),
				frame.translation?.id,
				`unexpected ${describeNode(node)} inside <span class="sxs-lookup">: only the <span data-stu-id> English span belongs there`,
			);
		} else {
			pushPart(frame.children, part);
		}
	}

	/** A closed `sxs-lookup` span completes a pair: one segment, added to the file's and put in the content. */
	private closeSegment(lookup: LookupFrame, line: number): void {
		const { translation, english } = lookup;
		if (!translation) {
			this.fail(
				line,
				undefined,
				'English without its translation: <span class="sxs-lookup"> is not preceded by a <span data-ttu-id> translation',
			);
		}
		if (!english) {
			this.fail(line, translation.id, `<span class="sxs-lookup"> closed without the English <span data-stu-id="${translation.id}">`);
		}
		const englishInline = toInlines(english);
		this.#lastSegmentId = translation.id;
		this.context.segments.add({
			number: translation.number,
			id: translation.id,
			translation: restoreTranslationEmphasis(toInlines(translation.children), englishInline),
			english: englishInline,
			line: translation.line,
		});
		const parent = this.top();
		if (parent.kind === 'lookup') this.fail(line, translation.id, 'wrongly nested sxs-lookup spans');
		else pushPart(parent.children, { type: 'segment', number: translation.number });
	}

	private handleHtml(node: Extract<PhrasingContent, { type: 'html' }>): void {
		const line = this.lineOf(node);
		const token = readHtmlToken(node.value);
		if (token.kind === 'comment') return;
		if (token.kind === 'other') this.fail(line, this.openSegment(), `unsupported inline HTML ${JSON.stringify(token.raw)}`);
		const markup = sxsMarkupOf(token);
		if (this.#pending && markup?.role !== 'lookup-open') this.missingEnglish(this.#pending, line, `"${node.value}"`);
		if (markup) this.handleSpan(markup, node, line);
		else if (token.kind === 'open') this.openElement(token, node, line);
		else this.closeElement(token, node, line);
	}

	/** One of the spans of the side-by-side format, or a plain `<span>`/`</span>`. */
	private handleSpan(markup: SxsMarkup, node: Extract<PhrasingContent, { type: 'html' }>, line: number): void {
		const frame = this.top();
		switch (markup.role) {
			case 'translation-open': {
				const current = this.openSegment();
				if (current !== undefined) {
					this.fail(line, markup.id, `wrongly nested spans: <span data-ttu-id="${markup.id}"> opens inside segment ${current}`);
				}
				const parsed = parseSegmentId(markup.id);
				if (!parsed) this.fail(line, markup.id, `malformed segment id "${markup.id}" (expected PREFIX-NUMBER, e.g. bd896-112)`);
				this.#stack.push({ kind: 'translation', id: markup.id, number: parsed.number, line, children: [] });
				return;
			}
			case 'lookup-open': {
				if (frame.kind !== 'root' && frame.kind !== 'element') {
					this.fail(line, this.openSegment(), 'wrongly nested spans: <span class="sxs-lookup"> opens inside another segment span');
				}
				this.#stack.push({ kind: 'lookup', line, translation: this.#pending, english: undefined });
				this.#pending = undefined;
				return;
			}
			case 'english-open':
				this.openEnglish(markup.id, frame, line);
				return;
			case 'span-open': {
				if (frame.kind === 'lookup') this.fail(line, frame.translation?.id, `unexpected "${node.value}" inside <span class="sxs-lookup">`);
				this.#stack.push({ kind: 'element', tag: 'span', line, children: [], wrap: transparent });
				return;
			}
			case 'span-close':
				this.closeSpan(frame, node, line);
				return;
		}
	}

	/** `<span data-stu-id>`: the English half, only right inside a lookup span after its translation. */
	private openEnglish(id: string, frame: Frame, line: number): void {
		if (frame.kind === 'lookup' && frame.english === undefined) {
			if (!frame.translation) {
				this.fail(line, id, `English without its translation: <span data-stu-id="${id}"> is not preceded by <span data-ttu-id="${id}">`);
			} else if (frame.translation.id !== id) {
				this.fail(
					line,
					frame.translation.id,
					`segment ids differ within a pair: translation <span data-ttu-id="${frame.translation.id}"> (line ${frame.translation.line}) is followed by English <span data-stu-id="${id}">`,
				);
			}
			this.#stack.push({ kind: 'english', id, line, children: [] });
			return;
		}
		const current = this.openSegment();
		if (current !== undefined) {
			this.fail(line, current, `wrongly nested spans: English <span data-stu-id="${id}"> opens inside segment ${current}`);
		}
		this.fail(
			line,
			id,
			`English without its translation: <span data-stu-id="${id}"> is not inside <span class="sxs-lookup"> after <span data-ttu-id="${id}">`,
		);
	}

	/** `</span>`: closes the innermost frame, whichever kind of span it is. */
	private closeSpan(frame: Frame, node: Extract<PhrasingContent, { type: 'html' }>, line: number): void {
		const { container, insideSegment } = this;
		switch (frame.kind) {
			case 'root': {
				const lastSegmentId = this.#lastSegmentId;
				if (insideSegment === undefined && container !== 'link' && container !== 'emphasis' && container !== 'strong') {
					this.fail(
						line,
						lastSegmentId,
						`unbalanced spans: </span> without an open <span>${lastSegmentId === undefined ? '' : ` (it follows segment ${lastSegmentId})`}`,
					);
				}
				return this.fail(
					line,
					insideSegment ?? lastSegmentId,
					`wrongly nested spans: </span> inside this ${container} closes a <span> opened outside it`,
				);
			}
			case 'translation':
				this.#stack.pop();
				this.#pending = { id: frame.id, number: frame.number, line: frame.line, children: frame.children };
				return;
			case 'english': {
				this.#stack.pop();
				const lookup = this.top();
				if (lookup.kind === 'lookup') lookup.english = frame.children;
				return;
			}
			case 'lookup':
				this.#stack.pop();
				this.closeSegment(frame, line);
				return;
			case 'element':
				if (frame.tag !== 'span')
					this.fail(line, this.openSegment(), `wrongly nested tags: </span> closes <${frame.tag}> opened on line ${frame.line}`);
				this.#stack.pop();
				for (const part of frame.wrap(frame.children)) this.append(part, node);
				return;
		}
	}

	/** Not a span: anchors, line breaks and a few formatting tags. */
	private openElement(token: OpenToken, node: Extract<PhrasingContent, { type: 'html' }>, line: number): void {
		const frame = this.top();
		if (token.name === 'a' && !token.attributes.has('href')) {
			const name = token.attributes.get('name') ?? token.attributes.get('id');
			if (name !== undefined) this.context.anchors.push(name);
		}
		if (token.name === 'br' || token.name === 'wbr') {
			if (token.name === 'br') this.append({ type: 'break' }, node);
			return;
		}
		const wrap = elementWrapper(token);
		if (!wrap) this.fail(line, this.openSegment(), `unsupported inline HTML <${token.name}>`);
		if (frame.kind === 'lookup') this.fail(line, frame.translation?.id, `unexpected "${node.value}" inside <span class="sxs-lookup">`);
		if (!token.selfClosing) this.#stack.push({ kind: 'element', tag: token.name, line, children: [], wrap });
	}

	private closeElement(token: CloseToken, node: Extract<PhrasingContent, { type: 'html' }>, line: number): void {
		const frame = this.top();
		if (frame.kind === 'element' && frame.tag === token.name) {
			this.#stack.pop();
			for (const part of frame.wrap(frame.children)) this.append(part, node);
			return;
		}
		if (token.name === 'br') return; // `</br>`, read as a break by browsers; the open form already counted
		this.fail(line, this.openSegment(), `unbalanced tags: </${token.name}> does not close the innermost open tag`);
	}

	private readChildren(node: Extract<PhrasingContent, { children: unknown }>, name: string): ContentPart[] {
		const frame = this.top();
		if (frame.kind === 'lookup')
			this.fail(this.lineOf(node), frame.translation?.id, `unexpected ${node.type} inside <span class="sxs-lookup">`);
		return readPhrasing(node.children, this.context, name, this.lineOf(node), this.openSegment());
	}
}
