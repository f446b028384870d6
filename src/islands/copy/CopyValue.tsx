/**
 * An ID shown as a value the reader copies (a tenant ID, a subscription ID, this site's ID of an error): the ID in
 * `<code>`, a button whose accessible name says what it copies ("Copy tenant ID", its visible text "Copy"), and a
 * polite status ("Copied", or how to copy the selected ID when the browser refuses). Only rendered by islands, which
 * have JavaScript; the error pages have the same markup without Preact (`src/components/CopyId.astro`). Styles:
 * `.copy-id` in `src/styles/site.css`, hidden in print by `print.css`.
 */
import type { RefObject } from 'preact';
import { useRef, useState } from 'preact/hooks';
import type { KeysWithPrefix } from '../../i18n/catalog.ts';
import { copyText } from './copy-text.ts';

/** What an ID is, by the key of its button's accessible name (`site.copy.tenantId`, …). */
export type CopiedId = 'tenantId' | 'subscriptionId' | 'errorId';

interface CopyValueProps {
	readonly value: string;
	readonly what: CopiedId;
	/** The island's translator: every island that shows an ID receives the `site.copy.*` messages. */
	readonly t: (key: KeysWithPrefix<'site.copy.'>) => string;
}

interface CopyButtonProps extends CopyValueProps {
	/** The element showing the ID, selected when the browser refuses to copy. */
	readonly source: RefObject<HTMLElement>;
}

/** The copy button and its status, for an ID shown elsewhere (`source`): inside a radio button's label, say. */
export function CopyButton({ value, what, t, source }: CopyButtonProps) {
	const [status, setStatus] = useState<'' | 'copied' | 'failed'>('');
	const copy = () => {
		setStatus(''); // the same status twice in a row is announced again
		void copyText(value, source.current).then((copied) => setStatus(copied ? 'copied' : 'failed'));
	};
	return (
		<>
			<button type="button" class="copy-id__button" aria-label={t(`site.copy.${what}`)} onClick={copy}>
				{t('site.copy.button')}
			</button>{' '}
			<span class="copy-id__status" role="status">
				{status && t(`site.copy.${status}`)}
			</span>
		</>
	);
}

/** The ID in `<code>`, with its copy button and status. */
export function CopyValue(props: CopyValueProps) {
	const code = useRef<HTMLElement>(null);
	return (
		<span class="copy-id">
			<code translate={false} ref={code}>
				{props.value}
			</code>{' '}
			<CopyButton {...props} source={code} />
		</span>
	);
}
