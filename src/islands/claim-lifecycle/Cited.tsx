/**
 * A basis's citations (`KEY#n`, sentences of the fact sheet) behind a disclosure (issue #16: the references stay
 * out of the way until asked for), with a link to the sources page, which explains them.
 */
import type { LifecycleTexts } from './texts.ts';

export function Cited({ citations, texts: { t, list, sourcesHref } }: { citations: readonly string[]; texts: LifecycleTexts }) {
	if (citations.length === 0) return null;
	return (
		<details class="lc-cite">
			<summary>{t('lifecycle.ui.citationsSummary')}</summary>
			{list(citations, 'unit')} <a href={sourcesHref}>{t('lifecycle.ui.citationsExplained')}</a>
		</details>
	);
}
