/**
 * Pagefind's excerpts are text with `<mark>` around the matched words, and only `<` and `>` of the
 * text escaped. They are split here into plain parts, so the UI renders them as text (never as HTML).
 */
export interface ExcerptPart {
	text: string;
	mark: boolean;
}

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&#39;': "'" };

function decode(text: string): string {
	return text.replace(/&(?:lt|gt|amp|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity);
}

export function excerptParts(excerpt: string): ExcerptPart[] {
	const parts: ExcerptPart[] = [];
	const pattern = /<mark>([\s\S]*?)<\/mark>/g;
	let last = 0;
	for (const match of excerpt.matchAll(pattern)) {
		if (match.index > last) parts.push({ text: decode(excerpt.slice(last, match.index)), mark: false });
		parts.push({ text: decode(match[1] ?? ''), mark: true });
		last = match.index + match[0].length;
	}
	if (last < excerpt.length) parts.push({ text: decode(excerpt.slice(last)), mark: false });
	// Adjacent parts of the same kind (Pagefind marks CJK words one by one) read as one.
	return parts
		.filter((part) => part.text !== '')
		.reduce<ExcerptPart[]>((merged, part) => {
			const previous = merged[merged.length - 1];
			if (previous && previous.mark === part.mark) previous.text += part.text;
			else merged.push({ ...part });
			return merged;
		}, []);
}
