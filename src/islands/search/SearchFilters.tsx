/** The dialog's filters: a chip per page kind (and "All"), and "Also search other languages". */
import type { PageKind } from '../../search/dialog-state.ts';
import type { SearchTranslate } from './SearchIsland.tsx';

export interface SearchFiltersProps {
	t: SearchTranslate;
	kinds: readonly PageKind[];
	kind: PageKind | undefined;
	onKind: (kind: PageKind | undefined) => void;
	crossLanguage: boolean;
	onCrossLanguage: (value: boolean) => void;
}

export function SearchFilters({ t, kinds, kind, onKind, crossLanguage, onCrossLanguage }: SearchFiltersProps) {
	return (
		<div class="site-search__options">
			<div class="site-search__chips" role="group" aria-label={t('search.filters')}>
				{[undefined, ...kinds].map((value) => (
					<button type="button" class="site-search__chip" aria-pressed={kind === value} onClick={() => onKind(value)}>
						{t(value ? `search.kind.${value}` : 'search.kind.all')}
					</button>
				))}
			</div>
			<label class="site-search__cross">
				<input type="checkbox" checked={crossLanguage} onChange={() => onCrossLanguage(!crossLanguage)} />
				{t('search.crossLanguage')}
			</label>
		</div>
	);
}
