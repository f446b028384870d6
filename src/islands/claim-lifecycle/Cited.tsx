/**
 * A basis's citations (`KEY#n`, sentences of the fact sheet) behind a disclosure (issue #16: the references stay
 * out of the way until asked for), each one a link to its sentence on the article page in the reader's language,
 * with a link to the sources page, which explains them.
 */
import { CitedParts } from '../citations/CitedParts.tsx';
import type { LifecycleTexts } from './texts.ts';

export function Cited({ citations, texts: { t, citedList, sourcesHref } }: { citations: readonly string[]; texts: LifecycleTexts }) {
	if (citations.length === 0) return null;
	return (
		<details class="lc-cite">
			<summary>{t('lifecycle.ui.citationsSummary')}</summary>
			<CitedParts parts={citedList(citations)} /> <a href={sourcesHref}>{t('lifecycle.ui.citationsExplained')}</a>
		</details>
	);
}
