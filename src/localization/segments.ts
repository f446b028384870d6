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
			const what = earlier.id === segment.id ? `segment id ${segment.id}` : `segment number ${segment.number} (ids ${earlier.id} and ${segment.id})`;
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
const TRANSPARENT_TAGS = new Set(['u', 'sup', 'sub', 'small', 'mark', 'abbr', 'cite', 'var', 'ins', 'del', 's', 'dfn', 'time', 'bdi', 'bdo', 'nobr']);
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
 */
export function readPhrasing(
	nodes: readonly PhrasingContent[],
	context: ReadContext,
	container: string,
	fallbackLine: number,
	insideSegment?: string,
): ContentPart[] {
	const { file } = context;
	const root: Frame = { kind: 'root', children: [] };
	const stack: Frame[] = [root];
	let pending: PendingHalf | undefined;
	let lastSegmentId: string | undefined;

	const top = (): Frame => stack[stack.length - 1] ?? root;
	const lineOf = (node: PhrasingContent): number =>
		node.position ? node.position.start.line + context.lineOffset : fallbackLine;
	const fail = (line: number, segmentId: string | undefined, detail: string): never => {
		throw new SourceFormatError({ file, line, segmentId }, detail);
	};
	const openSegment = (): string | undefined => {
		for (let index = stack.length - 1; index >= 0; index -= 1) {
			const frame = stack[index];
			if (frame?.kind === 'translation' || frame?.kind === 'english') return frame.id;
			if (frame?.kind === 'lookup') return frame.translation?.id;
		}
		return insideSegment;
	};
	const missingEnglish = (half: PendingHalf, line: number, found: string): never =>
		fail(
			line,
			half.id,
			`translation without its English pair: <span data-ttu-id="${half.id}"> (line ${half.line}) must be followed by <span class="sxs-lookup"><span data-stu-id="${half.id}">, found ${found}`,
		);

	/** Adds content to the innermost open frame. */
	const append = (part: ContentPart, node: PhrasingContent): void => {
		const frame = top();
		if (frame.kind === 'lookup') {
			if (part.type === 'text' && isBlank(part.value)) return;
			fail(lineOf(node), frame.translation?.id, `unexpected ${describeNode(node)} inside <span class="sxs-lookup">: only the <span data-stu-id> English span belongs there`);
		} else {
			pushPart(frame.children, part);
		}
	};

	const closeSegment = (lookup: Extract<Frame, { kind: 'lookup' }>, line: number): void => {
		const { translation, english } = lookup;
		if (!translation) {
			fail(line, undefined, 'English without its translation: <span class="sxs-lookup"> is not preceded by a <span data-ttu-id> translation');
			return;
		}
		if (!english) {
			fail(line, translation.id, `<span class="sxs-lookup"> closed without the English <span data-stu-id="${translation.id}">`);
			return;
		}
		const englishInline = toInlines(english);
		lastSegmentId = translation.id;
		context.segments.add({
			number: translation.number,
			id: translation.id,
			translation: restoreTranslationEmphasis(toInlines(translation.children), englishInline),
			english: englishInline,
			line: translation.line,
		});
		const parent = top();
		if (parent.kind === 'lookup') fail(line, translation.id, 'wrongly nested sxs-lookup spans');
		else pushPart(parent.children, { type: 'segment', number: translation.number });
	};

	const handleHtml = (node: Extract<PhrasingContent, { type: 'html' }>): void => {
		const line = lineOf(node);
		const token = readHtmlToken(node.value);
		if (token.kind === 'comment') return;
		if (token.kind === 'other') {
			fail(line, openSegment(), `unsupported inline HTML ${JSON.stringify(token.raw)}`);
			return;
		}
		const markup = sxsMarkupOf(token);
		if (pending && markup?.role !== 'lookup-open') missingEnglish(pending, line, `"${node.value}"`);
		const frame = top();

		switch (markup?.role) {
			case 'translation-open': {
				const current = openSegment();
				if (current !== undefined) {
					fail(line, markup.id, `wrongly nested spans: <span data-ttu-id="${markup.id}"> opens inside segment ${current}`);
				}
				const parsed = parseSegmentId(markup.id);
				if (!parsed) fail(line, markup.id, `malformed segment id "${markup.id}" (expected PREFIX-NUMBER, e.g. bd896-112)`);
				stack.push({ kind: 'translation', id: markup.id, number: parsed?.number ?? 0, line, children: [] });
				return;
			}
			case 'lookup-open': {
				if (frame.kind !== 'root' && frame.kind !== 'element') {
					fail(line, openSegment(), 'wrongly nested spans: <span class="sxs-lookup"> opens inside another segment span');
				}
				stack.push({ kind: 'lookup', line, translation: pending, english: undefined });
				pending = undefined;
				return;
			}
			case 'english-open': {
				if (frame.kind === 'lookup' && frame.english === undefined) {
					if (!frame.translation) {
						fail(line, markup.id, `English without its translation: <span data-stu-id="${markup.id}"> is not preceded by <span data-ttu-id="${markup.id}">`);
					} else if (frame.translation.id !== markup.id) {
						fail(
							line,
							frame.translation.id,
							`segment ids differ within a pair: translation <span data-ttu-id="${frame.translation.id}"> (line ${frame.translation.line}) is followed by English <span data-stu-id="${markup.id}">`,
						);
					}
					stack.push({ kind: 'english', id: markup.id, line, children: [] });
					return;
				}
				const current = openSegment();
				if (current !== undefined) {
					fail(line, current, `wrongly nested spans: English <span data-stu-id="${markup.id}"> opens inside segment ${current}`);
				}
				fail(line, markup.id, `English without its translation: <span data-stu-id="${markup.id}"> is not inside <span class="sxs-lookup"> after <span data-ttu-id="${markup.id}">`);
				return;
			}
			case 'span-open': {
				if (frame.kind === 'lookup') fail(line, frame.translation?.id, `unexpected "${node.value}" inside <span class="sxs-lookup">`);
				stack.push({ kind: 'element', tag: 'span', line, children: [], wrap: transparent });
				return;
			}
			case 'span-close': {
				switch (frame.kind) {
					case 'root':
						if (insideSegment === undefined && container !== 'link' && container !== 'emphasis' && container !== 'strong') {
							fail(
								line,
								lastSegmentId,
								`unbalanced spans: </span> without an open <span>${lastSegmentId === undefined ? '' : ` (it follows segment ${lastSegmentId})`}`,
							);
						}
						fail(line, insideSegment ?? lastSegmentId, `wrongly nested spans: </span> inside this ${container} closes a <span> opened outside it`);
						return;
					case 'translation':
						stack.pop();
						pending = { id: frame.id, number: frame.number, line: frame.line, children: frame.children };
						return;
					case 'english': {
						stack.pop();
						const lookup = top();
						if (lookup.kind === 'lookup') lookup.english = frame.children;
						return;
					}
					case 'lookup':
						stack.pop();
						closeSegment(frame, line);
						return;
					case 'element':
						if (frame.tag !== 'span') fail(line, openSegment(), `wrongly nested tags: </span> closes <${frame.tag}> opened on line ${frame.line}`);
						stack.pop();
						for (const part of frame.wrap(frame.children)) append(part, node);
						return;
				}
			}
			// falls through: only reached for non-span tags (`markup` is undefined)
			default:
				break;
		}

		// Not a span: anchors, line breaks and a few formatting tags.
		if (token.kind === 'open') {
			if (token.name === 'a' && !token.attributes.has('href')) {
				const name = token.attributes.get('name') ?? token.attributes.get('id');
				if (name !== undefined) context.anchors.push(name);
			}
			if (token.name === 'br' || token.name === 'wbr') {
				if (token.name === 'br') append({ type: 'break' }, node);
				return;
			}
			const wrap = elementWrapper(token);
			if (!wrap) fail(line, openSegment(), `unsupported inline HTML <${token.name}>`);
			if (frame.kind === 'lookup') fail(line, frame.translation?.id, `unexpected "${node.value}" inside <span class="sxs-lookup">`);
			if (!token.selfClosing && wrap) stack.push({ kind: 'element', tag: token.name, line, children: [], wrap });
			return;
		}
		if (frame.kind === 'element' && frame.tag === token.name) {
			stack.pop();
			for (const part of frame.wrap(frame.children)) append(part, node);
			return;
		}
		if (token.name === 'br') return; // `</br>`, read as a break by browsers; the open form already counted
		fail(line, openSegment(), `unbalanced tags: </${token.name}> does not close the innermost open tag`);
	};

	const readChildren = (node: Extract<PhrasingContent, { children: unknown }>, name: string): ContentPart[] => {
		const frame = top();
		if (frame.kind === 'lookup') fail(lineOf(node), frame.translation?.id, `unexpected ${node.type} inside <span class="sxs-lookup">`);
		return readPhrasing(node.children, context, name, lineOf(node), openSegment());
	};

	for (const node of nodes) {
		if (pending) {
			if (node.type === 'text' && isBlank(node.value)) continue; // space between the two halves
			if (node.type !== 'html') missingEnglish(pending, lineOf(node), describeNode(node));
		}
		switch (node.type) {
			case 'text':
				append({ type: 'text', value: node.value }, node);
				break;
			case 'break':
				append({ type: 'break' }, node);
				break;
			case 'inlineCode':
				append({ type: 'inlineCode', value: node.value }, node);
				break;
			case 'html':
				handleHtml(node);
				break;
			case 'emphasis':
			case 'strong':
				append({ type: node.type, children: readChildren(node, node.type) }, node);
				break;
			case 'delete':
				for (const part of readChildren(node, 'strikethrough')) append(part, node);
				break;
			case 'link':
				append({ type: 'link', href: node.url, ...(node.title ? { title: node.title } : {}), children: readChildren(node, 'link') }, node);
				break;
			case 'linkReference': {
				const definition = context.definitions.get(node.identifier);
				const children = readChildren(node, 'link');
				if (definition) {
					append({ type: 'link', href: definition.url, ...(definition.title ? { title: definition.title } : {}), children }, node);
				} else {
					append({ type: 'text', value: '[' }, node);
					for (const part of children) append(part, node);
					append({ type: 'text', value: ']' }, node);
				}
				break;
			}
			default:
				fail(lineOf(node), openSegment(), `unsupported inline Markdown: ${node.type}`);
		}
	}

	if (pending) missingEnglish(pending, pending.line, `the end of the ${container}`);
	const unclosed = top();
	if (unclosed.kind !== 'root') {
		const id = unclosed.kind === 'lookup' ? unclosed.translation?.id : unclosed.kind === 'element' ? openSegment() : unclosed.id;
		const what =
			unclosed.kind === 'translation'
				? `<span data-ttu-id="${unclosed.id}">`
				: unclosed.kind === 'english'
					? `<span data-stu-id="${unclosed.id}">`
					: unclosed.kind === 'lookup'
						? '<span class="sxs-lookup">'
						: `<${unclosed.tag}>`;
		const problem = container === 'link' || container === 'emphasis' || container === 'strong' || container === 'strikethrough' ? 'wrongly nested spans' : 'unbalanced spans';
		fail(unclosed.line, id, `${problem}: ${what} opened on line ${unclosed.line} is not closed before the end of the ${container}`);
	}
	return root.children;
}
